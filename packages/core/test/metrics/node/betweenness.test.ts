import { UndirectedGraph } from 'graphology';
import graphologyBetweenness from 'graphology-metrics/centrality/betweenness.js';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/metrics/graph-index.js';
import { betweenness, betweennessOnIndex } from '../../../src/metrics/node/betweenness.js';
import { PATH_LENGTH_TOLERANCE, ShortestPathSearch, sameLength } from '../../../src/metrics/shortest-paths.js';
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

  it("floating-point sums do not split ties: the exact answer (as igraph 0.10.2), not networkx 2.8.8's", () => {
    // s-x-y-t over weights 2, 3, 6 and s-z-t over weights 2, 2 are both of length 1 in exact
    // arithmetic. From s, 1/2 + 1/3 + 1/6 = 0.9999999999999999 < 1, from t, 1/6 + 1/3 + 1/2 = 1:
    // networkx, comparing the sums exactly, keeps only s-x-y-t from s and both from t. Within the
    // tolerance both are shortest from either end, as with exact fractions and in igraph.
    const graph = graphOf([
      ['s', 'x', 2],
      ['x', 'y', 3],
      ['y', 't', 6],
      ['s', 'z', 2],
      ['z', 't', 2],
    ]);
    expect(1 / 2 + 1 / 3 + 1 / 6).toBeLessThan(1);
    const exact = { s: 0.5, x: 1.5, y: 2, t: 1.5, z: 0.5 };
    const networkx = { s: 0.5, x: 1.75, y: 2.25, t: 1.5, z: 0.25 }; // networkx 2.8.8, distance = 1 / weight
    const ours = raw(graph, true);
    expectCloseValues(ours, exact, 'weights 2, 3, 6 vs 2, 2', 1e-15, 0);
    for (const node of ['x', 'y', 'z'] as const) expect(Math.abs((ours[node] as number) - networkx[node]), node).toBe(0.25);
  });

  it('path lengths within the relative tolerance 1e-10 are equal; further apart, the shorter wins', () => {
    // a-b directly (length 1) or through c over two ties of length (1 + gap) / 2 each.
    const through = (gap: number): number => {
      const half = 2 / (1 + gap); // weight of a tie of length (1 + gap) / 2
      return raw(
        graphOf([
          ['a', 'b', 1],
          ['a', 'c', half],
          ['c', 'b', half],
        ]),
        true,
      ).c as number;
    };
    // Rule: |x - y| < 1e-10 × (x + y); here x + y ≈ 2.
    expect(through(1e-11)).toBe(0.5);
    expect(through(-1e-11)).toBe(0.5);
    expect(through(1e-9)).toBe(0);
    expect(through(-1e-9)).toBe(1);
    expect(PATH_LENGTH_TOLERANCE).toBe(1e-10);
    expect(sameLength(1, 1 + 1.9e-10)).toBe(true);
    expect(sameLength(1, 1 + 2.1e-10)).toBe(false);
    expect(sameLength(0.9999999999999999, 1)).toBe(true);
    expect(sameLength(1, Number.POSITIVE_INFINITY)).toBe(false);
    expect(sameLength(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY)).toBe(true);
    expect(sameLength(0, 0)).toBe(true);
    expect(sameLength(0, 1e-300)).toBe(false);
  });

  it("the tolerance is not transitive: a pair still hands out exactly one path's worth of dependency", () => {
    // s reaches w over p, q or r, of lengths 1, 1 - 1.6e-10 and 1 - 2.4e-10 (settled in that order).
    // From s: q's path is within the tolerance of p's and counted; r's is shorter by more than it
    // and replaces both, so w's only parent is r, although q's length is also within the tolerance
    // of r's. From w: r's path comes first and q's is within the tolerance of it, p's is not.
    // The pair s-w gives r (1 + 1/2) / 2 and q (0 + 1/2) / 2; s lies between p, q and r.
    // (igraph 0.10.2 gives p, q and r 1/3 each: it compares distances plus one, a looser rule here.)
    const lengths: [string, string, number][] = [
      ['s', 'p', 0.1],
      ['s', 'q', 0.2],
      ['s', 'r', 0.3],
      ['p', 'w', 0.9],
      ['q', 'w', 0.8 - 1.6e-10],
      ['r', 'w', 0.7 - 2.4e-10],
    ];
    const graph = graphOf(lengths.map(([a, b, length]): [string, string, number] => [a, b, 1 / length]));
    expectCloseValues(raw(graph, true), { s: 3, p: 0, q: 0.25, r: 0.75, w: 0 }, 'near ties', 1e-12, 0);
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
        const ourRaw = field(ours, 'raw');
        expectCloseValues(ourRaw, results.igraph_betweenness as NodeValues, `${label} raw vs igraph`);
        if (!weighted) {
          expectCloseValues(ourRaw, results.networkx_betweenness_raw as NodeValues, `${label} raw`);
          expectCloseValues(field(ours, 'normalized'), results.networkx_betweenness_normalized as NodeValues, `${label} normalized`);
          continue;
        }
        // Weighted: exact arithmetic (networkx on exact fractions 1 / w), which igraph also matches.
        const exact = results.networkx_betweenness_raw_exact_fractions as NodeValues;
        expectCloseValues(ourRaw, exact, `${label} raw vs exact fractions`);
        const n = graph.order;
        const exactNormalized = Object.fromEntries(
          Object.entries(exact).map(([node, b]) => [node, ((b as number) * 2) / ((n - 1) * (n - 2))]),
        );
        expectCloseValues(field(ours, 'normalized'), exactNormalized, `${label} normalized vs exact fractions`);
      }
    });
  }

  it('weighted karate, Davis and random graph: networkx 2.8.8 differs from exact arithmetic, igraph and us', () => {
    // Largest |networkx - exact| / max(exact, 1): karate 2.9%, Davis 7.3%, sparse random 44%.
    const gaps = { karate: 0.028, davis: 0.07, 'sparse-random': 0.4 };
    for (const [name, least] of Object.entries(gaps)) {
      const { graph, fixture } = loadFixture(`centrality-${name}`);
      const weighted = (fixture.results as { weighted: Record<string, NodeValues> }).weighted;
      const networkx = weighted.networkx_betweenness_raw as NodeValues;
      const exact = weighted.networkx_betweenness_raw_exact_fractions as NodeValues;
      expect(largestRelativeDifference(networkx, exact, 1), name).toBeGreaterThan(least);
      expect(largestRelativeDifference(networkx, field(betweenness(graph, { getEdgeWeight: 'weight' }), 'raw'), 1), name).toBeGreaterThan(
        least,
      );
    }
    // The worst node: networkx splits ties that exact arithmetic keeps, and gives 4.58 for 8.17.
    const { fixture } = loadFixture('centrality-sparse-random');
    const weighted = (fixture.results as { weighted: Record<string, NodeValues> }).weighted;
    expect(weighted.networkx_betweenness_raw?.['23']).toBeCloseTo(4.583333, 5);
    expect(weighted.networkx_betweenness_raw_exact_fractions?.['23']).toBeCloseTo(8.166667, 5);
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
