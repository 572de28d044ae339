import { describe, expect, it } from 'vitest';
import { buildScene, frameAt, groupScene, groupTieCounts } from '../../src/scene/index.js';
import { DAY, day, endOf, network, SMALL } from './fixtures.js';

const INF = Number.POSITIVE_INFINITY;

describe('groupScene', async () => {
  // Countries: a, c DE; b FR; d PL; e IT; f SE. Placed on a line so that centroids are exact.
  const positions = Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => [id, { x: i * 10, y: 1 }]));
  const people = buildScene(await network(SMALL), { positions });
  const groups = groupScene(people);

  it('makes one node per group at the centroid of its members', () => {
    expect(groups.nodes).toEqual([
      { id: 'DE', name: 'DE', group: 'DE', x: 10, y: 1, activeFrom: day('2020-01-05'), size: 2 },
      { id: 'FR', name: 'FR', group: 'FR', x: 10, y: 1, activeFrom: day('2020-01-05'), size: 1 },
      { id: 'IT', name: 'IT', group: 'IT', x: 40, y: 1, activeFrom: null, size: 1 },
      { id: 'PL', name: 'PL', group: 'PL', x: 30, y: 1, activeFrom: day('2020-02-01'), size: 1 },
      { id: 'SE', name: 'SE', group: 'SE', x: 50, y: 1, activeFrom: day('2021-01-01'), size: 1 },
    ]);
    expect(groups.groups).toEqual(people.groups);
    expect(groups.span).toEqual(people.span);
  });

  it('makes one edge per pair of groups, counting the ties, then the internal ones', () => {
    expect(groups.edges.map((e) => [e.source, e.target, e.weight, [...e.periods], e.firstContact, e.crossGroup])).toEqual([
      [0, 1, 1, [day('2020-01-05'), endOf('2020-01-10'), day('2020-06-01'), endOf('2020-06-30')], day('2020-01-05'), true],
      // c-d is undated: DE-PL is there at all times.
      [0, 3, 1, [-INF, INF], null, true],
      [1, 3, 1, [day('2020-02-01'), INF], day('2020-02-01'), true],
      [3, 4, 1, [day('2021-01-01'), endOf('2021-01-02')], day('2021-01-01'), true],
      [0, 0, 1, [day('2020-03-01'), endOf('2020-03-05')], day('2020-03-01'), false],
    ]);
    expect([...groups.edgeOfPersonEdge]).toEqual([0, 4, 2, 1, 3]);
    expect([...groups.nodeOfPerson]).toEqual([0, 1, 0, 3, 2, 4]);
  });

  it('takes frames like a person scene, and counts the visible ties per group edge', () => {
    const options = { mode: 'cumulative', windowMs: 0 } as const;
    const frame = frameAt(groups, day('2020-02-15'), options);
    expect([...frame.edgeAlpha]).toEqual([1, 1, 1, 0, 0]);
    expect([...frame.nodeAlpha]).toEqual([1, 1, 0, 1, 0]);
    expect(frame.counters).toEqual({ people: 3, groups: 3, ties: 3, crossGroupTies: 3 });
    expect([...groupTieCounts(groups, frameAt(people, day('2020-03-02'), options))]).toEqual([1, 1, 1, 0, 1]);
    const into = new Float32Array(5);
    expect(groupTieCounts(groups, frameAt(people, day('2019-01-01'), { ...options, fadeMs: DAY }), into)).toBe(into);
    expect([...into]).toEqual([0, 1, 0, 0, 0]);
  });

  it('counts only the ties between kept people when given (filters)', () => {
    const options = { mode: 'cumulative' as const, windowMs: 1, fadeMs: 0 };
    const frame = frameAt(people, day('2020-03-02'), options);
    // Without Bo (FR): DE-FR and FR-PL lose their tie; DE-PL (c-d) and DE's internal tie (a-c) stay.
    const kept = Uint8Array.from(people.nodes, (n) => (n.id === 'b' ? 0 : 1));
    expect([...groupTieCounts(groups, frame, undefined, kept, people.edges)]).toEqual([0, 1, 0, 0, 1]);
    // Keeping everyone (or null) counts as before.
    expect([...groupTieCounts(groups, frame, undefined, kept.fill(1), people.edges)]).toEqual([1, 1, 1, 0, 1]);
    expect([...groupTieCounts(groups, frame, undefined, null)]).toEqual([1, 1, 1, 0, 1]);
    expect(() => groupTieCounts(groups, frame, undefined, kept)).toThrow(TypeError);
  });

  it('leaves people without a group out', async () => {
    const scene = buildScene(await network(SMALL), { colorBy: 'team', layout: 'none' });
    const byTeam = groupScene(scene);
    expect(byTeam.nodes.map((n) => [n.id, n.size])).toEqual([
      ['blue', 1],
      ['red', 1],
    ]);
    expect(byTeam.edges.map((e) => [e.source, e.target, e.weight])).toEqual([[0, 1, 1]]);
    expect([...byTeam.edgeOfPersonEdge]).toEqual([-1, 0, -1, -1, -1]);
  });
});
