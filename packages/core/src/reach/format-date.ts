import type { Instant } from '../model/types.js';

/** Whether an instant is the start or the end of a period: a whole day is written as a date either way. */
export type DateRole = 'start' | 'end';

/** `date` (`2016-05-01`) or `datetime` (`2016-05-01T09:30:00.000Z`). */
export type DateForm = 'date' | 'datetime';

const DAY = 86_400_000;
const MODULE = 'bridgegraph/reach/format-date';

/** Whether the instant is a whole-day boundary in UTC: a start at 00:00:00.000, or an end at 23:59:59.999 (how a date-only end is read). */
export function isDayBoundary(value: number, role: DateRole): boolean {
  const intoDay = ((value % DAY) + DAY) % DAY;
  return role === 'start' ? intoDay === 0 : intoDay === DAY - 1;
}

/** The form for a whole column: `date` when every known value is a day boundary, else `datetime`. */
export function dateForm(values: Iterable<Instant>, role: DateRole): DateForm {
  for (const value of values) if (value !== null && !isDayBoundary(value, role)) return 'datetime';
  return 'date';
}

/**
 * An instant as ISO 8601 text in UTC: the date alone in the `date` form, the full datetime with
 * milliseconds in the `datetime` form. Without a form, the date alone exactly when the instant is a
 * day boundary (see {@link isDayBoundary}). `null` (unknown) stays null: an empty cell.
 */
export function formatDate(value: Instant, role: DateRole = 'start', form?: DateForm): string | null {
  if (value === null) return null;
  if (!Number.isFinite(value)) throw new RangeError(`${MODULE}: not an instant: ${String(value)}.`);
  const iso = new Date(value).toISOString();
  const asDate = form === undefined ? isDayBoundary(value, role) : form === 'date';
  if (asDate && !isDayBoundary(value, role)) throw new RangeError(`${MODULE}: ${iso} is not a whole-day ${role}; use the datetime form.`);
  return asDate ? iso.slice(0, iso.indexOf('T')) : iso;
}
