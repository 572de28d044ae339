import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/metrics/graph-index.js';
import { pagerank, pagerankOnIndex } from '../../../src/metrics/node/pagerank.js';
import {
  CENTRALITY_GRAPHS,
  expectCloseValues,
  graphOf,
  largestRelativeDifference,
  multigraphOf,
  type NodeValues,
  referenceVariants,
} from '../centrality-helpers.js';
import { loadFixture } from '../fixture-graph.js';

const TOLERANCE = [1e-9, 0] as const;
const ALPHA = 0.85;

const sum = (values: Record<string, number>): number => Object.values(values).reduce((a, b) => a + b, 0);

describe('pagerank: hand-computed cases', () => {
  it('star with k leaves: centre (1 + αk) / (n (1 + α))', () => {
    const graph = graphOf([
      ['c', 'a'],
      ['c', 'b'],
      ['c', 'd'],
    ]);
    const centre = (1 + ALPHA * 3) / (4 * (1 + ALPHA));
    const leaf = (1 - centre) / 3;
    expectCloseValues(pagerank(graph), { c: centre, a: leaf, b: leaf, d: leaf }, 'star', ...TOLERANCE);
  });

  it('weighted path a-b-c (weights 1 and 3): b passes 1/4 of its score to a, 3/4 to c', () => {
    const t = (1 - ALPHA) / 3;
    const b = (t * (1 + 2 * ALPHA)) / (1 - ALPHA * ALPHA);
    const expected = { a: t + (ALPHA * b) / 4, b, c: t + (3 * ALPHA * b) / 4 };
    expectCloseValues(
      pagerank(
        graphOf([
          ['a', 'b', 1],
          ['b', 'c', 3],
        ]),
        { getEdgeWeight: 'weight' },
      ),
      expected,
      'weighted',
      ...TOLERANCE,
    );
  });

  it('an isolated person jumps uniformly: z = (1 - α) / (n - α); two components', () => {
    const z = (1 - ALPHA) / (3 - ALPHA);
    expectCloseValues(pagerank(graphOf([['a', 'b']], ['z'])), { z, a: (1 - z) / 2, b: (1 - z) / 2 }, 'isolated', ...TOLERANCE);
    const two = pagerank(
      graphOf([
        ['a', 'b'],
        ['x', 'y'],
        ['y', 'w'],
      ]),
    );
    expect(Math.abs(sum(two) - 1)).toBeLessThan(1e-14);
    expect(Math.abs((two.a as number) - 0.2)).toBeLessThan(1e-14); // the pair holds 2 of 5 people's mass
  });

  it('no ties: 1/n each; one person: 1; empty graph: nothing', () => {
    expectCloseValues(pagerank(graphOf([], ['a', 'b', 'c', 'd'])), { a: 0.25, b: 0.25, c: 0.25, d: 0.25 }, 'edgeless', ...TOLERANCE);
    expect({ ...pagerank(graphOf([], ['a'])) }).toEqual({ a: 1 });
    expect(pagerank(new UndirectedGraph())).toEqual({});
  });

  it('two triangles joined by a tie: symmetric, the joining people highest', () => {
    const result = pagerank(
      graphOf([
        ['a', 'b'],
        ['b', 'c'],
        ['a', 'c'],
        ['c', 'd'],
        ['d', 'e'],
        ['e', 'f'],
        ['d', 'f'],
      ]),
    );
    expect(Math.abs((result.c as number) - (result.d as number))).toBeLessThan(1e-15);
    expect(result.c as number).toBeGreaterThan(result.a as number);
    expect(Math.abs(sum(result) - 1)).toBeLessThan(1e-14);
  });

  it('parallel ties are merged (weights summed) and self-ties ignored', () => {
    const multi = multigraphOf([
      ['a', 'b', 1],
      ['b', 'a', 1],
      ['b', 'c', 3],
      ['c', 'c', 5],
    ]);
    const simple = graphOf([
      ['a', 'b', 2],
      ['b', 'c', 3],
    ]);
    expectCloseValues(pagerank(multi, { getEdgeWeight: 'weight' }), pagerank(simple, { getEdgeWeight: 'weight' }), 'weighted', 1e-12, 0);
    expectCloseValues(pagerank(multi), pagerank(simple), 'unweighted', 1e-12, 0);
  });

  it('alpha 0 gives 1/n to everybody', () => {
    expectCloseValues(
      pagerank(
        graphOf([
          ['a', 'b'],
          ['b', 'c'],
        ]),
        { alpha: 0 },
      ),
      { a: 1 / 3, b: 1 / 3, c: 1 / 3 },
      'alpha 0',
      1e-15,
      0,
    );
  });

  it('throws when it does not converge, and validates its options', () => {
    const index = buildIndex(
      graphOf([
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'd'],
      ]),
    );
    expect(() => pagerankOnIndex(index, { maxIterations: 2 })).toThrow(
      /^bridgegraph\/metrics\/pagerank: the power iteration did not converge in 2/,
    );
    expect(() => pagerankOnIndex(index, { alpha: 1 })).toThrow(/^bridgegraph\/metrics\/pagerank: alpha/);
    expect(() => pagerankOnIndex(index, { alpha: -0.1 })).toThrow(/^bridgegraph\/metrics\/pagerank: alpha/);
    expect(() => pagerankOnIndex(index, { maxIterations: 1.5 })).toThrow(/^bridgegraph\/metrics\/pagerank: maxIterations/);
    expect(() => pagerankOnIndex(index, { tolerance: Number.NaN })).toThrow(/^bridgegraph\/metrics\/pagerank: tolerance/);
  });
});

describe('pagerank: networkx 2.8.8 pagerank_numpy (exact) and python-igraph 0.10.2 PRPACK on the reference graphs', () => {
  for (const name of CENTRALITY_GRAPHS) {
    it(name, () => {
      const { graph, fixture } = loadFixture(`centrality-${name}`);
      for (const { weighted, results } of referenceVariants(fixture.results)) {
        const ours = pagerank(graph, { getEdgeWeight: weighted ? 'weight' : null });
        const label = `${name} ${weighted ? 'weighted' : 'unweighted'}`;
        expectCloseValues(ours, results.networkx_pagerank_numpy as NodeValues, `${label} vs networkx`, ...TOLERANCE);
        expectCloseValues(ours, results.igraph_pagerank_prpack as NodeValues, `${label} vs igraph`, ...TOLERANCE);
      }
    });
  }

  it('the default stopping rule of graphology and networkx (tolerance 1e-6) would not reach 1e-9 on karate', () => {
    const { graph, fixture } = loadFixture('centrality-karate');
    const reference = (fixture.results.unweighted as Record<string, NodeValues>).networkx_pagerank_numpy as NodeValues;
    expect(largestRelativeDifference(pagerank(graph, { tolerance: 1e-6 }), reference)).toBeGreaterThan(1e-9);
  });
});
