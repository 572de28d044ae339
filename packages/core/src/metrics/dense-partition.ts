import type { GraphIndex } from './graph-index.js';

/**
 * A partition of the index's nodes renumbered 0, 1, ... in order of first appearance, checked
 * (one whole number per node). Negative entries mean "in no group": `none` gives them -1 (not
 * counted), `singleton` a community of their own each (counted, numbered where they appear).
 */
export function densePartition(
  module: string,
  index: GraphIndex,
  partition: ArrayLike<number>,
  ungrouped: 'none' | 'singleton' = 'none',
): { dense: Int32Array; count: number } {
  if (partition.length !== index.order) {
    throw new RangeError(`${module}: partition has ${partition.length} entries for ${index.order} nodes.`);
  }
  const dense = new Int32Array(index.order);
  const numbers = new Map<number, number>();
  let count = 0;
  for (let i = 0; i < index.order; i++) {
    const c = partition[i] as number;
    if (!Number.isInteger(c)) throw new TypeError(`${module}: partition[${i}] = ${String(c)} is not an integer.`);
    if (c < 0) {
      dense[i] = ungrouped === 'singleton' ? count++ : -1;
      continue;
    }
    let d = numbers.get(c);
    if (d === undefined) {
      d = count++;
      numbers.set(c, d);
    }
    dense[i] = d;
  }
  return { dense, count };
}
