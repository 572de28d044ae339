import { UndirectedGraph } from 'graphology';
import { expect, test } from 'vitest';
import { buildIndex } from '../../src/metrics/graph-index.js';
import { groupDistances } from '../../src/reach/group-distance.js';
import { setReach } from '../../src/reach/set-reach.js';

// A line A1 - B1 - u - C1 - C2 (u ungrouped), plus D1 alone and A2 tied to A1.
function line() {
  const g = new UndirectedGraph();
  for (const [n, group] of [
    ['A1', 'A'],
    ['A2', 'A'],
    ['B1', 'B'],
    ['u', null],
    ['C1', 'C'],
    ['C2', 'C'],
    ['D1', 'D'],
  ] as const)
    g.addNode(n, { group });
  for (const [a, b] of [
    ['A2', 'A1'],
    ['A1', 'B1'],
    ['B1', 'u'],
    ['u', 'C1'],
    ['C1', 'C2'],
  ])
    g.addEdge(a, b);
  return buildIndex(g, { getGroup: 'group' });
}

test('group distances: the shortest hop distance between any two members, through ungrouped people too', () => {
  // A-B 1, A-C 3 (A1 B1 u C1), B-C 2; D reaches nobody: 3 of the 6 pairs reachable.
  expect(groupDistances(line())).toEqual({ reachablePairs: 3, pairs: 6, meanDistance: 2 });
});

test('set reach: people within k steps of any source, sources not counted', () => {
  const index = line();
  const at = (id: string) => index.nodes.indexOf(id);
  expect(setReach(index, [at('A1')], 2)).toBe(3); // A2 B1 u
  expect(setReach(index, [at('A1'), at('C2')], 1)).toBe(3); // A2 B1 C1
  expect(setReach(index, [at('A1'), at('A1')], 1)).toBe(2);
  expect(setReach(index, [at('D1')], 2)).toBe(0);
  expect(setReach(index, [], 2)).toBe(0);
});
