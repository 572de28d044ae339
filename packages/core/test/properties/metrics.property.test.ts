import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analysisFiles } from '../../src/analysis/analysis-files.js';
import { type Analysis, analyzePeople, type PersonRow } from '../../src/analysis/analyze.js';
import { PERSON_COLUMNS, PERSON_EXTRA_COLUMNS } from '../../src/analysis/registry.js';
import { buildPeople, type GeneratedNetwork, generatedNetwork } from './people-network.js';

const SEED = 20261125;
const NUM_RUNS = 200;
const TOLERANCE = 1e-9;

type Column = Exclude<(typeof PERSON_COLUMNS)[number] | (typeof PERSON_EXTRA_COLUMNS)[number], 'id' | 'group'>;
const COLUMNS = [...PERSON_COLUMNS, ...PERSON_EXTRA_COLUMNS].filter((c): c is Column => c !== 'id' && c !== 'group');

function analyzeGenerated(g: GeneratedNetwork, permutations: number): Analysis {
  return analyzePeople(buildPeople(g), { weighted: g.weighted, seed: g.seed, permutations });
}

/** Asserts that a value (when not null) lies in [low, high], to a tolerance. */
function within(value: number | null | undefined, low: number, high: number, what: string): void {
  if (value === null || value === undefined) return;
  expect(value, what).toBeGreaterThanOrEqual(low - TOLERANCE);
  expect(value, what).toBeLessThanOrEqual(high + TOLERANCE);
}

/** Every number anywhere in a JSON value, with its path. */
function numbersIn(value: unknown, path: string, out: [string, number][] = []): [string, number][] {
  if (typeof value === 'number') out.push([path, value]);
  else if (Array.isArray(value))
    value.forEach((v, i) => {
      numbersIn(v, `${path}[${i}]`, out);
    });
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) numbersIn(v, `${path}.${k}`, out);
  return out;
}

describe('every metric on generated people networks', () => {
  test('no throw, no NaN or Infinity in any output file, values in their documented ranges', () => {
    let runs = 0;
    fc.assert(
      fc.property(generatedNetwork, (g) => {
        runs++;
        const analysis = analyzeGenerated(g, 20);
        const files = analysisFiles(analysis);
        for (const [name, text] of Object.entries(files)) expect(text, name).not.toMatch(/NaN|Infinity|undefined/);
        for (const [path, x] of numbersIn(JSON.parse(files['network.json']), 'network')) expect(Number.isFinite(x), path).toBe(true);
        const n = g.groups.length;
        const { people, network } = analysis;
        expect(people).toHaveLength(n);
        for (const row of people) {
          for (const column of COLUMNS) {
            const x = row[column];
            if (x !== null) expect(Number.isFinite(x), `${row.id}.${column}`).toBe(true);
          }
          const degree = row.degree as number;
          within(row.ei_index, -1, 1, 'ei_index');
          within(row.participation, 0, 1, 'participation');
          within(row.participation_community, 0, 1, 'participation_community');
          if (row.participation !== null) expect(row.participation).toBeLessThan(1);
          if (row.participation_community !== null) expect(row.participation_community).toBeLessThan(1);
          within(row.constraint, 0, Number.POSITIVE_INFINITY, 'constraint');
          within(row.efficiency, 0, 1, 'efficiency');
          if (row.efficiency !== null) expect(row.efficiency).toBeGreaterThan(0);
          within(row.betweenness, 0, 1, 'betweenness');
          // Unweighted closeness is at most 1; weighted, a tie of weight w is 1/w long, so a person
          // close to everyone through strong ties scores above 1 (as networkx does).
          within(row.closeness, 0, g.weighted ? Number.POSITIVE_INFINITY : 1, 'closeness');
          within(row.eigenvector, 0, 1, 'eigenvector');
          within(row.hierarchy, 0, 1, 'hierarchy');
          // Never below 0, not even by rounding (a person whose contacts constrain equally has exactly 0).
          for (const column of [
            'hierarchy',
            'constraint',
            'effective_size',
            'betweenness',
            'closeness',
            'pagerank',
            'eigenvector',
          ] as const) {
            if (row[column] !== null) expect(row[column] as number, `${row.id}.${column}`).toBeGreaterThanOrEqual(0);
          }
          // Undefined only where the docs say: structural holes for isolated people (hierarchy also with one contact).
          for (const column of ['degree', 'strength', 'betweenness', 'betweenness_raw', 'closeness', 'eigenvector', 'pagerank'] as const) {
            expect(row[column], `${row.id}.${column}`).not.toBeNull();
          }
          expect(row.participation, 'participation').not.toBeNull();
          for (const column of ['constraint', 'effective_size', 'efficiency'] as const) {
            expect(row[column] === null, `${row.id}.${column} null iff isolated`).toBe(degree === 0);
          }
          expect(row.hierarchy === null, `${row.id}.hierarchy null iff fewer than 2 contacts`).toBe(degree < 2);
          expect(row.ei_index === null, 'ei_index null iff ungrouped or no tie to a grouped person').toBe(
            row.group === null || (row.internal_ties ?? 0) + (row.external_ties ?? 0) === 0,
          );
          expect(row.reach_1).toBe(degree);
          expect(row.reach_2 as number).toBeGreaterThanOrEqual(degree);
        }
        if (n > 0) {
          const total = people.reduce((sum, row) => sum + (row.pagerank as number), 0);
          expect(Math.abs(total - 1)).toBeLessThanOrEqual(TOLERANCE);
        }
        within(network.assortativity, -1, 1, 'assortativity');
        within(network.modularity, -0.5, 1, 'modularity');
        within(network.group_modularity, -0.5, 1, 'group_modularity');
        within(network.density, 0, 1, 'density');
        within(network.ei_index?.observed, -1, 1, 'network ei_index');
        within(network.ei_index?.expected, -1, 1, 'expected ei_index');
        expect(network.modularity === null).toBe(network.edges === 0);
        for (const group of analysis.groups) within(group.ei_index, -1, 1, `group ${group.group} ei_index`);
      }),
      { seed: SEED, numRuns: NUM_RUNS },
    );
    console.log(`property 'metrics defined and in range': ${runs} generated networks (numRuns ${NUM_RUNS}, seed ${SEED})`);
    expect(runs).toBe(NUM_RUNS);
  });
});

/** A partition as a set of sorted member lists, independent of the community numbers. */
function partitionOf(rows: readonly PersonRow[], rename: (id: string) => string): string[] {
  const members = new Map<number, string[]>();
  for (const row of rows) {
    const c = row.community as number;
    members.set(c, [...(members.get(c) ?? []), rename(row.id)]);
  }
  return [...members.values()].map((m) => m.sort().join(' ')).sort();
}

describe('relabelling', () => {
  test('permuting ids and insertion orders leaves every per-person metric of the same person unchanged', () => {
    let runs = 0;
    let samePartition = 0;
    const relabelled = generatedNetwork.chain((g) =>
      fc.tuple(
        fc.constant(g),
        fc.shuffledSubarray(
          g.groups.map((_, i) => i),
          { minLength: g.groups.length, maxLength: g.groups.length },
        ),
        fc.shuffledSubarray(
          g.groups.map((_, i) => i),
          { minLength: g.groups.length, maxLength: g.groups.length },
        ),
        fc.shuffledSubarray(
          g.edges.map((_, i) => i),
          { minLength: g.edges.length, maxLength: g.edges.length },
        ),
      ),
    );
    fc.assert(
      fc.property(relabelled, ([g, names, nodeOrder, edgeOrder]) => {
        runs++;
        // Person i is `p<i>` in one network and `q<names[i]>` in the other, added in another order.
        const options = { weighted: g.weighted, seed: g.seed, permutations: 0 };
        const a = analyzePeople(buildPeople(g), options);
        const b = analyzePeople(
          buildPeople(g, (i) => `q${names[i]}`, nodeOrder, edgeOrder),
          options,
        );
        const rowOf = new Map(b.people.map((row) => [row.id, row]));
        const toB = (id: string) => `q${names[Number(id.slice(1))]}`;
        for (const row of a.people) {
          const other = rowOf.get(toB(row.id)) as PersonRow;
          expect(other.group).toBe(row.group);
          for (const column of COLUMNS) {
            if (column === 'community' || column === 'participation_community') continue;
            const x = row[column];
            const y = other[column];
            if (x === null || y === null) expect(y, `${row.id}.${column}`).toBe(x);
            else expect(Math.abs(x - y), `${row.id}.${column}: ${x} vs ${y}`).toBeLessThanOrEqual(TOLERANCE * Math.max(1, Math.abs(x)));
          }
        }
        // Group totals of weights are sums taken in another order: equal to rounding.
        expect(b.groups.map((row) => row.group)).toEqual(a.groups.map((row) => row.group));
        a.groups.forEach((row, k) => {
          const other = b.groups[k] as (typeof b.groups)[number];
          for (const column of ['people', 'internal_ties', 'external_ties', 'ei_index', 'groups_reached'] as const) {
            const x = row[column];
            const y = other[column];
            if (x === null || y === null) expect(y, `${row.group}.${column}`).toBe(x);
            else expect(Math.abs(x - y), `${row.group}.${column}`).toBeLessThanOrEqual(TOLERANCE * Math.max(1, Math.abs(x)));
          }
        });
        const na = a.network;
        const nb = b.network;
        expect([nb.nodes, nb.edges, nb.density, nb.components, nb.groups, nb.ungrouped_people]).toEqual([
          na.nodes,
          na.edges,
          na.density,
          na.components,
          na.groups,
          na.ungrouped_people,
        ]);
        const close = (x: number | null | undefined, y: number | null | undefined, what: string) => {
          if (x === null || x === undefined || y === null || y === undefined) expect(y, what).toBe(x);
          else expect(Math.abs(x - y), what).toBeLessThanOrEqual(TOLERANCE);
        };
        close(na.group_modularity, nb.group_modularity, 'group_modularity');
        close(na.assortativity, nb.assortativity, 'assortativity');
        close(na.ei_index?.observed, nb.ei_index?.observed, 'ei observed');
        close(na.ei_index?.expected, nb.ei_index?.expected, 'ei expected');
        for (const role of Object.keys(na.brokerage ?? {})) {
          close(na.brokerage?.[role]?.count, nb.brokerage?.[role]?.count, `brokerage ${role}`);
          close(na.brokerage?.[role]?.z, nb.brokerage?.[role]?.z, `brokerage z ${role}`);
        }
        const pairs = (list: [string, string][] | null, rename: (id: string) => string) =>
          (list ?? []).map((pair) => pair.map(rename).sort().join('-')).sort();
        const same = (id: string) => id;
        expect(pairs(nb.bridges, same)).toEqual(pairs(na.bridges, toB));
        expect([...(nb.articulation_points ?? [])].sort()).toEqual((na.articulation_points ?? []).map(toB).sort());
        const spans = (list: Analysis['network']['local_bridges'], rename: (id: string) => string) =>
          (list ?? []).map((l) => `${[rename(l.source), rename(l.target)].sort().join('-')}:${l.span}`).sort();
        expect(spans(nb.local_bridges, same)).toEqual(spans(na.local_bridges, toB));
        // Louvain visits people in an order drawn from the seed, so another order of the same
        // people may end in another partition: count how often it is the same (not asserted).
        if (JSON.stringify(partitionOf(a.people, toB)) === JSON.stringify(partitionOf(b.people, same))) samePartition++;
      }),
      { seed: SEED, numRuns: NUM_RUNS },
    );
    console.log(
      `property 'relabelling invariance': ${runs} generated networks (numRuns ${NUM_RUNS}, seed ${SEED}); same Louvain partition in ${samePartition}`,
    );
    expect(runs).toBe(NUM_RUNS);
  });
});

describe('determinism', () => {
  test('the same network and seed give the same bytes', () => {
    let runs = 0;
    fc.assert(
      fc.property(generatedNetwork, (g) => {
        runs++;
        const first = analysisFiles(analyzeGenerated(g, 50));
        const second = analysisFiles(analyzeGenerated(g, 50));
        expect(second).toEqual(first);
      }),
      { seed: SEED, numRuns: NUM_RUNS },
    );
    console.log(`property 'same seed, same bytes': ${runs} generated networks (numRuns ${NUM_RUNS}, seed ${SEED})`);
    expect(runs).toBe(NUM_RUNS);
  });
});
