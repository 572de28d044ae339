import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExchangeNetwork } from '@bridgegraph/core';
import { loadNetwork } from '@bridgegraph/core/node';
import { beforeAll, describe, expect, test } from 'vitest';
import { firstContacts } from '../../src/reach/first-contacts.js';
import { type ProgrammeReachRow, programmeReach } from '../../src/reach/programme-reach.js';
import { at, networkOf } from '../projection/network-of.js';
import { twoProgrammes } from './two-programmes.js';

function byUnit(rows: ProgrammeReachRow[]): Record<string, ProgrammeReachRow> {
  return Object.fromEntries(rows.map((r) => [String(r.unit), r]));
}

describe('programmeReach, worked by hand (see two-programmes.ts)', () => {
  // The whole network: 9 pairs; country pairs DE-FR, DE-PL, FR-PL all tied (3, each at distance 1);
  // one component of all 8 people; E-I over the 8 ties between grouped people (d-h is left out):
  // external a-b, b-c, a-e, b-e, c-d = 5, internal a-c, e-f, c-g = 3, (5 - 3)/8 = 0.25.
  test('by programme', async () => {
    const rows = programmeReach(await twoProgrammes());
    expect(rows.map((r) => r.unit)).toEqual(['A', 'B']);
    const { A, B } = byUnit(rows);
    expect(A).toEqual({
      unit: 'A',
      exchanges: 1,
      participants: 3, // a b c
      new_participants: 3,
      returning_participants: 0,
      countries: 2, // DE FR
      new_cross_country_ties: 2, // a-b and b-c (a-c is DE-DE)
      share_gaining_cross_tie: 1, // a, b and c each gained one
      alumni_reach_2: 5, // d e g at 1 step, f h at 2
      // Without x1: a-c and b-c go, a-b stays (x2 and their tie). Components {a b e f} and {c d g h};
      // DE-FR still tied by a-b and c-d; E-I: external a-b a-e b-e c-d = 4, internal e-f c-g = 2: 1/3.
      without_connected_country_pairs: 3,
      delta_connected_country_pairs: 0,
      without_mean_country_distance: 1,
      delta_mean_country_distance: 0,
      without_largest_component: 4,
      delta_largest_component: 4,
      without_ei_index: 1 / 3,
      delta_ei_index: 0.25 - 1 / 3,
      without_reachable_country_pairs: 3,
      delta_reachable_country_pairs: 0,
      first_exchange_start: at('2016-05-01'),
      last_exchange_end: at('2016-05-04') - 1,
    });
    expect(B).toEqual({
      unit: 'B',
      exchanges: 2,
      participants: 4, // a b e f
      new_participants: 2, // e and f; a and b came first to x1 (programme A)
      returning_participants: 2,
      countries: 3,
      // a-e and b-e; a-b met again at x2 but first at x1, so they count for A only; e-f is PL-PL.
      new_cross_country_ties: 2,
      share_gaining_cross_tie: 3 / 4, // a, b, e (not f)
      alumni_reach_2: 3, // c at 1 step, d g at 2
      // Without x2 and x3: e and f are isolated, PL is cut off: only DE-FR remains tied and reachable
      // (at distance 1); the largest component is a b c d g h; E-I: external a-b b-c c-d = 3,
      // internal a-c c-g = 2: 1/5.
      without_connected_country_pairs: 1,
      delta_connected_country_pairs: 2,
      without_mean_country_distance: 1,
      delta_mean_country_distance: 0,
      without_largest_component: 6,
      delta_largest_component: 2,
      without_ei_index: 0.2,
      delta_ei_index: 0.25 - 0.2,
      without_reachable_country_pairs: 1,
      delta_reachable_country_pairs: 2,
      first_exchange_start: at('2017-06-01'),
      last_exchange_end: at('2018-07-11') - 1,
    });
    // Everyone who took part in an exchange is new in exactly one programme: a b c e f.
    expect(rows.reduce((s, r) => s + r.new_participants, 0)).toBe(5);
  });

  test('by kind and by exchange: a person is new where their first exchange is', async () => {
    const network = await twoProgrammes();
    const kinds = byUnit(programmeReach(network, { by: 'kind' }));
    // camp = x1 + x3: a b c (x1) and f (x3) are new; e came first to x2 (a visit).
    expect(kinds.camp).toMatchObject({ exchanges: 2, participants: 5, new_participants: 4, returning_participants: 1, countries: 3 });
    expect(kinds.camp).toMatchObject({ new_cross_country_ties: 2, share_gaining_cross_tie: 3 / 5 });
    expect(kinds.visit).toMatchObject({
      exchanges: 1,
      participants: 3,
      new_participants: 1,
      new_cross_country_ties: 2,
      share_gaining_cross_tie: 1,
    });
    const exchanges = programmeReach(network, { by: 'exchange' });
    expect(exchanges.map((r) => [r.unit, r.new_participants, r.returning_participants, r.new_cross_country_ties])).toEqual([
      ['x1', 3, 0, 2],
      ['x2', 1, 2, 2],
      ['x3', 1, 1, 0],
    ]);
    // Removing x3 alone only loses e-f: f is isolated, PL stays tied to DE and FR through e.
    expect(exchanges[2]).toMatchObject({ delta_connected_country_pairs: 0, delta_largest_component: 1, without_largest_component: 7 });
  });

  test('shortest paths between countries, and an exchange without a programme', async () => {
    // DE a - b FR - c FR - d PL in a line of ties; x (no programme) joins a and d directly.
    const network = await networkOf({
      people: 'id,country\na,DE\nb,FR\nc,FR\nd,PL\n',
      exchanges: 'id,start,end\nx,2020-01-01,2020-01-02\n',
      participations: 'person,exchange\na,x\nd,x\n',
      ties: 'source,target\na,b\nb,c\nc,d\n',
    });
    const [row] = programmeReach(network);
    // With x: DE-FR 1, FR-PL 1, DE-PL 1 (a-d). Without: DE-PL is a-b-c-d, 3 steps: mean (1 + 1 + 3)/3.
    expect(row).toMatchObject({
      unit: null,
      exchanges: 1,
      new_cross_country_ties: 1,
      without_connected_country_pairs: 2,
      delta_connected_country_pairs: 1,
      without_mean_country_distance: 5 / 3,
      delta_mean_country_distance: 1 - 5 / 3,
      alumni_reach_2: 2,
    });
  });

  test('undefined values are null, never NaN; filters apply first; the network is not changed', async () => {
    // Nobody has a country: no country pairs, no E-I, no cross ties.
    const plain = await networkOf({
      people: 'id\na\nb\n',
      exchanges: 'id,programme\nx,P\n',
      participations: 'person,exchange\na,x\nb,x\n',
    });
    const before = JSON.stringify(plain.export());
    const [row] = programmeReach(plain);
    expect(JSON.stringify(plain.export())).toBe(before);
    expect(row).toMatchObject({
      participants: 2,
      countries: 0,
      new_cross_country_ties: 0,
      share_gaining_cross_tie: 0,
      without_mean_country_distance: null,
      delta_mean_country_distance: null,
      without_ei_index: null,
      delta_ei_index: null,
      first_exchange_start: null,
      last_exchange_end: null,
    });
    const network = await twoProgrammes();
    // Only 2017 onwards: x1 is out, so a and b are new in B, and a-b (met again at x2 in 2017) counts there.
    const since2017 = programmeReach(network, { window: { start: at('2017-01-01') } });
    expect(since2017.map((r) => [r.unit, r.new_participants, r.new_cross_country_ties])).toEqual([['B', 4, 2]]);
    expect(() => programmeReach(network, { by: 'year' as never })).toThrow(/^bridgegraph\/reach\/programme-reach: by must be/);
  });
});

describe('programmeReach on the sample programme', () => {
  let network: ExchangeNetwork;
  beforeAll(async () => {
    const here = dirname(fileURLToPath(import.meta.url));
    const loaded = await loadNetwork([resolve(here, '../../../../datasets/sample-programme')]);
    expect(loaded.problems).toEqual([]);
    network = loaded.network;
  });

  test('rows reconcile, and each cross-country tie of ties.csv counts for the programme of its via_exchange', () => {
    const rows = programmeReach(network);
    expect(rows.map((r) => r.unit)).toEqual([
      'Bridges for Youth',
      'Eastern Neighbourhood Study Visits',
      'Green Hands Camps',
      'Mediterranean Fair Play',
    ]);
    expect(rows.map((r) => r.exchanges)).toEqual([30, 16, 16, 18]);
    // 600 people, 53 of whom never took part (README): 547 are new exactly once.
    expect(rows.reduce((s, r) => s + r.new_participants, 0)).toBe(547);
    for (const r of rows) {
      expect(r.new_participants + r.returning_participants).toBe(r.participants);
      // Removing exchanges can only remove ties.
      expect(r.delta_connected_country_pairs).toBeGreaterThanOrEqual(0);
      expect(r.delta_reachable_country_pairs).toBeGreaterThanOrEqual(0);
      expect(r.delta_largest_component).toBeGreaterThanOrEqual(0);
      expect(r.without_largest_component + r.delta_largest_component).toBe(547);
    }
    const programmeOf = new Map<string, string>();
    network.forEachNode((_k, x) => {
      if (x.type === 'exchange') programmeOf.set(x.id, x.programme as string);
    });
    const contacts = firstContacts(network, { groupBy: 'country' });
    const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);
    const contactOf = new Map(contacts.map((c) => [pairKey(c.personA, c.personB), c]));
    const fromTies = new Map<string, number>();
    network.forEachEdge((_key, tie, source, target) => {
      if (tie.type !== 'tie') return;
      const a = network.getNodeAttributes(source);
      const b = network.getNodeAttributes(target);
      if (a.type !== 'person' || b.type !== 'person' || a.country === b.country) return;
      const c = contactOf.get(pairKey(a.id, b.id));
      expect(c?.via).toMatchObject({ type: 'exchange', id: tie.data.via_exchange });
      const programme = programmeOf.get(tie.data.via_exchange as string) as string;
      fromTies.set(programme, (fromTies.get(programme) ?? 0) + 1);
    });
    // 264 cross-country ties (README), each among its programme's new cross-country pairs.
    expect([...fromTies.values()].reduce((s, n) => s + n, 0)).toBe(264);
    for (const r of rows) {
      const expected = contacts.filter(
        (c) => c.via.type === 'exchange' && c.via.programme === r.unit && c.groupA !== null && c.groupA !== c.groupB,
      ).length;
      expect(r.new_cross_country_ties, String(r.unit)).toBe(expected);
      expect(r.new_cross_country_ties).toBeGreaterThanOrEqual(fromTies.get(r.unit as string) ?? 0);
    }
    // Every cross-country pair met first at some programme's exchange.
    const cross = contacts.filter((c) => c.groupA !== c.groupB).length;
    expect(rows.reduce((s, r) => s + r.new_cross_country_ties, 0)).toBe(cross);
  });

  test('by exchange and by kind reconcile too', () => {
    for (const by of ['exchange', 'kind'] as const) {
      const rows = programmeReach(network, { by });
      expect(rows.reduce((s, r) => s + r.new_participants, 0)).toBe(547);
      expect(rows.reduce((s, r) => s + r.exchanges, 0)).toBe(80);
    }
  });
});
