import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExchangeNetwork } from '@bridgegraph/core';
import { loadNetwork } from '@bridgegraph/core/node';
import { beforeAll, describe, expect, test } from 'vitest';
import { peopleNetwork } from '../../src/projection/people-network.js';
import { firstContacts } from '../../src/reach/first-contacts.js';
import { nodeOf } from '../helpers.js';
import { at, networkOf } from '../projection/network-of.js';
import { twoProgrammes } from './two-programmes.js';

/** Rows as [a, b, date, via] for compact comparison. */
function compact(rows: ReturnType<typeof firstContacts>) {
  return rows.map((r) => [r.personA, r.personB, r.firstContact, r.via.type === 'exchange' ? r.via.id : r.via.key]);
}

describe('firstContacts', () => {
  test('hand-built: one row per pair, chronological, through the earliest exchange or tie', async () => {
    const rows = firstContacts(await twoProgrammes(), { groupBy: 'country' });
    expect(compact(rows)).toEqual([
      ['c', 'd', at('2015-01-01'), 'tie#0'],
      // a and b met at x1 on 2016-05-01, then again at x2 and by a tie: x1 is their first contact.
      ['a', 'b', at('2016-05-01'), 'x1'],
      ['a', 'c', at('2016-05-01'), 'x1'],
      ['b', 'c', at('2016-05-01'), 'x1'],
      ['a', 'e', at('2017-06-01'), 'x2'],
      ['b', 'e', at('2017-06-01'), 'x2'],
      ['e', 'f', at('2018-07-01'), 'x3'],
      ['c', 'g', at('2019-01-01'), 'tie#2'],
      ['d', 'h', null, 'tie#3'],
    ]);
    expect(rows[0]).toEqual({
      personA: 'c',
      personB: 'd',
      groupA: 'DE',
      groupB: 'FR',
      firstContact: at('2015-01-01'),
      via: { type: 'tie', key: 'tie#0', kind: 'friendship' },
    });
    expect(rows[1]?.via).toEqual({ type: 'exchange', id: 'x1', kind: 'camp', programme: 'A' });
    expect(rows[8]).toMatchObject({ groupA: 'FR', groupB: null });
  });

  test('ties of date: exchange before tie, exchanges by id, ties in data order; a dated contact beats undated ones', async () => {
    const network = await networkOf({
      people: 'id\np1\np2\np3\np4\np5\n',
      exchanges:
        'id,start,end\ny2,2016-05-01,2016-05-02\ny1,2016-05-01,2016-05-03\nu2,,\nu1,,\nz,2016-01-02,2016-01-03\nw,2016-06-01,2016-06-10\n',
      participations:
        'person,exchange,start\np1,y2,\np2,y2,\np1,y1,\np2,y1,\np3,u2,\np4,u2,\np3,u1,\np4,u1,\np4,z,\np5,z,\np1,w,2016-06-05\np5,w,\np2,u1,\n',
      ties: 'source,target,start\np2,p1,2016-05-01\np3,p4,\np5,p4,2016-01-01\np4,p5,2016-01-01\np1,p3,\np2,p4,2016-03-01\n',
    });
    expect(compact(firstContacts(network))).toEqual([
      // Two ties on the same day, strictly before exchange z: the first tie in data order.
      ['p4', 'p5', at('2016-01-01'), 'tie#2'],
      // p2 and p4 met at the undated u1 and by a tie on 2016-03-01: the dated tie wins.
      ['p2', 'p4', at('2016-03-01'), 'tie#5'],
      // y1 and y2 start the same day as their tie: an exchange first, the smaller id.
      ['p1', 'p2', at('2016-05-01'), 'y1'],
      // p1 was at w from 2016-06-05 only (their own start): the later of the two arrivals.
      ['p1', 'p5', at('2016-06-05'), 'w'],
      // Undated only: the exchange with the smallest id, else the first tie.
      ['p1', 'p3', null, 'tie#4'],
      ['p2', 'p3', null, 'u1'],
      ['p3', 'p4', null, 'u1'],
    ]);
  });

  test('filters: a window, a programme, or one source of evidence', async () => {
    const network = await twoProgrammes();
    // Programme B only (ties still count): a and b now first met by their tie of 2016-05-10.
    const b = compact(firstContacts(network, { programmes: ['B'] }));
    expect(b).toContainEqual(['a', 'b', at('2016-05-10'), 'tie#1']);
    expect(b.some((r) => r[3] === 'x1')).toBe(false);
    // Exchanges only.
    expect(compact(firstContacts(network, { sources: 'participations' })).map((r) => r[3])).toEqual(['x1', 'x1', 'x1', 'x2', 'x2', 'x3']);
    // 2017 onwards: undated ties leave, c-d's running tie stays, dated from its start.
    const since2017 = compact(firstContacts(network, { window: { start: at('2017-01-01') } }));
    expect(since2017.map((r) => `${r[0]}-${r[1]}`)).toEqual(['c-d', 'a-b', 'a-e', 'b-e', 'e-f', 'c-g']);
    expect(since2017[1]).toEqual(['a', 'b', at('2016-05-10'), 'tie#1']);
  });

  test('does not change the network, and refuses bad options', async () => {
    const network = await twoProgrammes();
    const before = JSON.stringify(network.export());
    firstContacts(network, { groupBy: 'country' });
    expect(JSON.stringify(network.export())).toBe(before);
    expect(() => firstContacts(network, null as never)).toThrow(/^bridgegraph\/reach\/first-contacts: options/);
    expect(() => firstContacts(network, { programmes: [] })).toThrow(/programmes is empty/);
    expect(() => firstContacts(network, { groupBy: '' })).toThrow(/^bridgegraph\/reach\/first-contacts: groupBy/);
  });
});

// The bundled sample programme: ties.csv records through which exchange each pair met (`via_exchange`,
// "the first exchange both attended (earliest start)"; each tie starts after that exchange's first day).
describe('firstContacts on the sample programme', () => {
  let network: ExchangeNetwork;
  beforeAll(async () => {
    const here = dirname(fileURLToPath(import.meta.url));
    const loaded = await loadNetwork([resolve(here, '../../../../datasets/sample-programme')]);
    expect(loaded.problems).toEqual([]);
    network = loaded.network;
  });

  test("every pair's first contact is the people's network's, and every tie's pair first met through its via_exchange", () => {
    const rows = firstContacts(network, { groupBy: 'country' });
    const people = peopleNetwork(network);
    expect(rows).toHaveLength(people.size);
    const byPair = new Map(rows.map((r) => [`${r.personA} ${r.personB}`, r]));
    people.forEachEdge((_edge, tie, a, b) => {
      const row = byPair.get(a < b ? `${a} ${b}` : `${b} ${a}`);
      expect(row?.firstContact, `${a}-${b}`).toBe(tie.firstContact);
    });
    let checked = 0;
    network.forEachEdge((key, tie, source, target) => {
      if (tie.type !== 'tie') return;
      const a = network.getNodeAttribute(source, 'id') as string;
      const b = network.getNodeAttribute(target, 'id') as string;
      const row = byPair.get(a < b ? `${a} ${b}` : `${b} ${a}`);
      const via = tie.data.via_exchange as string;
      // The generator's claim holds exactly: never a tie, never an earlier exchange.
      expect(row?.via, `${key} ${a}-${b}`).toMatchObject({ type: 'exchange', id: via });
      expect(row?.firstContact).toBe(nodeOf(network, 'exchange', via).start);
      expect(row?.firstContact as number).toBeLessThan(tie.start as number);
      checked++;
    });
    expect(checked).toBe(340);
    // Ties only join people who met at an exchange, so every first contact is an exchange, and dated.
    expect(rows.every((r) => r.via.type === 'exchange' && r.firstContact !== null)).toBe(true);
  });
});
