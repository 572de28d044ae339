import { MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { assortativity, assortativityOnIndex } from '../../../src/metrics/graph/assortativity.js';
import { buildIndex } from '../../../src/metrics/graph-index.js';
import { loadFixture } from '../fixture-graph.js';

const TOLERANCE = 1e-9;

function graphOf(groups: Record<string, string | null>, edges: [string, string, number?][]): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const [node, group] of Object.entries(groups)) g.addNode(node, { group });
  for (const [s, t, weight = 1] of edges) g.addEdge(s, t, { weight });
  return g;
}

describe('assortativity: hand-computed cases', () => {
  it('a path A-A-B-B: e_AA = e_BB = 1/3, a = 1/2, r = 1/3', () => {
    const g = graphOf({ a: 'A', b: 'A', c: 'B', d: 'B' }, [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
    ]);
    expect(assortativity(g, { getGroup: 'group' })).toEqual({ coefficient: expect.closeTo(1 / 3, 12), ties: 3, excludedTies: 0 });
  });

  it('networkx’s own example: two within-group ties in two components give r = 1', () => {
    const g = graphOf({ 0: 'red', 1: 'red', 2: 'blue', 3: 'blue' }, [
      ['0', '1'],
      ['2', '3'],
    ]);
    expect(assortativity(g, { getGroup: 'group' }).coefficient).toBeCloseTo(1, 12);
  });

  it('a star whose leaves are all in another group: r = -1', () => {
    const g = graphOf({ hub: 'A', x: 'B', y: 'B', z: 'B' }, [
      ['hub', 'x'],
      ['hub', 'y'],
      ['hub', 'z'],
    ]);
    expect(assortativity(g, { getGroup: 'group' }).coefficient).toBeCloseTo(-1, 12);
  });

  it('weighted: the mixing matrix holds weight; A-A weighs 3 in the path A-A-B', () => {
    const g = graphOf({ a: 'A', b: 'A', c: 'B' }, [
      ['a', 'b', 3],
      ['b', 'c', 1],
    ]);
    // Unweighted: e_AA = 2/4, a_A = 3/4, a_B = 1/4: r = (1/2 - 10/16) / (1 - 10/16) = -1/3.
    expect(assortativity(g, { getGroup: 'group' }).coefficient).toBeCloseTo(-1 / 3, 12);
    // Weighted: e_AA = 6/8, a_A = 7/8, a_B = 1/8: r = (6/8 - 50/64) / (1 - 50/64) = -1/7.
    expect(assortativity(g, { getGroup: 'group', getEdgeWeight: 'weight' }).coefficient).toBeCloseTo(-1 / 7, 12);
  });

  it('leaves out the ties of people without a group, and counts them', () => {
    const base = graphOf({ a: 'A', b: 'A', c: 'B', d: 'B' }, [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
    ]);
    base.addNode('u', { group: null });
    base.addNode('v');
    base.addEdge('u', 'a');
    base.addEdge('u', 'd');
    base.addEdge('u', 'v');
    base.addNode('alone', { group: 'C' });
    expect(assortativity(base, { getGroup: 'group' })).toEqual({ coefficient: expect.closeTo(1 / 3, 12), ties: 3, excludedTies: 3 });
  });

  it('merges parallel ties (counting once unweighted, summing weighted) and leaves self-loops out', () => {
    const g = new MultiUndirectedGraph();
    for (const [n, group] of [
      ['a', 'A'],
      ['b', 'A'],
      ['c', 'B'],
    ] as const) {
      g.addNode(n, { group });
    }
    g.addEdge('a', 'b', { weight: 1 });
    g.addEdge('a', 'b', { weight: 2 });
    g.addEdge('b', 'c', { weight: 1 });
    g.addEdge('c', 'c', { weight: 9 });
    expect(assortativity(g, { getGroup: 'group' }).coefficient).toBeCloseTo(-1 / 3, 12);
    expect(assortativity(g, { getGroup: 'group', getEdgeWeight: 'weight' }).coefficient).toBeCloseTo(-1 / 7, 12);
  });

  it('is null, never NaN, when undefined: no ties, one group, or no grouped ties', () => {
    expect(assortativity(graphOf({ a: 'A', b: 'B' }, []), { getGroup: 'group' })).toEqual({ coefficient: null, ties: 0, excludedTies: 0 });
    const oneGroup = graphOf({ a: 'A', b: 'A', c: 'A', d: 'B' }, [
      ['a', 'b'],
      ['b', 'c'],
    ]);
    expect(assortativity(oneGroup, { getGroup: 'group' })).toEqual({ coefficient: null, ties: 2, excludedTies: 0 });
    const ungrouped = graphOf({ a: null, b: null }, [['a', 'b']]);
    expect(assortativity(ungrouped, { getGroup: 'group' })).toEqual({ coefficient: null, ties: 0, excludedTies: 1 });
  });

  it('takes any partition on the index (e.g. detected communities)', () => {
    const g = graphOf({ a: 'A', b: 'A', c: 'B', d: 'B' }, [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
    ]);
    const index = buildIndex(g);
    expect(assortativityOnIndex(index, { partition: [4, 4, 9, 9] }).coefficient).toBeCloseTo(1 / 3, 12);
    expect(assortativityOnIndex(index, { partition: [0, 1, 0, 1] }).coefficient).toBeCloseTo(-1, 12);
    expect(() => assortativityOnIndex(index, { partition: [0, 1] })).toThrow(/^bridgegraph\/metrics\/assortativity:/);
    expect(() => assortativity(g, { getGroup: null })).toThrow(/^bridgegraph\/metrics\/assortativity:/);
  });
});

describe('assortativity: networkx 2.8.8 and python-igraph 0.10.2', () => {
  for (const name of ['karate', 'davis', 'davis-ruth-ungrouped', 'florentine']) {
    it(`${name}: attribute_assortativity_coefficient and assortativity_nominal (unweighted); weighted vs networkx on a multigraph`, () => {
      const { graph, fixture } = loadFixture(`groups-communities-${name}`);
      const nx = (fixture.results.networkx as { assortativity: { unweighted: number; weightedViaMultigraph: number } }).assortativity;
      const ig = (fixture.results.igraph as { assortativityNominal: number }).assortativityNominal;
      const unweighted = assortativity(graph, { getGroup: 'group' }).coefficient as number;
      expect(Math.abs(unweighted - nx.unweighted)).toBeLessThan(TOLERANCE);
      expect(Math.abs(unweighted - ig)).toBeLessThan(TOLERANCE);
      const weighted = assortativity(graph, { getGroup: 'group', getEdgeWeight: 'weight' }).coefficient as number;
      expect(Math.abs(weighted - nx.weightedViaMultigraph)).toBeLessThan(TOLERANCE);
    });
  }

  it('davis with Ruth ungrouped: her 17 ties are left out', () => {
    const { graph } = loadFixture('groups-communities-davis-ruth-ungrouped');
    expect(assortativity(graph, { getGroup: 'group' })).toMatchObject({ ties: 122, excludedTies: 17 });
  });
});
