import { wallTimeToUtc } from './time-zone.js';

/** Whether a value is read as the start of a period or its end (a date-only end means the whole day). */
export type InstantRole = 'start' | 'end';

export interface ParseInstantOptions {
  /** Start or end of a period: a date, month or year given as `end` extends to its last millisecond. */
  role?: InstantRole;
  /** IANA time zone for dates and datetimes written without an offset. Default `UTC`. */
  timeZone?: string;
}

/** The result of reading one time value: the instant (ms since the epoch, UTC), `null` for empty, or an error. */
export type ParsedInstant = { ok: true; value: number | null } | { ok: false; expected: string };

/** What a valid time value looks like, for error messages. */
export const EXPECTED_INSTANT =
  'an ISO 8601 date (2016-05-01, 2016-05 or 2016), a datetime (2016-05-01T09:30:00, with Z or +02:00 for an offset) or Unix seconds (1462089600)';

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;
const UNIX = /^-?\d+(?:\.\d+)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function utcFields(year: number, month: number, day: number, h = 0, m = 0, s = 0, ms = 0): number {
  const t = new Date(0);
  t.setUTCFullYear(year, month - 1, day);
  t.setUTCHours(h, m, s, ms);
  return t.getTime();
}

function parseOffset(text: string): number {
  if (text === 'Z') return 0;
  const sign = text[0] === '-' ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  if (hours > 23 || minutes > 59) return Number.NaN;
  return sign * (hours * 60 + minutes) * 60_000;
}

/**
 * Reads a time value from data. Accepted: ISO 8601 calendar dates (`2016-05-01`) and their
 * reduced forms (`2016-05`, `2016`), ISO 8601 datetimes (`2016-05-01T09:30`, seconds and
 * fractions optional, `T` or a space between date and time, `Z` or `±hh:mm` for an offset) and
 * Unix seconds (any other integer or decimal number, for example `1462089600`). Surrounding
 * spaces are ignored; an empty value is `null`. Values without an offset are wall-clock times in
 * `timeZone`. As an `end`, a date, month or year means its last millisecond.
 */
export function parseInstant(raw: string, options: ParseInstantOptions = {}): ParsedInstant {
  const text = raw.trim();
  if (text === '') return { ok: true, value: null };
  const role = options.role ?? 'start';
  const timeZone = options.timeZone ?? 'UTC';
  const fail = { ok: false, expected: EXPECTED_INSTANT } as const;

  const date = DATE.exec(text);
  if (date) {
    const year = Number(date[1]);
    const month = date[2] === undefined ? undefined : Number(date[2]);
    const day = date[3] === undefined ? undefined : Number(date[3]);
    if (month !== undefined && (month < 1 || month > 12)) return fail;
    if (day !== undefined && month !== undefined && (day < 1 || day > daysInMonth(year, month))) return fail;
    let wall: number;
    if (role === 'start') wall = utcFields(year, month ?? 1, day ?? 1);
    else if (day !== undefined && month !== undefined) wall = utcFields(year, month, day + 1) - 1;
    else if (month !== undefined) wall = utcFields(year, month + 1, 1) - 1;
    else wall = utcFields(year + 1, 1, 1) - 1;
    return { ok: true, value: wallTimeToUtc(wall, timeZone) };
  }

  const datetime = DATETIME.exec(text);
  if (datetime) {
    const [, y, mo, d, h, mi, s, frac, offset] = datetime;
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    const hour = Number(h);
    const minute = Number(mi);
    const second = s === undefined ? 0 : Number(s);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return fail;
    if (hour > 23 || minute > 59 || second > 59) return fail;
    const ms = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
    const wall = utcFields(year, month, day, hour, minute, second, ms);
    if (offset === undefined) return { ok: true, value: wallTimeToUtc(wall, timeZone) };
    const shift = parseOffset(offset);
    if (Number.isNaN(shift)) return fail;
    return { ok: true, value: wall - shift };
  }

  if (UNIX.test(text)) {
    const value = Math.round(Number(text) * 1000);
    if (!Number.isFinite(value) || Math.abs(value) > 8.64e15) return fail;
    return { ok: true, value };
  }
  return fail;
}

/** Formats an instant as ISO 8601 in UTC (`2016-05-01T00:00:00.000Z`), or `null`. */
export function formatInstant(value: number | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}
