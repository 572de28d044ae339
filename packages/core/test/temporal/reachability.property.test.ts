import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ExchangeNetwork } from '../../src/model/types.js';
import { peopleNetwork } from '../../src/projection/people-network.js';
import { type ContactSequence, contactSequence, pairContacts } from '../../src/temporal/contacts.js';
import { canReach, earliestArrival, reachableFrom } from '../../src/temporal/reachability.js';
import { at, expectValidPaths, type TemporalSpec, temporalNetwork } from './temporal-network.js';

const SEED = 20170711;
const NUM_RUNS = 150;
/** Times are reversed as t → K - t (in seconds after BASE). */
const K = 40;

type Tie = [number, number, number | null, number | null];
type Member = [number, number | null, number | null];
interface Case {
  people: number;
  ties: Tie[];
  exchanges: { start: number; end: number; members: Member[] }[];
  from: number | null;
  until: number | null;
  strict: boolean;
}

const caseArbitrary: fc.Arbitrary<Case> = fc.integer({ min: 2, max: 7 }).chain((people) => {
  const person = fc.integer({ min: 0, max: people - 1 });
  const tie = fc
    .tuple(
      person,
      person,
      fc.integer({ min: 0, max: 12 }),
      fc.integer({ min: 0, max: 4 }),
      fc.constantFrom('moment', 'lasting', 'open-end', 'open-start'),
    )
    .filter(([a, b]) => a !== b)
    .map(([a, b, s, d, shape]): Tie => {
      if (shape === 'moment') return [a, b, s, s];
      if (shape === 'lasting') return [a, b, s, s + d];
      if (shape === 'open-end') return [a, b, s, null];
      return [a, b, null, s];
    });
  const member = fc
    .tuple(person, fc.boolean(), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 3 }))
    .map(([p, own, s, d]): Member => (own ? [p, s, s + d] : [p, null, null]));
  const exchange = fc.record({
    start: fc.integer({ min: 0, max: 12 }),
    length: fc.integer({ min: 0, max: 4 }),
    members: fc.uniqueArray(member, { selector: (m) => m[0], minLength: 2, maxLength: people }),
  });
  const window = fc.option(fc.integer({ min: 0, max: 12 }), { nil: null }).chain((from) =>
    fc.record({
      from: fc.constant(from),
      until: fc.option(fc.integer({ min: from ?? 0, max: 16 }), { nil: null }),
      strict: fc.boolean(),
    }),
  );
  return fc
    .record({
      ties: fc.array(tie, { maxLength: 12 }),
      exchanges: fc
        .array(exchange, { maxLength: 2 })
        .map((xs) => xs.map((x) => ({ start: x.start, end: x.start + x.length, members: x.members }))),
      window,
    })
    .map(({ ties, exchanges, window }) => ({ people, ties, exchanges, ...window }));
});

function spec(c: Case, reverse: boolean): TemporalSpec {
  const t = (n: number | null) => (n === null ? null : reverse ? K - n : n);
  const period = (s: number | null, e: number | null): [number | null, number | null] => (reverse ? [t(e), t(s)] : [s, e]);
  return {
    people: Array.from({ length: c.people }, (_, k) => `p${k}`),
    ties: c.ties.map(([a, b, s, e]) => [`p${a}`, `p${b}`, ...period(s, e)]),
    exchanges: c.exchanges.map((x, k) => [`x${k}`, ...period(x.start, x.end)]),
    participations: c.exchanges.flatMap((x, k) =>
      x.members.map(([p, s, e]): [string, string, number | null, number | null] => [`p${p}`, `x${k}`, ...period(s, e)]),
    ),
  };
}

/** Earliest arrival by brute force: relax every pair contact until nothing changes. */
function bruteForce(sequence: ContactSequence, source: number, from: number, until: number, strict: boolean): Map<number, number> {
  const p = pairContacts(sequence);
  const arrival = new Map([[source, from]]);
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = 0; k < p.count; k++) {
      for (const [u, v] of [
        [p.a[k] as number, p.b[k] as number],
        [p.b[k] as number, p.a[k] as number],
      ] as const) {
        const got = arrival.get(u);
        if (got === undefined) continue;
        const leave = got + (strict && u !== source ? 1 : 0);
        if (leave > (p.end[k] as number) || leave > until) continue;
        const t = Math.max(p.start[k] as number, leave);
        if (t <= until && t < (arrival.get(v) ?? Number.POSITIVE_INFINITY)) {
          arrival.set(v, t);
          changed = true;
        }
      }
    }
  }
  return arrival;
}

function components(network: ExchangeNetwork): Map<string, number> {
  const people = peopleNetwork(network);
  const component = new Map<string, number>();
  let n = 0;
  people.forEachNode((start) => {
    if (component.has(start)) return;
    const queue = [start];
    component.set(start, n);
    while (queue.length > 0)
      for (const v of people.neighbors(queue.shift() as string))
        if (!component.has(v)) {
          component.set(v, n);
          queue.push(v);
        }
    n++;
  });
  return component;
}

describe('time-respecting reachability, property-based', () => {
  test('subset of the static component, equal to brute force, and time reversal swaps reachable and source sets', async () => {
    console.log(`reachability property test: fast-check seed ${SEED}, numRuns ${NUM_RUNS}`);
    let nonTrivial = 0;
    await fc.assert(
      fc.asyncProperty(caseArbitrary, async (c) => {
        const network = await temporalNetwork(spec(c, false));
        const reversed = await temporalNetwork(spec(c, true));
        const sequence = contactSequence(network);
        const reversedSequence = contactSequence(reversed);
        const component = components(network);
        const from = c.from === null ? null : at(c.from);
        const until = c.until === null ? null : at(c.until);
        const options = { from, until, strict: c.strict, contacts: sequence };
        const mirror = {
          from: c.until === null ? null : at(K - c.until),
          until: c.from === null ? null : at(K - c.from),
          strict: c.strict,
          contacts: reversedSequence,
        };
        const flip = (t: number | null) => (t === null ? null : at(K) + at(0) - t);
        for (const person of sequence.people) {
          const arrivals = earliestArrival(network, person, options);
          expectValidPaths(sequence, arrivals, options);
          // The temporal reachable set lies in the static component.
          for (const reached of arrivals.keys()) expect(component.get(reached)).toBe(component.get(person));
          // Brute force over the pair contacts gives the same times.
          const expected = bruteForce(
            sequence,
            sequence.personIndex.get(person) as number,
            from ?? Number.NEGATIVE_INFINITY,
            until ?? Number.POSITIVE_INFINITY,
            c.strict,
          );
          const got = new Map(
            [...arrivals.values()].map((a) => [sequence.personIndex.get(a.person) as number, a.time ?? Number.NEGATIVE_INFINITY]),
          );
          expect(new Map([...got].sort((a, b) => a[0] - b[0]))).toEqual(new Map([...expected].sort((a, b) => a[0] - b[0])));
          // Reversing time: who p reaches after `from` is who reaches p in the reversed network before K - from.
          const out = reachableFrom(network, person, options);
          const back = canReach(reversed, person, mirror);
          const sorted = (s: typeof out) => s.people.map((m) => [m.person, m.time] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
          expect(sorted(back)).toEqual(sorted(out).map(([p, t]) => [p, flip(t)]));
          expect(sorted(canReach(network, person, options))).toEqual(
            sorted(reachableFrom(reversed, person, mirror)).map(([p, t]) => [p, flip(t)]),
          );
          if (out.size < component.size && out.size > 0) nonTrivial++;
        }
      }),
      { seed: SEED, numRuns: NUM_RUNS },
    );
    console.log(`reachability property test: ${nonTrivial} reachable sets smaller than the network and not empty`);
    expect(nonTrivial).toBeGreaterThan(NUM_RUNS);
  });
});
