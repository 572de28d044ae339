import { describe, expect, test } from 'vitest';
import { firstContacts } from '../../src/reach/first-contacts.js';
import { dateForm, formatDate } from '../../src/reach/format-date.js';
import { programmeReach } from '../../src/reach/programme-reach.js';
import { PROGRAMME_COLUMNS, PROGRAMME_COUNTERFACTUAL_COLUMNS, reachFiles } from '../../src/reach/reach-files.js';
import { at, networkOf } from '../projection/network-of.js';
import { twoProgrammes } from './two-programmes.js';

describe('formatDate', () => {
  test('a whole day as a date, anything else as a full datetime, in UTC', () => {
    expect(formatDate(at('2016-05-01'))).toBe('2016-05-01');
    expect(formatDate(at('2016-05-02') - 1, 'end')).toBe('2016-05-01');
    expect(formatDate(at('2016-05-02') - 1, 'start')).toBe('2016-05-01T23:59:59.999Z');
    expect(formatDate(at('2016-05-01T09:30:00Z'))).toBe('2016-05-01T09:30:00.000Z');
    expect(formatDate(at('2016-05-01'), 'start', 'datetime')).toBe('2016-05-01T00:00:00.000Z');
    expect(formatDate(null)).toBeNull();
    expect(() => formatDate(at('2016-05-01T09:30:00Z'), 'start', 'date')).toThrow(/^bridgegraph\/reach\/format-date:/);
    expect(dateForm([at('2016-05-01'), null], 'start')).toBe('date');
    expect(dateForm([at('2016-05-01'), at('2016-05-01T09:30:00Z')], 'start')).toBe('datetime');
  });
});

describe('reachFiles', () => {
  test('programmes.csv: the contract columns first, then the counterfactual ones; first-contacts.csv', async () => {
    const network = await twoProgrammes();
    const files = reachFiles({
      by: 'programme',
      programmes: programmeReach(network),
      contacts: firstContacts(network, { groupBy: 'country' }),
    });
    const [header, a, b] = files['programmes.csv'].trimEnd().split('\n');
    expect(header).toBe([...PROGRAMME_COLUMNS, ...PROGRAMME_COUNTERFACTUAL_COLUMNS, 'first_exchange_start', 'last_exchange_end'].join(','));
    expect(PROGRAMME_COLUMNS.join(',')).toBe(
      'programme,exchanges,participants,new_participants,returning_participants,countries,new_cross_country_ties,share_gaining_cross_tie,alumni_reach_2',
    );
    expect(a).toBe(`A,1,3,3,0,2,2,1,5,3,0,1,0,4,4,${1 / 3},${0.25 - 1 / 3},3,0,2016-05-01,2016-05-03`);
    expect(b).toBe('B,2,4,2,2,3,2,0.75,3,1,2,1,0,6,2,0.2,0.04999999999999999,1,2,2017-06-01,2018-07-10');
    expect(files['first-contacts.csv']).toBe(
      [
        'person_a,person_b,first_contact,via,group_a,group_b,via_kind,via_programme',
        'c,d,2015-01-01,tie:tie#0,DE,FR,friendship,',
        'a,b,2016-05-01,exchange:x1,DE,FR,camp,A',
        'a,c,2016-05-01,exchange:x1,DE,DE,camp,A',
        'b,c,2016-05-01,exchange:x1,FR,DE,camp,A',
        'a,e,2017-06-01,exchange:x2,DE,PL,visit,B',
        'b,e,2017-06-01,exchange:x2,FR,PL,visit,B',
        'e,f,2018-07-01,exchange:x3,PL,PL,camp,B',
        'c,g,2019-01-01,tie:tie#2,DE,DE,collaboration,',
        'd,h,,tie:tie#3,FR,,contact,',
        '',
      ].join('\n'),
    );
    // By kind, the first column is named kind.
    expect(reachFiles({ by: 'kind', programmes: programmeReach(network, { by: 'kind' }), contacts: [] })['programmes.csv']).toMatch(
      /^kind,exchanges,/,
    );
  });

  test('timed contacts make the whole column datetimes; text that looks like a formula is escaped', async () => {
    const network = await networkOf({
      people: 'id\n=p1\np2\np3\n',
      ties: 'source,target,time\n=p1,p2,2016-05-01T09:30:00Z\np2,p3,2016-05-02\n',
    });
    expect(
      reachFiles({ by: 'programme', programmes: [], contacts: firstContacts(network) })
        ['first-contacts.csv'].split('\n')
        .slice(0, 3),
    ).toEqual([
      'person_a,person_b,first_contact,via,group_a,group_b,via_kind,via_programme',
      "'=p1,p2,2016-05-01T09:30:00.000Z,tie:tie#0,,,,",
      'p2,p3,2016-05-02T00:00:00.000Z,tie:tie#1,,,,',
    ]);
  });
});
