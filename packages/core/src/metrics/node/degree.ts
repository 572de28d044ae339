import type { AbstractGraph, Attributes } from 'graphology-types';
import { checkEdgeWeightGetter, checkOptionsObject } from '../check-options.js';
import { buildIndex, type EdgeWeightGetter, type GraphIndex, toNodeRecord } from '../graph-index.js';

/**
 * Degree and strength of each person.
 *
 * - degree k_i = number of distinct people i has a tie with (parallel ties count once, a tie to
 *   oneself never counts);
 * - strength s_i = Σ_j w_ij, the sum of i's tie weights (Barrat et al. 2004), parallel ties added
 *   up; equal to the degree when the index is unweighted.
 *
 * Both are 0 for an isolated person; nothing is undefined.
 */

const MODULE = 'bridgegraph/metrics/degree';

/** Options of {@link degree}. */
export interface DegreeOptions<E extends Attributes = Attributes> {
  /**
   * How strong each tie is, for the strength: an edge attribute name, a function, or null for an
   * unweighted graph (strength = degree). Weights must be positive; parallel edges are summed.
   * Default null.
   */
  getEdgeWeight?: EdgeWeightGetter<E>;
}

const DEFAULTS = { getEdgeWeight: null } as const satisfies Required<DegreeOptions>;

/** Degree and strength indexed by node number. */
export interface DegreeOnIndexResult {
  /** Number of distinct neighbours. */
  readonly degree: Int32Array;
  /** Sum of the weights of the node's ties (the degree when the index is unweighted). */
  readonly strength: Float64Array;
}

/** One person's degree and strength. */
export interface DegreeValues {
  degree: number;
  strength: number;
}

/** Degree and strength on the shared index (weights are used only when `index.weighted`). */
export function degreeOnIndex(index: GraphIndex): DegreeOnIndexResult {
  const { order, offsets, weights, weighted } = index;
  const degree = new Int32Array(order);
  const strength = new Float64Array(order);
  for (let i = 0; i < order; i++) {
    const start = offsets[i] as number;
    const end = offsets[i + 1] as number;
    degree[i] = end - start;
    if (!weighted) {
      strength[i] = end - start;
      continue;
    }
    let sum = 0;
    for (let at = start; at < end; at++) sum += weights[at] as number;
    strength[i] = sum;
  }
  return { degree, strength };
}

/** Degree and strength of every node of an undirected graph, keyed by node (see {@link degreeOnIndex}). */
export function degree<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  options: DegreeOptions<E> = {},
): Record<string, DegreeValues> {
  checkOptionsObject(MODULE, options);
  checkEdgeWeightGetter(MODULE, options.getEdgeWeight);
  const index = buildIndex(graph, { getEdgeWeight: options.getEdgeWeight ?? DEFAULTS.getEdgeWeight });
  const { degree: degrees, strength } = degreeOnIndex(index);
  const values = Array.from(
    { length: index.order },
    (_, i): DegreeValues => ({ degree: degrees[i] as number, strength: strength[i] as number }),
  );
  return toNodeRecord(index, values);
}
