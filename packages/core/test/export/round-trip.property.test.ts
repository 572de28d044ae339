import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fromGexf } from '../../src/export/from-gexf.js';
import { fromGraphml } from '../../src/export/from-graphml.js';
import { toCsvPackage } from '../../src/export/to-csv-package.js';
import { toGexf } from '../../src/export/to-gexf.js';
import { toGraphml } from '../../src/export/to-graphml.js';
import { importTexts, withoutSources } from './round-trip-helpers.js';

const SEED = 20161105;
const NUM_RUNS = 300;

// Cells made of what breaks CSV and spreadsheets, plus tokens the import reads as ids, dates and weights.
const cellArb = fc.oneof(
  fc.string({
    unit: fc.constantFrom('a', 'B', '1', '-', '=', '+', '@', "'", '"', ',', ';', '\t', '|', '\n', '\r', ' ', 'é', '🎉', '<', '&'),
    maxLength: 6,
  }),
  fc.constantFrom(
    'P1',
    'P2',
    'P3',
    ' P1 ',
    'X1',
    'G1',
    '2016-05-01',
    '2016',
    '1462089600',
    '2016-05-01T09:30',
    '2016-05-02T18:00:00+02:00',
    '2',
    '0.5',
    '',
  ),
);
const extraColumns = fc.uniqueArray(fc.constantFrom('__proto__', 'constructor', 'note with spaces', 'a;b', 'x"y', ' padded ', 'Comment'), {
  maxLength: 2,
});

const ID_COLUMNS = new Set(['id', 'ID', 'person', 'exchange', 'group', 'source', 'target']);
const DATE_COLUMNS = new Set(['start', 'end', 'time', 'from', 'to']);
// Ids from one small pool, so that references resolve and most rows are accepted.
const idArb = fc.constantFrom('P1', 'P2', '=cmd', '-1', ' P2 ', '🎉', 'a,b', 'x"y');
const dateArb = fc.constantFrom(
  '',
  '',
  '2016-05-01',
  '2016',
  '2016-05',
  '1462089600',
  '1462089600.5',
  '2016-05-01T09:30',
  '2016-05-02T18:00:00+02:00',
  ' 2017 ',
);

function columnArb(column: string) {
  return ID_COLUMNS.has(column)
    ? idArb
    : DATE_COLUMNS.has(column)
      ? dateArb
      : column === 'weight'
        ? fc.constantFrom('', '2', '0.5', ' 3 ')
        : cellArb;
}

function table(columns: readonly string[]) {
  return extraColumns.chain((extra) =>
    fc.array(fc.tuple(...columns.map(columnArb), ...extra.map(() => cellArb)), { maxLength: 5 }).map((rows) => {
      const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
      return [[...columns, ...extra], ...rows].map((row) => row.map(quote).join(',')).join('\n');
    }),
  );
}

const packageArb = fc.record(
  {
    'people.csv': fc.constantFrom(['id', 'name', 'country'], ['ID', 'Name']).chain(table),
    'exchanges.csv': fc.constantFrom(['id', 'name', 'start', 'end'], ['id', 'program', 'start']).chain(table),
    'participations.csv': fc.constantFrom(['person', 'exchange', 'role'], ['person', 'exchange', 'start', 'end']).chain(table),
    'ties.csv': fc.constantFrom(['source', 'target', 'time', 'weight'], ['source', 'target', 'start', 'end', 'time', 'kind']).chain(table),
    'groups.csv': table(['id', 'kind']),
    'memberships.csv': fc.constantFrom(['person', 'group', 'from', 'to'], ['person', 'group', 'role']).chain(table),
  },
  { requiredKeys: [] },
);

describe('round trips, property-based', () => {
  test('whatever a package imports as, written as a package and imported again, gives the same network', async () => {
    let runs = 0;
    let edges = 0;
    await fc.assert(
      fc.asyncProperty(packageArb, async (files) => {
        runs++;
        const first = await importTexts(files, 'generated');
        const again = await importTexts(toCsvPackage(first.network), 'generated');
        edges += first.network.size;
        expect(withoutSources(again.network)).toEqual(withoutSources(first.network));
        if (first.network.order > 0) expect(again.problems).toEqual([]);
      }),
      { seed: SEED, numRuns: NUM_RUNS },
    );
    console.log(`property 'data packages round-trip through toCsvPackage': ${runs} runs (seed ${SEED}), ${edges} edges accepted in all`);
    expect(runs).toBe(NUM_RUNS);
    expect(edges).toBeGreaterThan(NUM_RUNS / 2);
  });

  test('whatever a package imports as goes through GEXF and GraphML and back unchanged (except sources)', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(packageArb, async (files) => {
        runs++;
        const { network } = await importTexts(files, 'generated');
        if (network.order === 0) return;
        expect(withoutSources(fromGexf(toGexf(network)).network)).toEqual(withoutSources(network));
        expect(withoutSources(fromGraphml(toGraphml(network)).network)).toEqual(withoutSources(network));
      }),
      { seed: SEED, numRuns: NUM_RUNS / 3 },
    );
    console.log(`property 'packages round-trip through GEXF and GraphML': ${runs} runs (seed ${SEED})`);
  });
});
