import { type Analysis, createNetwork, networkToJSON } from '@bridgegraph/core';
import { describe, expect, it } from 'vitest';
import { buildScene, placeScene, scenePositions } from '../../src/scene/index.js';
import { DAY, day, endOf, network, SMALL } from './fixtures.js';

const INF = Number.POSITIVE_INFINITY;

describe('buildScene', () => {
  it('derives every person, tie, period and first contact', async () => {
    const net = await network(SMALL);
    const scene = buildScene(net, { layout: 'none' });
    expect(scene.nodes.map((n) => [n.id, n.name, n.group, n.activeFrom, n.size])).toEqual([
      ['a', 'Ann', 'DE', day('2020-01-05'), 2],
      ['b', 'Bo', 'FR', day('2020-01-05'), 2],
      ['c', 'Cy', 'DE', day('2020-03-01'), 2],
      ['d', 'Di', 'PL', day('2020-02-01'), 3],
      ['e', 'Ed', 'IT', null, 0],
      ['f', 'Fa', 'SE', day('2021-01-01'), 1],
    ]);
    expect(scene.edges.map((e) => [e.source, e.target, e.weight, [...e.periods], e.firstContact, e.crossGroup, e.bridge])).toEqual([
      // a-b: x1 while both were there (b's own dates), then their friendship.
      [0, 1, 2, [day('2020-01-05'), endOf('2020-01-10'), day('2020-06-01'), endOf('2020-06-30')], day('2020-01-05'), true, false],
      [0, 2, 1, [day('2020-03-01'), endOf('2020-03-05')], day('2020-03-01'), false, false],
      // A tie without an end still runs.
      [1, 3, 1, [day('2020-02-01'), INF], day('2020-02-01'), true, false],
      // Only an undated exchange: present at all times.
      [2, 3, 1, [-INF, INF], null, true, false],
      [3, 5, 1, [day('2021-01-01'), endOf('2021-01-02')], day('2021-01-01'), true, true],
    ]);
    expect(scene.span).toEqual({ start: day('2020-01-01'), end: endOf('2021-01-02') });
    expect(scene.groups).toEqual(['DE', 'FR', 'IT', 'PL', 'SE']);
  });

  it('colours by a column of the record, blank being no group, and sizes by nothing', async () => {
    const scene = buildScene(await network(SMALL), { colorBy: 'team', sizeBy: null, layout: 'none' });
    expect(scene.nodes.map((n) => n.group)).toEqual(['red', null, 'blue', null, null, null]);
    expect(scene.nodes.every((n) => n.size === null)).toBe(true);
    expect(scene.groups).toEqual(['blue', 'red']);
    expect(scene.edges.map((e) => e.crossGroup)).toEqual([false, true, false, false, false]);
  });

  it('reads sizes and bridges from an analysis when given', async () => {
    const net = await network(SMALL);
    const people = ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => ({ id, group: null, betweenness: i === 4 ? null : i / 10 }));
    const analysis = { people, groups: [], network: { bridges: [['a', 'b']] } } as unknown as Analysis;
    const scene = buildScene(net, { sizeBy: 'betweenness', analysis, layout: 'none' });
    expect(scene.nodes.map((n) => n.size)).toEqual([0, 0.1, 0.2, 0.3, null, 0.5]);
    expect(scene.edges.map((e) => e.bridge)).toEqual([true, false, false, false, false]);
    expect(buildScene(net, { sizeBy: 'no-such-column', analysis, layout: 'none' }).nodes.every((n) => n.size === null)).toBe(true);
  });

  it('never edits the network', async () => {
    const net = await network(SMALL);
    const before = JSON.stringify(networkToJSON(net));
    buildScene(net, { colorBy: 'team', layoutIterations: 20 });
    expect(JSON.stringify(networkToJSON(net))).toBe(before);
  });

  it('copes with an empty network, one person and people with no dates', async () => {
    const empty = buildScene(createNetwork());
    expect(empty).toEqual({ nodes: [], edges: [], span: null, groups: [] });

    const one = buildScene(await network({ people: 'id,name,country\nsolo,Solo,DE\n' }));
    expect(one.nodes).toEqual([
      { id: 'solo', name: 'Solo', group: 'DE', x: expect.any(Number), y: expect.any(Number), activeFrom: null, size: 0 },
    ]);
    expect(Number.isFinite(one.nodes[0]?.x)).toBe(true);
    expect(one.span).toBeNull();

    const undated = buildScene(await network({ ties: 'source,target\np,q\nq,r\n' }), { layoutIterations: 10 });
    expect(undated.span).toBeNull();
    expect(undated.nodes.map((n) => n.activeFrom)).toEqual([null, null, null]);
    expect(undated.edges.map((e) => [[...e.periods], e.firstContact])).toEqual([
      [[-INF, INF], null],
      [[-INF, INF], null],
    ]);
  });

  it('merges overlapping contacts and takes one date alone as an instant', async () => {
    const scene = buildScene(
      await network({
        exchanges: 'id,start,end\nx1,2020-01-01,2020-01-10\nx2,2020-01-08,2020-01-12\nx3,2020-02-01,\n',
        participations: 'person,exchange\na,x1\nb,x1\na,x2\nb,x2\na,x3\nb,x3\n',
        ties: 'source,target,start,end\na,b,,2019-06-01\n',
      }),
      { layout: 'none' },
    );
    expect([...(scene.edges[0]?.periods ?? [])]).toEqual([
      -INF,
      endOf('2019-06-01'),
      day('2020-01-01'),
      endOf('2020-01-12'),
      day('2020-02-01'),
      day('2020-02-01'),
    ]);
    // The core's first contact: the tie has no start, so the first dated contact is x1.
    expect(scene.edges[0]?.firstContact).toBe(day('2020-01-01'));
  });

  it('takes positions when given, lays out the people missing from them, and places a scene', async () => {
    const net = await network(SMALL);
    const all = Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => [id, { x: i, y: -i }]));
    const given = buildScene(net, { positions: all });
    expect(given.nodes.map((n) => [n.x, n.y])).toEqual([0, 1, 2, 3, 4, 5].map((i) => [i, -i]));
    expect(scenePositions(given)).toEqual(all);

    const { f: _f, ...five } = all;
    const partial = buildScene(net, { positions: five, layoutIterations: 50 });
    expect(partial.nodes.slice(0, 5).map((n) => [n.x, n.y])).toEqual([0, 1, 2, 3, 4].map((i) => [i, -i]));
    expect(Number.isFinite(partial.nodes[5]?.x)).toBe(true);

    const placed = placeScene(given, Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
    expect(placed.nodes.map((n) => n.x)).toEqual([1, 3, 5, 7, 9, 11]);
    expect(placed.edges).toBe(given.edges);
    expect(given.nodes[0]?.x).toBe(0);
    expect(() => placeScene(given, [1, 2])).toThrow(/bridgegraph\/viewer\/scene: positions must hold 12 numbers/);
  });

  it('rejects bad options with the module named', async () => {
    const net = await network(SMALL);
    expect(() => buildScene(net, { layout: 'later' as 'none' })).toThrow(/^bridgegraph\/viewer\/scene: layout must be/);
    expect(() => buildScene(net, { sizeBy: 3 as unknown as string })).toThrow(/sizeBy must be a string or null/);
  });

  it('uses whole days in the fixture', () => {
    expect(day('2020-01-02') - day('2020-01-01')).toBe(DAY);
  });
});
