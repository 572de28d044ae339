import type { AbstractGraph, Attributes } from 'graphology-types';
import { checkEdgeWeightGetter, checkOptionsObject } from '../check-options.js';
import { densePartition } from '../dense-partition.js';
import { buildIndex, type EdgeWeightGetter, type GraphIndex, type GroupGetter } from '../graph-index.js';

/** Options of the modularity kernel. */
export interface ModularityIndexOptions {
  /**
   * Community of each node, by node number (any integers; only equality matters). A negative
   * number means "in no community": such a node is a community of its own. Default: the index's
   * groups (`index.groups`, where -1 = no group).
   */
  partition?: ArrayLike<number>;
  /** Resolution γ of Reichardt and Bornholdt (2006): above 1 favours smaller communities. Default 1. */
  resolution?: number;
}

/** Options of {@link modularity}. */
export interface ModularityOptions<N extends Attributes = Attributes, E extends Attributes = Attributes>
  extends Omit<ModularityIndexOptions, 'partition'> {
  /** Edge weight: attribute name, function, or null for an unweighted graph. Default null. */
  getEdgeWeight?: EdgeWeightGetter<E>;
  /** The partition: each node's group or community (attribute name or function; null/empty = none). Required. */
  getGroup: GroupGetter<N>;
}

const DEFAULTS = {
  resolution: 1,
} as const;

const MODULE = 'bridgegraph/metrics/modularity';

function checkResolution(resolution: number): void {
  if (typeof resolution !== 'number' || !Number.isFinite(resolution) || resolution < 0) {
    throw new RangeError(`${MODULE}: resolution must be a finite number >= 0, got ${String(resolution)}.`);
  }
}

/**
 * Newman-Girvan modularity (Newman and Girvan 2004; resolution γ of Reichardt and Bornholdt 2006)
 * of any partition:
 *
 *   Q = Σ_c [ W_c / W − γ (S_c / 2W)² ]
 *
 * with W the total tie weight, W_c the weight of the ties inside community c and S_c the summed
 * strength (weighted degree) of its members; unweighted, every tie counts 1 (parallel edges
 * once). Self-loops are not in the index, so they count neither in W nor in S_c (networkx and
 * igraph would count them). Same values as networkx `community.modularity` and igraph's
 * `modularity`. Returns null when the graph has no tie (Q is then 0/0), never NaN.
 */
export function modularityOnIndex(index: GraphIndex, options: ModularityIndexOptions = {}): number | null {
  const partition = options.partition ?? index.groups;
  const resolution = options.resolution ?? DEFAULTS.resolution;
  checkResolution(resolution);
  // Unweighted, a tie counts 1 even where the index merged parallel edges (their summed weight).
  const { order, offsets, neighbors, weights, weighted } = index;

  // Dense community numbers; a node in no community gets one of its own.
  const { dense, count } = densePartition(MODULE, index, partition, 'singleton');

  const inside = new Float64Array(count); // twice the weight of the ties inside each community
  const strength = new Float64Array(count);
  let twiceTotal = 0;
  for (let i = 0; i < order; i++) {
    const ci = dense[i] as number;
    for (let at = offsets[i] as number; at < (offsets[i + 1] as number); at++) {
      const w = weighted ? (weights[at] as number) : 1;
      twiceTotal += w;
      strength[ci] = (strength[ci] as number) + w;
      if (dense[neighbors[at] as number] === ci) inside[ci] = (inside[ci] as number) + w;
    }
  }
  if (twiceTotal === 0) return null;
  let q = 0;
  for (let c = 0; c < count; c++) {
    const share = (strength[c] as number) / twiceTotal;
    q += (inside[c] as number) / twiceTotal - resolution * share * share;
  }
  return q;
}

/** Modularity of the partition given by `getGroup` (see {@link modularityOnIndex}); null for a graph without ties. */
export function modularity<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  options: ModularityOptions<N, E>,
): number | null {
  checkOptionsObject(MODULE, options);
  checkEdgeWeightGetter(MODULE, options?.getEdgeWeight);
  if (options === undefined || options.getGroup === undefined || options.getGroup === null) {
    throw new TypeError(`${MODULE}: getGroup is required (the attribute or function giving each node's community).`);
  }
  const index = buildIndex(graph, { getEdgeWeight: options.getEdgeWeight ?? null, getGroup: options.getGroup });
  return modularityOnIndex(index, { resolution: options.resolution ?? DEFAULTS.resolution });
}
