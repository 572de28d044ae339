import { join } from 'node:path';
import {
  CALENDAR_UNITS,
  DEFAULT_SEED,
  EXPECTED_INSTANT,
  type ExchangeNetwork,
  METRIC_IDS,
  type Period,
  parseInstant,
  type TimelineOptions,
  timeline,
  timelineCsv,
  timeSpan,
  type WindowStep,
} from '@bridgegraph/core';
import { writeFileAtomic } from '@bridgegraph/core/node';
import { type Command, Option } from 'commander';
import { EXIT, type Io, UsageError } from '../io.js';
import { addInputOptions, type InputFlags } from '../options/input-options.js';
import { parseMetricList, wholeNumber } from '../options/parse-flags.js';
import { runLoad } from './run-import.js';

interface TimelineFlags extends InputFlags {
  out: string;
  every: string;
  mode: 'cumulative' | 'sliding';
  width: string;
  metrics?: string;
  groupBy: string;
  weighted?: boolean;
  from?: string;
  to?: string;
  seed: string;
  permutations: string;
  projection: 'both' | 'ties' | 'participations';
}

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1_000, min: 60_000, h: 3_600_000, d: 86_400_000 };

/** `year`, `quarter`, `month`, `week`, `day`, or a fixed length such as `6h`, `30min`, `90s`, `2d`. */
export function parseEvery(text: string): WindowStep {
  if ((CALENDAR_UNITS as readonly string[]).includes(text)) return text as WindowStep;
  const match = /^(\d+)(ms|s|min|h|d)$/.exec(text.trim());
  const amount = match ? Number(match[1]) : 0;
  if (!match || amount <= 0)
    throw new UsageError(
      `--every must be ${CALENDAR_UNITS.join(', ')} or a length such as 6h, 30min, 90s or 2d (ms, s, min, h, d); got '${text}'.`,
    );
  return { stepMs: amount * (DURATION_UNITS[match[2] as string] as number) };
}

function parseDate(flag: string, text: string | undefined, role: 'start' | 'end', timeZone: string): number | null {
  if (text === undefined) return null;
  const parsed = parseInstant(text, { role, timeZone });
  if (!parsed.ok || parsed.value === null) throw new UsageError(`${flag} '${text}' is not a date: expected ${EXPECTED_INSTANT}.`);
  return parsed.value;
}

/** The period to cover: --from and --to where given (a date-only --to means the end of that day), else the network's time span. */
function spanOf(network: ExchangeNetwork, from: number | null, to: number | null): Period | null {
  if (from !== null && to !== null) return { start: from, end: to };
  const span = timeSpan(network);
  if (span === null) return null;
  return { start: from ?? span.start, end: to ?? span.end };
}

/** `bridgegraph timeline <inputs...> --every year --out <dir>`: the network's metrics window by window, in timeline.csv. */
export function timelineCommand(program: Command, io: Io, setExit: (code: number) => void): void {
  const command = program
    .command('timeline')
    .description('compute the network window by window (year, quarter, month, week, day) and write timeline.csv')
    .argument('[inputs...]', 'a folder holding people.csv, exchanges.csv, ... or the files themselves (or a network .json)')
    .requiredOption('--out <dir>', 'the folder to write timeline.csv into')
    .option('--every <step>', `the step: ${CALENDAR_UNITS.join(', ')}, or a length such as 6h, 30min, 2d`, 'year')
    .addOption(
      new Option('--mode <mode>', 'sliding: one step per window; cumulative: every window from the first step on')
        .choices(['sliding', 'cumulative'])
        .default('sliding'),
    )
    .option('--width <n>', 'sliding windows this many steps wide (e.g. --every month --width 12)', '1')
    .option('--metrics <list>', `metrics to add to the counts, comma-separated (${METRIC_IDS.join(', ')}); default none`)
    .option('--group-by <attribute>', 'the attribute that defines groups (country, or any column of people.csv)', 'country')
    .option('--weighted', 'use tie weights in the metrics (counts of ties stay counts)')
    .option('--from <date>', 'first date to cover (default: the earliest date in the data)')
    .option('--to <date>', 'last date to cover; a date means its whole day (default: the latest date in the data)')
    .option('--seed <n>', 'seed for Louvain and the E-I permutation test, the same in every window', String(DEFAULT_SEED))
    .option('--permutations <n>', 'permutations of the E-I test in each window (0: no test)', '0')
    .addOption(
      new Option('--projection <sources>', 'what joins two people: direct ties, shared exchanges, or both')
        .choices(['both', 'ties', 'participations'])
        .default('both'),
    )
    .addHelpText(
      'after',
      `
Windows are whole calendar units in the --time-zone (UTC by default): a year runs from 1 January to
31 December, a week from Monday (ISO weeks). --from and --to choose which windows: every window
that holds part of the period, whole. People stay in every window, active or not.

timeline.csv has the columns window_start, window_end, metric, group, value: one row per window,
metric and group ('' for the whole network). Window bounds are dates (a window_end date means the
end of that day) when every window is made of whole days, else UTC datetimes.

Examples:
  $ bridgegraph timeline datasets/sample-programme --every year --mode cumulative --out out
  $ bridgegraph timeline datasets/sample-programme --every year --metrics ei-index,assortativity,betweenness --out out
  $ bridgegraph timeline --ties tij_ICCSS17.dat --header ties=time,source,target --every day --time-zone Europe/Berlin --out out`,
    );
  addInputOptions(command).action(async (inputs: string[], flags: TimelineFlags) => {
    const every = parseEvery(flags.every);
    const width = wholeNumber('--width', flags.width, 1);
    if (flags.mode === 'cumulative' && width !== 1) throw new UsageError('--width applies to sliding windows only.');
    const metrics = parseMetricList(flags.metrics) ?? [];
    const seed = wholeNumber('--seed', flags.seed, 0);
    const permutations = wholeNumber('--permutations', flags.permutations, 0);
    const from = parseDate('--from', flags.from, 'start', flags.timeZone);
    const to = parseDate('--to', flags.to, 'end', flags.timeZone);
    if (from !== null && to !== null && to < from) throw new UsageError(`--to '${flags.to}' is before --from '${flags.from}'.`);

    const loaded = await runLoad(inputs, flags, io, 'the timeline uses');
    if (!loaded.network) {
      setExit(EXIT.dataErrors);
      return;
    }
    const span = spanOf(loaded.network, from, to);
    if (span === null || span.end < span.start) {
      io.err(
        span === null
          ? 'bridgegraph: nothing in the data is dated, so it has no timeline (give --from and --to to see it anyway).\n'
          : 'bridgegraph: --from is after the latest date in the data, or --to before the earliest.\n',
      );
      setExit(EXIT.dataErrors);
      return;
    }
    const options: TimelineOptions = {
      span,
      every,
      mode: flags.mode,
      width,
      timeZone: flags.timeZone,
      metrics,
      groupBy: flags.groupBy,
      weighted: flags.weighted === true,
      seed,
      permutations,
      projection: { sources: flags.projection },
    };
    let rows: ReturnType<typeof timeline>;
    try {
      rows = timeline(loaded.network, options);
    } catch (error) {
      // Option combinations the core refuses (too many windows, metrics needing groups) are usage errors.
      if (error instanceof RangeError) throw new UsageError(error.message.replace(/^bridgegraph\/[a-z/-]+: /, ''));
      throw error;
    }
    writeFileAtomic(join(flags.out, 'timeline.csv'), timelineCsv(rows, { timeZone: flags.timeZone }));
    const windows = new Set(rows.map((r) => `${r.window_start} ${r.window_end}`)).size;
    io.out(`Wrote timeline.csv to ${flags.out}\n  ${windows} windows, ${rows.length} rows\n`);
    setExit(loaded.problems.length > 0 ? EXIT.dataErrors : EXIT.ok);
  });
}
