import { METRIC_IDS, type MetricId } from '@bridgegraph/core';
import { UsageError } from '../io.js';

/** The ids of a comma-separated `--metrics` list, each checked against the metric registry; undefined when not given. */
export function parseMetricList(list: string | undefined): MetricId[] | undefined {
  if (list === undefined) return undefined;
  const ids = list
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  for (const id of ids) {
    if (!(METRIC_IDS as readonly string[]).includes(id))
      throw new UsageError(`--metrics: unknown metric '${id}'; known metrics: ${METRIC_IDS.join(', ')}.`);
  }
  return ids as MetricId[];
}

/** A flag's value as a whole number of at least `min`, or a usage error naming the flag. */
export function wholeNumber(flag: string, text: string, min: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${flag} must be a whole number of at least ${min}, not '${text}'.`);
  return n;
}
