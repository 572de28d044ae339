import { resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { exchanges, participantsOfExchange } from '../../src/model/queries.js';
import type { ExchangeNetwork } from '../../src/model/types.js';
import { loadNetwork } from '../../src/node/load-network.js';
import { peopleNetwork } from '../../src/projection/people-network.js';
import { contactSequence } from '../../src/temporal/contacts.js';
import {
  canReach,
  earliestArrival,
  latestDeparture,
  pathTo,
  type ReachabilityOptions,
  reachableFrom,
  reachableSetSizes,
} from '../../src/temporal/reachability.js';
import { at, expectValidPaths, temporalNetwork } from './temporal-network.js';

/** Arrival times by person, sorted by id. */
function times(network: ExchangeNetwork, source: string | string[], options: ReachabilityOptions = {}): Record<string, number | null> {
  const arrivals = earliestArrival(network, source, options);
  expectValidPaths(contactSequence(network, { undated: options.undated ?? 'skip' }), arrivals, options);
  return Object.fromEntries([...arrivals.values()].map((a) => [a.person, a.time]).sort());
}

/** Latest departures by person, sorted by id. */
function departures(network: ExchangeNetwork, target: string, options: ReachabilityOptions = {}): Record<string, number | null> {
  return Object.fromEntries([...latestDeparture(network, target, options).values()].map((d) => [d.person, d.time]).sort());
}

/** The static component of a person in the people's network (every contact, ignoring time). */
function staticComponent(network: ExchangeNetwork, person: string): string[] {
  const people = peopleNetwork(network);
  const seen = new Set([person]);
  const queue = [person];
  while (queue.length > 0) for (const n of people.neighbors(queue.shift() as string)) if (!seen.has(n) && seen.add(n)) queue.push(n);
  return [...seen].sort();
}

describe('time-respecting paths differ from the static network', () => {
  test('a–b at t=2, b–c at t=1: c is in a’s static component, but not reachable in time', async () => {
    const network = await temporalNetwork({
      people: ['a', 'b', 'c'],
      ties: [
        ['a', 'b', 2],
        ['b', 'c', 1],
      ],
    });
    expect(staticComponent(network, 'a')).toEqual(['a', 'b', 'c']);
    expect(times(network, 'a', { from: at(0) })).toEqual({ a: at(0), b: at(2) });
    // The other way round, time runs with the path: c → b at 1, b → a at 2.
    expect(times(network, 'c', { from: at(0) })).toEqual({ a: at(2), b: at(1), c: at(0) });
    expect(reachableFrom(network, 'a').people).toEqual([{ person: 'b', time: at(2) }]);
  });

  test('reversed times (a–b at 1, b–c at 2): c is reachable, and the path shows how', async () => {
    const network = await temporalNetwork({
      people: ['a', 'b', 'c'],
      ties: [
        ['a', 'b', 1],
        ['b', 'c', 2],
      ],
    });
    const arrivals = earliestArrival(network, 'a');
    expect([...arrivals.values()]).toEqual([
      { person: 'a', time: null, previous: null, via: null, hops: 0 },
      { person: 'b', time: at(1), previous: 'a', via: { type: 'tie', id: 'tie#0' }, hops: 1 },
      { person: 'c', time: at(2), previous: 'b', via: { type: 'tie', id: 'tie#1' }, hops: 2 },
    ]);
    expect(pathTo(arrivals, 'c')).toEqual([
      { from: 'a', to: 'b', time: at(1), via: { type: 'tie', id: 'tie#0' } },
      { from: 'b', to: 'c', time: at(2), via: { type: 'tie', id: 'tie#1' } },
    ]);
    expect(pathTo(arrivals, 'a')).toEqual([]);
    expect(pathTo(arrivals, 'nobody')).toBeNull();
  });
});

describe('simultaneous contacts', () => {
  // a–b, b–c and c–d all at 1; b–c again at 2 and c–d at 3.
  const spec = {
    people: ['a', 'b', 'c', 'd'],
    ties: [
      ['a', 'b', 1],
      ['b', 'c', 1],
      ['c', 'd', 1],
      ['b', 'c', 2],
      ['c', 'd', 3],
    ] as [string, string, number][],
  };

  test('non-strict (default): contacts at the same instant chain', async () => {
    const network = await temporalNetwork(spec);
    expect(times(network, 'a', { from: at(0) })).toEqual({ a: at(0), b: at(1), c: at(1), d: at(1) });
    const arrivals = earliestArrival(network, 'a', { from: at(0) });
    expect(arrivals.get('d')).toMatchObject({ previous: 'c', hops: 3 });
  });

  test('strict: each hop strictly later than the one before', async () => {
    const network = await temporalNetwork(spec);
    expect(times(network, 'a', { from: at(0), strict: true })).toEqual({ a: at(0), b: at(1), c: at(2), d: at(3) });
    // The source can use a contact at `from` itself.
    expect(times(network, 'a', { from: at(1), strict: true })).toEqual({ a: at(1), b: at(1), c: at(2), d: at(3) });
    expect(times(network, 'a', { from: at(1), until: at(2), strict: true })).toEqual({ a: at(1), b: at(1), c: at(2) });
  });

  test('strict with a lasting contact: 1 ms later', async () => {
    const network = await temporalNetwork({
      people: ['a', 'b', 'c'],
      ties: [
        ['a', 'b', 1],
        ['b', 'c', 0, 5],
      ],
    });
    expect(times(network, 'a', { from: at(0) })).toEqual({ a: at(0), b: at(1), c: at(1) });
    expect(times(network, 'a', { from: at(0), strict: true })).toEqual({ a: at(0), b: at(1), c: at(1) + 1 });
  });

  test('strict: passing across an exchange is one hop', async () => {
    const network = await temporalNetwork({
      people: ['a', 'b', 'c', 'd'],
      exchanges: [['X', 5, 5]],
      participations: [
        ['a', 'X'],
        ['b', 'X'],
        ['c', 'X'],
      ],
      ties: [['c', 'd', 5]],
    });
    const arrivals = earliestArrival(network, 'a', { strict: true });
    expect(Object.fromEntries([...arrivals].map(([p, a]) => [p, [a.time, a.previous, a.hops]]))).toEqual({
      a: [null, null, 0],
      b: [at(5), 'a', 1],
      c: [at(5), 'a', 1],
    });
    // Not strict, c passes it on to d at the same instant.
    expect(times(network, 'a')).toEqual({ a: null, b: at(5), c: at(5), d: at(5) });
  });
});

describe('contacts with durations', () => {
  test('a contact can be used from any moment during it', async () => {
    // x meets a at 5, while a and b are in contact from 0 to 10: b has it at 5.
    const network = await temporalNetwork({
      people: ['x', 'a', 'b'],
      ties: [
        ['x', 'a', 5],
        ['a', 'b', 0, 10],
      ],
    });
    expect(times(network, 'x')).toEqual({ a: at(5), b: at(5), x: null });
  });

  test('overlapping intervals: the later-ending contact is used first', async () => {
    // x–a from 0 to 10 and a–b from 3 to 4: a has it at 0, b at 3; a–c from 12 to 15: c at 12.
    // x–d at 6 and d–e from 3 to 5: e missed it.
    const network = await temporalNetwork({
      people: ['x', 'a', 'b', 'c', 'd', 'e'],
      ties: [
        ['x', 'a', 0, 10],
        ['a', 'b', 3, 4],
        ['a', 'c', 12, 15],
        ['x', 'd', 6],
        ['d', 'e', 3, 5],
      ],
    });
    expect(times(network, 'x', { from: at(0) })).toEqual({ a: at(0), b: at(3), c: at(12), d: at(6), x: at(0) });
    // Starting at 4 (inside x–a): a at 4, b at 4 (the last moment of a–b).
    expect(times(network, 'x', { from: at(4) })).toEqual({ a: at(4), b: at(4), c: at(12), d: at(6), x: at(4) });
    expect(times(network, 'x', { from: at(4) + 1 })).toEqual({ a: at(4) + 1, c: at(12), d: at(6), x: at(4) + 1 });
  });
});

describe('ties with end dates', () => {
  test('an open end runs for ever, an end closes the tie, a missing start ran since for ever', async () => {
    const network = await temporalNetwork({
      people: ['a', 'b', 'c', 'd'],
      ties: [
        ['a', 'b', 0, null],
        ['b', 'c', 0, 10],
        ['c', 'd', null, 50],
      ],
    });
    expect(times(network, 'a', { from: at(100) })).toEqual({ a: at(100), b: at(100) });
    expect(times(network, 'd', { from: at(20) })).toEqual({ c: at(20), d: at(20) });
    expect(times(network, 'd', { from: at(0) })).toEqual({ a: at(0), b: at(0), c: at(0), d: at(0) });
    // Without `from`, d has it since for ever: so has c, before any date (null).
    expect(times(network, 'd')).toEqual({ a: at(0), b: at(0), c: null, d: null });
    // An undated tie is left out unless asked for.
    const undated = await temporalNetwork({ people: ['a', 'b'], ties: [['a', 'b', null, null]] });
    expect(times(undated, 'a', { from: at(0) })).toEqual({ a: at(0) });
    expect(times(undated, 'a', { from: at(0), undated: 'always' })).toEqual({ a: at(0), b: at(0) });
  });
});

describe('an exchange is a hyperedge', () => {
  test('an exchange of 4: everyone in contact with everyone during it', async () => {
    const network = await temporalNetwork({
      people: ['a', 'b', 'c', 'd', 'e'],
      exchanges: [['X', 10, 20]],
      participations: [
        ['a', 'X'],
        ['b', 'X'],
        ['c', 'X'],
        ['d', 'X'],
      ],
      ties: [['e', 'a', 15]],
    });
    expect(times(network, 'e', { from: at(0) })).toEqual({ a: at(15), b: at(15), c: at(15), d: at(15), e: at(0) });
    const arrivals = earliestArrival(network, 'e', { from: at(0) });
    expect(arrivals.get('d')).toEqual({ person: 'd', time: at(15), previous: 'a', via: { type: 'exchange', id: 'X' }, hops: 2 });
    expect(times(network, 'b', { from: at(0) })).toEqual({ a: at(10), b: at(0), c: at(10), d: at(10), e: at(15) });
    expect(times(network, 'b', { from: at(20) + 1 })).toEqual({ b: at(20) + 1 });
  });

  test('own dates: c (10-12) and d (18-20) never met, but a and b (10-20) pass it from one to the other', async () => {
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
    const arrivals = earliestArrival(network, 'c', { from: at(0) });
    expect(times(network, 'c', { from: at(0) })).toEqual({ a: at(10), b: at(10), c: at(0), d: at(18) });
    // The path names a person who was there: c → a at 10, a → d at 18 (not c → d).
    expect(pathTo(arrivals, 'd')).toEqual([
      { from: 'c', to: 'a', time: at(10), via: { type: 'exchange', id: 'X' } },
      { from: 'a', to: 'd', time: at(18), via: { type: 'exchange', id: 'X' } },
    ]);
    // d cannot reach c: c had left when d came.
    expect(times(network, 'd', { from: at(0) })).toEqual({ a: at(18), b: at(18), d: at(0) });
    expect(times(network, 'c', { from: at(13) })).toEqual({ c: at(13) });
  });
});

describe('from and until', () => {
  test('only contacts within [from, until] count', async () => {
    const network = await temporalNetwork({
      people: ['a', 'b', 'c'],
      ties: [
        ['a', 'b', 1],
        ['b', 'c', 3],
      ],
    });
    expect(times(network, 'a', { until: at(2) })).toEqual({ a: null, b: at(1) });
    expect(times(network, 'a', { until: at(3) })).toEqual({ a: null, b: at(1), c: at(3) });
    expect(times(network, 'a', { from: at(2) })).toEqual({ a: at(2) });
    expect(times(network, 'b', { from: at(1), until: at(1) })).toEqual({ a: at(1), b: at(1) });
    // A lasting contact that runs past `until` can be used up to it.
    const lasting = await temporalNetwork({
      people: ['a', 'b'],
      ties: [['a', 'b', 0, 10]],
    });
    expect(times(lasting, 'a', { from: at(5), until: at(7) })).toEqual({ a: at(5), b: at(5) });
    expect(times(lasting, 'a', { from: at(11), until: at(12) })).toEqual({ a: at(11) });
  });

  test('several sources start together', async () => {
    const network = await temporalNetwork({
      people: ['a', 'b', 'c', 'd'],
      ties: [
        ['a', 'c', 5],
        ['b', 'd', 3],
        ['b', 'c', 2],
      ],
    });
    expect(times(network, ['a', 'b'], { from: at(0) })).toEqual({ a: at(0), b: at(0), c: at(2), d: at(3) });
    expect(reachableFrom(network, ['a', 'b'], { from: at(0) })).toMatchObject({ origin: ['a', 'b'], size: 2 });
  });
});

describe('the reverse: who could have reached a person by a date (latest departure)', () => {
  test('a chain, and its mirror', async () => {
    const network = await temporalNetwork({
      people: ['a', 'b', 'c', 'd'],
      ties: [
        ['a', 'b', 1],
        ['b', 'c', 2],
        ['c', 'd', 0, 10],
      ],
    });
    // To d by 5: c can pass it on until 5; b at 2; a at 1.
    expect(departures(network, 'd', { until: at(5) })).toEqual({ a: at(1), b: at(2), c: at(5), d: at(5) });
    expect(departures(network, 'd', { until: at(1) })).toEqual({ c: at(1), d: at(1) });
    // Passing it on no earlier than 2: a is out.
    expect(departures(network, 'd', { from: at(2), until: at(5) })).toEqual({ b: at(2), c: at(5), d: at(5) });
    // Strict: c must have had it 1 ms before it passes it on: by 2, b's contact at 2 is too late for c.
    expect(departures(network, 'd', { until: at(2), strict: true })).toEqual({ c: at(2), d: at(2) });
    expect(departures(network, 'd', { until: at(3), strict: true })).toEqual({ a: at(1), b: at(2), c: at(3), d: at(3) });
    // To c by 2: d can pass it on through c–d (0 to 10) up to 2.
    expect(departures(network, 'c', { until: at(2), strict: true })).toEqual({ a: at(1), b: at(2), c: at(2), d: at(2) });
    const latest = latestDeparture(network, 'd', { until: at(5) });
    expect(latest.get('a')).toEqual({ person: 'a', time: at(1), next: 'b', via: { type: 'tie', id: 'tie#0' }, hops: 3 });
    // The source set, latest departure first.
    expect(canReach(network, 'd', { until: at(5) })).toEqual({
      direction: 'in',
      origin: ['d'],
      people: [
        { person: 'a', time: at(1) },
        { person: 'b', time: at(2) },
        { person: 'c', time: at(5) },
      ],
      size: 3,
      groups: null,
      ungrouped: null,
    });
  });

  test('a–b at 2, b–c at 1: a cannot reach c, c can reach a', async () => {
    const network = await temporalNetwork({
      people: ['a', 'b', 'c'],
      ties: [
        ['a', 'b', 2],
        ['b', 'c', 1],
      ],
    });
    expect(canReach(network, 'c').people.map((p) => p.person)).toEqual(['b']);
    expect(canReach(network, 'a').people.map((p) => p.person)).toEqual(['c', 'b']);
  });
});

describe('groups and set sizes', () => {
  // DE a, b; FR c, d; e without a country. A ring in time: e–a at 0, a–b at 1, b–c at 2, c–d at 3, d–e at 4.
  const spec = {
    people: [['a', 'DE'], ['b', 'DE'], ['c', 'FR'], ['d', 'FR'], 'e'] as (string | [string, string])[],
    ties: [
      ['a', 'b', 1],
      ['b', 'c', 2],
      ['c', 'd', 3],
      ['d', 'e', 4],
      ['e', 'a', 0],
    ] as [string, string, number][],
  };

  test('reachableFrom by country', async () => {
    const network = await temporalNetwork(spec);
    expect(reachableFrom(network, 'b', { groupBy: 'country' })).toEqual({
      direction: 'out',
      origin: ['b'],
      people: [
        { person: 'a', time: at(1) },
        { person: 'c', time: at(2) },
        { person: 'd', time: at(3) },
        { person: 'e', time: at(4) },
      ],
      size: 4,
      groups: [
        { group: 'DE', people: 1 },
        { group: 'FR', people: 2 },
      ],
      ungrouped: 1,
    });
    expect(reachableFrom(network, 'c', { groupBy: 'country' })).toMatchObject({
      size: 3,
      groups: [
        { group: 'DE', people: 1 },
        { group: 'FR', people: 1 },
      ],
    });
    expect(reachableFrom(network, 'a', { groupBy: (id) => (id === 'a' ? 'me' : 'others') }).groups).toEqual([
      { group: 'others', people: 4 },
    ]);
  });

  test('reachableSetSizes: every person, out and in', async () => {
    const network = await temporalNetwork(spec);
    // Out: a reaches e (0), b (1), c (2), d (3); b reaches a (1), c, d, e (4); c reaches b (2), d (3), e (4);
    // d reaches c (3), e (4); e reaches a (0), b, c, d.
    // In: a is reached by e (0) and b (1); b by a, e (via a at 0) and c (2); c by a, b, d (3), e;
    // d by a, b, c, e; e by a (0), b, c, d. Each total is 17, as it must be.
    expect(reachableSetSizes(network, { groupBy: 'country' })).toEqual([
      { person: 'a', group: 'DE', reachable: 4, reachableGroups: 2, reachedBy: 2, reachedByGroups: 1 },
      { person: 'b', group: 'DE', reachable: 4, reachableGroups: 2, reachedBy: 3, reachedByGroups: 2 },
      { person: 'c', group: 'FR', reachable: 3, reachableGroups: 2, reachedBy: 4, reachedByGroups: 2 },
      { person: 'd', group: 'FR', reachable: 2, reachableGroups: 1, reachedBy: 4, reachedByGroups: 2 },
      { person: 'e', group: null, reachable: 4, reachableGroups: 2, reachedBy: 4, reachedByGroups: 2 },
    ]);
    // From 2 on, only b–c (2), c–d (3) and d–e (4) count: d reaches c, e and is reached by c, b, e.
    expect(reachableSetSizes(network, { from: at(2), people: ['d', 'b'] })).toEqual([
      { person: 'd', group: null, reachable: 2, reachableGroups: null, reachedBy: 3, reachedByGroups: null },
      { person: 'b', group: null, reachable: 3, reachableGroups: null, reachedBy: 1, reachedByGroups: null },
    ]);
  });
});

describe('options', () => {
  test('bad options are refused with the module named', async () => {
    const network = await temporalNetwork({ people: ['a', 'b'], ties: [['a', 'b', 1]] });
    const contacts = contactSequence(network);
    expect(() => earliestArrival(network, 'zz')).toThrow("bridgegraph/temporal/reachability: unknown person 'zz'.");
    expect(() => earliestArrival(network, [])).toThrow(/source must be a person id or a non-empty list/);
    expect(() => earliestArrival(network, 'a', { from: at(2), until: at(1) })).toThrow(RangeError);
    expect(() => earliestArrival(network, 'a', { from: Number.NaN })).toThrow(/from must be an instant/);
    expect(() => earliestArrival(network, 'a', { strict: 'yes' as never })).toThrow(/strict must be true or false/);
    expect(() => earliestArrival(network, 'a', { contacts, sources: 'ties' })).toThrow(/sources cannot be given with contacts/);
    expect(() => reachableFrom(network, 'a', { groupBy: '' })).toThrow(/groupBy must be/);
    expect(() => reachableSetSizes(network, { people: ['a', 'zz'] })).toThrow(/unknown person 'zz'/);
    // A prebuilt sequence gives the same answer.
    expect(earliestArrival(network, 'a', { contacts })).toEqual(earliestArrival(network, 'a'));
  });
});

describe('on the sample programme', () => {
  let network: ExchangeNetwork;
  beforeAll(async () => {
    ({ network } = await loadNetwork([resolve(import.meta.dirname, '../../../../datasets/sample-programme')]));
  });

  test('every tie’s pair met during its via_exchange: one hop through it, at its start', () => {
    const contacts = contactSequence(network, { sources: 'participations' });
    const byId = new Map(exchanges(network).map((x) => [x.id, x]));
    let checked = 0;
    network.forEachEdge((_key, t, source, target) => {
      if (t.type !== 'tie') return;
      const x = byId.get(t.data.via_exchange as string);
      if (x === undefined || x.start === null) throw new Error(`tie without a dated via_exchange: ${JSON.stringify(t.data)}`);
      const a = source.slice('person:'.length);
      const b = target.slice('person:'.length);
      const arrivals = earliestArrival(network, a, { from: x.start, until: x.start, contacts });
      expect(arrivals.get(b)).toEqual({ person: b, time: x.start, previous: a, via: { type: 'exchange', id: x.id }, hops: 1 });
      checked++;
    });
    expect(checked).toBe(340);
  });

  test('who could the people met at X001 reach after it, by country', () => {
    const contacts = contactSequence(network);
    const x = exchanges(network)[0];
    if (x === undefined || x.end === null) throw new Error('X001 has no end');
    const met = participantsOfExchange(network, x.id).map((p) => p.node.id);
    const after = reachableFrom(network, met, { from: x.end + 1, contacts, groupBy: 'country' });
    // The union of each one's reachable set, the participants left out.
    const union = new Set<string>();
    for (const p of met) for (const r of reachableFrom(network, p, { from: x.end + 1, contacts }).people) union.add(r.person);
    for (const p of met) union.delete(p);
    expect(after.size).toBe(union.size);
    expect((after.groups ?? []).reduce((n, g) => n + g.people, 0) + (after.ungrouped ?? 0)).toBe(after.size);
    // Every reachable person is in the static component of one of them, which is larger.
    const static_ = new Set(staticComponent(network, met[0] as string));
    expect(met.every((p) => static_.has(p))).toBe(true);
    expect(after.people.every((p) => static_.has(p.person))).toBe(true);
    expect(after.size).toBeGreaterThan(0);
    expect(after.size).toBeLessThan(static_.size - met.length);
  });
});
