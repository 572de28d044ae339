import { resolve } from 'node:path';
import { loadNetwork } from '@bridgegraph/core/node';
import { describe, expect, test } from 'vitest';
import { stringifyNetwork } from '../../src/io/network-json.js';
import type { ExchangeNetwork } from '../../src/model/types.js';
import { peopleNetwork } from '../../src/projection/people-network.js';
import { networkAt, sliceNetwork } from '../../src/temporal/slice.js';
import { timeWindows } from '../../src/temporal/windows.js';
import { at, networkOf } from '../projection/network-of.js';

const year = (y: number) => ({ start: at(`${y}-01-01`), end: at(`${y + 1}-01-01`) - 1 });

// Four people, a group, three exchanges and four ties:
// - x1 in May 2016 (a, b); x2 over New Year 2017-2018 (b for all of it, c only on 1-2 January 2018);
//   x3 undated (d); x4 dated January 2015, but a's participation is dated March 2016 (its own dates win).
// - ties: a-c from June 2016 to March 2017 (ended); b-d from 2017 on (no end); a-d with no start,
//   ended 2016; c-d undated.
// - memberships of g1: a from 2015 to 2016; b from June 2017 on.
async function small(): Promise<ExchangeNetwork> {
  return networkOf({
    people: 'id,country\na,DE\nb,DE\nc,FR\nd,PL\n',
    groups: 'id,name\ng1,Club\n',
    exchanges: 'id,start,end\nx1,2016-05-01,2016-05-03\nx2,2017-12-30,2018-01-02\nx3,,\nx4,2015-01-01,2015-01-02\n',
    participations: 'person,exchange,start,end\na,x1,,\nb,x1,,\nb,x2,,\nc,x2,2018-01-01,2018-01-02\nd,x3,,\na,x4,2016-03-01,2016-03-02\n',
    ties: 'source,target,start,end\na,c,2016-06-01,2017-03-31\nb,d,2017-01-01,\na,d,,2016-12-31\nc,d,,\n',
    memberships: 'person,group,start,end\na,g1,2015-01-01,2016-12-31\nb,g1,2017-06-01,\n',
  });
}

/** What a slice holds: node keys, and edges as "key source target". */
function contents(network: ExchangeNetwork) {
  return {
    nodes: network.nodes(),
    edges: network.mapEdges((key, _a, source, target) => `${key} ${source.split(':')[1]} ${target.split(':')[1]}`),
  };
}

// In the source's order: groups, people, exchanges; memberships, participations, ties.
const PEOPLE_AND_GROUPS = ['group:g1', 'person:a', 'person:b', 'person:c', 'person:d'];

describe('sliceNetwork', () => {
  test('2016: x1, and x4 through a participation dated 2016; the ties a-c and a-d (open start); a in g1', async () => {
    const network = await small();
    expect(contents(sliceNetwork(network, year(2016)))).toEqual({
      nodes: [...PEOPLE_AND_GROUPS, 'exchange:x1', 'exchange:x4'],
      edges: ['membership#0 a g1', 'participation#0 a x1', 'participation#1 b x1', 'participation#5 a x4', 'tie#0 a c', 'tie#2 a d'],
    });
  });

  test('2017: x2 (from 30 December) with b only (c came in 2018); the ended tie a-c until March; b in g1', async () => {
    const network = await small();
    expect(contents(sliceNetwork(network, year(2017)))).toEqual({
      nodes: [...PEOPLE_AND_GROUPS, 'exchange:x2'],
      edges: ['membership#1 b g1', 'participation#2 b x2', 'tie#0 a c', 'tie#1 b d'],
    });
  });

  test('2018: x2 again (an exchange over New Year is in both years), now with c; a-c has ended', async () => {
    const network = await small();
    expect(contents(sliceNetwork(network, year(2018)))).toEqual({
      nodes: [...PEOPLE_AND_GROUPS, 'exchange:x2'],
      edges: ['membership#1 b g1', 'participation#2 b x2', 'participation#3 c x2', 'tie#1 b d'],
    });
  });

  test('2015: x4 by its own dates but without its only participation (dated 2016); a-d (open start); a in g1', async () => {
    const network = await small();
    expect(contents(sliceNetwork(network, year(2015)))).toEqual({
      nodes: [...PEOPLE_AND_GROUPS, 'exchange:x4'],
      edges: ['membership#0 a g1', 'tie#2 a d'],
    });
  });

  test('undated things are in no window; a window without bounds keeps everything (a copy)', async () => {
    const network = await small();
    for (const y of [2014, 2015, 2016, 2017, 2018, 2019]) {
      const { nodes, edges } = contents(sliceNetwork(network, year(y)));
      expect(nodes).not.toContain('exchange:x3');
      expect(edges.some((e) => e.startsWith('tie#3') || e.startsWith('participation#4'))).toBe(false);
    }
    expect(stringifyNetwork(sliceNetwork(network, {}))).toBe(stringifyNetwork(network));
    expect(stringifyNetwork(sliceNetwork(network, { start: null, end: null }))).toBe(stringifyNetwork(network));
  });

  test('open-sided windows: everything from a date on, everything up to a date', async () => {
    const network = await small();
    expect(contents(sliceNetwork(network, { start: at('2018-01-02') })).edges).toEqual([
      'membership#1 b g1',
      'participation#2 b x2',
      'participation#3 c x2',
      'tie#1 b d',
    ]);
    expect(contents(sliceNetwork(network, { end: at('2015-06-01') })).edges).toEqual(['membership#0 a g1', 'tie#2 a d']);
  });

  test('the source is never changed, and the slice shares no attribute object with it', async () => {
    const network = await small();
    const before = stringifyNetwork(network);
    const slice = sliceNetwork(network, year(2016));
    expect(stringifyNetwork(network)).toBe(before);
    // Editing the slice leaves the source alone.
    const a = slice.getNodeAttributes('person:a');
    a.data.country = 'XX';
    a.sources.push({ file: 'edited', line: 0 });
    slice.getEdgeAttributes('tie#0').data.kind = 'edited';
    slice.setNodeAttribute('person:a', 'name', 'Edited');
    slice.dropNode('person:b');
    slice.replaceAttributes({ name: 'edited' });
    expect(stringifyNetwork(network)).toBe(before);
    // Dates are copied as they are, not clipped to the window.
    expect(slice.getEdgeAttributes('tie#0')).toMatchObject({ start: at('2016-06-01'), end: at('2017-04-01') - 1 });
  });

  test('a slice of a slice is the slice of the intersection', async () => {
    const network = await small();
    const inner = sliceNetwork(sliceNetwork(network, { start: at('2016-01-01'), end: at('2017-12-31') }), year(2017));
    expect(stringifyNetwork(inner)).toBe(stringifyNetwork(sliceNetwork(network, year(2017))));
  });

  test('errors', async () => {
    const network = await small();
    expect(() => sliceNetwork(network, null as never)).toThrow(/bridgegraph\/temporal\/slice: window must be an object/);
    expect(() => sliceNetwork(network, { start: 2, end: 1 })).toThrow(/window.end \(1\) is before window.start \(2\)/);
    expect(() => networkAt(network, Number.NaN)).toThrow(/bridgegraph\/temporal\/slice: instant must be a number/);
  });
});

describe('networkAt', () => {
  test('1 April 2017: only b-d runs (a-c ended at the end of 31 March); no exchange, no membership', async () => {
    const network = await small();
    expect(contents(networkAt(network, at('2017-04-01'))).edges).toEqual(['tie#1 b d']);
    // The last millisecond of 31 March still has a-c.
    expect(contents(networkAt(network, at('2017-04-01') - 1)).edges).toEqual(['tie#0 a c', 'tie#1 b d']);
  });

  test('noon on 1 January 2018: x2 under way with b and c, b-d, b in g1', async () => {
    const network = await small();
    expect(contents(networkAt(network, at('2018-01-01T12:00:00Z')))).toEqual({
      nodes: [...PEOPLE_AND_GROUPS, 'exchange:x2'],
      edges: ['membership#1 b g1', 'participation#2 b x2', 'participation#3 c x2', 'tie#1 b d'],
    });
  });
});

describe('sliceNetwork and the windowed people network agree', () => {
  test('hand-built network: every year and a few instants', async () => {
    const network = await small();
    const windows = [2014, 2015, 2016, 2017, 2018].map(year);
    windows.push(
      { start: at('2017-04-01'), end: at('2017-04-01') },
      { start: at('2018-01-01T12:00:00Z'), end: at('2018-01-01T12:00:00Z') },
    );
    for (const w of windows) {
      expect(JSON.stringify(peopleNetwork(sliceNetwork(network, w)).export())).toBe(
        JSON.stringify(peopleNetwork(network, { window: w }).export()),
      );
    }
  });

  test('the sample programme, year by year and quarter by quarter', async () => {
    const { network } = await loadNetwork([resolve(import.meta.dirname, '../../../../datasets/sample-programme')]);
    const before = stringifyNetwork(network);
    const windows = [
      ...timeWindows({ start: at('2011-01-01'), end: at('2024-12-31') }),
      ...timeWindows({ start: at('2019-01-01'), end: at('2020-12-31') }, { every: 'quarter' }),
    ];
    for (const w of windows) {
      const slice = sliceNetwork(network, w);
      expect(slice.filterNodes((_key, a) => a.type === 'person')).toHaveLength(600);
      expect(JSON.stringify(peopleNetwork(slice).export()), new Date(w.start).toISOString()).toBe(
        JSON.stringify(peopleNetwork(network, { window: w }).export()),
      );
    }
    expect(stringifyNetwork(network)).toBe(before);
  });
});
