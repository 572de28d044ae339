import type { Instant } from '../model/types.js';

/**
 * A period to keep, in milliseconds since the epoch (UTC). Both bounds belong to it; a missing or
 * null bound leaves that side open. A window with no bound at all is no window.
 */
export interface TimeWindow {
  start?: Instant | undefined;
  end?: Instant | undefined;
}

/** A checked window: both bounds as numbers (open sides are infinite). */
export interface Bounds {
  start: number;
  end: number;
}

function fail(message: string): never {
  throw new TypeError(`bridgegraph/projection: ${message}`);
}

function bound(value: unknown, name: string): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isFinite(value))
    fail(`${name} must be an instant in milliseconds or null; got ${String(value)}.`);
  return value;
}

/** The window's bounds, or null when no window is given (then undated records are kept). */
export function checkWindow(window: TimeWindow | null | undefined): Bounds | null {
  if (window === null || window === undefined) return null;
  if (typeof window !== 'object') fail(`window must be an object { start, end }; got ${String(window)}.`);
  const start = bound(window.start, 'window.start');
  const end = bound(window.end, 'window.end');
  if (start === null && end === null) return null;
  if (start !== null && end !== null && end < start) fail(`window.end (${end}) is before window.start (${start}).`);
  return { start: start ?? Number.NEGATIVE_INFINITY, end: end ?? Number.POSITIVE_INFINITY };
}

/**
 * Whether the period [start, end] overlaps the window (closed on both sides). A null start or end
 * leaves the period open on that side; a period with neither date is undated and never overlaps.
 */
export function overlaps(start: Instant, end: Instant, window: Bounds): boolean {
  if (start === null && end === null) return false;
  return (start ?? Number.NEGATIVE_INFINITY) <= window.end && (end ?? Number.POSITIVE_INFINITY) >= window.start;
}

/** A list of accepted values as a set, or null when no list is given (every value passes). */
export function checkList(list: readonly string[] | null | undefined, name: string): ReadonlySet<string> | null {
  if (list === null || list === undefined) return null;
  if (!Array.isArray(list) || list.some((v) => typeof v !== 'string')) fail(`${name} must be a list of strings or null.`);
  if (list.length === 0) fail(`${name} is empty, so nothing would pass; leave it out (or null) to keep every value.`);
  return new Set(list);
}

/** Whether a value passes a list filter (a null value passes only when there is no list). */
export function passes(value: string | null, list: ReadonlySet<string> | null): boolean {
  return list === null || (value !== null && list.has(value));
}

/** Checks that an option is one of the values allowed. */
export function checkChoice<T extends string>(value: T, name: string, allowed: readonly T[]): T {
  if (!allowed.includes(value)) fail(`${name} must be ${allowed.map((v) => `'${v}'`).join(' or ')}; got ${String(value)}.`);
  return value;
}
