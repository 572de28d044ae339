import { describe, expect, test } from 'vitest';
import { firstContactByGroupPair } from '../../src/reach/first-contact-by-group-pair.js';
import { newCrossGroupTies } from '../../src/reach/new-cross-group-ties.js';
import { persistence } from '../../src/reach/persistence.js';
import { timeToFirstCrossGroupTie } from '../../src/reach/time-to-first-cross-group-tie.js';
import { at } from '../projection/network-of.js';
import { twoProgrammes, YEARS } from './two-programmes.js';

const DAY = 86_400_000;

describe('firstContactByGroupPair', () => {
  test('the first meeting of each pair of countries, who and through what, and how many pairs across them', async () => {
    expect(firstContactByGroupPair(await twoProgrammes())).toEqual([
      // c (DE) and d (FR) by their 2015 tie; later a-b and b-c at x1: 3 pairs across DE-FR.
      {
        groupA: 'DE',
        groupB: 'FR',
        firstContact: at('2015-01-01'),
        personA: 'c',
        personB: 'd',
        via: { type: 'tie', key: 'tie#0', kind: 'friendship' },
        pairs: 3,
      },
      {
        groupA: 'DE',
        groupB: 'PL',
        firstContact: at('2017-06-01'),
        personA: 'a',
        personB: 'e',
        via: { type: 'exchange', id: 'x2', kind: 'visit', programme: 'B' },
        pairs: 1,
      },
      // b (FR) is personA because FR is groupA, although 'b' < 'e' either way.
      {
        groupA: 'FR',
        groupB: 'PL',
        firstContact: at('2017-06-01'),
        personA: 'b',
        personB: 'e',
        via: { type: 'exchange', id: 'x2', kind: 'visit', programme: 'B' },
        pairs: 1,
      },
    ]);
  });
});

describe('newCrossGroupTies', () => {
  test('pairs whose first contact falls in each year, and those across countries', async () => {
    const rows = newCrossGroupTies(await twoProgrammes(), { windows: YEARS });
    // 2015 c-d; 2016 a-b, a-c, b-c (a-c inside DE); 2017 a-e, b-e; 2018 e-f (PL); 2019 c-g (DE); d-h undated: nowhere.
    expect(rows.map((r) => [new Date(r.start).getUTCFullYear(), r.newPairs, r.newCrossGroupPairs])).toEqual([
      [2015, 1, 1],
      [2016, 3, 2],
      [2017, 2, 2],
      [2018, 1, 0],
      [2019, 1, 0],
    ]);
    expect(rows[0]).toMatchObject({ start: at('2015-01-01'), end: at('2016-01-01') - 1 });
  });

  test('windows are checked', async () => {
    const network = await twoProgrammes();
    expect(() => newCrossGroupTies(network, { windows: [{ start: 2, end: 1 }] })).toThrow(
      /^bridgegraph\/reach\/new-cross-group-ties: windows\[0\] ends/,
    );
    expect(() => newCrossGroupTies(network, {} as never)).toThrow(/windows must be a list/);
  });
});

describe('persistence', () => {
  test("the share of a year's pairs in contact again the next year, and in any later year", async () => {
    const network = await twoProgrammes();
    // In contact: 2015 {c-d}; 2016 {c-d, a-b, a-c, b-c}; 2017 {c-d, a-b, a-e, b-e}; 2018 {c-d, a-b, e-f};
    // 2019 {c-d, a-b, c-g}. The ties c-d and a-b have no end: they run on every year after their start.
    expect(
      persistence(network, { windows: YEARS }).map((r) => [r.pairs, r.persistingNext, r.shareNext, r.persistingLater, r.shareLater]),
    ).toEqual([
      [1, 1, 1, 1, 1],
      [4, 2, 0.5, 2, 0.5],
      [4, 2, 0.5, 2, 0.5],
      [3, 2, 2 / 3, 2, 2 / 3],
      [3, 0, null, 0, null],
    ]);
    // Meetings at exchanges only: 2016 {a-b, a-c, b-c}, 2017 {a-b, a-e, b-e}, 2018 {e-f}.
    expect(
      persistence(network, { windows: YEARS, sources: 'participations' }).map((r) => [
        r.pairs,
        r.shareNext,
        r.persistingLater,
        r.shareLater,
      ]),
    ).toEqual([
      [0, null, 0, null],
      [3, 1 / 3, 1, 1 / 3],
      [3, 0, 0, 0],
      [1, 0, 0, 0],
      [0, null, 0, null],
    ]);
  });

  test('refuses overlapping or unordered windows', async () => {
    const network = await twoProgrammes();
    const [y2015, y2016] = YEARS as [(typeof YEARS)[0], (typeof YEARS)[0]];
    expect(() => persistence(network, { windows: [y2016, y2015] })).toThrow(/^bridgegraph\/reach\/persistence: windows\[1\] starts/);
    expect(() => persistence(network, { windows: [y2015, { start: y2015.end, end: y2016.end }] })).toThrow(/disjoint/);
  });
});

describe('timeToFirstCrossGroupTie', () => {
  test('from the first exchange to the first contact across countries, per person', async () => {
    const rows = timeToFirstCrossGroupTie(await twoProgrammes());
    expect(rows.map((r) => [r.person, r.firstExchange, r.with, r.durationMs === null ? null : r.durationMs / DAY])).toEqual([
      ['a', 'x1', 'b', 0], // met b (FR) at their first exchange
      ['b', 'x1', 'a', 0],
      // c had a tie to d (FR) on 2015-01-01, 486 days before x1 (2016-05-01): negative.
      ['c', 'x1', 'd', -486],
      ['d', null, 'c', null], // never at an exchange
      ['e', 'x2', 'a', 0],
      ['f', 'x3', null, null], // met only e, also PL
      ['g', null, null, null],
      ['h', null, null, null], // no country
    ]);
    expect(rows[2]).toEqual({
      person: 'c',
      group: 'DE',
      firstExchange: 'x1',
      firstExchangeStart: at('2016-05-01'),
      firstCrossGroupContact: at('2015-01-01'),
      with: 'd',
      via: { type: 'tie', key: 'tie#0', kind: 'friendship' },
      durationMs: -486 * DAY,
    });
  });
});
