const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Throws a RangeError naming the zone when `timeZone` is not an IANA time zone this runtime knows. */
export function assertTimeZone(timeZone: string): void {
  try {
    formatter(timeZone);
  } catch {
    throw new RangeError(`bridgegraph/time: unknown time zone '${timeZone}' (expected an IANA name such as 'UTC' or 'Europe/Berlin').`);
  }
}

/** The offset of `timeZone` from UTC at the instant `utc` (ms), in ms (east positive). */
export function zoneOffset(utc: number, timeZone: string): number {
  if (timeZone === 'UTC') return 0;
  const parts = formatter(timeZone).formatToParts(new Date(utc));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const era = parts.find((p) => p.type === 'era')?.value;
  let year = get('year');
  if (era === 'BC' || era === 'B') year = 1 - year;
  const wall = Date.UTC(year, get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  const whole = utc - (((utc % 1000) + 1000) % 1000);
  return wall - whole;
}

const DAY = 86_400_000;

/**
 * The UTC instant of a wall-clock time in `timeZone`. `wall` is the wall-clock time encoded as if
 * it were UTC (Date.UTC of its fields). In a gap (clocks moved forward) the later offset applies:
 * the time is read with the offset before the gap, which moves it forward by the gap's length into
 * the later offset (02:30 in a 02:00 to 03:00 gap is 03:30), as ECMAScript Temporal's 'compatible'
 * does; in an overlap (clocks moved back) the earlier instant is taken.
 */
export function wallTimeToUtc(wall: number, timeZone: string): number {
  if (timeZone === 'UTC') return wall;
  // The offsets in force a day before and a day after: the same one applies unless a transition
  // lies between them.
  const before = zoneOffset(wall - DAY, timeZone);
  const after = zoneOffset(wall + DAY, timeZone);
  if (before === after) return wall - before;
  // An offset fits when the instant it gives has that offset: an overlap fits both, a gap neither.
  const fits = (offset: number) => zoneOffset(wall - offset, timeZone) === offset;
  const fitting = [before, after].filter(fits);
  if (fitting.length === 0) return wall - before;
  // The earlier instant is the one with the larger offset.
  return wall - Math.max(...fitting);
}
