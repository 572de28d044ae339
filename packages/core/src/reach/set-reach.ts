import type { GraphIndex } from '../metrics/graph-index.js';

/**
 * The number of people within `steps` ties (hops) of at least one of `sources`, the sources
 * themselves not counted: a breadth-first search from all of them at once, stopped at that depth.
 */
export function setReach(index: GraphIndex, sources: Iterable<number>, steps: number): number {
  const { order, offsets, neighbors } = index;
  const depth = new Int32Array(order).fill(-1);
  const queue = new Int32Array(order);
  let head = 0;
  let tail = 0;
  for (const s of sources) {
    if (depth[s] === -1) {
      depth[s] = 0;
      queue[tail++] = s;
    }
  }
  const start = tail;
  while (head < tail) {
    const v = queue[head++] as number;
    const d = depth[v] as number;
    if (d >= steps) continue;
    for (let at = offsets[v] as number; at < (offsets[v + 1] as number); at++) {
      const u = neighbors[at] as number;
      if (depth[u] !== -1) continue;
      depth[u] = d + 1;
      queue[tail++] = u;
    }
  }
  return tail - start;
}
