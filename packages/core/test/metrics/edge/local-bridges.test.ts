import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { localBridges, localBridgesOnIndex } from '../../../src/metrics/edge/local-bridges.js';
import { buildIndex } from '../../../src/metrics/graph-index.js';
import { graphOf, multigraphOf } from '../centrality-helpers.js';
import { loadFixture } from '../fixture-graph.js';

describe('local bridges: hand-computed cases', () => {
  it('path and star: every tie is a local bridge and a bridge (span null)', () => {
    expect(
      localBridges(
        graphOf([
          ['a', 'b'],
          ['b', 'c'],
        ]),
      ),
    ).toEqual([
      ['a', 'b', null],
      ['b', 'c', null],
    ]);
    expect(
      localBridges(
        graphOf([
          ['c', 'a'],
          ['c', 'b'],
        ]),
      ),
    ).toEqual([
      ['c', 'a', null],
      ['c', 'b', null],
    ]);
  });

  it('triangle: no local bridge; square: four, each of span 3; pentagon: span 4', () => {
    expect(
      localBridges(
        graphOf([
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'a'],
        ]),
      ),
    ).toEqual([]);
    expect(
      localBridges(
        graphOf([
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'd'],
          ['d', 'a'],
        ]),
      ),
    ).toEqual([
      ['a', 'b', 3],
      ['a', 'd', 3],
      ['b', 'c', 3],
      ['c', 'd', 3],
    ]);
    const pentagon = localBridges(
      graphOf([
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'd'],
        ['d', 'e'],
        ['e', 'a'],
      ]),
    );
    expect(pentagon.map(([, , span]) => span)).toEqual([4, 4, 4, 4, 4]);
  });

  it('two triangles joined by a tie: only that tie, a bridge', () => {
    const graph = graphOf([
      ['a', 'b'],
      ['b', 'c'],
      ['a', 'c'],
      ['c', 'd'],
      ['d', 'e'],
      ['e', 'f'],
      ['d', 'f'],
    ]);
    expect(localBridges(graph)).toEqual([['c', 'd', null]]);
  });

  it('two triangles joined twice: the two joining ties are local bridges of span 3', () => {
    const graph = graphOf([
      ['a', 'b'],
      ['b', 'c'],
      ['a', 'c'],
      ['c', 'd'],
      ['d', 'e'],
      ['e', 'f'],
      ['d', 'f'],
      ['a', 'f'],
    ]);
    expect(localBridges(graph)).toEqual([
      ['a', 'f', 3],
      ['c', 'd', 3],
    ]);
  });

  it('a square with a chord: only the ties outside the triangles', () => {
    // a-b-c-d-a with chord a-c: every side is in a triangle. Add a tail d-e: a bridge.
    expect(
      localBridges(
        graphOf([
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'd'],
          ['d', 'a'],
          ['a', 'c'],
          ['d', 'e'],
        ]),
      ),
    ).toEqual([['d', 'e', null]]);
  });

  it('isolated person, two components, empty graph', () => {
    expect(
      localBridges(
        graphOf(
          [
            ['a', 'b'],
            ['x', 'y'],
            ['y', 'w'],
            ['w', 'v'],
            ['v', 'x'],
          ],
          ['z'],
        ),
      ),
    ).toEqual([
      ['a', 'b', null],
      ['x', 'y', 3],
      ['x', 'v', 3],
      ['y', 'w', 3],
      ['w', 'v', 3],
    ]);
    expect(localBridges(new UndirectedGraph())).toEqual([]);
  });

  it('parallel ties count as one tie and self-ties are ignored', () => {
    // The loop on a does not make a its own common neighbour with b (networkx would say so).
    const graph = multigraphOf([
      ['a', 'b'],
      ['b', 'a'],
      ['a', 'a'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'a'],
    ]);
    expect(localBridges(graph)).toEqual([
      ['a', 'b', 3],
      ['a', 'd', 3],
      ['b', 'c', 3],
      ['c', 'd', 3],
    ]);
  });

  it('kernel: spans are Infinity for bridges, by node number', () => {
    expect(
      localBridgesOnIndex(
        buildIndex(
          graphOf([
            ['a', 'b'],
            ['b', 'c'],
            ['c', 'd'],
            ['d', 'e'],
            ['e', 'b'],
          ]),
        ),
      ),
    ).toEqual([
      [0, 1, Number.POSITIVE_INFINITY],
      [1, 2, 3],
      [1, 4, 3],
      [2, 3, 3],
      [3, 4, 3],
    ]);
  });

  it('a long cycle: span n - 1 found from both ends', () => {
    const n = 2_001;
    const graph = new UndirectedGraph();
    for (let i = 0; i < n; i++) graph.addNode(String(i));
    for (let i = 0; i < n; i++) graph.addEdge(String(i), String((i + 1) % n));
    const spans = localBridgesOnIndex(buildIndex(graph)).map(([, , span]) => span);
    expect(spans.length).toBe(n);
    expect(spans.every((span) => span === n - 1)).toBe(true);
  });
});

describe('local bridges: networkx 2.8.8 local_bridges(with_span=True) on the reference graphs', () => {
  for (const name of ['karate', 'karate-cut', 'florentine', 'davis', 'sparse-random']) {
    it(name, () => {
      const { graph, fixture } = loadFixture(`bridges-${name}`);
      expect(localBridges(graph)).toEqual(fixture.results.networkx_local_bridges);
    });
  }
});
