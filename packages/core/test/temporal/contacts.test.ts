import { describe, expect, test } from 'vitest';
import { stringifyNetwork } from '../../src/io/network-json.js';
import { peopleNetwork } from '../../src/projection/people-network.js';
import { type ContactSequence, contactCount, contactSequence, pairContacts } from '../../src/temporal/contacts.js';
import { at, temporalNetwork } from './temporal-network.js';

const INF = Number.POSITIVE_INFINITY;

/** Pair contacts as readable rows: [a, b, start, end, via]. */
function rows(sequence: ContactSequence): [string, string, number, number, string][] {
  const p = pairContacts(sequence);
  return Array.from({ length: p.count }, (_, k) => [
    sequence.people[p.a[k] as number] as string,
    sequence.people[p.b[k] as number] as string,
    p.start[k] as number,
    p.end[k] as number,
    sequence.vias[p.via[k] as number]?.id as string,
  ]);
}

describe('contactSequence', () => {
  test('ties: one link each, sorted by start; open sides are infinite; undated ones skipped and counted', async () => {
    const network = await temporalNetwork({
      people: ['a', 'b', 'c', 'd'],
      ties: [
        ['a', 'b', 5], // a moment
        ['b', 'c', 1, 9], // lasting
        ['c', 'd', 3, null], // still runs
        ['a', 'd', null, 4], // ran since an unknown date
        ['b', 'd', null, null], // undated
      ],
    });
    const s = contactSequence(network);
    expect(s.people).toEqual(['a', 'b', 'c', 'd']);
    expect(s.nodes).toBe(4);
    expect(s.skipped).toEqual({ ties: 1, participations: 0 });
    expect(rows(s)).toEqual([
      ['a', 'd', -INF, at(4), 'tie#3'],
      ['b', 'c', at(1), at(9), 'tie#1'],
      ['c', 'd', at(3), INF, 'tie#2'],
      ['a', 'b', at(5), at(5), 'tie#0'],
    ]);
    expect(s.vias[0]).toEqual({ type: 'tie', id: 'tie#0' });
    expect(contactCount(s)).toBe(4);
    // `always`: the undated tie lasts for ever.
    const always = contactSequence(network, { undated: 'always' });
    expect(always.skipped).toEqual({ ties: 0, participations: 0 });
    expect(rows(always)[1]).toEqual(['b', 'd', -INF, INF, 'tie#4']);
  });

  test('an exchange of 4 is one hyperedge: 4 links to one cohort, 6 pair contacts', async () => {
    const network = await temporalNetwork({
      people: ['a', 'b', 'c', 'd', 'e'],
      exchanges: [['X', 10, 20]],
      participations: [
        ['a', 'X'],
        ['b', 'X'],
        ['c', 'X'],
        ['d', 'X'],
      ],
    });
    const s = contactSequence(network);
    expect(s.nodes).toBe(6);
    expect(s.links.count).toBe(4);
    expect([...s.links.target]).toEqual([5, 5, 5, 5]);
    expect([...s.cohorts.members]).toEqual([4]);
    expect([s.cohorts.start[0], s.cohorts.end[0]]).toEqual([at(10), at(20)]);
    expect(s.vias).toEqual([{ type: 'exchange', id: 'X' }]);
    expect(contactCount(s)).toBe(6);
    expect(rows(s)).toEqual([
      ['a', 'b', at(10), at(20), 'X'],
      ['a', 'c', at(10), at(20), 'X'],
      ['a', 'd', at(10), at(20), 'X'],
      ['b', 'c', at(10), at(20), 'X'],
      ['b', 'd', at(10), at(20), 'X'],
      ['c', 'd', at(10), at(20), 'X'],
    ]);
  });

  test("participations' own dates: cohorts, and pairs only while both were there", async () => {
    // X runs 10-20; a and b all along, c only 10-12, d only 18-20: c and d never met.
    const network = await temporalNetwork({
      people: ['a', 'b', 'c', 'd'],
      exchanges: [['X', 10, 20]],
      participations: [
        ['a', 'X'],
        ['b', 'X'],
        ['c', 'X', 10, 12],
        ['d', 'X', 18, 20],
      ],
    });
    const s = contactSequence(network);
    expect(s.nodes).toBe(4 + 3);
    // Cohorts by start, then end: {c} 10-12, {a, b} 10-20, {d} 18-20.
    expect([...s.cohorts.members]).toEqual([1, 2, 1]);
    expect(rows(s)).toEqual([
      ['a', 'c', at(10), at(12), 'X'],
      ['b', 'c', at(10), at(12), 'X'],
      ['a', 'b', at(10), at(20), 'X'],
      ['a', 'd', at(18), at(20), 'X'],
      ['b', 'd', at(18), at(20), 'X'],
    ]);
    expect(contactCount(s)).toBe(5);
    // The people's network pairs everyone who attended, c and d too: it does not look at overlap.
    expect(peopleNetwork(network).hasEdge('c', 'd')).toBe(true);
  });

  test('a person in two cohorts of one exchange is not in contact with themself', async () => {
    const network = await temporalNetwork({
      people: ['a', 'b'],
      exchanges: [['X', 10, 20]],
      participations: [
        ['a', 'X', 10, 15, 'participant'],
        ['a', 'X', 12, 20, 'host'],
        ['b', 'X', 16, 20, 'participant'],
      ],
    });
    const s = contactSequence(network);
    expect(rows(s)).toEqual([['a', 'b', at(16), at(20), 'X']]);
    expect(contactCount(s)).toBe(1);
  });

  test('an exchange with one person, or with an undated participation, makes no contact', async () => {
    const network = await temporalNetwork({
      people: ['a', 'b', 'c'],
      exchanges: [
        ['X', 10, 20],
        ['Y', null, null],
        ['Z', 30, null],
      ],
      participations: [
        ['a', 'X'],
        ['a', 'Y'],
        ['b', 'Y'],
        ['b', 'Z'],
        ['c', 'Z'],
      ],
    });
    const s = contactSequence(network);
    expect(s.skipped).toEqual({ ties: 0, participations: 2 });
    // Z has only a start: it lasts that instant.
    expect(rows(s)).toEqual([['b', 'c', at(30), at(30), 'Z']]);
    expect(rows(contactSequence(network, { undated: 'always' }))).toEqual([
      ['a', 'b', -INF, INF, 'Y'],
      ['b', 'c', at(30), at(30), 'Z'],
    ]);
  });

  test('filters: sources, programmes, roles, tie kinds, keepExchange', async () => {
    const network = await temporalNetwork({
      people: ['a', 'b', 'c'],
      ties: [
        ['a', 'c', 1, 1, 'friendship'],
        ['b', 'c', 2, 2, 'mentoring'],
      ],
      exchanges: [
        ['X', 10, 20, 'P1'],
        ['Y', 30, 40, 'P2'],
      ],
      participations: [
        ['a', 'X', null, null, 'host'],
        ['b', 'X', null, null, 'participant'],
        ['c', 'X', null, null, 'participant'],
        ['a', 'Y', null, null, 'host'],
        ['b', 'Y', null, null, 'participant'],
      ],
    });
    const vias = (options: Parameters<typeof contactSequence>[1]) => [...new Set(rows(contactSequence(network, options)).map((r) => r[4]))];
    expect(vias({})).toEqual(['tie#0', 'tie#1', 'X', 'Y']);
    expect(vias({ sources: 'ties' })).toEqual(['tie#0', 'tie#1']);
    expect(vias({ sources: 'participations' })).toEqual(['X', 'Y']);
    expect(vias({ programmes: ['P2'], tieKinds: ['mentoring'] })).toEqual(['tie#1', 'Y']);
    expect(rows(contactSequence(network, { sources: 'participations', roles: ['participant'] }))).toEqual([
      ['b', 'c', at(10), at(20), 'X'],
    ]);
    expect(vias({ keepExchange: (x) => x.programme !== 'P1' })).toEqual(['tie#0', 'tie#1', 'Y']);
  });

  test('the network is not modified', async () => {
    const network = await temporalNetwork({
      people: ['a', 'b', 'c'],
      ties: [['a', 'b', 1]],
      exchanges: [['X', 10, 20]],
      participations: [
        ['a', 'X'],
        ['c', 'X', 12, 13],
      ],
    });
    const before = stringifyNetwork(network);
    contactSequence(network);
    expect(stringifyNetwork(network)).toBe(before);
  });

  test('bad options are refused with the module named', async () => {
    const network = await temporalNetwork({ people: ['a'] });
    expect(() => contactSequence(network, { sources: 'all' as 'both' })).toThrow(/bridgegraph\/projection: sources must be/);
    expect(() => contactSequence(network, { undated: 'keep' as 'skip' })).toThrow(/undated must be/);
    expect(() => contactSequence(network, { keepExchange: 'P1' as never })).toThrow(/bridgegraph\/temporal\/contacts: keepExchange/);
    expect(() => contactSequence(network, null as never)).toThrow(/bridgegraph\/temporal\/contacts: options/);
  });
});
