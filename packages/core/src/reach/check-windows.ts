/** A period of time, both ends included, in ms since the epoch (UTC). */
export interface ReachWindow {
  start: number;
  end: number;
}

/**
 * Checks a list of windows: each `{ start, end }` with finite instants and start ≤ end. With
 * `disjoint`, the windows must also be in chronological order without overlap (each starts after the
 * previous one ends), so that "a later window" is well defined.
 */
export function checkWindows(module: string, windows: unknown, disjoint: boolean): ReachWindow[] {
  if (!Array.isArray(windows)) throw new TypeError(`${module}: windows must be a list of { start, end }; got ${String(windows)}.`);
  const out: ReachWindow[] = [];
  windows.forEach((w: unknown, i) => {
    const { start, end } = (w ?? {}) as { start?: unknown; end?: unknown };
    if (typeof start !== 'number' || !Number.isFinite(start) || typeof end !== 'number' || !Number.isFinite(end))
      throw new TypeError(`${module}: windows[${i}] must have a start and an end in milliseconds; got ${JSON.stringify(w)}.`);
    if (end < start) throw new RangeError(`${module}: windows[${i}] ends (${end}) before it starts (${start}).`);
    const previous = out[i - 1];
    if (disjoint && previous !== undefined && start <= previous.end)
      throw new RangeError(
        `${module}: windows[${i}] starts (${start}) before windows[${i - 1}] ends (${previous.end}); give disjoint windows in chronological order.`,
      );
    out.push({ start, end });
  });
  return out;
}
