import { MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/metrics/graph-index.js';
import {
  BROKERAGE_ROLES,
  type BrokerageResult,
  type BrokerageRole,
  brokerage,
  brokerageOnIndex,
} from '../../../src/metrics/node/brokerage.js';
import { loadFixture } from '../fixture-graph.js';

/** Reference values are compared to 1e-9, absolute or relative to the reference, whichever is larger. */
const TOLERANCE = 1e-9;

/** sna's column names. */
const SNA: Record<BrokerageRole, string> = {
  coordinator: 'w_I',
  itinerant: 'w_O',
  representative: 'b_IO',
  gatekeeper: 'b_OI',
  liaison: 'b_O',
  total: 't',
};

type SnaValue = number | string;
type SnaRow = Record<string, SnaValue>;

/** sna writes NaN and Inf as strings in the fixture; we return null for them. */
function expectNumber(got: number | null, want: SnaValue, label: string): void {
  if (typeof want === 'string') {
    expect(got, `${label}: sna gives ${want}`).toBeNull();
    return;
  }
  expect(got, label).not.toBeNull();
  expect(Math.abs((got as number) - want), `${label}: ${got} vs ${want}`).toBeLessThanOrEqual(TOLERANCE * Math.max(1, Math.abs(want)));
}

function counts(result: BrokerageResult, node: string): Record<BrokerageRole, number> {
  const out = {} as Record<BrokerageRole, number>;
  for (const role of BROKERAGE_ROLES) out[role] = result.nodes[node]?.[role].count as number;
  return out;
}

function graphOf(groups: Record<string, string | null>, edges: [string, string][]): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const [node, group] of Object.entries(groups)) graph.addNode(node, { group });
  for (const [s, t] of edges) graph.addEdge(s, t);
  return graph;
}

const none = { coordinator: 0, itinerant: 0, representative: 0, gatekeeper: 0, liaison: 0, total: 0 };

describe('brokerage: hand-computed cases', () => {
  it('a star across groups: the centre is liaison, itinerant, representative and gatekeeper', () => {
    // Centre c (A); leaves b (B), d (C), a2 (A), b2 (B); no leaf tied to another: 6 open pairs, 12 two-paths.
    //   {b, d}: liaison both ways (2); {d, b2}: liaison (2); {b, b2}: itinerant (2);
    //   {b, a2}, {d, a2}, {a2, b2}: a2 → c → x is representative, x → c → a2 gatekeeper (1 + 1 each).
    const graph = graphOf({ c: 'A', b: 'B', d: 'C', a2: 'A', b2: 'B' }, [
      ['c', 'b'],
      ['c', 'd'],
      ['c', 'a2'],
      ['c', 'b2'],
    ]);
    const result = brokerage(graph, { getGroup: 'group' });
    expect(counts(result, 'c')).toEqual({ coordinator: 0, itinerant: 2, representative: 3, gatekeeper: 3, liaison: 4, total: 12 });
    for (const leaf of ['b', 'd', 'a2', 'b2']) expect(counts(result, leaf)).toEqual(none);
    expect(result.network.total.count).toBe(12);
    // sna's expectation of the total for anyone: d² (1 - d) (N - 1)(N - 2), d = 8 / 20.
    const d = 8 / 20;
    expect(result.density).toBeCloseTo(d, 15);
    expect(result.nodes.c?.total.expected).toBeCloseTo(d * d * (1 - d) * 4 * 3, 12);
  });

  it('a path within one group makes a coordinator; a closed two-path brokers nothing', () => {
    const path = brokerage(
      graphOf({ a: 'X', b: 'X', c: 'X' }, [
        ['a', 'b'],
        ['b', 'c'],
      ]),
      { getGroup: 'group' },
    );
    expect(counts(path, 'b')).toEqual({ ...none, coordinator: 2, total: 2 });
    // One group only: no one can be a liaison, so its variance is 0 and z is null (sna: NaN).
    expect(path.nodes.b?.liaison).toEqual({ count: 0, expected: 0, sd: 0, z: null });
    expect(path.network.liaison.z).toBeNull();
    const triangle = brokerage(
      graphOf({ a: 'X', b: 'Y', c: 'Z' }, [
        ['a', 'b'],
        ['b', 'c'],
        ['a', 'c'],
      ]),
      { getGroup: 'group' },
    );
    for (const node of ['a', 'b', 'c']) expect(counts(triangle, node)).toEqual(none);
  });

  it('an isolated person and a second component', () => {
    const graph = graphOf({ a: 'X', b: 'Y', c: 'X', z: 'Y', p: 'X', q: 'Y', r: 'Y' }, [
      ['a', 'b'],
      ['b', 'c'],
      ['p', 'q'],
      ['q', 'r'],
    ]);
    const result = brokerage(graph, { getGroup: 'group' });
    expect(counts(result, 'z')).toEqual(none);
    expect(counts(result, 'b')).toEqual({ ...none, itinerant: 2, total: 2 });
    expect(counts(result, 'q')).toEqual({ ...none, representative: 1, gatekeeper: 1, total: 2 });
    expect(result.nodes.z?.total.expected).toBe(result.nodes.b?.total.expected);
  });

  it('parallel edges and self-loops change nothing', () => {
    const multi = new MultiUndirectedGraph();
    for (const [node, group] of [
      ['a', 'X'],
      ['b', 'Y'],
      ['c', 'Z'],
    ]) {
      multi.addNode(node as string, { group });
    }
    multi.addEdge('a', 'b');
    multi.addEdge('a', 'b');
    multi.addEdge('b', 'c');
    multi.addEdge('b', 'b');
    const simple = graphOf({ a: 'X', b: 'Y', c: 'Z' }, [
      ['a', 'b'],
      ['b', 'c'],
    ]);
    expect(brokerage(multi, { getGroup: 'group' })).toEqual(brokerage(simple, { getGroup: 'group' }));
    expect(counts(brokerage(multi, { getGroup: 'group' }), 'b')).toEqual({ ...none, liaison: 2, total: 2 });
  });

  it('people without a group form one group, or are refused', () => {
    const edges: [string, string][] = [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
    ];
    const missing = brokerage(graphOf({ a: 'X', b: null, c: 'Y', d: null }, edges), { getGroup: 'group' });
    const labelled = brokerage(graphOf({ a: 'X', b: 'none', c: 'Y', d: 'none' }, edges), { getGroup: 'group' });
    expect(missing.nodes).toEqual(labelled.nodes);
    expect(missing.network).toEqual(labelled.network);
    expect(missing.groups.map((g) => g.name)).toEqual(['X', 'Y', null]);
    expect(() => brokerage(graphOf({ a: 'X', b: null }, [['a', 'b']]), { getGroup: 'group', ungrouped: 'error' })).toThrow(
      /^bridgegraph\/metrics\/brokerage: node 'b' has no group/,
    );
  });

  it('a network of fewer than two people has no expectation', () => {
    const graph = new UndirectedGraph();
    graph.addNode('solo', { group: 'X' });
    const result = brokerage(graph, { getGroup: 'group' });
    expect(result.density).toBeNull();
    expect(result.nodes.solo?.total).toEqual({ count: 0, expected: null, sd: null, z: null });
  });

  it('reads the group from `country` by default, and validates options', () => {
    const graph = new UndirectedGraph();
    graph.addNode('a', { country: 'FR' });
    graph.addNode('b', { country: 'DE' });
    graph.addNode('c', { data: { country: 'FR' } });
    graph.addEdge('a', 'b');
    graph.addEdge('b', 'c');
    expect(counts(brokerage(graph), 'b')).toEqual({ ...none, itinerant: 2, total: 2 });
    expect(() => brokerage(graph, { ungrouped: 'drop' as 'error' })).toThrow(/^bridgegraph\/metrics\/brokerage: ungrouped/);
    expect(() => brokerage(graph, { getGroup: 1 as unknown as string })).toThrow(/^bridgegraph\/metrics\/brokerage: getGroup/);
    const index = buildIndex(graph, { getGroup: 'country' });
    expect(brokerageOnIndex(index).counts.itinerant[1]).toBe(2);
    expect(Object.getPrototypeOf(brokerage(graph).nodes)).toBeNull();
  });
});

interface SnaResults {
  raw_nli: Record<string, SnaRow>;
  exp_nli: Record<string, SnaRow>;
  sd_nli: Record<string, SnaRow>;
  z_nli: Record<string, SnaRow>;
  raw_gli: SnaRow;
  exp_gli: SnaRow;
  sd_gli: SnaRow;
  z_gli: SnaRow;
  exp_grp: Record<string, SnaRow>;
  sd_grp: Record<string, SnaRow>;
  n: Record<string, number>;
  density: number;
}

describe('brokerage against R sna 2.7.1 brokerage()', () => {
  for (const name of ['karate', 'davis', 'three-groups', 'six-groups']) {
    it(name, () => {
      const { graph, fixture } = loadFixture(`brokerage-${name}`);
      const sna = fixture.results as unknown as SnaResults;
      const result = brokerage(graph, { getGroup: 'group' });
      expectNumber(result.density, sna.density, 'density');
      for (const node of Object.keys(sna.raw_nli)) {
        const ours = result.nodes[node];
        expect(ours, node).toBeDefined();
        for (const role of BROKERAGE_ROLES) {
          const column = SNA[role];
          const score = ours?.[role];
          expectNumber(score?.count ?? null, sna.raw_nli[node]?.[column] as SnaValue, `${node} ${role} count`);
          expectNumber(score?.expected ?? null, sna.exp_nli[node]?.[column] as SnaValue, `${node} ${role} expected`);
          expectNumber(score?.sd ?? null, sna.sd_nli[node]?.[column] as SnaValue, `${node} ${role} sd`);
          expectNumber(score?.z ?? null, sna.z_nli[node]?.[column] as SnaValue, `${node} ${role} z`);
        }
      }
      for (const role of BROKERAGE_ROLES) {
        const column = SNA[role];
        expectNumber(result.network[role].count, sna.raw_gli[column] as SnaValue, `network ${role} count`);
        expectNumber(result.network[role].expected, sna.exp_gli[column] as SnaValue, `network ${role} expected`);
        expectNumber(result.network[role].sd, sna.sd_gli[column] as SnaValue, `network ${role} sd`);
        expectNumber(result.network[role].z, sna.z_gli[column] as SnaValue, `network ${role} z`);
      }
      expect(Object.fromEntries(result.groups.map((g) => [g.name, g.size]))).toEqual(sna.n);
      for (const group of result.groups) {
        for (const role of BROKERAGE_ROLES) {
          const column = SNA[role];
          expectNumber(
            group.expected[role],
            sna.exp_grp[group.name as string]?.[column] as SnaValue,
            `group ${group.name} ${role} expected`,
          );
          expectNumber(group.sd[role], sna.sd_grp[group.name as string]?.[column] as SnaValue, `group ${group.name} ${role} sd`);
        }
      }
    });
  }
});
