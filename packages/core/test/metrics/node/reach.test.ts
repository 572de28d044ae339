import { MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/metrics/graph-index.js';
import { reach, reachOnIndex } from '../../../src/metrics/node/reach.js';
import { loadFixture } from '../fixture-graph.js';

function graphOf(groups: Record<string, string | null>, edges: [string, string, number?][]): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const [node, group] of Object.entries(groups)) g.addNode(node, { group });
  for (const [s, t, weight = 1] of edges) g.addEdge(s, t, { weight });
  return g;
}

/** The path a-b-c-d-e with groups A, B, A, C and none. */
function path(): UndirectedGraph {
  return graphOf({ a: 'A', b: 'B', c: 'A', d: 'C', e: null }, [
    ['a', 'b'],
    ['b', 'c'],
    ['c', 'd'],
    ['d', 'e', 100],
  ]);
}

describe('reach: hand-computed cases', () => {
  it('a path: people within 1, 2, 3 and any number of steps', () => {
    const people = (steps: number) => Object.fromEntries(Object.entries(reach(path(), { steps })).map(([n, r]) => [n, r.people]));
    expect(people(1)).toEqual({ a: 1, b: 2, c: 2, d: 2, e: 1 });
    expect(people(2)).toEqual({ a: 2, b: 3, c: 4, d: 3, e: 2 });
    expect(people(3)).toEqual({ a: 3, b: 4, c: 4, d: 4, e: 3 });
    expect(people(Number.POSITIVE_INFINITY)).toEqual({ a: 4, b: 4, c: 4, d: 4, e: 4 });
    expect(reach(path())).toEqual(reach(path(), { steps: 2 }));
  });

  it('counts distinct groups among the person and the people reached; no group adds none', () => {
    const r1 = reach(path(), { steps: 1, getGroup: 'group' });
    expect(r1).toEqual({
      a: { people: 1, groups: 2 }, // A (own), B
      b: { people: 2, groups: 2 }, // B (own), A twice
      c: { people: 2, groups: 3 }, // A, B, C
      d: { people: 2, groups: 2 }, // C, A; e has none
      e: { people: 1, groups: 1 }, // only d's C: e has no group of its own
    });
    expect(reach(path(), { steps: 4, getGroup: 'group' }).a).toEqual({ people: 4, groups: 3 });
    // Without getGroup, no groups are counted.
    expect(reach(path(), { steps: 1 }).c).toEqual({ people: 2, groups: 0 });
    expect(Object.getPrototypeOf(r1)).toBeNull();
  });

  it('an isolated person reaches nobody: its own group only (or none)', () => {
    const g = graphOf({ x: 'A', y: null }, []);
    expect(reach(g, { steps: 3, getGroup: 'group' })).toEqual({ x: { people: 0, groups: 1 }, y: { people: 0, groups: 0 } });
  });

  it('a star: the hub reaches everyone in one step, the leaves in two', () => {
    const g = graphOf({ hub: 'H', l1: 'A', l2: 'B', l3: 'B', l4: 'C' }, [
      ['hub', 'l1'],
      ['hub', 'l2'],
      ['hub', 'l3'],
      ['hub', 'l4'],
    ]);
    const one = reach(g, { steps: 1, getGroup: 'group' });
    expect(one.hub).toEqual({ people: 4, groups: 4 });
    expect(one.l2).toEqual({ people: 1, groups: 2 });
    expect(reach(g, { steps: 2, getGroup: 'group' }).l2).toEqual({ people: 4, groups: 4 });
  });

  it('two components never reach each other', () => {
    const g = graphOf({ a: 'A', b: 'A', c: 'B', d: 'B' }, [
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(reach(g, { steps: Number.POSITIVE_INFINITY, getGroup: 'group' })).toEqual({
      a: { people: 1, groups: 1 },
      b: { people: 1, groups: 1 },
      c: { people: 1, groups: 1 },
      d: { people: 1, groups: 1 },
    });
  });

  it('parallel ties and self-loops change nothing; weights are ignored (a step is a step)', () => {
    const g = new MultiUndirectedGraph();
    path().forEachNode((n, a) => g.addNode(n, a));
    path().forEachEdge((_e, a, s, t) => g.addEdge(s, t, a));
    g.addEdge('a', 'b', { weight: 1 });
    g.addEdge('c', 'c', { weight: 1 });
    expect(reach(g, { steps: 2, getGroup: 'group' })).toEqual(reach(path(), { steps: 2, getGroup: 'group' }));
    const weighted = buildIndex(path(), { getEdgeWeight: 'weight', getGroup: 'group' });
    const unweighted = buildIndex(path(), { getGroup: 'group' });
    expect(reachOnIndex(weighted, { steps: 2 })).toEqual(reachOnIndex(unweighted, { steps: 2 }));
  });

  it('validates steps and never mutates the graph', () => {
    const g = path();
    const before = JSON.stringify(g.export());
    for (const steps of [0, -1, 1.5, Number.NaN]) {
      expect(() => reach(g, { steps })).toThrow(/^bridgegraph\/metrics\/reach:/);
    }
    reach(g, { steps: 3, getGroup: 'group' });
    expect(JSON.stringify(g.export())).toBe(before);
  });
});

describe('reach: networkx 2.8.8 single_source_shortest_path_length(cutoff=k)', () => {
  for (const name of ['karate', 'davis', 'davis-ruth-ungrouped', 'florentine']) {
    it(`${name}: people and groups within 1, 2 and 3 steps`, () => {
      const { graph, fixture } = loadFixture(`groups-communities-${name}`);
      const reference = (fixture.results.networkx as { reach: Record<string, Record<string, { people: number; groups: number }>> }).reach;
      for (const steps of [1, 2, 3]) {
        expect(reach(graph, { steps, getGroup: 'group' })).toEqual(reference[String(steps)]);
      }
    });
  }

  it('florentine: the Pucci, isolated, reach nobody', () => {
    const { graph } = loadFixture('groups-communities-florentine');
    expect(reach(graph, { steps: 3, getGroup: 'group' }).Pucci).toEqual({ people: 0, groups: 1 });
  });
});
