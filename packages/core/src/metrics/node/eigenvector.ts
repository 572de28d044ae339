import eigenvectorModule from 'graphology-metrics/centrality/eigenvector.js';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { checkEdgeWeightGetter, checkInteger, checkNumber, checkOptionsObject } from '../check-options.js';
import { buildIndex, type EdgeWeightGetter, type GraphIndex, toNodeRecord } from '../graph-index.js';
import { arrayOfNodeNumbers, graphOfIndex } from '../graph-of-index.js';
import { withConvergenceMessage } from '../power-iteration.js';

/**
 * Eigenvector centrality (Bonacich 1972, 1987): x_i ∝ Σ_j w_ij x_j, the principal eigenvector of
 * the adjacency matrix (tie weights when weighted), scaled to unit Euclidean norm with positive
 * entries, as networkx's `eigenvector_centrality_numpy` returns it. A person is central when
 * their contacts are central.
 *
 * Computed by graphology-metrics' power iteration, which iterates with A + I (the identity shift
 * networkx's own power iteration also uses, so that bipartite networks such as stars and paths
 * converge) and normalises to unit L2 norm like networkx. Two things are made explicit:
 * - weights are divided by their mean before iterating (eigenvectors do not change when A is
 *   scaled, but the shift I does not scale with it: with ties of weight 100 a star never
 *   converges);
 * - the stopping rule: graphology stops when Σ_i |x_i - x'_i| < n × tolerance. Its default
 *   1e-6 stops early; ours, 1e-14, gives results within about 1e-12 of the exact eigenvector on
 *   the reference graphs (the error is roughly the last change × r / (1 - r), r the ratio of the
 *   second to the first eigenvalue of A + I, so networks with a small spectral gap, such as long
 *   chains, need more iterations). When it does not converge within `maxIterations` we throw.
 *
 * Disconnected networks: eigenvector centrality is only meaningful within a component. The power
 * iteration starts from the uniform vector and converges to the component(s) with the largest
 * eigenvalue; people in other components, and isolated people, tend to 0 (their values are below
 * 1e-12, not exactly 0). This matches networkx's `eigenvector_centrality_numpy` when one component
 * has the strictly largest eigenvalue (tested on the Florentine families, whose Pucci is isolated,
 * and on a random graph with several components); when two components tie for it, the split
 * between them is the one power iteration from the uniform vector gives (a tool using another
 * eigensolver may return any other split). A network without ties gives every person 1/√n.
 */

// The package is CommonJS (`module.exports = eigenvector`) with typings that say `export default`:
// Node's ESM loader hands over module.exports as the default, some bundlers its `default`.
type GraphologyEigenvector = typeof eigenvectorModule.default;
const graphologyEigenvector: GraphologyEigenvector =
  (eigenvectorModule as unknown as { default?: GraphologyEigenvector }).default ?? (eigenvectorModule as unknown as GraphologyEigenvector);

const MODULE = 'bridgegraph/metrics/eigenvector';

/** Options of the eigenvector kernel. */
export interface EigenvectorIndexOptions {
  /** Most power iterations before giving up with an error. Default 10000. */
  maxIterations?: number;
  /**
   * Stop when the mean absolute change per node between two iterations, Σ_i |x_i - x'_i| / n, is
   * below this (graphology's criterion). Default 1e-14; graphology's own default is 1e-6.
   */
  tolerance?: number;
}

/** Options of {@link eigenvector}. */
export interface EigenvectorOptions<E extends Attributes = Attributes> extends EigenvectorIndexOptions {
  /**
   * How strong each tie is: an edge attribute name, a function, or null for an unweighted graph.
   * Weights must be positive; parallel edges are summed. Default null.
   */
  getEdgeWeight?: EdgeWeightGetter<E>;
}

const DEFAULTS = { maxIterations: 10_000, tolerance: 1e-14, getEdgeWeight: null } as const satisfies Required<EigenvectorOptions>;

/** Eigenvector centrality on the shared index (weighted when `index.weighted`), unit L2 norm. */
export function eigenvectorOnIndex(index: GraphIndex, options: EigenvectorIndexOptions = {}): Float64Array {
  checkOptionsObject(MODULE, options);
  const maxIterations = checkInteger(MODULE, 'maxIterations', options.maxIterations ?? DEFAULTS.maxIterations, 1);
  const tolerance = checkNumber(MODULE, 'tolerance', options.tolerance ?? DEFAULTS.tolerance, 0, 1);
  if (index.order === 0) return new Float64Array(0);

  let getEdgeWeight: ((edge: string, attributes: { weight: number }) => number) | null = null;
  if (index.weighted && index.size > 0) {
    let total = 0;
    for (const w of index.weights) total += w;
    const mean = total / index.weights.length;
    getEdgeWeight = (_edge, attributes) => attributes.weight / mean;
  }
  return withConvergenceMessage(MODULE, maxIterations, tolerance, () =>
    arrayOfNodeNumbers(index, graphologyEigenvector(graphOfIndex(index), { getEdgeWeight, maxIterations, tolerance })),
  );
}

/** Eigenvector centrality of every node of an undirected graph, keyed by node (see {@link eigenvectorOnIndex}). */
export function eigenvector<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  options: EigenvectorOptions<E> = {},
): Record<string, number> {
  checkOptionsObject(MODULE, options);
  checkEdgeWeightGetter(MODULE, options.getEdgeWeight);
  const index = buildIndex(graph, { getEdgeWeight: options.getEdgeWeight ?? DEFAULTS.getEdgeWeight });
  return toNodeRecord(index, eigenvectorOnIndex(index, options));
}
