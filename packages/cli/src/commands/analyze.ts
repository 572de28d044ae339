import { join } from 'node:path';
import { analysisFiles, analyze, DEFAULT_SEED, METRICS } from '@bridgegraph/core';
import { writeFileAtomic } from '@bridgegraph/core/node';
import { type Command, Option } from 'commander';
import { EXIT, type Io } from '../io.js';
import { addInputOptions, type InputFlags } from '../options/input-options.js';
import { parseMetricList, wholeNumber } from '../options/parse-flags.js';
import { createProgress } from '../progress.js';
import { runLoad } from './run-import.js';

interface AnalyzeFlags extends InputFlags {
  out: string;
  groupBy: string;
  weighted?: boolean;
  metrics?: string;
  seed: string;
  permutations: string;
  projection: 'both' | 'ties' | 'participations';
  json?: boolean;
}

/** `bridgegraph analyze <inputs...> --out <dir>`: bridge-building metrics per person, per group and for the network. */
export function analyzeCommand(program: Command, io: Io, setExit: (code: number) => void): void {
  const metricList = METRICS.map((m) => `  ${m.id.padEnd(17)} ${m.description}`).join('\n');
  const command = program
    .command('analyze')
    .description('compute bridge-building metrics and write people.csv, groups.csv and network.json')
    .argument('[inputs...]', 'a folder holding people.csv, exchanges.csv, ... or the files themselves (or a network .json)')
    .requiredOption('--out <dir>', 'the folder to write people.csv, groups.csv and network.json into')
    .option('--group-by <attribute>', 'the attribute that defines groups (country, or any column of people.csv)', 'country')
    .option('--weighted', 'use tie weights (shared exchanges plus direct tie weights) instead of counting ties')
    .option('--metrics <list>', `compute only these metrics (comma-separated ids; default all)`)
    .option('--seed <n>', 'seed for Louvain and the E-I permutation test', String(DEFAULT_SEED))
    .option('--permutations <n>', 'permutations for the E-I test', '5000')
    .addOption(
      new Option('--projection <sources>', 'what joins two people: direct ties, shared exchanges, or both')
        .choices(['both', 'ties', 'participations'])
        .default('both'),
    )
    .option('--json', 'print the network-level results as JSON on stdout')
    .addHelpText(
      'after',
      `\nMetrics:\n${metricList}\n\nExample:\n  $ bridgegraph analyze datasets/sample-programme --out out --group-by country\n  $ bridgegraph analyze datasets/davis-southern-women --out davis --group-by dgg_group --metrics betweenness,brokerage`,
    );
  addInputOptions(command).action(async (inputs: string[], flags: AnalyzeFlags) => {
    const metrics = parseMetricList(flags.metrics);
    const seed = wholeNumber('--seed', flags.seed, 0);
    const permutations = wholeNumber('--permutations', flags.permutations, 0);
    const loaded = await runLoad(inputs, flags, io, 'the analysis uses');
    if (!loaded.network) {
      setExit(EXIT.dataErrors);
      return;
    }
    const progress = createProgress({ quiet: flags.quiet === true });
    const analysis = analyze(loaded.network, {
      onProgress: progress.computing,
      groupBy: flags.groupBy,
      weighted: flags.weighted === true,
      seed,
      permutations,
      projection: { sources: flags.projection },
      ...(metrics ? { metrics } : {}),
    });
    progress.done();
    const files = analysisFiles(analysis);
    for (const [name, text] of Object.entries(files)) writeFileAtomic(join(flags.out, name), text);
    if (flags.json) io.out(files['network.json']);
    else {
      io.out(`Wrote ${Object.keys(files).join(', ')} to ${flags.out}\n`);
      io.out(`  ${analysis.people.length} people, ${analysis.groups.length} groups, ${analysis.network.edges} ties\n`);
    }
    setExit(loaded.problems.length > 0 ? EXIT.dataErrors : EXIT.ok);
  });
}
