import { MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { modularity, modularityOnIndex } from '../../../src/metrics/graph/modularity.js';
import { buildIndex } from '../../../src/metrics/graph-index.js';
import { loadFixture } from '../fixture-graph.js';

const TOLERANCE = 1e-9;

/** Two triangles a-b-c and d-e-f joined by c-d; groups L and R; optional weight on the bridge. */
function twoTriangles(bridgeWeight = 1): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const [node, group] of [
    ['a', 'L'],
    ['b', 'L'],
    ['c', 'L'],
    ['d', 'R'],
    ['e', 'R'],
    ['f', 'R'],
  ] as const) {
    g.addNode(node, { group });
  }
  for (const [s, t] of [
    ['a', 'b'],
    ['b', 'c'],
    ['a', 'c'],
    ['d', 'e'],
    ['e', 'f'],
    ['d', 'f'],
  ] as const) {
    g.addEdge(s, t, { weight: 1 });
  }
  g.addEdge('c', 'd', { weight: bridgeWeight });
  return g;
}

describe('modularity: hand-computed cases', () => {
  it('two triangles joined by one tie: Q = 6/7 - γ/2', () => {
    const g = twoTriangles();
    expect(modularity(g, { getGroup: 'group' })).toBeCloseTo(6 / 7 - 1 / 2, 12);
    expect(modularity(g, { getGroup: 'group', resolution: 0.5 })).toBeCloseTo(6 / 7 - 1 / 4, 12);
    expect(modularity(g, { getGroup: 'group', resolution: 2 })).toBeCloseTo(6 / 7 - 1, 12);
    expect(modularity(g, { getGroup: 'group', resolution: 0 })).toBeCloseTo(6 / 7, 12);
  });

  it('weighted: a bridge of weight 3 gives Q = 2 (3/9 - (9/18)^2) = 1/6; unweighted ignores it', () => {
    const g = twoTriangles(3);
    expect(modularity(g, { getGroup: 'group', getEdgeWeight: 'weight' })).toBeCloseTo(1 / 6, 12);
    expect(modularity(g, { getGroup: 'group' })).toBeCloseTo(6 / 7 - 1 / 2, 12);
  });

  it('one community holding everyone: Q = 1 - γ', () => {
    const g = twoTriangles();
    expect(modularity(g, { getGroup: () => 'all' })).toBeCloseTo(0, 12);
    expect(modularity(g, { getGroup: () => 'all', resolution: 0.25 })).toBeCloseTo(0.75, 12);
  });

  it('a star in singletons: Q = -Σ (k_i / 2m)^2 = -1/3', () => {
    const g = new UndirectedGraph();
    for (const n of ['hub', 'x', 'y', 'z']) g.addNode(n, { group: n });
    for (const n of ['x', 'y', 'z']) g.addEdge('hub', n);
    expect(modularity(g, { getGroup: 'group' })).toBeCloseTo(-1 / 3, 12);
  });

  it('two components, each its own community: Q = 1/2; an isolated node changes nothing', () => {
    const g = new UndirectedGraph();
    g.addNode('a', { group: 'p' });
    g.addNode('b', { group: 'p' });
    g.addNode('c', { group: 'q' });
    g.addNode('d', { group: 'q' });
    g.addEdge('a', 'b');
    g.addEdge('c', 'd');
    expect(modularity(g, { getGroup: 'group' })).toBeCloseTo(0.5, 12);
    g.addNode('alone', { group: 'r' });
    expect(modularity(g, { getGroup: 'group' })).toBeCloseTo(0.5, 12);
  });

  it('a path a-b-c-d split in halves: Q = 2 (1/3 - 1/4) = 1/6', () => {
    const g = new UndirectedGraph();
    for (const [n, group] of [
      ['a', 'x'],
      ['b', 'x'],
      ['c', 'y'],
      ['d', 'y'],
    ] as const) {
      g.addNode(n, { group });
    }
    g.addEdge('a', 'b');
    g.addEdge('b', 'c');
    g.addEdge('c', 'd');
    expect(modularity(g, { getGroup: 'group' })).toBeCloseTo(1 / 6, 12);
  });

  it('people without a group are each a community of their own (not one "no group" block)', () => {
    const g = new UndirectedGraph();
    g.addNode('a');
    g.addNode('b');
    g.addEdge('a', 'b');
    // Singletons: 0 - 2 (1/2)^2; one block would give 1 - 1 = 0.
    expect(modularity(g, { getGroup: 'group' })).toBeCloseTo(-0.5, 12);
    const index = buildIndex(g);
    expect(modularityOnIndex(index, { partition: [-1, -1] })).toBeCloseTo(-0.5, 12);
    expect(modularityOnIndex(index, { partition: [7, 7] })).toBeCloseTo(0, 12);
  });

  it('merges parallel ties (summing weights) and leaves self-loops out', () => {
    const multi = new MultiUndirectedGraph();
    const simple = twoTriangles();
    simple.forEachNode((n, a) => multi.addNode(n, a));
    simple.forEachEdge((_e, a, s, t) => multi.addEdge(s, t, a));
    multi.addEdge('a', 'b', { weight: 1 });
    multi.addEdge('a', 'a', { weight: 5 });
    expect(modularity(multi, { getGroup: 'group' })).toBeCloseTo(6 / 7 - 1 / 2, 12);
    // Weighted: a-b weighs 2, so W = 8, strengths L = 9, R = 7, inside L = 4, R = 3.
    const expected = 4 / 8 - (9 / 16) ** 2 + 3 / 8 - (7 / 16) ** 2;
    expect(modularity(multi, { getGroup: 'group', getEdgeWeight: 'weight' })).toBeCloseTo(expected, 12);
  });

  it('is null for a graph without ties (0/0), never NaN', () => {
    const g = new UndirectedGraph();
    expect(modularity(g, { getGroup: 'group' })).toBeNull();
    g.addNode('a', { group: 'x' });
    expect(modularity(g, { getGroup: 'group' })).toBeNull();
  });

  it('validates its options', () => {
    const g = twoTriangles();
    expect(() => modularity(g, { getGroup: 'group', resolution: -1 })).toThrow(/^bridgegraph\/metrics\/modularity:/);
    expect(() => modularity(g, { getGroup: 'group', resolution: Number.NaN })).toThrow(/^bridgegraph\/metrics\/modularity:/);
    expect(() => modularity(g, { getGroup: null })).toThrow(/^bridgegraph\/metrics\/modularity:/);
    const index = buildIndex(g);
    expect(() => modularityOnIndex(index, { partition: [0, 1] })).toThrow(/^bridgegraph\/metrics\/modularity:/);
    expect(() => modularityOnIndex(index, { partition: [0, 0, 0, 1, 1, 0.5] })).toThrow(/^bridgegraph\/metrics\/modularity:/);
  });

  it('does not mutate the graph', () => {
    const g = twoTriangles();
    const before = JSON.stringify(g.export());
    modularity(g, { getGroup: 'group', getEdgeWeight: 'weight' });
    expect(JSON.stringify(g.export())).toBe(before);
  });
});

describe('modularity: networkx 2.8.8 community.modularity and igraph 0.10.2 modularity', () => {
  for (const name of ['karate', 'davis', 'davis-ruth-ungrouped', 'florentine']) {
    it(`${name}: the group split, weighted and not, at resolutions 0.5, 1 and 2`, () => {
      const { graph, fixture } = loadFixture(`groups-communities-${name}`);
      const nx = (fixture.results.networkx as { modularity: Record<string, number> }).modularity;
      const ig = (fixture.results.igraph as { modularity: Record<string, number> }).modularity;
      for (const weighting of ['unweighted', 'weighted'] as const) {
        for (const resolution of [0.5, 1, 2]) {
          const key = `${weighting}/resolution=${resolution}`;
          const q = modularity(graph, {
            getGroup: 'group',
            getEdgeWeight: weighting === 'weighted' ? 'weight' : null,
            resolution,
          });
          expect(q, `${key} networkx`).toBeCloseTo(nx[key] as number, 9);
          expect(Math.abs((q as number) - (nx[key] as number))).toBeLessThan(TOLERANCE);
          expect(Math.abs((q as number) - (ig[key] as number))).toBeLessThan(TOLERANCE);
        }
      }
    });
  }
});
