import { describe, expect, test } from 'vitest';
import { type Period, timeWindows } from '../../src/temporal/windows.js';

/** Milliseconds of a UTC date (`2016-07-01`) or of an instant written with its offset. */
const at = (iso: string) => Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
/** The last millisecond of a UTC day. */
const endOf = (day: string) => at(day) + 86_400_000 - 1;
const span = (start: string, end: string): Period => ({ start: at(start), end: at(end) });
/** Windows as ISO strings, for readable failures. */
const iso = (windows: Period[]) => windows.map((w) => [new Date(w.start).toISOString(), new Date(w.end).toISOString()]);
const days = (w: Period) => (w.end + 1 - w.start) / 86_400_000;
const hours = (w: Period) => (w.end + 1 - w.start) / 3_600_000;

describe('timeWindows: calendar steps in UTC', () => {
  test('years, sliding (the default): whole calendar years holding the span', () => {
    expect(timeWindows(span('2015-03-10', '2017-06-01'))).toEqual([
      { start: at('2015-01-01'), end: endOf('2015-12-31') },
      { start: at('2016-01-01'), end: endOf('2016-12-31') },
      { start: at('2017-01-01'), end: endOf('2017-12-31') },
    ]);
  });

  test('years, cumulative: every window starts on 1 January of the first year', () => {
    expect(timeWindows(span('2015-03-10', '2017-06-01'), { every: 'year', mode: 'cumulative' })).toEqual([
      { start: at('2015-01-01'), end: endOf('2015-12-31') },
      { start: at('2015-01-01'), end: endOf('2016-12-31') },
      { start: at('2015-01-01'), end: endOf('2017-12-31') },
    ]);
  });

  test('a span on a boundary: the last millisecond of a year stays in that year; the next one opens a window', () => {
    expect(timeWindows({ start: at('2016-01-01'), end: endOf('2016-12-31') })).toHaveLength(1);
    expect(timeWindows({ start: at('2016-01-01'), end: at('2017-01-01') })).toHaveLength(2);
    // One instant: one window.
    expect(timeWindows({ start: at('2016-05-01'), end: at('2016-05-01') }, { every: 'day' })).toEqual([
      { start: at('2016-05-01'), end: endOf('2016-05-01') },
    ]);
  });

  test('leap years: 2016 has 366 days and a 29 February; 2015 and 2100 do not; 2000 does', () => {
    const [y2015, y2016] = timeWindows(span('2015-06-01', '2016-06-01'));
    expect([days(y2015 as Period), days(y2016 as Period)]).toEqual([365, 366]);
    const months = timeWindows(span('2015-02-10', '2016-03-10'), { every: 'month' });
    expect(months).toHaveLength(14);
    expect(months[0]).toEqual({ start: at('2015-02-01'), end: endOf('2015-02-28') });
    expect(months[12]).toEqual({ start: at('2016-02-01'), end: endOf('2016-02-29') });
    expect(timeWindows(span('2016-02-28', '2016-03-01'), { every: 'day' })).toEqual([
      { start: at('2016-02-28'), end: endOf('2016-02-28') },
      { start: at('2016-02-29'), end: endOf('2016-02-29') },
      { start: at('2016-03-01'), end: endOf('2016-03-01') },
    ]);
    expect(timeWindows(span('2100-02-15', '2100-02-15'), { every: 'month' })[0]?.end).toBe(endOf('2100-02-28'));
    expect(timeWindows(span('2000-02-15', '2000-02-15'), { every: 'month' })[0]?.end).toBe(endOf('2000-02-29'));
  });

  test('quarters start in January, April, July and October', () => {
    expect(timeWindows(span('2016-02-15', '2016-11-01'), { every: 'quarter' })).toEqual([
      { start: at('2016-01-01'), end: endOf('2016-03-31') },
      { start: at('2016-04-01'), end: endOf('2016-06-30') },
      { start: at('2016-07-01'), end: endOf('2016-09-30') },
      { start: at('2016-10-01'), end: endOf('2016-12-31') },
    ]);
    // Q1 of a leap year has 91 days, of other years 90.
    expect(days(timeWindows(span('2016-03-31', '2016-03-31'), { every: 'quarter' })[0] as Period)).toBe(91);
    expect(days(timeWindows(span('2017-03-31', '2017-03-31'), { every: 'quarter' })[0] as Period)).toBe(90);
    // Across a year end.
    expect(iso(timeWindows(span('2016-12-31', '2017-01-01'), { every: 'quarter' }))).toEqual([
      ['2016-10-01T00:00:00.000Z', '2016-12-31T23:59:59.999Z'],
      ['2017-01-01T00:00:00.000Z', '2017-03-31T23:59:59.999Z'],
    ]);
  });

  test('ISO weeks start on Monday, across a year boundary', () => {
    // 2020-12-31 is a Thursday: its ISO week (2020-W53) runs Monday 28 December to Sunday 3 January.
    expect(timeWindows(span('2020-12-31', '2021-01-05'), { every: 'week' })).toEqual([
      { start: at('2020-12-28'), end: endOf('2021-01-03') },
      { start: at('2021-01-04'), end: endOf('2021-01-10') },
    ]);
    // 2016-01-01 is a Friday, in week 2015-W53 (from Monday 28 December 2015); a Monday starts its own week.
    expect(timeWindows(span('2016-01-01', '2016-01-01'), { every: 'week' })[0]?.start).toBe(at('2015-12-28'));
    expect(timeWindows(span('2016-01-04', '2016-01-04'), { every: 'week' })[0]?.start).toBe(at('2016-01-04'));
    // Sunday 2016-01-10 is the last day of the week that began on 4 January.
    expect(timeWindows(span('2016-01-10', '2016-01-10'), { every: 'week' })[0]?.start).toBe(at('2016-01-04'));
  });

  test('before 1970 too (negative instants)', () => {
    expect(timeWindows(span('1969-12-31', '1970-01-01'), { every: 'year' })).toEqual([
      { start: at('1969-01-01'), end: endOf('1969-12-31') },
      { start: at('1970-01-01'), end: endOf('1970-12-31') },
    ]);
    // 1 January 1970 was a Thursday: its week began on Monday 29 December 1969.
    expect(timeWindows(span('1970-01-01', '1970-01-01'), { every: 'week' })[0]?.start).toBe(at('1969-12-29'));
  });
});

describe('timeWindows: a time zone with daylight saving (Europe/Berlin)', () => {
  const berlin = { timeZone: 'Europe/Berlin' } as const;

  test('days follow Berlin midnights: 23 hours when the clocks go forward, 25 when they go back', () => {
    const spring = timeWindows(span('2017-03-25T12:00:00Z', '2017-03-27T12:00:00Z'), { ...berlin, every: 'day' });
    expect(iso(spring)).toEqual([
      ['2017-03-24T23:00:00.000Z', '2017-03-25T22:59:59.999Z'],
      ['2017-03-25T23:00:00.000Z', '2017-03-26T21:59:59.999Z'],
      ['2017-03-26T22:00:00.000Z', '2017-03-27T21:59:59.999Z'],
    ]);
    expect(spring.map(hours)).toEqual([24, 23, 24]);
    const autumn = timeWindows(span('2017-10-29T12:00:00Z', '2017-10-29T12:00:00Z'), { ...berlin, every: 'day' });
    expect(iso(autumn)).toEqual([['2017-10-28T22:00:00.000Z', '2017-10-29T22:59:59.999Z']]);
    expect(autumn.map(hours)).toEqual([25]);
  });

  test('an instant belongs to its Berlin day, not its UTC day', () => {
    // 23:30 UTC on 24 March is 00:30 on 25 March in Berlin.
    expect(timeWindows(span('2017-03-24T23:30:00Z', '2017-03-24T23:30:00Z'), { ...berlin, every: 'day' })[0]?.start).toBe(
      at('2017-03-24T23:00:00Z'),
    );
    // and 22:30 UTC on 10 July (summer) is 00:30 on 11 July.
    expect(timeWindows(span('2017-07-10T22:30:00Z', '2017-07-10T22:30:00Z'), { ...berlin, every: 'day' })[0]?.start).toBe(
      at('2017-07-10T22:00:00Z'),
    );
  });

  test('months and years in Berlin: a month that changes offset, the Berlin New Year', () => {
    expect(iso(timeWindows(span('2017-03-15', '2017-03-15'), { ...berlin, every: 'month' }))).toEqual([
      ['2017-02-28T23:00:00.000Z', '2017-03-31T21:59:59.999Z'],
    ]);
    expect(iso(timeWindows(span('2017-06-01', '2017-06-01'), { ...berlin, every: 'year' }))).toEqual([
      ['2016-12-31T23:00:00.000Z', '2017-12-31T22:59:59.999Z'],
    ]);
    // A week across the spring change: Monday 20 March to Sunday 26 March 2017 lasts 7 × 24 − 1 hours.
    const week = timeWindows(span('2017-03-22', '2017-03-22'), { ...berlin, every: 'week' });
    expect(iso(week)).toEqual([['2017-03-19T23:00:00.000Z', '2017-03-26T21:59:59.999Z']]);
    expect(hours(week[0] as Period)).toBe(167);
  });

  test('America/New_York: the spring change at 02:00 leaves midnight alone', () => {
    const w = timeWindows(span('2017-03-12T12:00:00Z', '2017-03-12T12:00:00Z'), { timeZone: 'America/New_York', every: 'day' });
    expect(iso(w)).toEqual([['2017-03-12T05:00:00.000Z', '2017-03-13T03:59:59.999Z']]);
  });
});

describe('timeWindows: sliding windows wider than their step, fixed steps', () => {
  test('width 3 months, moved by a month: the windows that fit in the steps holding the span', () => {
    expect(timeWindows(span('2016-01-15', '2016-06-10'), { every: 'month', width: 3 })).toEqual([
      { start: at('2016-01-01'), end: endOf('2016-03-31') },
      { start: at('2016-02-01'), end: endOf('2016-04-30') },
      { start: at('2016-03-01'), end: endOf('2016-05-31') },
      { start: at('2016-04-01'), end: endOf('2016-06-30') },
    ]);
  });

  test('a span shorter than one window: one window of `width` steps from the first', () => {
    expect(timeWindows(span('2016-01-15', '2016-03-10'), { every: 'month', width: 12 })).toEqual([
      { start: at('2016-01-01'), end: endOf('2016-12-31') },
    ]);
  });

  test('{ stepMs }: fixed steps laid from the span start, or from an origin', () => {
    const hour = 3_600_000;
    expect(iso(timeWindows(span('2017-07-11T06:00:40Z', '2017-07-11T08:10:00Z'), { every: { stepMs: hour } }))).toEqual([
      ['2017-07-11T06:00:40.000Z', '2017-07-11T07:00:39.999Z'],
      ['2017-07-11T07:00:40.000Z', '2017-07-11T08:00:39.999Z'],
      ['2017-07-11T08:00:40.000Z', '2017-07-11T09:00:39.999Z'],
    ]);
    expect(
      iso(timeWindows(span('2017-07-11T06:00:40Z', '2017-07-11T08:10:00Z'), { every: { stepMs: hour }, origin: at('2017-01-01') })),
    ).toEqual([
      ['2017-07-11T06:00:00.000Z', '2017-07-11T06:59:59.999Z'],
      ['2017-07-11T07:00:00.000Z', '2017-07-11T07:59:59.999Z'],
      ['2017-07-11T08:00:00.000Z', '2017-07-11T08:59:59.999Z'],
    ]);
    // Cumulative with a fixed step, and a step that ignores daylight saving (always 24 hours).
    const cumulative = timeWindows(span('2017-03-25', '2017-03-27'), { every: { stepMs: 86_400_000 }, mode: 'cumulative' });
    expect(cumulative.map((w) => [w.start, hours(w)])).toEqual([
      [at('2017-03-25'), 24],
      [at('2017-03-25'), 48],
      [at('2017-03-25'), 72],
    ]);
  });
});

describe('timeWindows: errors name the module and the option', () => {
  test.each([
    [{ every: 'fortnight' }, /every must be 'year', 'quarter', 'month', 'week', 'day' or \{ stepMs \}/],
    [{ every: { stepMs: 0 } }, /stepMs must be a positive whole number/],
    [{ every: { stepMs: 1.5 } }, /stepMs must be a positive whole number/],
    [{ mode: 'rolling' }, /mode must be 'cumulative' or 'sliding'/],
    [{ width: 0 }, /width must be a whole number/],
    [{ mode: 'cumulative', width: 2 }, /width applies to sliding windows only/],
    [{ timeZone: 'Mars/Olympus' }, /unknown time zone 'Mars\/Olympus'/],
    [{ every: 'month', origin: 0 }, /origin applies to \{ stepMs \} steps only/],
    [{ every: 'day', maxWindows: 100 }, /more than 100 windows of a day/],
  ])('%o', (options, message) => {
    expect(() => timeWindows(span('2015-01-01', '2016-01-01'), options as never)).toThrow(message);
  });

  test('a span that ends before it starts, or is not made of instants', () => {
    expect(() => timeWindows(span('2016-01-01', '2015-01-01'))).toThrow(/bridgegraph\/temporal\/windows: span.end .* is before span.start/);
    expect(() => timeWindows({ start: Number.NaN, end: 0 })).toThrow(/span.start must be an instant/);
    expect(() => timeWindows(null as never)).toThrow(/span must be an object/);
  });

  test('the guard counts windows: exactly maxWindows is allowed', () => {
    expect(timeWindows(span('2016-01-01', '2016-01-10'), { every: 'day', maxWindows: 10 })).toHaveLength(10);
    expect(() => timeWindows(span('2016-01-01', '2016-01-11'), { every: 'day', maxWindows: 10 })).toThrow(/more than 10 windows/);
  });
});
