import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/metrics/graph-index.js';
import { degree, degreeOnIndex } from '../../../src/metrics/node/degree.js';
import { CENTRALITY_GRAPHS, expectCloseValues, field, graphOf, multigraphOf, referenceVariants } from '../centrality-helpers.js';
import { loadFixture } from '../fixture-graph.js';

describe('degree and strength: hand-computed cases', () => {
  it('star: the centre has one tie per leaf', () => {
    const result = degree(
      graphOf([
        ['c', 'a'],
        ['c', 'b'],
        ['c', 'd'],
      ]),
    );
    expect(result.c).toEqual({ degree: 3, strength: 3 });
    expect(result.a).toEqual({ degree: 1, strength: 1 });
  });

  it('path, isolated person and two components, weighted', () => {
    const graph = graphOf(
      [
        ['a', 'b', 2],
        ['b', 'c', 0.5],
        ['x', 'y', 4],
      ],
      ['z'],
    );
    const result = degree(graph, { getEdgeWeight: 'weight' });
    expect({ ...result }).toEqual({
      z: { degree: 0, strength: 0 },
      a: { degree: 1, strength: 2 },
      b: { degree: 2, strength: 2.5 },
      c: { degree: 1, strength: 0.5 },
      x: { degree: 1, strength: 4 },
      y: { degree: 1, strength: 4 },
    });
  });

  it('parallel ties count once in the degree and add up in the strength; self-ties are ignored', () => {
    const graph = multigraphOf([
      ['a', 'b', 1],
      ['a', 'b', 2],
      ['b', 'a', 3],
      ['a', 'a', 10],
      ['b', 'c', 1],
    ]);
    expect(degree(graph, { getEdgeWeight: 'weight' }).a).toEqual({ degree: 1, strength: 6 });
    expect(degree(graph, { getEdgeWeight: 'weight' }).b).toEqual({ degree: 2, strength: 7 });
    // Unweighted, every distinct tie counts 1 (the index's merged weight 3 is not used).
    expect(degree(graph).b).toEqual({ degree: 2, strength: 2 });
    expect(degreeOnIndex(buildIndex(graph)).strength).toEqual(new Float64Array([1, 2, 1]));
  });

  it('returns a record without prototype, and nothing for an empty graph', () => {
    const result = degree(graphOf([['__proto__', 'constructor']]));
    expect(Object.getPrototypeOf(result)).toBeNull();
    expect(Object.entries(result)).toEqual([
      ['__proto__', { degree: 1, strength: 1 }],
      ['constructor', { degree: 1, strength: 1 }],
    ]);
    expect(degree(new UndirectedGraph())).toEqual({});
  });

  it('validates its options', () => {
    expect(() => degree(graphOf([['a', 'b']]), { getEdgeWeight: 3 as unknown as string })).toThrow(/^bridgegraph\/metrics\/degree:/);
  });
});

describe('degree and strength: networkx 2.8.8 on the reference graphs', () => {
  for (const name of CENTRALITY_GRAPHS) {
    it(name, () => {
      const { graph, fixture } = loadFixture(`centrality-${name}`);
      for (const { weighted, results } of referenceVariants(fixture.results)) {
        const ours = degree(graph, { getEdgeWeight: weighted ? 'weight' : null });
        const label = `${name} ${weighted ? 'weighted' : 'unweighted'}`;
        expect({ ...field(ours, 'degree') }, `${label} degree`).toEqual(results.networkx_degree);
        expectCloseValues(field(ours, 'strength'), results.networkx_strength as Record<string, number>, `${label} strength`);
      }
    });
  }
});
