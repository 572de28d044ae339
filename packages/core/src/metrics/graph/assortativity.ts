import type { AbstractGraph, Attributes } from 'graphology-types';
import { checkEdgeWeightGetter, checkOptionsObject } from '../check-options.js';
import { densePartition } from '../dense-partition.js';
import { buildIndex, type EdgeWeightGetter, type GraphIndex, type GroupGetter } from '../graph-index.js';

/** Options of the assortativity kernel. */
export interface AssortativityIndexOptions {
  /**
   * Category of each node, by node number (any integers; only equality matters); negative = none.
   * Default: the index's groups (`index.groups`, where -1 = no group).
   */
  partition?: ArrayLike<number>;
}

/** Options of {@link assortativity}. */
export interface AssortativityOptions<N extends Attributes = Attributes, E extends Attributes = Attributes> {
  /**
   * Edge weight: attribute name, function, or null (default) to count ties. With weights, the
   * mixing matrix holds tie weight instead of tie counts (what networkx computes on a multigraph
   * with each tie repeated `weight` times).
   */
  getEdgeWeight?: EdgeWeightGetter<E>;
  /** Each node's group: attribute name or function; null or empty = no group. Required. */
  getGroup: GroupGetter<N>;
}

export interface AssortativityResult {
  /** Newman's r, from -1 (every tie crosses groups) to 1 (every tie inside a group); null when undefined. */
  coefficient: number | null;
  /** Ties between two people who both have a group: the ties counted. */
  ties: number;
  /** Ties touching someone without a group: left out. */
  excludedTies: number;
}

const MODULE = 'bridgegraph/metrics/assortativity';

/**
 * Attribute (nominal) assortativity, Newman (2003) eq. 2: r = (Σ_g e_gg − Σ_g a_g²) / (1 − Σ_g a_g²),
 * where e_gh is the share of tie ends (weight when the index is weighted) joining group g to group h,
 * both directions counted, and a_g = Σ_h e_gh. Ties touching a node without a group are left out.
 * The coefficient is null when no tie joins two grouped people, or when all of them lie inside one
 * group (then 1 − Σ a_g² = 0 and r is 0/0).
 */
export function assortativityOnIndex(index: GraphIndex, options: AssortativityIndexOptions = {}): AssortativityResult {
  const partition = options.partition ?? index.groups;
  // Unweighted, a tie counts 1 even where the index merged parallel edges (their summed weight).
  const { order, offsets, neighbors, weights, weighted } = index;
  const { dense, count: groupCount } = densePartition(MODULE, index, partition);

  const diagonal = new Float64Array(groupCount);
  const rows = new Float64Array(groupCount);
  let total = 0;
  let ties = 0;
  let excludedTies = 0;
  for (let i = 0; i < order; i++) {
    const gi = dense[i] as number;
    for (let at = offsets[i] as number; at < (offsets[i + 1] as number); at++) {
      const j = neighbors[at] as number;
      const gj = dense[j] as number;
      if (gi < 0 || gj < 0) {
        if (j > i) excludedTies++;
        continue;
      }
      if (j > i) ties++;
      const w = weighted ? (weights[at] as number) : 1;
      total += w;
      rows[gi] = (rows[gi] as number) + w;
      if (gi === gj) diagonal[gi] = (diagonal[gi] as number) + w;
    }
  }
  if (total === 0) return { coefficient: null, ties, excludedTies };
  let trace = 0;
  let squares = 0;
  let groupsWithTies = 0;
  for (let g = 0; g < groupCount; g++) {
    const a = (rows[g] as number) / total;
    if (a > 0) groupsWithTies++;
    trace += (diagonal[g] as number) / total;
    squares += a * a;
  }
  if (groupsWithTies < 2) return { coefficient: null, ties, excludedTies };
  return { coefficient: (trace - squares) / (1 - squares), ties, excludedTies };
}

/** Attribute assortativity of the groups given by `getGroup` (see {@link assortativityOnIndex}). */
export function assortativity<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  options: AssortativityOptions<N, E>,
): AssortativityResult {
  checkOptionsObject(MODULE, options);
  checkEdgeWeightGetter(MODULE, options?.getEdgeWeight);
  if (options === undefined || options.getGroup === undefined || options.getGroup === null) {
    throw new TypeError(`${MODULE}: getGroup is required (the attribute or function giving each node's group).`);
  }
  return assortativityOnIndex(buildIndex(graph, { getEdgeWeight: options.getEdgeWeight ?? null, getGroup: options.getGroup }));
}
