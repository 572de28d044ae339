import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { bridges, bridgesOnIndex } from '../../../src/metrics/edge/bridges.js';
import { buildIndex } from '../../../src/metrics/graph-index.js';
import { graphOf, multigraphOf } from '../centrality-helpers.js';
import { loadFixture } from '../fixture-graph.js';

describe('bridges and articulation points: hand-computed cases', () => {
  it('path: every tie is a bridge, every inner person a cut point', () => {
    expect(
      bridges(
        graphOf([
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'd'],
        ]),
      ),
    ).toEqual({
      bridges: [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'd'],
      ],
      articulationPoints: ['b', 'c'],
    });
  });

  it('star: every tie a bridge, the centre the only cut point', () => {
    expect(
      bridges(
        graphOf([
          ['c', 'a'],
          ['c', 'b'],
          ['c', 'd'],
        ]),
      ),
    ).toEqual({
      bridges: [
        ['c', 'a'],
        ['c', 'b'],
        ['c', 'd'],
      ],
      articulationPoints: ['c'],
    });
  });

  it('two triangles joined by a tie: that tie, and its two ends', () => {
    const graph = graphOf([
      ['a', 'b'],
      ['b', 'c'],
      ['a', 'c'],
      ['c', 'd'],
      ['d', 'e'],
      ['e', 'f'],
      ['d', 'f'],
    ]);
    expect(bridges(graph)).toEqual({ bridges: [['c', 'd']], articulationPoints: ['c', 'd'] });
  });

  it('cycle, isolated person, several components, empty graph', () => {
    expect(
      bridges(
        graphOf(
          [
            ['a', 'b'],
            ['b', 'c'],
            ['c', 'd'],
            ['d', 'a'],
          ],
          ['z'],
        ),
      ),
    ).toEqual({ bridges: [], articulationPoints: [] });
    const graph = graphOf(
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
        ['c', 'd'],
        ['x', 'y'],
        ['y', 'w'],
      ],
      ['z'],
    );
    expect(bridges(graph)).toEqual({
      bridges: [
        ['c', 'd'],
        ['x', 'y'],
        ['y', 'w'],
      ],
      articulationPoints: ['c', 'y'],
    });
    expect(bridges(new UndirectedGraph())).toEqual({ bridges: [], articulationPoints: [] });
  });

  it('orders ends and bridges by the graph’s node order, not by name', () => {
    const graph = graphOf([], ['z', 'm', 'a']);
    graph.addEdge('a', 'm');
    graph.addEdge('m', 'z');
    expect(bridges(graph)).toEqual({
      bridges: [
        ['z', 'm'],
        ['m', 'a'],
      ],
      articulationPoints: ['m'],
    });
  });

  it('parallel ties count as one tie (so a repeated tie can be a bridge); self-ties are ignored', () => {
    const graph = multigraphOf([
      ['a', 'b'],
      ['b', 'a'],
      ['b', 'c'],
      ['c', 'c'],
      ['a', 'a'],
    ]);
    expect(bridges(graph)).toEqual({
      bridges: [
        ['a', 'b'],
        ['b', 'c'],
      ],
      articulationPoints: ['b'],
    });
  });

  it('a chain of 200 000 people does not overflow the stack', () => {
    const n = 200_000;
    const graph = new UndirectedGraph();
    for (let i = 0; i < n; i++) graph.addNode(String(i));
    for (let i = 1; i < n; i++) graph.addEdge(String(i - 1), String(i));
    const result = bridgesOnIndex(buildIndex(graph));
    expect(result.bridges.length).toBe(n - 1);
    expect(result.articulationPoints.length).toBe(n - 2);
    expect(result.bridges[12]).toEqual([12, 13]);
  });
});

describe('bridges and articulation points: networkx 2.8.8 and python-igraph 0.10.2 on the reference graphs', () => {
  for (const name of ['karate', 'karate-cut', 'florentine', 'davis', 'sparse-random']) {
    it(name, () => {
      const { graph, fixture } = loadFixture(`bridges-${name}`);
      const results = fixture.results as Record<string, unknown>;
      const ours = bridges(graph);
      expect(ours.bridges).toEqual(results.networkx_bridges);
      expect(ours.articulationPoints).toEqual(results.networkx_articulation_points);
      expect(ours.bridges).toEqual(results.igraph_bridges);
      expect(ours.articulationPoints).toEqual(results.igraph_articulation_points);
    });
  }

  it('the reference graphs have bridges to find (except Davis, whose projection is dense)', () => {
    const count = (name: string): number => (loadFixture(`bridges-${name}`).fixture.results.networkx_bridges as unknown[]).length;
    expect([count('karate'), count('karate-cut'), count('florentine'), count('davis'), count('sparse-random')]).toEqual([1, 3, 5, 0, 11]);
  });
});
