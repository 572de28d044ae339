import { MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/metrics/graph-index.js';
import { participationCoefficient, participationCoefficientOnIndex } from '../../../src/metrics/group/participation-coefficient.js';
import { loadFixture } from '../fixture-graph.js';

const TOLERANCE = 1e-9;

function graphOf(groups: Record<string, string | null>, edges: [string, string, number?][]): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const [node, group] of Object.entries(groups)) g.addNode(node, { group });
  for (const [s, t, weight = 1] of edges) g.addEdge(s, t, { weight });
  return g;
}

/** A star: hub of A, leaves of A, A, B and C; plus an isolated person. */
function star(): UndirectedGraph {
  return graphOf({ hub: 'A', a1: 'A', a2: 'A', b: 'B', c: 'C', alone: 'A' }, [
    ['hub', 'a1'],
    ['hub', 'a2'],
    ['hub', 'b', 3],
    ['hub', 'c'],
  ]);
}

describe('participation coefficient: hand-computed cases', () => {
  it('a star: hub 1 - (2/4)^2 - (1/4)^2 - (1/4)^2 = 5/8; leaves (one tie) and the isolated person 0', () => {
    const p = participationCoefficient(star(), { getGroup: 'group' });
    expect(p.hub).toBeCloseTo(5 / 8, 12);
    expect(p).toMatchObject({ a1: 0, a2: 0, b: 0, c: 0, alone: 0 });
    expect(Object.getPrototypeOf(p)).toBeNull();
  });

  it('weighted: k_is are strengths; the hub is 1 - (2/6)^2 - (3/6)^2 - (1/6)^2 = 11/18', () => {
    const p = participationCoefficient(star(), { getGroup: 'group', getEdgeWeight: 'weight' });
    expect(p.hub).toBeCloseTo(11 / 18, 12);
  });

  it('own group counts like any other: all ties into one group (even another) give 0', () => {
    const g = graphOf({ x: 'A', y: 'B', z: 'B' }, [
      ['x', 'y'],
      ['x', 'z'],
    ]);
    expect(participationCoefficient(g, { getGroup: 'group' }).x).toBe(0);
  });

  it('a path A-B-C: the middle person splits evenly, 1/2', () => {
    const g = graphOf({ a: 'A', b: 'B', c: 'C' }, [
      ['a', 'b'],
      ['b', 'c'],
    ]);
    expect(participationCoefficient(g, { getGroup: 'group' })).toEqual({ a: 0, b: 0.5, c: 0 });
  });

  it('neighbours without a group: one "no group" bucket by default, or ignored', () => {
    const g = graphOf({ x: 'A', a: 'A', u1: null, u2: null, v: null }, [
      ['x', 'a'],
      ['x', 'u1'],
      ['x', 'u2'],
      ['v', 'u1'],
      ['v', 'a'],
    ]);
    const bucket = participationCoefficient(g, { getGroup: 'group' });
    // x: 1 - (1/3)^2 - (2/3)^2 = 4/9 (u1 and u2 share the bucket, not 1 - 3 (1/3)^2).
    expect(bucket.x).toBeCloseTo(4 / 9, 12);
    // v has no group itself: P depends only on its neighbours' groups, 1 - 2 (1/2)^2.
    expect(bucket.v).toBeCloseTo(0.5, 12);
    expect(bucket.u1).toBeCloseTo(0.5, 12);
    const ignore = participationCoefficient(g, { getGroup: 'group', ungroupedNeighbors: 'ignore' });
    expect(ignore.x).toBe(0);
    expect(ignore.v).toBe(0);
    // u2's only neighbour x has a group; u1's neighbours x and v: v is ignored.
    expect(ignore.u1).toBe(0);
    // A person whose neighbours all lack a group: 0 with 'ignore' (no tie counted), 0 with 'bucket' (one bucket).
    const h = graphOf({ p: 'A', q: null, r: null }, [
      ['p', 'q'],
      ['p', 'r'],
    ]);
    expect(participationCoefficient(h, { getGroup: 'group' }).p).toBe(0);
    expect(participationCoefficient(h, { getGroup: 'group', ungroupedNeighbors: 'ignore' }).p).toBe(0);
  });

  it('two components and an isolated person: each counted on its own ties', () => {
    const g = graphOf({ a: 'A', b: 'B', c: 'A', d: 'A', e: 'B', alone: null }, [
      ['a', 'b'],
      ['a', 'c'],
      ['d', 'e'],
    ]);
    expect(participationCoefficient(g, { getGroup: 'group' })).toEqual({ a: 0.5, b: 0, c: 0, d: 0, e: 0, alone: 0 });
  });

  it('merges parallel ties (once unweighted, summed weighted) and leaves self-loops out', () => {
    const g = new MultiUndirectedGraph();
    for (const [n, group] of [
      ['x', 'A'],
      ['a', 'A'],
      ['b', 'B'],
    ] as const) {
      g.addNode(n, { group });
    }
    g.addEdge('x', 'a', { weight: 1 });
    g.addEdge('x', 'a', { weight: 1 });
    g.addEdge('x', 'b', { weight: 1 });
    g.addEdge('x', 'x', { weight: 10 });
    expect(participationCoefficient(g, { getGroup: 'group' }).x).toBeCloseTo(0.5, 12);
    // Weighted: 1 - (2/3)^2 - (1/3)^2 = 4/9.
    expect(participationCoefficient(g, { getGroup: 'group', getEdgeWeight: 'weight' }).x).toBeCloseTo(4 / 9, 12);
  });

  it('takes any partition on the index, e.g. detected communities', () => {
    const index = buildIndex(star(), { getGroup: 'group' });
    // Everyone in one community: 0 everywhere.
    expect(Array.from(participationCoefficientOnIndex(index, { partition: new Int32Array(index.order) }))).toEqual([0, 0, 0, 0, 0, 0]);
    // Each person alone: the hub splits its 4 ties 4 ways: 3/4.
    expect(participationCoefficientOnIndex(index, { partition: [0, 1, 2, 3, 4, 5] })[0]).toBeCloseTo(0.75, 12);
  });

  it('validates its options and never mutates the graph', () => {
    const g = star();
    const before = JSON.stringify(g.export());
    expect(() => participationCoefficient(g, { getGroup: 'group', ungroupedNeighbors: 'x' as 'bucket' })).toThrow(
      /^bridgegraph\/metrics\/participation-coefficient:/,
    );
    expect(() => participationCoefficient(g, { getGroup: null })).toThrow(/^bridgegraph\/metrics\/participation-coefficient:/);
    expect(() => participationCoefficientOnIndex(buildIndex(g), { partition: [0] })).toThrow(
      /^bridgegraph\/metrics\/participation-coefficient:/,
    );
    participationCoefficient(g, { getGroup: 'group', getEdgeWeight: 'weight' });
    expect(JSON.stringify(g.export())).toBe(before);
  });
});

describe('participation coefficient: independent Python implementation (ours, in groups-communities.py)', () => {
  for (const name of ['karate', 'davis', 'davis-ruth-ungrouped', 'florentine']) {
    it(`${name}: weighted and not, bucket and ignore, and against networkx's Louvain communities`, () => {
      const { graph, fixture } = loadFixture(`groups-communities-${name}`);
      const ours = (fixture.results.ours as { participation: Record<string, Record<string, number>> }).participation;
      for (const weighting of ['unweighted', 'weighted'] as const) {
        for (const mode of ['bucket', 'ignore'] as const) {
          const reference = ours[`${weighting}/${mode}`] as Record<string, number>;
          const p = participationCoefficient(graph, {
            getGroup: 'group',
            getEdgeWeight: weighting === 'weighted' ? 'weight' : null,
            ungroupedNeighbors: mode,
          });
          expect(Object.keys(p).sort()).toEqual(Object.keys(reference).sort());
          for (const [node, value] of Object.entries(reference)) {
            expect(Math.abs((p[node] as number) - value), `${weighting}/${mode} ${node}`).toBeLessThan(TOLERANCE);
          }
        }
      }
      const louvain = (fixture.results.networkx as { louvain: { unweighted: { communities: Record<string, number> } } }).louvain.unweighted
        .communities;
      const index = buildIndex(graph);
      const partition = index.nodes.map((node) => louvain[node] as number);
      const p = participationCoefficientOnIndex(index, { partition });
      const reference = ours['unweighted/louvainCommunities'] as Record<string, number>;
      index.nodes.forEach((node, i) => {
        expect(Math.abs((p[i] as number) - (reference[node] as number)), node).toBeLessThan(TOLERANCE);
      });
    });
  }
});
