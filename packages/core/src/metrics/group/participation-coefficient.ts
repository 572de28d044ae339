import type { AbstractGraph, Attributes } from 'graphology-types';
import { checkEdgeWeightGetter, checkOptionsObject } from '../check-options.js';
import { densePartition } from '../dense-partition.js';
import { buildIndex, type EdgeWeightGetter, type GraphIndex, type GroupGetter, toNodeRecord } from '../graph-index.js';

/** What to do with ties to people who have no group. */
export type UngroupedNeighbors = 'bucket' | 'ignore';

/** Options of the participation-coefficient kernel. */
export interface ParticipationCoefficientIndexOptions {
  /**
   * Group or community of each node, by node number (any integers; only equality matters);
   * negative = none. Default: the index's groups (`index.groups`, where -1 = no group). Pass the
   * `communities` of a community detection to measure participation across communities.
   */
  partition?: ArrayLike<number>;
  /**
   * Ties to people without a group: `'bucket'` (default) puts them all in one extra "no group"
   * bucket, so they stay in k_i but never add diversity among themselves; `'ignore'` leaves them
   * out of both k_is and k_i.
   */
  ungroupedNeighbors?: UngroupedNeighbors;
}

/** Options of {@link participationCoefficient}. */
export interface ParticipationCoefficientOptions<N extends Attributes = Attributes, E extends Attributes = Attributes>
  extends Omit<ParticipationCoefficientIndexOptions, 'partition'> {
  /** Edge weight: attribute name, function, or null (default) to count ties. With weights, k_is are strengths. */
  getEdgeWeight?: EdgeWeightGetter<E>;
  /** Each person's group: attribute name or function; null or empty = no group. Required. */
  getGroup: GroupGetter<N>;
}

const DEFAULTS = {
  ungroupedNeighbors: 'bucket' as UngroupedNeighbors,
};

const MODULE = 'bridgegraph/metrics/participation-coefficient';

/**
 * Participation coefficient of Guimerà and Amaral (2005): P_i = 1 − Σ_s (k_is / k_i)², k_is the
 * ties (strength when the index is weighted) from i into group s, i's own group included, and
 * k_i = Σ_s k_is. 0 when all of i's ties go into one group, and 0 (by convention, as in the Brain
 * Connectivity Toolbox) when i has no tie counted. Never NaN.
 */
export function participationCoefficientOnIndex(index: GraphIndex, options: ParticipationCoefficientIndexOptions = {}): Float64Array {
  const partition = options.partition ?? index.groups;
  const ungrouped = options.ungroupedNeighbors ?? DEFAULTS.ungroupedNeighbors;
  if (ungrouped !== 'bucket' && ungrouped !== 'ignore') {
    throw new TypeError(`${MODULE}: ungroupedNeighbors must be 'bucket' or 'ignore', got ${String(ungrouped)}.`);
  }
  // Unweighted, a tie counts 1 even where the index merged parallel edges (their summed weight).
  const { order, offsets, neighbors, weights, weighted } = index;
  const { dense, count: groupCount } = densePartition(MODULE, index, partition);
  const bucket = groupCount; // the "no group" bucket
  const into = new Float64Array(bucket + 1);
  const touched = new Int32Array(bucket + 1);

  const result = new Float64Array(order);
  for (let i = 0; i < order; i++) {
    let touchedCount = 0;
    let k = 0;
    for (let at = offsets[i] as number; at < (offsets[i + 1] as number); at++) {
      let s = dense[neighbors[at] as number] as number;
      if (s < 0) {
        if (ungrouped === 'ignore') continue;
        s = bucket;
      }
      const w = weighted ? (weights[at] as number) : 1;
      if (into[s] === 0) touched[touchedCount++] = s;
      into[s] = (into[s] as number) + w;
      k += w;
    }
    let sum = 0;
    for (let t = 0; t < touchedCount; t++) {
      const s = touched[t] as number;
      const share = (into[s] as number) / k;
      sum += share * share;
      into[s] = 0;
    }
    result[i] = k === 0 ? 0 : 1 - sum;
  }
  return result;
}

/** Participation coefficient of every person across the groups given by `getGroup` (see {@link participationCoefficientOnIndex}). */
export function participationCoefficient<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  options: ParticipationCoefficientOptions<N, E>,
): Record<string, number> {
  checkOptionsObject(MODULE, options);
  checkEdgeWeightGetter(MODULE, options?.getEdgeWeight);
  if (options === undefined || options.getGroup === undefined || options.getGroup === null) {
    throw new TypeError(`${MODULE}: getGroup is required (the attribute or function giving each person's group).`);
  }
  const index = buildIndex(graph, { getEdgeWeight: options.getEdgeWeight ?? null, getGroup: options.getGroup });
  return toNodeRecord(
    index,
    participationCoefficientOnIndex(index, { ungroupedNeighbors: options.ungroupedNeighbors ?? DEFAULTS.ungroupedNeighbors }),
  );
}
