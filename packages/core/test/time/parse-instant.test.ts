import { assertTimeZone, EXPECTED_INSTANT, formatInstant, type ParseInstantOptions, parseInstant, textSource } from '@bridgegraph/core';
import { describe, expect, test } from 'vitest';
import { importChecked } from '../helpers.js';

/** The instant parsed, or 'rejected'. */
function read(text: string, options?: ParseInstantOptions): number | null | 'rejected' {
  const parsed = parseInstant(text, options);
  return parsed.ok ? parsed.value : 'rejected';
}

// Reference instants (ms since 1970-01-01T00:00:00Z), worked out by hand from
// 2016-01-01T00:00:00Z = 1451606400 s and 86400 s per day:
const MAY_1_2016 = 1_462_060_800_000; // 2016-05-01T00:00:00Z (day 121 of the leap year 2016)
const JAN_1_2016 = 1_451_606_400_000; // 2016-01-01T00:00:00Z
const JAN_1_2017 = 1_483_228_800_000; // 2017-01-01T00:00:00Z (2016 has 366 days)
const JUN_1_2016 = 1_464_739_200_000; // 2016-06-01T00:00:00Z
const MAR_1_2016 = 1_456_790_400_000; // 2016-03-01T00:00:00Z
const HOUR = 3_600_000;
const MINUTE = 60_000;

describe('dates', () => {
  test('a calendar date as a start is its first millisecond', () => {
    expect(read('2016-05-01')).toBe(MAY_1_2016);
    expect(read('2016-05-01', { role: 'start' })).toBe(MAY_1_2016);
    expect(read('  2016-05-01 ')).toBe(MAY_1_2016);
    expect(read('2016-02-29')).toBe(MAR_1_2016 - 86_400_000);
    expect(MAY_1_2016).toBe(Date.UTC(2016, 4, 1));
  });

  test('a calendar date as an end is its last millisecond', () => {
    expect(read('2016-05-01', { role: 'end' })).toBe(MAY_1_2016 + 86_400_000 - 1);
    expect(read('2016-12-31', { role: 'end' })).toBe(JAN_1_2017 - 1);
  });

  test('reduced dates: a month and a year', () => {
    expect(read('2016-05')).toBe(MAY_1_2016);
    expect(read('2016-05', { role: 'end' })).toBe(JUN_1_2016 - 1);
    expect(read('2016-02', { role: 'end' })).toBe(MAR_1_2016 - 1);
    expect(read('2016-12', { role: 'end' })).toBe(JAN_1_2017 - 1);
    expect(read('2016')).toBe(JAN_1_2016);
    expect(read('2016', { role: 'end' })).toBe(JAN_1_2017 - 1);
    expect(formatInstant(JAN_1_2017 - 1)).toBe('2016-12-31T23:59:59.999Z');
  });

  test('years before 1970 and before 100', () => {
    expect(read('1969-12-31')).toBe(-86_400_000);
    expect(read('0001-01-01')).toBe(-62_135_596_800_000);
    expect(read('0050-06-15')).toBe(Date.parse('0050-06-15T00:00:00Z'));
  });
});

describe('datetimes', () => {
  test('without an offset: wall-clock time in UTC by default', () => {
    expect(read('2016-05-01T09:30')).toBe(MAY_1_2016 + 9 * HOUR + 30 * MINUTE);
    expect(read('2016-05-01T09:30:15')).toBe(MAY_1_2016 + 9 * HOUR + 30 * MINUTE + 15_000);
  });

  test('a space instead of T', () => {
    expect(read('2016-05-01 09:30:15')).toBe(MAY_1_2016 + 9 * HOUR + 30 * MINUTE + 15_000);
  });

  test('Z, +02:00, -0530, +02', () => {
    expect(read('2016-05-01T09:30:00Z')).toBe(MAY_1_2016 + 9 * HOUR + 30 * MINUTE);
    expect(read('2016-05-01T09:30:00+02:00')).toBe(MAY_1_2016 + 7 * HOUR + 30 * MINUTE);
    expect(read('2016-05-01T09:30:00-0530')).toBe(MAY_1_2016 + 15 * HOUR);
    expect(read('2016-05-01T09:30+02')).toBe(MAY_1_2016 + 7 * HOUR + 30 * MINUTE);
    // Across midnight.
    expect(read('2016-05-01T01:00:00+02:00')).toBe(MAY_1_2016 - HOUR);
  });

  test('an explicit offset wins over the time zone; the role does not change a datetime', () => {
    expect(read('2016-05-01T09:30:00Z', { timeZone: 'Europe/Berlin' })).toBe(MAY_1_2016 + 9 * HOUR + 30 * MINUTE);
    expect(read('2016-05-01T09:30', { role: 'end' })).toBe(MAY_1_2016 + 9 * HOUR + 30 * MINUTE);
  });

  test('fractional seconds, with a point or a comma, truncated to milliseconds', () => {
    expect(read('2016-05-01T09:30:00.250')).toBe(MAY_1_2016 + 9 * HOUR + 30 * MINUTE + 250);
    expect(read('2016-05-01T09:30:00.5Z')).toBe(MAY_1_2016 + 9 * HOUR + 30 * MINUTE + 500);
    expect(read('2016-05-01T09:30:00,123456789Z')).toBe(MAY_1_2016 + 9 * HOUR + 30 * MINUTE + 123);
    expect(read('2016-05-01T00:00:00.289Z')).toBe(MAY_1_2016 + 289);
    expect(read('2016-05-01T00:00:00.999Z')).toBe(MAY_1_2016 + 999);
  });

  test('every millisecond fraction is read exactly', () => {
    for (let i = 0; i < 1000; i++) {
      const fraction = String(i).padStart(3, '0');
      expect(read(`2016-05-01T00:00:00.${fraction}Z`)).toBe(MAY_1_2016 + i);
    }
  });
});

describe('Unix seconds', () => {
  test('integer, decimal and negative', () => {
    expect(read('1462089600')).toBe(1_462_089_600_000);
    expect(formatInstant(1_462_089_600_000)).toBe('2016-05-01T08:00:00.000Z');
    expect(read('1462089600.5')).toBe(1_462_089_600_500);
    expect(read('1462089600.001')).toBe(1_462_089_600_001);
    expect(read('-86400')).toBe(-86_400_000);
    expect(read('0')).toBe(0);
  });

  test('four digits are a year; any other number of digits is Unix seconds', () => {
    expect(read('2016')).toBe(JAN_1_2016);
    expect(read('12345')).toBe(12_345_000);
    expect(read('20160501')).toBe(20_160_501_000);
  });

  test('beyond the range of a Date', () => {
    expect(read('8640000000000')).toBe(8_640_000_000_000_000);
    expect(read('8640000000001')).toBe('rejected');
  });
});

describe('rejected values', () => {
  test.each([
    '2016-13-01',
    '2016-02-30',
    '2015-02-29',
    '2016-00',
    '2016-05-00',
    '2016-05-01T24:00',
    '2016-05-01T09:60',
    '2016-05-01T09:30:60',
    '2016-05-01T09:30:00+24:00',
    '2016-05-01T09:30:00+02:60',
    'next spring',
    '12/05/2016',
    '2016-5-1',
    '16-05-01',
    '1e9',
    '2016-05-01T',
    '2016-05-01T09',
    '24:00',
  ])('%j', (text) => {
    expect(parseInstant(text)).toEqual({ ok: false, expected: EXPECTED_INSTANT });
  });

  test('an empty value is unknown (null), not an error', () => {
    expect(parseInstant('')).toEqual({ ok: true, value: null });
    expect(parseInstant('   ')).toEqual({ ok: true, value: null });
    expect(parseInstant('', { role: 'end', timeZone: 'Europe/Berlin' })).toEqual({ ok: true, value: null });
  });
});

describe('time zones', () => {
  const berlin = { timeZone: 'Europe/Berlin' };

  test('a date in Europe/Berlin starts at midnight there', () => {
    // 2016-07-01 is summer time (UTC+2): midnight in Berlin is 22:00 UTC the day before.
    expect(read('2016-07-01', berlin)).toBe(Date.UTC(2016, 5, 30, 22));
    expect(formatInstant(read('2016-07-01', berlin) as number)).toBe('2016-06-30T22:00:00.000Z');
    expect(read('2016-07-01', { ...berlin, role: 'end' })).toBe(Date.UTC(2016, 6, 1, 22) - 1);
    // Winter time (UTC+1).
    expect(read('2016-01-01', berlin)).toBe(Date.UTC(2015, 11, 31, 23));
    expect(read('2016-01-15T12:00', berlin)).toBe(Date.UTC(2016, 0, 15, 11));
  });

  // Daylight-saving cases cross-checked with Python's zoneinfo (fold=0), for example
  //   datetime(2016, 3, 27, 2, 30, tzinfo=ZoneInfo('Europe/Berlin')).astimezone(timezone.utc)
  test('a wall-clock time in a daylight-saving gap is moved forward by the gap, into the later offset', () => {
    // On 2016-03-27 Berlin went from 02:00 CET (UTC+1) to 03:00 CEST (UTC+2): 02:30 does not exist.
    expect(read('2016-03-27T01:59', berlin)).toBe(Date.UTC(2016, 2, 27, 0, 59));
    expect(read('2016-03-27T02:30', berlin)).toBe(Date.UTC(2016, 2, 27, 1, 30)); // 03:30 CEST
    expect(read('2016-03-27T03:00', berlin)).toBe(Date.UTC(2016, 2, 27, 1, 0));
    // On 2016-03-13 New York went from 02:00 EST (UTC-5) to 03:00 EDT (UTC-4).
    expect(read('2016-03-13T02:30', { timeZone: 'America/New_York' })).toBe(Date.UTC(2016, 2, 13, 7, 30)); // 03:30 EDT
    // Where the gap is at midnight, a day starts at 01:00: 2016-10-16 in Sao Paulo (UTC-3 to UTC-2)...
    expect(read('2016-10-16', { timeZone: 'America/Sao_Paulo' })).toBe(Date.UTC(2016, 9, 16, 3)); // 01:00 at UTC-2
    expect(read('2016-10-15', { timeZone: 'America/Sao_Paulo', role: 'end' })).toBe(Date.UTC(2016, 9, 16, 3) - 1);
    // ... and 2016-03-27 in Beirut (UTC+2 to UTC+3).
    expect(read('2016-03-27', { timeZone: 'Asia/Beirut' })).toBe(Date.UTC(2016, 2, 26, 22)); // 01:00 at UTC+3
  });

  test('a wall-clock time in a daylight-saving overlap: the earlier instant is taken', () => {
    // On 2016-10-30 Berlin went back from 03:00 CEST to 02:00 CET: 02:30 happened at 00:30 and 01:30 UTC.
    expect(read('2016-10-30T02:30', berlin)).toBe(Date.UTC(2016, 9, 30, 0, 30));
    expect(read('2016-10-30T02:00', berlin)).toBe(Date.UTC(2016, 9, 30, 0, 0));
    expect(read('2016-10-30T01:59', berlin)).toBe(Date.UTC(2016, 9, 29, 23, 59));
    expect(read('2016-10-30T03:00', berlin)).toBe(Date.UTC(2016, 9, 30, 2, 0));
    // On 2016-11-06 New York went back from 02:00 EDT to 01:00 EST: 01:30 happened at 05:30 and 06:30 UTC.
    expect(read('2016-11-06T01:30', { timeZone: 'America/New_York' })).toBe(Date.UTC(2016, 10, 6, 5, 30));
  });

  test('zones without daylight saving, and with a half-hour offset', () => {
    expect(read('2016-05-01T09:30', { timeZone: 'Asia/Kolkata' })).toBe(MAY_1_2016 + 4 * HOUR);
    expect(read('2016-05-01', { timeZone: 'Asia/Tokyo' })).toBe(MAY_1_2016 - 9 * HOUR);
    expect(read('1462089600', berlin)).toBe(1_462_089_600_000);
  });

  test('assertTimeZone', () => {
    expect(() => assertTimeZone('Europe/Berlin')).not.toThrow();
    expect(() => assertTimeZone('UTC')).not.toThrow();
    expect(() => assertTimeZone('Europe/Atlantis')).toThrow(RangeError);
    expect(() => assertTimeZone('Europe/Atlantis')).toThrow(
      "bridgegraph/time: unknown time zone 'Europe/Atlantis' (expected an IANA name such as 'UTC' or 'Europe/Berlin').",
    );
  });

  test('formatInstant', () => {
    expect(formatInstant(null)).toBeNull();
    expect(formatInstant(0)).toBe('1970-01-01T00:00:00.000Z');
  });
});

describe('dates in imported rows', () => {
  test('a tie `time` gives both start and end', async () => {
    const ties = 'source,target,time\na,b,1462089600\na,c,2016-05-01\nb,c,2016-05-01T10:00\nc,d,\n';
    const result = await importChecked({ ties: textSource('ties.csv', ties) });
    expect(result.problems).toEqual([]);
    expect(result.network.mapEdges((_k, a) => [a.start, a.end])).toEqual([
      [1_462_089_600_000, 1_462_089_600_000],
      // A date is the whole day.
      [MAY_1_2016, MAY_1_2016 + 86_400_000 - 1],
      [MAY_1_2016 + 10 * HOUR, MAY_1_2016 + 10 * HOUR],
      [null, null],
    ]);
  });

  test('start and end win over time; a bad time is reported under its column', async () => {
    const ties = 'source,target,start,end,time\na,b,2016-05-01,,2017\na,b,,2016-06,2017\na,b,,,later\n';
    const result = await importChecked({ ties: textSource('ties.csv', ties) });
    expect(result.network.mapEdges((_k, a) => [a.start, a.end])).toEqual([
      [MAY_1_2016, null],
      [null, JUN_1_2016 + 30 * 86_400_000 - 1],
    ]);
    expect(result.problems.map((p) => [p.line, p.code, p.column, p.value])).toEqual([[4, 'invalid-date', 'time', 'later']]);
  });

  test('the time zone option applies to every file', async () => {
    const result = await importChecked(
      {
        exchanges: textSource('exchanges.csv', 'id,start,end\ne1,2016-07-01,2016-07-01\n'),
        ties: textSource('ties.csv', 'source,target,time\na,b,2016-07-01T12:00\na,b,2016-07-01T12:00Z\n'),
      },
      { timeZone: 'Europe/Berlin' },
    );
    expect(result.network.getNodeAttributes('exchange:e1')).toMatchObject({
      start: Date.UTC(2016, 5, 30, 22),
      end: Date.UTC(2016, 6, 1, 22) - 1,
    });
    expect(result.network.mapEdges((_k, a) => a.start)).toEqual([Date.UTC(2016, 6, 1, 10), Date.UTC(2016, 6, 1, 12)]);
  });
});
