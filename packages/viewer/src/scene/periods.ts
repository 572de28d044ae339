/**
 * Periods [start0, end0, start1, end1, ...] sorted by start, with the ones that overlap or touch
 * merged. Each period's end is taken as at least its start.
 */
export function mergePeriods(flat: readonly number[]): Float64Array {
  const count = flat.length / 2;
  const order = Array.from({ length: count }, (_, k) => k);
  order.sort((i, j) => (flat[2 * i] as number) - (flat[2 * j] as number) || (flat[2 * i + 1] as number) - (flat[2 * j + 1] as number));
  const out: number[] = [];
  for (const k of order) {
    const start = flat[2 * k] as number;
    const end = Math.max(start, flat[2 * k + 1] as number);
    const last = out.length - 1;
    if (last > 0 && start <= (out[last] as number)) out[last] = Math.max(out[last] as number, end);
    else out.push(start, end);
  }
  return Float64Array.from(out);
}
