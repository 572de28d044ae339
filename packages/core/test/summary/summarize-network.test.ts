import { createNetwork, summarizeNetwork, textSource } from '@bridgegraph/core';
import { describe, expect, test } from 'vitest';
import { handMadePackage } from '../hand-made-package.js';
import { importChecked } from '../helpers.js';

describe('summarizeNetwork', () => {
  test('the hand-made package, counted by hand', async () => {
    const result = await importChecked(handMadePackage(), { name: 'hand-made' });
    expect(result.problems).toEqual([]);
    expect(summarizeNetwork(result.network)).toEqual({
      name: 'hand-made',
      people: 5,
      peopleByOrigin: { record: 5, reference: 0, placeholder: 0 },
      // Most frequent first, ties broken by value.
      countries: [
        { value: 'DE', count: 2 },
        { value: 'PL', count: 1 },
        { value: 'UA', count: 1 },
      ],
      peopleWithoutCountry: 1,
      groups: 2,
      exchanges: 4,
      exchangesByKind: [
        { value: 'youth-exchange', count: 2 },
        { value: 'sports-tournament', count: 1 },
        { value: 'study-visit', count: 1 },
      ],
      // '(none)' sorts before 'Sport4All' ('(' is U+0028).
      exchangesByProgramme: [
        { value: 'Erasmus+', count: 2 },
        { value: '(none)', count: 1 },
        { value: 'Sport4All', count: 1 },
      ],
      participations: 7,
      memberships: 4,
      ties: 5,
      // ana(DE)-bo(UA) and bo(UA)-cy(DE); ana-cy and cy-ana are both DE; di(PL)-ed has no country for ed.
      crossCountryTies: 2,
      timeSpan: { start: '2013-09-01T00:00:00.000Z', end: '2018-12-31T23:59:59.999Z' },
    });
  });

  test('an edge list: people from references, without countries, undated', async () => {
    const result = await importChecked({ ties: textSource('edges.csv', 'source,target\na,b\nb,c\na,b\n') });
    expect(summarizeNetwork(result.network)).toEqual({
      name: null,
      people: 3,
      peopleByOrigin: { record: 0, reference: 3, placeholder: 0 },
      countries: [],
      peopleWithoutCountry: 3,
      groups: 0,
      exchanges: 0,
      exchangesByKind: [],
      exchangesByProgramme: [],
      participations: 0,
      memberships: 0,
      ties: 3,
      crossCountryTies: 0,
      timeSpan: null,
    });
  });

  test('placeholders are counted apart, and one instant gives a span of one instant', async () => {
    const result = await importChecked(
      {
        people: textSource('people.csv', 'id,country\na,SE\nb,se\nc,SE\n'),
        ties: textSource('ties.csv', 'source,target,time\na,b,1500000000\na,x,1500000000\nc,a,1500000000\n'),
      },
      { unknownReferences: 'placeholder' },
    );
    const summary = summarizeNetwork(result.network);
    expect(summary.peopleByOrigin).toEqual({ record: 3, reference: 0, placeholder: 1 });
    expect(summary.people).toBe(4);
    // Countries are compared as written: 'SE' and 'se' differ.
    expect(summary.countries).toEqual([
      { value: 'SE', count: 2 },
      { value: 'se', count: 1 },
    ]);
    expect(summary.peopleWithoutCountry).toBe(1);
    expect(summary.crossCountryTies).toBe(1);
    expect(summary.timeSpan).toEqual({ start: '2017-07-14T02:40:00.000Z', end: '2017-07-14T02:40:00.000Z' });
  });

  test('an empty network', () => {
    const summary = summarizeNetwork(createNetwork({ name: 'empty' }));
    expect(summary).toMatchObject({ name: 'empty', people: 0, countries: [], ties: 0, timeSpan: null });
  });
});
