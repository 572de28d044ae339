import louvainModule from 'graphology-communities-louvain';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { createRandom, DEFAULT_SEED, type Random } from '../../utils/random.js';
import { checkEdgeWeightGetter, checkOptionsObject } from '../check-options.js';
import { buildIndex, type EdgeWeightGetter, type GraphIndex, toNodeRecord } from '../graph-index.js';
import { graphOfIndex } from '../graph-of-index.js';
import { modularityOnIndex } from './modularity.js';

/** Options of the Louvain kernel. */
export interface CommunitiesIndexOptions {
  /** Resolution γ (Reichardt and Bornholdt 2006): above 1 gives more, smaller communities. Default 1. */
  resolution?: number;
  /**
   * Random generator in [0, 1) deciding the order in which Louvain visits the nodes. Default: a
   * new `createRandom(42)` on every call, so that the same graph always gives the same communities.
   */
  rng?: Random;
}

/** Options of {@link communities}. */
export interface CommunitiesOptions<E extends Attributes = Attributes> extends CommunitiesIndexOptions {
  /** Edge weight: attribute name, function, or null for an unweighted graph. Default null. */
  getEdgeWeight?: EdgeWeightGetter<E>;
}

/** Louvain communities on the index. */
export interface CommunitiesOnIndexResult {
  /** Community of each node, numbered 0, 1, ... by first appearance in node order. */
  communities: Int32Array;
  /** Number of communities (an isolated node is a community of its own). */
  count: number;
  /** Modularity of this partition at the resolution used; null for a graph without ties. */
  modularity: number | null;
}

/** Louvain communities keyed by node. */
export interface CommunitiesResult {
  communities: Record<string, number>;
  count: number;
  modularity: number | null;
}

// The package is CommonJS (`module.exports = louvain`) with typings that say `export default`:
// Node's ESM loader hands over module.exports as the default, some bundlers its `default`.
type Louvain = typeof louvainModule.default;
const louvain: Louvain = (louvainModule as unknown as { default?: Louvain }).default ?? (louvainModule as unknown as Louvain);

const DEFAULTS = {
  resolution: 1,
  seed: DEFAULT_SEED,
} as const;

const MODULE = 'bridgegraph/metrics/communities';

/**
 * Louvain communities (Blondel et al. 2008) through graphology-communities-louvain, weighted when
 * the index is, then renumbered by first appearance in node order. The modularity returned is
 * recomputed by {@link modularityOnIndex} on that partition.
 */
export function communitiesOnIndex(index: GraphIndex, options: CommunitiesIndexOptions = {}): CommunitiesOnIndexResult {
  const resolution = options.resolution ?? DEFAULTS.resolution;
  if (typeof resolution !== 'number' || !Number.isFinite(resolution) || resolution <= 0) {
    throw new RangeError(`${MODULE}: resolution must be a finite number > 0, got ${String(resolution)}.`);
  }
  const rng = options.rng ?? createRandom(DEFAULTS.seed);
  if (typeof rng !== 'function') throw new TypeError(`${MODULE}: rng must be a function returning numbers in [0, 1).`);

  const found = louvain(graphOfIndex(index), {
    getEdgeWeight: index.weighted ? 'weight' : null,
    resolution,
    rng,
  });
  const communities = new Int32Array(index.order);
  const renumbered = new Map<number, number>();
  for (let i = 0; i < index.order; i++) {
    const raw = found[String(i)] as number;
    let c = renumbered.get(raw);
    if (c === undefined) {
      c = renumbered.size;
      renumbered.set(raw, c);
    }
    communities[i] = c;
  }
  return { communities, count: renumbered.size, modularity: modularityOnIndex(index, { partition: communities, resolution }) };
}

/** Louvain communities of a graph, keyed by node (see {@link communitiesOnIndex}). */
export function communities<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  options: CommunitiesOptions<E> = {},
): CommunitiesResult {
  checkOptionsObject(MODULE, options);
  checkEdgeWeightGetter(MODULE, options.getEdgeWeight);
  const index = buildIndex(graph, { getEdgeWeight: options.getEdgeWeight ?? null });
  const result = communitiesOnIndex(index, options);
  return { communities: toNodeRecord(index, result.communities), count: result.count, modularity: result.modularity };
}
