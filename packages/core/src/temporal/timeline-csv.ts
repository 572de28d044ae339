import { toCsv } from '../export/csv-table.js';
import { assertTimeZone, zoneOffset } from '../time/time-zone.js';
import { TIMELINE_COLUMNS, type TimelineRow } from './timeline.js';

export interface TimelineCsvOptions {
  /** The time zone of the windows' calendar (the `timeZone` given to `timeline`). Default `UTC`. */
  timeZone?: string;
}

/** How the window bounds of a timeline are written: calendar dates, or full UTC datetimes. */
export type WindowDateForm = 'date' | 'datetime';

const DAY = 86_400_000;

function wallTime(instant: number, timeZone: string): number {
  return instant + zoneOffset(instant, timeZone);
}

function isMidnight(instant: number, timeZone: string): boolean {
  return wallTime(instant, timeZone) % DAY === 0;
}

/**
 * `date` when every window starts at a midnight and ends 1 ms before a midnight in `timeZone` (so
 * calendar windows of a day or longer), else `datetime`. One form for the whole table.
 */
export function windowDateForm(rows: readonly TimelineRow[], timeZone = 'UTC'): WindowDateForm {
  assertTimeZone(timeZone);
  for (const row of rows) {
    if (!isMidnight(row.window_start, timeZone) || !isMidnight(row.window_end + 1, timeZone)) return 'datetime';
  }
  return 'date';
}

/**
 * A window bound as text: with `date`, the calendar date in `timeZone` of the instant
 * (`2016-12-31` for the last millisecond of that day there, read back as such by the import with
 * the same time zone); with `datetime`, ISO 8601 in UTC (`2017-07-11T06:00:40.000Z`).
 */
export function formatWindowBound(instant: number, form: WindowDateForm, timeZone = 'UTC'): string {
  if (form === 'datetime') return new Date(instant).toISOString();
  const iso = new Date(wallTime(instant, timeZone)).toISOString();
  // Years outside 0000-9999 are written with a sign and six digits by toISOString: keep them whole.
  return iso.slice(0, iso.indexOf('T'));
}

/**
 * timeline.csv: the columns `window_start, window_end, metric, group, value`, one line per row.
 * Window bounds are dates when every window is made of whole days in `timeZone` (a date as
 * `window_end` means the end of that day), else full UTC datetimes; values are numbers, empty when
 * undefined; text cells that look like formulas are escaped (`toCsv`).
 */
export function timelineCsv(rows: readonly TimelineRow[], options: TimelineCsvOptions = {}): string {
  const timeZone = options.timeZone ?? 'UTC';
  const form = windowDateForm(rows, timeZone);
  return toCsv(
    TIMELINE_COLUMNS,
    rows.map((row) => ({
      window_start: formatWindowBound(row.window_start, form, timeZone),
      window_end: formatWindowBound(row.window_end, form, timeZone),
      metric: row.metric,
      group: row.group,
      value: row.value,
    })),
  );
}
