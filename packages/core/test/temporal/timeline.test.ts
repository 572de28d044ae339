import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadNetwork } from '@bridgegraph/core/node';
import { describe, expect, test } from 'vitest';
import { stringifyNetwork } from '../../src/io/network-json.js';
import type { ExchangeNetwork } from '../../src/model/types.js';
import { TIMELINE_COLUMNS, type TimelineRow, timeline } from '../../src/temporal/timeline.js';
import { formatWindowBound, timelineCsv, windowDateForm } from '../../src/temporal/timeline-csv.js';
import { at, networkOf } from '../projection/network-of.js';

// Five people: a, b in DE; c, d in FR; e in PL.
// - x1, June 2015: a and c (a co-participation tie in 2015 only);
// - x2, 30 December 2016 to 2 January 2017: b and d (one exchange, two years);
// - ties: a-b from March to December 2015 (ended); c-e from May 2016, no end (still running);
//   d-e on 1 February 2017 only.
// The time span runs from 1 March 2015 to the end of 1 February 2017: three calendar years.
async function small(): Promise<ExchangeNetwork> {
  return networkOf({
    people: 'id,country\na,DE\nb,DE\nc,FR\nd,FR\ne,PL\n',
    exchanges: 'id,start,end\nx1,2015-06-01,2015-06-05\nx2,2016-12-30,2017-01-02\n',
    participations: 'person,exchange\na,x1\nc,x1\nb,x2\nd,x2\n',
    ties: 'source,target,kind,start,end\na,b,friendship,2015-03-01,2015-12-31\nc,e,collaboration,2016-05-01,\nd,e,contact,2017-02-01,2017-02-01\n',
  });
}

/** The value of one metric in one window (by the year the window ends in), for the network ('') or a group. */
function valueIn(rows: readonly TimelineRow[], endYear: number, metric: string, group = ''): number | null | undefined {
  const found = rows.filter((r) => new Date(r.window_end).getUTCFullYear() === endYear && r.metric === metric && r.group === group);
  if (found.length > 1) throw new Error(`two rows for ${metric} ${group} ${endYear}`);
  return found[0]?.value;
}

/** One metric over the windows, for the network or a group. */
const series = (rows: readonly TimelineRow[], metric: string, group = '') =>
  rows.filter((r) => r.metric === metric && r.group === group).map((r) => r.value);

describe('timeline: hand-computed values', () => {
  test('sliding years (the default): ties that end disappear, an exchange over New Year counts in both years', async () => {
    const rows = timeline(await small());
    expect([...new Set(rows.map((r) => `${new Date(r.window_start).toISOString()} ${new Date(r.window_end).toISOString()}`))]).toEqual([
      '2015-01-01T00:00:00.000Z 2015-12-31T23:59:59.999Z',
      '2016-01-01T00:00:00.000Z 2016-12-31T23:59:59.999Z',
      '2017-01-01T00:00:00.000Z 2017-12-31T23:59:59.999Z',
    ]);
    // 2015: a-c (x1), a-b (tie). 2016: b-d (x2), c-e. 2017: b-d (x2 again), c-e (no end), d-e.
    expect(series(rows, 'people')).toEqual([5, 5, 5]);
    expect(series(rows, 'people_active')).toEqual([3, 4, 4]);
    expect(series(rows, 'ties')).toEqual([2, 2, 3]);
    expect(series(rows, 'cross_group_ties')).toEqual([1, 2, 3]);
    expect(series(rows, 'ungrouped_people')).toEqual([0, 0, 0]);
    // density = ties / (5 × 4 / 2)
    expect(series(rows, 'density')).toEqual([0.2, 0.2, 0.3]);
    // 2015 {a, b, c} {d} {e}; 2016 {a} {b, d} {c, e}; 2017 {a} {b, d, e, c}.
    expect(series(rows, 'components')).toEqual([3, 3, 2]);
    expect(series(rows, 'largest_component')).toEqual([3, 2, 4]);
    // Per country. 2015: DE a, b active, a-b inside, a-c across; FR c active; PL none.
    expect(series(rows, 'people', 'DE')).toEqual([2, 2, 2]);
    expect(series(rows, 'people_active', 'DE')).toEqual([2, 1, 1]);
    expect(series(rows, 'internal_ties', 'DE')).toEqual([1, 0, 0]);
    expect(series(rows, 'external_ties', 'DE')).toEqual([1, 1, 1]);
    expect(series(rows, 'people_active', 'FR')).toEqual([1, 2, 2]);
    expect(series(rows, 'external_ties', 'FR')).toEqual([1, 2, 3]);
    expect(series(rows, 'people_active', 'PL')).toEqual([0, 1, 1]);
    expect(series(rows, 'external_ties', 'PL')).toEqual([0, 1, 2]);
    // Only counts, density and components without metrics.
    expect(new Set(rows.map((r) => r.metric))).toEqual(
      new Set([
        'people',
        'people_active',
        'ties',
        'cross_group_ties',
        'ungrouped_people',
        'density',
        'components',
        'largest_component',
        'internal_ties',
        'external_ties',
      ]),
    );
  });

  test('cumulative years: everything met since the start; cross-country ties only grow', async () => {
    const rows = timeline(await small(), { mode: 'cumulative' });
    expect(new Set(rows.map((r) => r.window_start))).toEqual(new Set([at('2015-01-01')]));
    expect(series(rows, 'ties')).toEqual([2, 4, 5]);
    expect(series(rows, 'cross_group_ties')).toEqual([1, 3, 4]);
    expect(series(rows, 'people_active')).toEqual([3, 5, 5]);
    expect(series(rows, 'density')).toEqual([0.2, 0.4, 0.5]);
    expect(series(rows, 'components')).toEqual([3, 1, 1]);
    expect(series(rows, 'internal_ties', 'DE')).toEqual([1, 1, 1]);
  });

  test('E-I, its expectation, assortativity and a person metric mean, per window and per country', async () => {
    const rows = timeline(await small(), { metrics: ['ei-index', 'assortativity', 'degree'] });
    // E-I = (E - I) / (E + I): 2015 one across, one inside: 0; then every tie crosses: 1.
    expect(series(rows, 'ei_index')).toEqual([0, 1, 1]);
    // Expected under relabelling: p = 1 - (2·1 + 2·1 + 1·0) / (5·4) = 0.8, so 2p - 1 = 0.6.
    expect(series(rows, 'ei_expected').map((v) => (v as number).toFixed(12))).toEqual([
      '0.600000000000',
      '0.600000000000',
      '0.600000000000',
    ]);
    expect(series(rows, 'ei_index', 'DE')).toEqual([0, 1, 1]);
    expect(series(rows, 'ei_index', 'PL')).toEqual([null, 1, 1]);
    // Assortativity 2015: tie ends DE-DE 2/4, DE-FR 1/4, FR-DE 1/4: a_DE = 3/4, a_FR = 1/4,
    // r = (1/2 - 10/16) / (1 - 10/16) = -1/3. 2016: no tie inside, a = (1/4, 1/2, 1/4): r = -0.375 / 0.625 = -0.6.
    expect(valueIn(rows, 2015, 'assortativity')).toBeCloseTo(-1 / 3, 14);
    expect(valueIn(rows, 2016, 'assortativity')).toBeCloseTo(-0.6, 14);
    // 2017: b-d (DE-FR), c-e and d-e (FR-PL): a = (1/6, 1/2, 1/3), Σa² = 14/36, r = -(14/36) / (22/36) = -7/11.
    expect(valueIn(rows, 2017, 'assortativity')).toBeCloseTo(-7 / 11, 14);
    // Degree 2015: a 2, b 1, c 1, d 0, e 0 (inactive people count with degree 0).
    expect(series(rows, 'degree_mean')).toEqual([0.8, 0.8, 1.2]);
    expect(series(rows, 'degree_mean', 'DE')).toEqual([1.5, 0.5, 0.5]);
    expect(series(rows, 'degree_mean', 'FR')).toEqual([0.5, 1, 1.5]);
    // No permutation test by default: no p-values.
    expect(rows.some((r) => r.metric.startsWith('ei_p_'))).toBe(false);
  });

  test('row order: windows, then the network, then groups by name; metrics in a fixed order', async () => {
    const rows = timeline(await small(), { metrics: ['degree', 'ei-index'] });
    const first = rows.filter((r) => r.window_end === at('2016-01-01') - 1).map((r) => `${r.group}:${r.metric}`);
    expect(first).toEqual([
      ':people',
      ':people_active',
      ':ties',
      ':cross_group_ties',
      ':ungrouped_people',
      ':density',
      ':components',
      ':largest_component',
      ':ei_index',
      ':ei_expected',
      ':degree_mean',
      ...['DE', 'FR', 'PL'].flatMap((g) =>
        ['people', 'people_active', 'internal_ties', 'external_ties', 'ei_index', 'degree_mean'].map((m) => `${g}:${m}`),
      ),
    ]);
  });

  test('groupBy null: no groups, no group rows; metrics that need groups are refused', async () => {
    const network = await small();
    const rows = timeline(network, { groupBy: null, metrics: ['degree'] });
    expect(rows.every((r) => r.group === '')).toBe(true);
    expect(rows.some((r) => r.metric === 'cross_group_ties')).toBe(false);
    expect(() => timeline(network, { groupBy: null, metrics: ['ei-index', 'assortativity'] })).toThrow(
      /bridgegraph\/temporal\/timeline: ei-index, assortativity need groups/,
    );
  });

  test('a span, sliding quarters, weighted metrics and a projection of ties only', async () => {
    const network = await small();
    const rows = timeline(network, {
      span: { start: at('2016-01-01'), end: at('2016-12-31') },
      every: 'quarter',
      projection: { sources: 'ties' },
    });
    // c-e from May 2016 on; x2 (30 December) is left out with sources: 'ties'.
    expect(series(rows, 'ties')).toEqual([0, 1, 1, 1]);
    const weighted = timeline(network, { weighted: true, metrics: ['strength'], mode: 'cumulative' });
    // Cumulative to 2017: a-b 1, a-c 1, b-d 1 (one exchange, counted once), c-e 1, d-e 1: strength sum 10 over 5 people.
    expect(series(weighted, 'strength_mean')).toEqual([0.8, 1.6, 2]);
  });

  test('deterministic: the same network, options and seed give the same rows; the source is untouched', async () => {
    const { network } = await loadNetwork([resolve(import.meta.dirname, '../../../../datasets/sample-programme')]);
    const before = stringifyNetwork(network);
    const options = { metrics: ['communities', 'ei-index', 'betweenness'] as const, permutations: 50, seed: 7, every: 'year' as const };
    const first = timeline(network, { ...options, span: { start: at('2019-01-01'), end: at('2021-12-31') } });
    const second = timeline(network, { ...options, span: { start: at('2019-01-01'), end: at('2021-12-31') } });
    expect(second).toEqual(first);
    expect(first.some((r) => r.metric === 'ei_p_greater_or_equal' && r.value !== null)).toBe(true);
    expect(first.some((r) => r.metric === 'modularity' && r.value !== null)).toBe(true);
    expect(stringifyNetwork(network)).toBe(before);
    // No NaN anywhere: undefined values are null.
    expect(first.every((r) => r.value === null || Number.isFinite(r.value))).toBe(true);
  });

  test('errors: a network without dates, a window in the projection, an unknown metric', async () => {
    const undated = await networkOf({ ties: 'source,target\na,b\n' });
    expect(() => timeline(undated)).toThrow(/bridgegraph\/temporal\/timeline: nothing in the network is dated/);
    // With a span it has windows, all empty of ties (undated ties are in no window).
    expect(series(timeline(undated, { span: { start: at('2016-01-01'), end: at('2016-12-31') }, groupBy: null }), 'ties')).toEqual([0]);
    const network = await small();
    expect(() => timeline(network, { projection: { window: { start: 0, end: 1 } } as never })).toThrow(
      /projection.window is set by the timeline/,
    );
    expect(() => timeline(network, { metrics: ['charisma' as never] })).toThrow(/unknown metric 'charisma'/);
    expect(() => timeline(network, { permutations: -1 })).toThrow(/permutations must be a whole number/);
  });
});

describe('timeline.csv', () => {
  test('calendar windows are written as dates; the contract columns; empty cells for undefined values', async () => {
    const text = timelineCsv(timeline(await small(), { metrics: ['ei-index'] }));
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe(TIMELINE_COLUMNS.join(','));
    expect(lines[0]).toBe('window_start,window_end,metric,group,value');
    expect(lines[1]).toBe('2015-01-01,2015-12-31,people,,5');
    expect(lines).toContain('2015-01-01,2015-12-31,ei_index,PL,');
    expect(lines).toContain('2017-01-01,2017-12-31,cross_group_ties,,3');
  });

  test('windows that are not whole days are written as UTC datetimes, every one of them', () => {
    const rows: TimelineRow[] = [
      { window_start: at('2017-07-11T00:00:00Z'), window_end: at('2017-07-12T00:00:00Z') - 1, metric: 'ties', group: '', value: 1 },
      { window_start: at('2017-07-11T06:00:40Z'), window_end: at('2017-07-11T07:00:40Z') - 1, metric: 'ties', group: '', value: 2 },
    ];
    expect(windowDateForm(rows)).toBe('datetime');
    expect(timelineCsv(rows).split('\n')[1]).toBe('2017-07-11T00:00:00.000Z,2017-07-11T23:59:59.999Z,ties,,1');
    expect(windowDateForm(rows.slice(0, 1))).toBe('date');
  });

  test('days of a time zone are written as its calendar dates', () => {
    // The Berlin day of 11 July 2017: 22:00 UTC the day before to 21:59:59.999 UTC.
    const rows: TimelineRow[] = [
      { window_start: at('2017-07-10T22:00:00Z'), window_end: at('2017-07-11T22:00:00Z') - 1, metric: 'ties', group: '', value: 1 },
    ];
    expect(windowDateForm(rows, 'Europe/Berlin')).toBe('date');
    expect(windowDateForm(rows, 'UTC')).toBe('datetime');
    expect(timelineCsv(rows, { timeZone: 'Europe/Berlin' }).split('\n')[1]).toBe('2017-07-11,2017-07-11,ties,,1');
    expect(formatWindowBound(at('2017-07-10T22:00:00Z'), 'datetime')).toBe('2017-07-10T22:00:00.000Z');
  });

  test('a group name that looks like a formula is escaped', () => {
    const rows: TimelineRow[] = [
      { window_start: at('2016-01-01'), window_end: at('2017-01-01') - 1, metric: 'people', group: '=cmd', value: 1 },
    ];
    expect(timelineCsv(rows).split('\n')[1]).toBe("2016-01-01,2016-12-31,people,'=cmd,1");
  });
});

// The people's network of the sample programme, year by year, against networkx 2.8.8 on slices
// made by an independent Python script from the CSVs (see the fixture's header for the rules).
describe('timeline of the sample programme against networkx', () => {
  const fixture = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../fixtures/reference/timeline-sample-programme.json'), 'utf8'),
  ) as {
    tool: string;
    windows: Record<'sliding' | 'cumulative', Record<string, unknown>[]>;
  };
  const NETWORK_FIELDS = [
    'people',
    'people_active',
    'ties',
    'cross_group_ties',
    'density',
    'components',
    'largest_component',
    'assortativity',
    'ei_index',
    'ei_expected',
  ];
  const GROUP_FIELDS = ['people', 'people_active', 'internal_ties', 'external_ties', 'ei_index'];

  test.each(['sliding', 'cumulative'] as const)('%s years: every value within 1e-9', async (mode) => {
    expect(fixture.tool).toBe('networkx 2.8.8');
    const { network } = await loadNetwork([resolve(import.meta.dirname, '../../../../datasets/sample-programme')]);
    const rows = timeline(network, { mode, metrics: ['ei-index', 'assortativity'] });
    const expected = fixture.windows[mode];
    const windows = [...new Set(rows.map((r) => `${r.window_start} ${r.window_end}`))];
    expect(windows).toEqual(expected.map((w) => `${w.window_start} ${w.window_end}`));
    let compared = 0;
    for (const w of expected) {
      const here = rows.filter((r) => r.window_start === w.window_start && r.window_end === w.window_end);
      const check = (metric: string, group: string, want: unknown) => {
        const got = here.find((r) => r.metric === metric && r.group === group)?.value;
        const label = `${new Date(w.window_end as number).getUTCFullYear()} ${metric} ${group}`;
        if (want === null) expect(got, label).toBeNull();
        else expect(Math.abs((got as number) - (want as number)), `${label}: ${got} vs ${want}`).toBeLessThanOrEqual(1e-9);
        compared++;
      };
      for (const field of NETWORK_FIELDS) check(field, '', w[field]);
      for (const [group, values] of Object.entries(w.groups as Record<string, Record<string, unknown>>))
        for (const field of GROUP_FIELDS) check(field, group, values[field]);
    }
    expect(compared).toBe(expected.length * (NETWORK_FIELDS.length + 12 * GROUP_FIELDS.length));
  });
});
