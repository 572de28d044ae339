import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { networkFromJSON, networkToJSON, stringifyNetwork } from '../../src/io/network-json.js';
import {
  exchangeAttributes,
  groupAttributes,
  membershipAttributes,
  participationAttributes,
  personAttributes,
  tieAttributes,
} from '../../src/model/attributes.js';
import { createNetwork } from '../../src/model/create-network.js';
import type { ExchangeNetwork } from '../../src/model/types.js';
import { plainRecord } from '../../src/utils/plain-record.js';

// test/import/import.property.test.ts round-trips networks imported from valid generated packages.
// This adds networks built directly: every origin (record, reference, placeholder), any Unicode
// (lone surrogates included), keys named like Object.prototype members, instants anywhere in the
// Date range or null, and any positive finite weight, down to the smallest double.

const SEED = 7;
const NUM_RUNS = 200;

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', '', ' ', 'P1', '👩🏽‍🔬', 'مريم'),
);
const maybe = fc.option(text, { nil: null });
const instant = fc.option(fc.integer({ min: -8.64e15, max: 8.64e15 }), { nil: null });
const data = fc.array(fc.tuple(text, text), { maxLength: 4 }).map((entries) => plainRecord(entries));
const sources = fc.array(fc.record({ file: text, line: fc.integer({ min: 1, max: 1e9 }) }), { maxLength: 2 });
const origin = fc.constantFrom('record' as const, 'reference' as const, 'placeholder' as const);
const weight = fc.oneof(fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true }), fc.constantFrom(1, 0.1 + 0.2, 1 / 3));

const generated = fc
  .record({
    name: fc.option(text, { nil: undefined }),
    people: fc.uniqueArray(text, { maxLength: 8 }),
    groups: fc.uniqueArray(text, { maxLength: 3 }),
    exchanges: fc.uniqueArray(text, { maxLength: 3 }),
  })
  .chain((ids) =>
    fc.record({
      ids: fc.constant(ids),
      people: fc.array(fc.tuple(maybe, maybe, origin, data, sources), { minLength: ids.people.length, maxLength: ids.people.length }),
      groups: fc.array(fc.tuple(maybe, maybe, origin, data, sources), { minLength: ids.groups.length, maxLength: ids.groups.length }),
      exchanges: fc.array(fc.tuple(maybe, maybe, maybe, maybe, instant, instant, origin, data, sources), {
        minLength: ids.exchanges.length,
        maxLength: ids.exchanges.length,
      }),
      // Edges by position: [kind, a, b, role or kind, start, end, weight, data, sources].
      edges: fc.array(fc.tuple(fc.constantFrom(0, 1, 2), fc.nat(), fc.nat(), maybe, instant, instant, weight, data, sources), {
        maxLength: 12,
      }),
    }),
  );

type Generated = typeof generated extends fc.Arbitrary<infer T> ? T : never;

function build(g: Generated): ExchangeNetwork {
  const network = createNetwork(g.ids.name === undefined ? {} : { name: g.ids.name });
  g.ids.people.forEach((id, i) => {
    const [name, country, o, d, s] = g.people[i] as (typeof g.people)[number];
    network.addNode(`person:${id}`, personAttributes({ id, name, country, origin: o, data: d, sources: s }));
  });
  g.ids.groups.forEach((id, i) => {
    const [name, kind, o, d, s] = g.groups[i] as (typeof g.groups)[number];
    network.addNode(`group:${id}`, groupAttributes({ id, name, kind, origin: o, data: d, sources: s }));
  });
  g.ids.exchanges.forEach((id, i) => {
    const [name, kind, programme, hostCountry, start, end, o, d, s] = g.exchanges[i] as (typeof g.exchanges)[number];
    network.addNode(
      `exchange:${id}`,
      exchangeAttributes({ id, name, kind, programme, hostCountry, start, end, origin: o, data: d, sources: s }),
    );
  });
  const counts = { participation: 0, membership: 0, tie: 0 };
  for (const [kind, a, b, label, start, end, w, d, s] of g.edges) {
    const people = g.ids.people;
    if (people.length === 0) continue;
    const person = `person:${people[a % people.length]}`;
    if (kind === 0 && g.ids.exchanges.length > 0) {
      const exchange = `exchange:${g.ids.exchanges[b % g.ids.exchanges.length]}`;
      network.addEdgeWithKey(
        `participation#${counts.participation++}`,
        person,
        exchange,
        participationAttributes({ role: label, start, end, data: d, sources: s }),
      );
    } else if (kind === 1 && g.ids.groups.length > 0) {
      const group = `group:${g.ids.groups[b % g.ids.groups.length]}`;
      network.addEdgeWithKey(
        `membership#${counts.membership++}`,
        person,
        group,
        membershipAttributes({ role: label, start, end, data: d, sources: s }),
      );
    } else if (kind === 2 && people.length > 1) {
      const other = `person:${people[(a + 1 + (b % (people.length - 1))) % people.length]}`;
      network.addEdgeWithKey(
        `tie#${counts.tie++}`,
        person,
        other,
        tieAttributes({ kind: label, start, end, weight: w, data: d, sources: s }),
      );
    }
  }
  return network;
}

describe('JSON round trip of generated exchange networks', () => {
  test('stringify, read back, stringify: the same bytes, the same attributes, weights bit for bit', () => {
    let runs = 0;
    const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
    fc.assert(
      fc.property(generated, (g) => {
        runs++;
        const network = build(g);
        const textOf = stringifyNetwork(network);
        const back = networkFromJSON(textOf);
        expect(stringifyNetwork(back)).toBe(textOf);
        expect(networkFromJSON(JSON.parse(stringifyNetwork(network, { pretty: true })) as unknown).order).toBe(network.order);
        expect(networkToJSON(back)).toEqual(networkToJSON(network));
        back.forEachEdge((key, attributes) => {
          const original = network.getEdgeAttributes(key);
          if (attributes.type === 'tie' && original.type === 'tie') expect(Object.is(attributes.weight, original.weight)).toBe(true);
        });
        back.forEachNode((key, attributes) => {
          expect(Object.getPrototypeOf(attributes.data)).toBeNull();
          expect(Object.keys(attributes.data)).toEqual(Object.keys(network.getNodeAttribute(key, 'data')));
        });
      }),
      { seed: SEED, numRuns: NUM_RUNS },
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    console.log(`property 'generated exchange networks round-trip through JSON': ${runs} runs (numRuns ${NUM_RUNS}, seed ${SEED})`);
    expect(runs).toBe(NUM_RUNS);
  });
});
