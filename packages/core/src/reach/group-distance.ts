import type { GraphIndex } from '../metrics/graph-index.js';

/** Hop distances between groups. */
export interface GroupDistances {
  /** Unordered pairs of different groups with a path between a member of one and a member of the other. */
  reachablePairs: number;
  /** Unordered pairs of different groups (g(g − 1)/2 for g groups with members). */
  pairs: number;
  /** Mean over the reachable pairs of their distance; null when no pair is reachable. */
  meanDistance: number | null;
}

/**
 * The distance between two groups is the fewest ties (hops, weights ignored) on a path from any
 * member of one to any member of the other: a breadth-first search started from all members of a
 * group at once reaches each other group first at that distance. People without a group are
 * passed through but are no group's members. O(groups × (people + ties)).
 */
export function groupDistances(index: GraphIndex): GroupDistances {
  const { order, offsets, neighbors, groups } = index;
  const groupCount = index.groupNames.length;
  const distance = new Int32Array(order);
  const queue = new Int32Array(order);
  const found = new Uint8Array(groupCount);
  let reachablePairs = 0;
  let total = 0;
  for (let g = 0; g < groupCount; g++) {
    distance.fill(-1);
    found.fill(0);
    let head = 0;
    let tail = 0;
    for (let i = 0; i < order; i++) {
      if (groups[i] === g) {
        distance[i] = 0;
        queue[tail++] = i;
      }
    }
    while (head < tail) {
      const v = queue[head++] as number;
      const h = groups[v] as number;
      // Breadth-first order: the first member of h dequeued is at the distance between g and h.
      if (h > g && found[h] === 0) {
        found[h] = 1;
        reachablePairs++;
        total += distance[v] as number;
      }
      for (let at = offsets[v] as number; at < (offsets[v + 1] as number); at++) {
        const u = neighbors[at] as number;
        if (distance[u] !== -1) continue;
        distance[u] = (distance[v] as number) + 1;
        queue[tail++] = u;
      }
    }
  }
  return { reachablePairs, pairs: (groupCount * (groupCount - 1)) / 2, meanDistance: reachablePairs === 0 ? null : total / reachablePairs };
}
