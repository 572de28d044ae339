import { assertTimeZone, wallTimeToUtc, zoneOffset } from '../time/time-zone.js';

/** A closed period of time in milliseconds since the epoch (UTC): both `start` and `end` belong to it. */
export interface Period {
  start: number;
  end: number;
}

/** Calendar steps: years, quarters (from January, April, July, October), months, ISO weeks (from Monday) and days. */
export type CalendarUnit = 'year' | 'quarter' | 'month' | 'week' | 'day';

/**
 * The step between windows: a calendar unit, or a fixed length of elapsed time in milliseconds
 * (`{ stepMs: 3_600_000 }` for hours; no calendar, so no time zone or daylight saving applies).
 */
export type WindowStep = CalendarUnit | { stepMs: number };

/**
 * `sliding`: each window is `width` steps long and the windows start one step apart (with the
 * default width 1 they follow each other without overlap: the year 2016, the year 2017...).
 * `cumulative`: every window starts where the first does and ends one step later than the one
 * before (2015, 2015-2016, 2015-2017...): the network as it had grown by the end of each step.
 */
export type WindowMode = 'cumulative' | 'sliding';

export interface TimeWindowsOptions {
  /** The step. Default `year`. */
  every?: WindowStep;
  /** Default `sliding`. */
  mode?: WindowMode;
  /**
   * Sliding windows only: the length of each window in steps (for example `every: 'month', width:
   * 12`, a twelve-month window moved one month at a time). Default 1.
   */
  width?: number;
  /**
   * IANA time zone whose calendar the boundaries follow (midnight, the first of the month, Monday
   * in that zone). Default `UTC`. Ignored for `{ stepMs }`.
   */
  timeZone?: string;
  /**
   * For `{ stepMs }` only: an instant on the grid of window boundaries (boundaries are
   * `origin + k × stepMs`). Default: the span's start.
   */
  origin?: number | null;
  /** Refuse to make more windows than this (a guard against `every: 'day'` over decades by mistake). Default 10,000. */
  maxWindows?: number;
}

const DEFAULTS = {
  every: 'year',
  mode: 'sliding',
  width: 1,
  timeZone: 'UTC',
  origin: null,
  maxWindows: 10_000,
} as const satisfies Required<TimeWindowsOptions>;

/** The calendar units, in the order of their length. */
export const CALENDAR_UNITS: readonly CalendarUnit[] = ['year', 'quarter', 'month', 'week', 'day'];

const MODULE = 'bridgegraph/temporal/windows';
const DAY = 86_400_000;

function fail(message: string): never {
  throw new RangeError(`${MODULE}: ${message}`);
}

/** A wall-clock instant encoded as UTC milliseconds, from its calendar fields (years below 100 included). */
function wallDate(year: number, month0: number, day: number): number {
  const t = new Date(0);
  t.setUTCFullYear(year, month0, day);
  t.setUTCHours(0, 0, 0, 0);
  return t.getTime();
}

/** The start of the calendar unit that contains the wall-clock time `wall`. */
function floorWall(wall: number, unit: CalendarUnit): number {
  const d = new Date(wall);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth();
  switch (unit) {
    case 'year':
      return wallDate(year, 0, 1);
    case 'quarter':
      return wallDate(year, month - (month % 3), 1);
    case 'month':
      return wallDate(year, month, 1);
    case 'week': {
      const midnight = Math.floor(wall / DAY) * DAY;
      // getUTCDay: 0 is Sunday; an ISO week starts on Monday.
      return midnight - ((new Date(midnight).getUTCDay() + 6) % 7) * DAY;
    }
    case 'day':
      return Math.floor(wall / DAY) * DAY;
  }
}

/** The wall-clock start of the unit k units after the one starting at `base` (a unit start). */
function addUnits(base: number, unit: CalendarUnit, k: number): number {
  const d = new Date(base);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth();
  switch (unit) {
    case 'year':
      return wallDate(year + k, 0, 1);
    case 'quarter':
      return wallDate(year, month + 3 * k, 1);
    case 'month':
      return wallDate(year, month + k, 1);
    case 'week':
      return wallDate(year, month, d.getUTCDate() + 7 * k);
    case 'day':
      return wallDate(year, month, d.getUTCDate() + k);
  }
}

function checkSpan(span: Period): Period {
  if (span === null || typeof span !== 'object') fail(`span must be an object { start, end } in milliseconds; got ${String(span)}.`);
  const { start, end } = span;
  if (typeof start !== 'number' || !Number.isFinite(start)) fail(`span.start must be an instant in milliseconds; got ${String(start)}.`);
  if (typeof end !== 'number' || !Number.isFinite(end)) fail(`span.end must be an instant in milliseconds; got ${String(end)}.`);
  if (end < start) fail(`span.end (${end}) is before span.start (${start}).`);
  return { start, end };
}

function checkStep(every: unknown): WindowStep {
  if (typeof every === 'string') {
    if (!(CALENDAR_UNITS as readonly string[]).includes(every))
      fail(`every must be ${CALENDAR_UNITS.map((u) => `'${u}'`).join(', ')} or { stepMs }; got '${every}'.`);
    return every as CalendarUnit;
  }
  if (every !== null && typeof every === 'object' && 'stepMs' in every) {
    const step = (every as { stepMs: unknown }).stepMs;
    if (typeof step !== 'number' || !Number.isInteger(step) || step <= 0)
      fail(`every.stepMs must be a positive whole number of milliseconds; got ${String(step)}.`);
    return { stepMs: step };
  }
  fail(`every must be ${CALENDAR_UNITS.map((u) => `'${u}'`).join(', ')} or { stepMs }; got ${String(every)}.`);
}

/** Checked options of {@link timeWindows}. */
export interface WindowSettings {
  every: WindowStep;
  mode: WindowMode;
  width: number;
  timeZone: string;
  origin: number | null;
  maxWindows: number;
}

/** Validates the options of {@link timeWindows} and fills in the defaults. */
export function windowSettings(options: TimeWindowsOptions = {}): WindowSettings {
  if (options === null || typeof options !== 'object') fail(`options must be an object; got ${String(options)}.`);
  const every = checkStep(options.every ?? DEFAULTS.every);
  const mode = options.mode ?? DEFAULTS.mode;
  if (mode !== 'cumulative' && mode !== 'sliding') fail(`mode must be 'cumulative' or 'sliding'; got ${String(mode)}.`);
  const width = options.width ?? DEFAULTS.width;
  if (!Number.isInteger(width) || width < 1) fail(`width must be a whole number of steps, at least 1; got ${String(width)}.`);
  if (mode === 'cumulative' && width !== 1)
    fail(`width applies to sliding windows only (cumulative windows all start at the span's start).`);
  const timeZone = options.timeZone ?? DEFAULTS.timeZone;
  if (typeof timeZone !== 'string') fail(`timeZone must be an IANA time zone name; got ${String(timeZone)}.`);
  assertTimeZone(timeZone);
  const origin = options.origin ?? DEFAULTS.origin;
  if (origin !== null && (typeof origin !== 'number' || !Number.isFinite(origin)))
    fail(`origin must be an instant in milliseconds or null; got ${String(origin)}.`);
  if (origin !== null && typeof every === 'string') fail(`origin applies to { stepMs } steps only; calendar steps follow the calendar.`);
  const maxWindows = options.maxWindows ?? DEFAULTS.maxWindows;
  if (!Number.isInteger(maxWindows) || maxWindows < 1) fail(`maxWindows must be a whole number, at least 1; got ${String(maxWindows)}.`);
  return { every, mode, width, timeZone, origin, maxWindows };
}

function tooMany({ every, maxWindows }: WindowSettings): never {
  const step = typeof every === 'string' ? `a ${every}` : `${every.stepMs} ms`;
  fail(`the span needs more than ${maxWindows} windows of ${step}; choose a longer step or raise maxWindows.`);
}

/**
 * The boundaries of the steps that cover the span: b[0] is the start of the step holding
 * `span.start`, b[n] the first boundary after `span.end`, at least `minimum + 1` of them.
 */
function boundaries(span: Period, settings: WindowSettings, minimum: number): number[] {
  const { every, timeZone } = settings;
  let at: (k: number) => number;
  if (typeof every === 'string') {
    const wall = span.start + zoneOffset(span.start, timeZone);
    const base = floorWall(wall, every);
    at = (k) => wallTimeToUtc(addUnits(base, every, k), timeZone);
  } else {
    const origin = settings.origin ?? span.start;
    const base = origin + Math.floor((span.start - origin) / every.stepMs) * every.stepMs;
    at = (k) => base + k * every.stepMs;
  }
  const out = [at(0)];
  for (let k = 1; k <= minimum || (out[k - 1] as number) <= span.end; k++) {
    if (k > settings.maxWindows + minimum) tooMany(settings);
    out.push(at(k));
  }
  return out;
}

/**
 * The time windows that cover `span`, as closed periods (each ends 1 ms before the next step
 * begins), in chronological order.
 *
 * Calendar steps are aligned to the calendar of `timeZone` (UTC by default): the first window
 * starts at the beginning of the year, quarter, month, ISO week (Monday) or day that holds
 * `span.start`, and windows are whole calendar units, so the first may start before the span and
 * the last may end after it. In a zone with daylight saving a day lasts 23 or 25 hours where the
 * clocks change. `{ stepMs }` steps are fixed lengths laid from `origin` (default `span.start`).
 *
 * - `sliding`: the windows of `width` steps that start at each step boundary and end no later than
 *   the end of the step holding `span.end` (one window of `width` steps from the first boundary
 *   when the span is shorter than that).
 * - `cumulative`: one window per step, each from the start of the first step to the end of that step.
 */
export function timeWindows(span: Period, options: TimeWindowsOptions = {}): Period[] {
  const checked = checkSpan(span);
  const settings = windowSettings(options);
  const width = settings.mode === 'sliding' ? settings.width : 1;
  const b = boundaries(checked, settings, width);
  // Steps holding part of the span: b[0] .. b[steps] with b[steps - 1] <= span.end < b[steps].
  let steps = b.length - 1;
  while (steps > 1 && (b[steps - 1] as number) > checked.end) steps--;
  const out: Period[] = [];
  if (settings.mode === 'cumulative') {
    for (let k = 1; k <= steps; k++) out.push({ start: b[0] as number, end: (b[k] as number) - 1 });
  } else {
    for (let k = 0; k === 0 || k + width <= steps; k++) out.push({ start: b[k] as number, end: (b[k + width] as number) - 1 });
  }
  if (out.length > settings.maxWindows) tooMany(settings);
  return out;
}
