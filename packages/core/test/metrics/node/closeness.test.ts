import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/metrics/graph-index.js';
import { closeness, closenessOnIndex } from '../../../src/metrics/node/closeness.js';
import { CENTRALITY_GRAPHS, expectCloseValues, graphOf, multigraphOf, type NodeValues, referenceVariants } from '../centrality-helpers.js';
import { loadFixture } from '../fixture-graph.js';

const EXACT = [1e-15, 0] as const;

describe('closeness: hand-computed cases', () => {
  it('path a-b-c-d', () => {
    // a: 3 / (1 + 2 + 3); b: 3 / (1 + 1 + 2)
    expectCloseValues(
      closeness(
        graphOf([
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'd'],
        ]),
      ),
      { a: 0.5, b: 0.75, c: 0.75, d: 0.5 },
      'path',
      ...EXACT,
    );
  });

  it('star: the centre is one step from everybody', () => {
    // leaf: 3 / (1 + 2 + 2)
    expectCloseValues(
      closeness(
        graphOf([
          ['c', 'a'],
          ['c', 'b'],
          ['c', 'd'],
        ]),
      ),
      { c: 1, a: 0.6, b: 0.6, d: 0.6 },
      'star',
      ...EXACT,
    );
  });

  it('two triangles joined by a tie', () => {
    // a: 5 / (1 + 1 + 2 + 3 + 3); c: 5 / (1 + 1 + 1 + 2 + 2)
    const graph = graphOf([
      ['a', 'b'],
      ['b', 'c'],
      ['a', 'c'],
      ['c', 'd'],
      ['d', 'e'],
      ['e', 'f'],
      ['d', 'f'],
    ]);
    expectCloseValues(closeness(graph), { a: 0.5, b: 0.5, c: 5 / 7, d: 5 / 7, e: 0.5, f: 0.5 }, 'two triangles', ...EXACT);
  });

  it('isolated person and two components: 0, and the Wasserman-Faust factor (r - 1) / (n - 1)', () => {
    const graph = graphOf(
      [
        ['a', 'b'],
        ['b', 'c'],
        ['x', 'y'],
      ],
      ['z'],
    );
    // n = 6. a reaches 2 people at total distance 3: (2/3)(2/5); b: (2/2)(2/5); x: (1/1)(1/5).
    expectCloseValues(closeness(graph), { z: 0, a: 4 / 15, b: 2 / 5, c: 4 / 15, x: 1 / 5, y: 1 / 5 }, 'wasserman-faust', ...EXACT);
    expectCloseValues(closeness(graph, { wassermanFaust: false }), { z: 0, a: 2 / 3, b: 1, c: 2 / 3, x: 1, y: 1 }, 'plain', ...EXACT);
  });

  it('a single person and the empty graph', () => {
    expect({ ...closeness(graphOf([], ['a'])) }).toEqual({ a: 0 });
    expect(closeness(new UndirectedGraph())).toEqual({});
  });

  it('weighted: distances are sums of 1 / weight; parallel ties merged, self-ties ignored', () => {
    // a-b weights 1 + 1 = 2 (length 0.5), b-c weight 4 (length 0.25), a loop on c.
    const graph = multigraphOf([
      ['a', 'b'],
      ['b', 'a'],
      ['b', 'c', 4],
      ['c', 'c', 9],
    ]);
    // a: 2 / (0.5 + 0.75); b: 2 / (0.5 + 0.25); c: 2 / (0.25 + 0.75)
    expectCloseValues(closeness(graph, { getEdgeWeight: 'weight' }), { a: 1.6, b: 8 / 3, c: 2 }, 'weighted', ...EXACT);
    expectCloseValues(closeness(graph), { a: 2 / 3, b: 1, c: 2 / 3 }, 'unweighted', ...EXACT);
  });

  it('validates its options', () => {
    const graph = graphOf([['a', 'b']]);
    expect(() => closeness(graph, { wassermanFaust: 'yes' as unknown as boolean })).toThrow(/^bridgegraph\/metrics\/closeness:/);
    expect(() => closenessOnIndex(buildIndex(graph), null as unknown as object)).toThrow(/^bridgegraph\/metrics\/closeness:/);
  });
});

describe('closeness: networkx 2.8.8 and python-igraph 0.10.2 on the reference graphs', () => {
  for (const name of CENTRALITY_GRAPHS) {
    it(name, () => {
      const { graph, fixture } = loadFixture(`centrality-${name}`);
      for (const { weighted, results } of referenceVariants(fixture.results)) {
        const getEdgeWeight = weighted ? 'weight' : null;
        const label = `${name} ${weighted ? 'weighted' : 'unweighted'}`;
        const ours = closeness(graph, { getEdgeWeight });
        expectCloseValues(ours, results.networkx_closeness as NodeValues, `${label} vs networkx`);
        // Weighted: distances compared within igraph's tolerance give exact arithmetic's closeness
        // (networkx's exact float comparison does not change distances, only path counts).
        if (weighted)
          expectCloseValues(ours, results.networkx_closeness_exact_fractions as NodeValues, `${label} vs exact fractions`, 1e-9, 0);
        // igraph leaves unreachable people out (no Wasserman-Faust factor) and gives NaN (null)
        // to an isolated person, where we give 0.
        const plain: NodeValues = { ...closeness(graph, { getEdgeWeight, wassermanFaust: false }) };
        const igraph = results.igraph_closeness as NodeValues;
        for (const [node, value] of Object.entries(igraph)) if (value === null) expect(plain[node], `${label} ${node}`).toBe(0);
        const reachable = Object.fromEntries(Object.entries(plain).filter(([node]) => igraph[node] !== null));
        const igraphReachable = Object.fromEntries(Object.entries(igraph).filter(([, value]) => value !== null));
        expectCloseValues(reachable, igraphReachable, `${label} vs igraph`);
      }
    });
  }
});
