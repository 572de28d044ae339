import type { AbstractGraph, Attributes } from 'graphology-types';
import { checkOptionsObject } from '../check-options.js';
import { buildIndex, type GraphIndex, type GroupGetter, toNodeRecord } from '../graph-index.js';

/** Options of the reach kernel. */
export interface ReachIndexOptions {
  /**
   * How many steps (ties) away to look: 1 = direct contacts, 2 = contacts of contacts, ...;
   * `Infinity` = the whole component. Default 2.
   */
  steps?: number;
}

/** Options of {@link reach}. */
export interface ReachOptions<N extends Attributes = Attributes> extends ReachIndexOptions {
  /** Each person's group (e.g. country): attribute name or function; null or empty = no group. Default null: no groups counted. */
  getGroup?: GroupGetter<N>;
}

/** Reach on the index. */
export interface ReachOnIndexResult {
  /** Other people within `steps` steps of each person. */
  people: Int32Array;
  /** Distinct groups among each person and the people within `steps` steps (the person's own group included; people without a group add none). */
  groups: Int32Array;
}

/** Reach of one person. */
export interface Reach {
  people: number;
  groups: number;
}

const DEFAULTS = {
  steps: 2,
} as const;

const MODULE = 'bridgegraph/metrics/reach';

/**
 * Reach within k steps: for each person, a breadth-first search stopped at depth k counts the other
 * people reached and the distinct groups among the person and them. Steps are ties, whatever their
 * weight (a weak tie is one step like a strong one).
 */
export function reachOnIndex(index: GraphIndex, options: ReachIndexOptions = {}): ReachOnIndexResult {
  const steps = options.steps ?? DEFAULTS.steps;
  if (!(steps === Number.POSITIVE_INFINITY || (Number.isInteger(steps) && steps >= 1))) {
    throw new RangeError(`${MODULE}: steps must be an integer >= 1 or Infinity, got ${String(steps)}.`);
  }
  const { order, offsets, neighbors, groups: groupOf } = index;
  const people = new Int32Array(order);
  const groups = new Int32Array(order);
  // Stamps instead of clearing arrays between searches: seen[v] === source + 1 means reached from source.
  const seen = new Int32Array(order);
  const groupSeen = new Int32Array(index.groupNames.length);
  const depth = new Float64Array(order);
  const queue = new Int32Array(order);
  for (let source = 0; source < order; source++) {
    const stamp = source + 1;
    let head = 0;
    let tail = 0;
    let groupCount = 0;
    queue[tail++] = source;
    seen[source] = stamp;
    depth[source] = 0;
    while (head < tail) {
      const v = queue[head++] as number;
      const g = groupOf[v] as number;
      if (g >= 0 && groupSeen[g] !== stamp) {
        groupSeen[g] = stamp;
        groupCount++;
      }
      const d = depth[v] as number;
      if (d >= steps) continue;
      for (let at = offsets[v] as number; at < (offsets[v + 1] as number); at++) {
        const u = neighbors[at] as number;
        if (seen[u] === stamp) continue;
        seen[u] = stamp;
        depth[u] = d + 1;
        queue[tail++] = u;
      }
    }
    people[source] = tail - 1;
    groups[source] = groupCount;
  }
  return { people, groups };
}

/** Reach within `steps` steps of every person, keyed by person (see {@link reachOnIndex}). */
export function reach<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  options: ReachOptions<N> = {},
): Record<string, Reach> {
  checkOptionsObject(MODULE, options);
  const index = buildIndex(graph, { getEdgeWeight: null, getGroup: options.getGroup ?? null });
  const result = reachOnIndex(index, { steps: options.steps ?? DEFAULTS.steps });
  return toNodeRecord(
    index,
    Array.from(result.people, (people, i) => ({ people, groups: result.groups[i] as number })),
  );
}
