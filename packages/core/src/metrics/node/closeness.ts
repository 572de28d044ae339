import type { AbstractGraph, Attributes } from 'graphology-types';
import { checkBoolean, checkEdgeWeightGetter, checkOptionsObject } from '../check-options.js';
import { buildIndex, type EdgeWeightGetter, type GraphIndex, toNodeRecord } from '../graph-index.js';
import { ShortestPathSearch } from '../shortest-paths.js';

/**
 * Closeness centrality as networkx's default `closeness_centrality(G, wf_improved=True)`:
 *
 *   C(u) = (r - 1) / Σ_v d(u, v)  ×  (r - 1) / (n - 1)
 *
 * r = number of people u can reach, u included; the sum runs over them. The second factor is
 * Wasserman and Faust's (1994) correction for disconnected networks: someone central in a small
 * component scores lower than someone equally central in the whole network. On a connected
 * network it is 1. With `wassermanFaust: false` the value is (r - 1) / Σ d, the inverse of the
 * mean distance to the people reached (networkx `wf_improved=False`, igraph's normalized
 * closeness). Weighted: a tie's length is 1 / weight (Opsahl et al. 2010), and distances come from
 * the search shared with betweenness (shortest-paths.ts), which compares path lengths with igraph's
 * relative tolerance of 1e-10. A distance is the minimum over paths, so the tolerance (or networkx's
 * exact float comparison, which splits ties between paths) changes it by at most a rounding error:
 * with integer weights, closeness matches exact rational arithmetic, networkx and igraph to ~1e-15.
 *
 * An isolated person (nobody reachable) gets 0, as in networkx; nothing is NaN.
 *
 * One search per node, O(n·m) (O(n·m·log m) weighted).
 */

const MODULE = 'bridgegraph/metrics/closeness';

/** Options of the closeness kernel. */
export interface ClosenessIndexOptions {
  /**
   * Scale by (r - 1) / (n - 1), the share of other people reachable (Wasserman and Faust 1994), as
   * networkx does by default. Default true.
   */
  wassermanFaust?: boolean;
}

/** Options of {@link closeness}. */
export interface ClosenessOptions<E extends Attributes = Attributes> extends ClosenessIndexOptions {
  /**
   * How strong each tie is: an edge attribute name, a function, or null for an unweighted graph
   * (distances are numbers of ties). Weighted, a tie's length is 1 / weight; parallel edges are
   * summed first. Default null.
   */
  getEdgeWeight?: EdgeWeightGetter<E>;
}

const DEFAULTS = { wassermanFaust: true, getEdgeWeight: null } as const satisfies Required<ClosenessOptions>;

/** Closeness on the shared index (weighted when `index.weighted`); 0 for a node that reaches nobody. */
export function closenessOnIndex(index: GraphIndex, options: ClosenessIndexOptions = {}): Float64Array {
  checkOptionsObject(MODULE, options);
  checkBoolean(MODULE, 'wassermanFaust', options.wassermanFaust);
  const wassermanFaust = options.wassermanFaust ?? DEFAULTS.wassermanFaust;
  const n = index.order;
  const search = new ShortestPathSearch(index);
  const { order, distance } = search;
  const closeness = new Float64Array(n);
  // Our BFS/Dijkstra shared with betweenness, not graphology-metrics' closeness: same distances and ties as betweenness, and no second index.
  for (let u = 0; u < n; u++) {
    const reached = search.run(u);
    let total = 0;
    for (let k = 1; k < reached; k++) total += distance[order[k] as number] as number;
    if (total > 0 && n > 1) {
      let value = (reached - 1) / total;
      if (wassermanFaust) value *= (reached - 1) / (n - 1);
      closeness[u] = value;
    }
  }
  return closeness;
}

/** Closeness of every node of an undirected graph, keyed by node (see {@link closenessOnIndex}). */
export function closeness<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  options: ClosenessOptions<E> = {},
): Record<string, number> {
  checkOptionsObject(MODULE, options);
  checkEdgeWeightGetter(MODULE, options.getEdgeWeight);
  const index = buildIndex(graph, { getEdgeWeight: options.getEdgeWeight ?? DEFAULTS.getEdgeWeight });
  return toNodeRecord(index, closenessOnIndex(index, options));
}
