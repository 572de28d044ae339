import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { checkEdgeWeightGetter, checkInteger, checkNumber, checkOptionsObject } from '../check-options.js';
import { buildIndex, type EdgeWeightGetter, type GraphIndex, toNodeRecord } from '../graph-index.js';
import { arrayOfNodeNumbers, graphOfIndex } from '../graph-of-index.js';
import { withConvergenceMessage } from '../power-iteration.js';

/**
 * PageRank (Brin and Page 1998) of an undirected network: the stationary distribution of a walk
 * that, with probability α, follows a tie of the current person (chosen in proportion to its
 * weight when weighted) and otherwise jumps to anyone at random:
 *
 *   x_i = (1 - α) / n + α Σ_j (w_ji / s_j) x_j + α Σ_{j isolated} x_j / n
 *
 * s_j = strength of j. An isolated person jumps uniformly (networkx's and graphology's handling of
 * dangling nodes). The scores sum to 1.
 *
 * Computed by graphology-metrics' power iteration with an explicit stopping rule: it stops when
 * Σ_i |x_i - x'_i| < n × tolerance. Its default 1e-6 (the same as networkx's) stops early on large
 * networks; ours, 1e-14, bounds the L1 distance to the exact solution by
 * n × tolerance × α / (1 - α) (5.7e-14 × n at α = 0.85, since each iteration contracts the error by
 * α in L1). When it does not converge within `maxIterations` we throw.
 */

// The package is CommonJS (`module.exports = pagerank`) with typings that say `export default`:
// Node's ESM loader hands over module.exports as the default, some bundlers its `default`.
type GraphologyPagerank = typeof pagerankModule.default;
const graphologyPagerank: GraphologyPagerank =
  (pagerankModule as unknown as { default?: GraphologyPagerank }).default ?? (pagerankModule as unknown as GraphologyPagerank);

const MODULE = 'bridgegraph/metrics/pagerank';

/** Options of the PageRank kernel. */
export interface PagerankIndexOptions {
  /** Damping factor α, the probability of following a tie rather than jumping, in [0, 1). Default 0.85. */
  alpha?: number;
  /** Most power iterations before giving up with an error. Default 1000. */
  maxIterations?: number;
  /**
   * Stop when the mean absolute change per node between two iterations, Σ_i |x_i - x'_i| / n, is
   * below this (graphology's criterion). The L1 distance to the exact PageRank is then at most
   * n × tolerance × α / (1 - α). Default 1e-14; graphology's and networkx's own default is 1e-6.
   */
  tolerance?: number;
}

/** Options of {@link pagerank}. */
export interface PagerankOptions<E extends Attributes = Attributes> extends PagerankIndexOptions {
  /**
   * How strong each tie is: an edge attribute name, a function, or null for an unweighted graph.
   * Weights must be positive; parallel edges are summed. Default null.
   */
  getEdgeWeight?: EdgeWeightGetter<E>;
}

const DEFAULTS = { alpha: 0.85, maxIterations: 1000, tolerance: 1e-14, getEdgeWeight: null } as const satisfies Required<PagerankOptions>;

/** PageRank on the shared index (weighted when `index.weighted`); the scores sum to 1. */
export function pagerankOnIndex(index: GraphIndex, options: PagerankIndexOptions = {}): Float64Array {
  checkOptionsObject(MODULE, options);
  const alpha = checkNumber(MODULE, 'alpha', options.alpha ?? DEFAULTS.alpha, 0, 1, true);
  const maxIterations = checkInteger(MODULE, 'maxIterations', options.maxIterations ?? DEFAULTS.maxIterations, 1);
  const tolerance = checkNumber(MODULE, 'tolerance', options.tolerance ?? DEFAULTS.tolerance, 0, 1);
  if (index.order === 0) return new Float64Array(0);
  return withConvergenceMessage(MODULE, maxIterations, tolerance, () =>
    arrayOfNodeNumbers(
      index,
      graphologyPagerank(graphOfIndex(index), { getEdgeWeight: index.weighted ? 'weight' : null, alpha, maxIterations, tolerance }),
    ),
  );
}

/** PageRank of every node of an undirected graph, keyed by node (see {@link pagerankOnIndex}). */
export function pagerank<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  options: PagerankOptions<E> = {},
): Record<string, number> {
  checkOptionsObject(MODULE, options);
  checkEdgeWeightGetter(MODULE, options.getEdgeWeight);
  const index = buildIndex(graph, { getEdgeWeight: options.getEdgeWeight ?? DEFAULTS.getEdgeWeight });
  return toNodeRecord(index, pagerankOnIndex(index, options));
}
