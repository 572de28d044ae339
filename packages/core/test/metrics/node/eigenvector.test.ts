import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/metrics/graph-index.js';
import { eigenvector, eigenvectorOnIndex } from '../../../src/metrics/node/eigenvector.js';
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

/** Our power iteration against exact eigenvectors: 1e-9 relative, with 1e-12 absolute for values near 0. */
const TOLERANCE = [1e-9, 1e-12] as const;

const star = (leaves: number, weight = 1): UndirectedGraph =>
  graphOf(Array.from({ length: leaves }, (_, k): [string, string, number] => ['c', `l${k}`, weight]));

describe('eigenvector: hand-computed cases', () => {
  it('star with k leaves: the centre 1/√2, each leaf 1/√(2k) (λ = √k)', () => {
    const expected: NodeValues = { c: Math.SQRT1_2 };
    for (let k = 0; k < 5; k++) expected[`l${k}`] = 1 / Math.sqrt(10);
    expectCloseValues(eigenvector(star(5)), expected, 'star', ...TOLERANCE);
    // Weights only scale the matrix: a star of strong ties converges to the same vector.
    expectCloseValues(eigenvector(star(5, 100), { getEdgeWeight: 'weight' }), expected, 'strong star', ...TOLERANCE);
  });

  it('path a-b-c: b 1/√2, the ends 1/2 (a bipartite graph converges thanks to the A + I shift)', () => {
    expectCloseValues(
      eigenvector(
        graphOf([
          ['a', 'b'],
          ['b', 'c'],
        ]),
      ),
      { a: 0.5, b: Math.SQRT1_2, c: 0.5 },
      'path',
      ...TOLERANCE,
    );
  });

  it('weighted path a-b-c with weights 1 and 2: x ∝ (1, √5, 2)', () => {
    // A = [[0,1,0],[1,0,2],[0,2,0]]: λ = √5, x = (1, √5, 2) / √10.
    const norm = Math.sqrt(10);
    const graph = graphOf([
      ['a', 'b', 1],
      ['b', 'c', 2],
    ]);
    expectCloseValues(
      eigenvector(graph, { getEdgeWeight: 'weight' }),
      { a: 1 / norm, b: Math.sqrt(5) / norm, c: 2 / norm },
      'weighted',
      ...TOLERANCE,
    );
  });

  it('isolated person and a smaller component tend to 0; the whole vector keeps unit norm', () => {
    // Triangle (λ = 2) beats the pair (λ = 1): each triangle member 1/√3, everybody else ~0.
    const graph = graphOf(
      [
        ['a', 'b'],
        ['b', 'c'],
        ['a', 'c'],
        ['x', 'y'],
      ],
      ['z'],
    );
    const third = 1 / Math.sqrt(3);
    expectCloseValues(eigenvector(graph), { z: 0, a: third, b: third, c: third, x: 0, y: 0 }, 'components', ...TOLERANCE);
  });

  it('two components with the same largest eigenvalue share the weight as power iteration from the uniform vector splits it', () => {
    const graph = graphOf([
      ['a', 'b'],
      ['b', 'c'],
      ['a', 'c'],
      ['x', 'y'],
      ['y', 'z'],
      ['x', 'z'],
    ]);
    const sixth = 1 / Math.sqrt(6);
    expectCloseValues(eigenvector(graph), { a: sixth, b: sixth, c: sixth, x: sixth, y: sixth, z: sixth }, 'twins', ...TOLERANCE);
  });

  it('no ties: everybody 1/√n; empty graph: nothing', () => {
    expectCloseValues(eigenvector(graphOf([], ['a', 'b', 'c', 'd'])), { a: 0.5, b: 0.5, c: 0.5, d: 0.5 }, 'edgeless', ...TOLERANCE);
    expect(eigenvector(new UndirectedGraph())).toEqual({});
  });

  it('parallel ties are merged (weights summed) and self-ties ignored', () => {
    const multi = multigraphOf([
      ['a', 'b', 1],
      ['b', 'a', 1],
      ['b', 'c', 2],
      ['b', 'b', 7],
    ]);
    const simple = graphOf([
      ['a', 'b', 2],
      ['b', 'c', 2],
    ]);
    expectCloseValues(
      eigenvector(multi, { getEdgeWeight: 'weight' }),
      eigenvector(simple, { getEdgeWeight: 'weight' }),
      'weighted',
      1e-12,
      0,
    );
    expectCloseValues(eigenvector(multi), eigenvector(simple), 'unweighted', 1e-12, 0);
  });

  it('throws when it does not converge, and validates its options', () => {
    const index = buildIndex(
      graphOf([
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'd'],
      ]),
    );
    expect(() => eigenvectorOnIndex(index, { maxIterations: 2 })).toThrow(
      /^bridgegraph\/metrics\/eigenvector: the power iteration did not converge in 2/,
    );
    expect(() => eigenvectorOnIndex(index, { maxIterations: 0 })).toThrow(/^bridgegraph\/metrics\/eigenvector: maxIterations/);
    expect(() => eigenvectorOnIndex(index, { tolerance: 0 })).toThrow(/^bridgegraph\/metrics\/eigenvector: tolerance/);
    expect(() => eigenvector(graphOf([['a', 'b']]), { getEdgeWeight: 1 as unknown as string })).toThrow(
      /^bridgegraph\/metrics\/eigenvector:/,
    );
  });
});

describe('eigenvector: networkx 2.8.8 eigenvector_centrality_numpy and python-igraph 0.10.2 on the reference graphs', () => {
  for (const name of CENTRALITY_GRAPHS) {
    it(name, () => {
      const { graph, fixture } = loadFixture(`centrality-${name}`);
      for (const { weighted, results } of referenceVariants(fixture.results)) {
        const ours = eigenvector(graph, { getEdgeWeight: weighted ? 'weight' : null });
        const label = `${name} ${weighted ? 'weighted' : 'unweighted'}`;
        expectCloseValues(ours, results.networkx_eigenvector_numpy as NodeValues, `${label} vs networkx`, ...TOLERANCE);
        expectCloseValues(ours, results.igraph_eigenvector_unit_l2 as NodeValues, `${label} vs igraph`, ...TOLERANCE);
      }
    });
  }

  it('Florentine families: Pucci, isolated, gets (almost) 0 as in networkx', () => {
    const { graph, fixture } = loadFixture('centrality-florentine');
    const ours = eigenvector(graph);
    expect(ours.Pucci as number).toBeLessThan(1e-15);
    expect(Math.abs((fixture.results.unweighted as Record<string, NodeValues>).networkx_eigenvector_numpy?.Pucci as number)).toBeLessThan(
      1e-12,
    );
  });

  it("graphology's default stopping rule (tolerance 1e-6) would not reach 1e-9 on karate", () => {
    const { graph, fixture } = loadFixture('centrality-karate');
    const loose = eigenvector(graph, { tolerance: 1e-6 });
    const reference = (fixture.results.unweighted as Record<string, NodeValues>).networkx_eigenvector_numpy as NodeValues;
    expect(largestRelativeDifference(loose, reference)).toBeGreaterThan(1e-9);
  });
});
