import { UndirectedGraph } from 'graphology';
import graphologyBetweenness from 'graphology-metrics/centrality/betweenness.js';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/metrics/graph-index.js';
import { betweenness, betweennessOnIndex } from '../../../src/metrics/node/betweenness.js';
import { ShortestPathSearch } from '../../../src/metrics/shortest-paths.js';
import {
  CENTRALITY_GRAPHS,
  expectCloseValues,
  field,
  graphOf,
  largestRelativeDifference,
  multigraphOf,
  type NodeValues,
  referenceVariants,
} from '../centrality-helpers.js';
import { loadFixture } from '../fixture-graph.js';

const raw = (graph: UndirectedGraph, weighted = false): NodeValues => ({
  ...field(betweenness(graph, { getEdgeWeight: weighted ? 'weight' : null }), 'raw'),
});
const normalized = (graph: UndirectedGraph, weighted = false): NodeValues => ({
  ...field(betweenness(graph, { getEdgeWeight: weighted ? 'weight' : null }), 'normalized'),
});

describe('betweenness: hand-computed cases', () => {
  it('path a-b-c-d: each inner person lies on the paths of two pairs', () => {
    const graph = graphOf([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
    ]);
    expect(raw(graph)).toEqual({ a: 0, b: 2, c: 2, d: 0 });
    // 2 × 2 / ((4 - 1)(4 - 2)) = 2/3
    expectCloseValues(normalized(graph), { a: 0, b: 2 / 3, c: 2 / 3, d: 0 }, 'normalized', 1e-15, 0);
  });

  it('star: the centre lies on the path of every pair of leaves', () => {
    const graph = graphOf([
      ['c', 'l1'],
      ['c', 'l2'],
      ['c', 'l3'],
      ['c', 'l4'],
    ]);
    expect(raw(graph)).toEqual({ c: 6, l1: 0, l2: 0, l3: 0, l4: 0 });
    expect(normalized(graph).c).toBe(1);
  });

  it('two triangles joined by a tie: its two ends carry all 2 × 3 crossing pairs', () => {
    const graph = graphOf([
      ['a', 'b'],
      ['b', 'c'],
      ['a', 'c'],
      ['c', 'd'],
      ['d', 'e'],
      ['e', 'f'],
      ['d', 'f'],
    ]);
    expect(raw(graph)).toEqual({ a: 0, b: 0, c: 6, d: 6, e: 0, f: 0 });
    expectCloseValues(normalized(graph), { a: 0, b: 0, c: 0.6, d: 0.6, e: 0, f: 0 }, 'normalized', 1e-15, 0);
  });

  it('an isolated person scores 0 and counts in n; two components add up separately', () => {
    const graph = graphOf(
      [
        ['a', 'b'],
        ['b', 'c'],
        ['x', 'y'],
        ['y', 'z'],
      ],
      ['lonely'],
    );
    expect(raw(graph)).toEqual({ lonely: 0, a: 0, b: 1, c: 0, x: 0, y: 1, z: 0 });
    // n = 7: 1 × 2 / (6 × 5)
    expectCloseValues(normalized(graph), { lonely: 0, a: 0, b: 1 / 15, c: 0, x: 0, y: 1 / 15, z: 0 }, 'normalized', 1e-15, 0);
  });

  it('n ≤ 2 and the empty graph: all 0, nothing undefined', () => {
    expect({ ...betweenness(graphOf([['a', 'b']])) }).toEqual({ a: { raw: 0, normalized: 0 }, b: { raw: 0, normalized: 0 } });
    expect({ ...betweenness(graphOf([], ['a'])) }).toEqual({ a: { raw: 0, normalized: 0 } });
    expect(betweenness(new UndirectedGraph())).toEqual({});
  });

  it('weighted: a strong detour is shorter than a weak direct tie (length = 1 / weight)', () => {
    // a-c has weight 1 (length 1); a-b-c has weights 4 and 4 (length 0.5): the path goes through b.
    const graph = graphOf([
      ['a', 'c', 1],
      ['a', 'b', 4],
      ['b', 'c', 4],
    ]);
    expect(raw(graph, true)).toEqual({ a: 0, c: 0, b: 1 });
    expect(raw(graph, false)).toEqual({ a: 0, c: 0, b: 0 });
  });

  it('parallel ties are merged (weights summed) and self-ties ignored', () => {
    // Square a-b-c-d-a with a-b given twice (1 + 1 = 2, length 1/2) and a loop on c.
    // a-c: a-b-c (1.5) beats a-d-c (2), so b lies on it; b-d: b-a-d (1.5) beats b-c-d (2), so a does.
    const graph = multigraphOf([
      ['a', 'b'],
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'a'],
      ['c', 'c', 5],
    ]);
    expect(raw(graph as unknown as UndirectedGraph, true)).toEqual({ a: 1, b: 1, c: 0, d: 0 });
    // Unweighted, the square is symmetric: every pair of opposite corners has two paths.
    expect(raw(graph as unknown as UndirectedGraph, false)).toEqual({ a: 0.5, b: 0.5, c: 0.5, d: 0.5 });
  });

  it('floating-point sums split ties as in networkx (values from networkx 2.8.8)', () => {
    // s-x-y-t over weights 2, 3, 6 and s-z-t over weights 2, 2 are both of length 1 in exact
    // arithmetic. From s, 1/2 + 1/3 + 1/6 = 0.9999999999999999 < 1: only s-x-y-t is shortest;
    // from t, 1/6 + 1/3 + 1/2 = 1: both are. Exact arithmetic would give x 1.5, y 2, z 0.5.
    const graph = graphOf([
      ['s', 'x', 2],
      ['x', 'y', 3],
      ['y', 't', 6],
      ['s', 'z', 2],
      ['z', 't', 2],
    ]);
    expect(raw(graph, true)).toEqual({ s: 0.5, x: 1.75, y: 2.25, t: 1.5, z: 0.25 });
  });

  it('validates its options', () => {
    expect(() => betweenness(graphOf([['a', 'b']]), { getEdgeWeight: {} as unknown as string })).toThrow(
      /^bridgegraph\/metrics\/betweenness:/,
    );
  });
});

describe('betweenness: networkx 2.8.8 and python-igraph 0.10.2 on the reference graphs', () => {
  for (const name of CENTRALITY_GRAPHS) {
    it(name, () => {
      const { graph, fixture } = loadFixture(`centrality-${name}`);
      for (const { weighted, results } of referenceVariants(fixture.results)) {
        const ours = betweenness(graph, { getEdgeWeight: weighted ? 'weight' : null });
        const label = `${name} ${weighted ? 'weighted' : 'unweighted'}`;
        expectCloseValues(field(ours, 'raw'), results.networkx_betweenness_raw as NodeValues, `${label} raw`);
        expectCloseValues(field(ours, 'normalized'), results.networkx_betweenness_normalized as NodeValues, `${label} normalized`);
        // igraph agrees unweighted; weighted it compares lengths with a tolerance and keeps ties
        // that floating sums split, so it matches exact arithmetic instead of networkx.
        const exact = weighted ? (results.networkx_betweenness_raw_exact_fractions as NodeValues) : undefined;
        if (exact === undefined) expectCloseValues(field(ours, 'raw'), results.igraph_betweenness as NodeValues, `${label} raw vs igraph`);
        else expectCloseValues(results.igraph_betweenness as NodeValues, exact, `${label} igraph vs exact fractions`);
      }
    });
  }

  it('weighted karate, Davis and random graph: networkx (and we) differ from exact arithmetic', () => {
    for (const name of ['karate', 'davis', 'sparse-random']) {
      const { fixture } = loadFixture(`centrality-${name}`);
      const weighted = (fixture.results as { weighted: Record<string, NodeValues> }).weighted;
      const gap = largestRelativeDifference(
        weighted.networkx_betweenness_raw as NodeValues,
        weighted.networkx_betweenness_raw_exact_fractions as NodeValues,
        1,
      );
      expect(gap, name).toBeGreaterThan(1e-3);
    }
  });
});

describe('betweenness: a 40 × 40 grid, where shortest-path counts pass 2^32', () => {
  const { graph, fixture } = loadFixture('centrality-grid-40x40');
  const results = fixture.results as Record<string, NodeValues>;

  it('has more than 2^32 shortest paths between opposite corners (C(78, 39) ≈ 2.72e22)', () => {
    const index = buildIndex(graph);
    const search = new ShortestPathSearch(index);
    search.run(index.nodes.indexOf('0-0'));
    const paths = search.sigma[index.nodes.indexOf('39-39')] as number;
    expect(paths).toBeGreaterThan(2 ** 32);
    expect(Math.abs(paths / Number(27217014869199032015600n) - 1)).toBeLessThan(1e-12);
  });

  it('matches networkx (raw and normalized) and igraph to 1e-9 relative', () => {
    const ours = betweennessOnIndex(buildIndex(graph));
    const index = buildIndex(graph);
    const rawRecord: NodeValues = {};
    const normalizedRecord: NodeValues = {};
    index.nodes.forEach((node, i) => {
      rawRecord[node] = ours.raw[i] as number;
      normalizedRecord[node] = ours.normalized[i] as number;
    });
    expectCloseValues(rawRecord, results.networkx_betweenness_raw as NodeValues, 'grid raw', 1e-9, 0);
    expectCloseValues(normalizedRecord, results.networkx_betweenness_normalized as NodeValues, 'grid normalized', 1e-9, 0);
    expectCloseValues(rawRecord, results.igraph_betweenness as NodeValues, 'grid raw vs igraph', 1e-9, 0);
  });

  it('is where graphology-metrics 2.4.2 goes wrong (its Uint32Array path counts overflow)', () => {
    type Betweenness = (g: UndirectedGraph, options: { getEdgeWeight: null; normalized: boolean }) => Record<string, number>;
    const module = graphologyBetweenness as unknown as { default?: Betweenness };
    const theirs = (module.default ?? (graphologyBetweenness as unknown as Betweenness))(graph, { getEdgeWeight: null, normalized: false });
    expect(largestRelativeDifference(theirs, results.networkx_betweenness_raw as NodeValues, 1)).toBeGreaterThan(1);
  });
});
