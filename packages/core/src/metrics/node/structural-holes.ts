import type { AbstractGraph, Attributes } from 'graphology-types';
import { buildIndex, type EdgeWeightGetter, type GraphIndex, toNodeRecord } from '../graph-index.js';

/**
 * Burt's (1992) structural-hole measures of a person's contacts: constraint, effective size,
 * efficiency and hierarchy. They share the proportional tie strengths
 *
 *   p_ij = w_ij / Σ_k w_ik   (for undirected ties, Burt's (w_ij + w_ji) / Σ_k (w_ik + w_ki))
 *
 * so they are computed together, in one pass over each person's contacts' contacts
 * (O(Σ_i degree(i)²) time, O(n) extra memory).
 *
 * Unweighted (the default) every tie counts 1 and parallel edges count once; weighted, parallel
 * edges add up (as in igraph) and self-loops are always left out. Values that are undefined are
 * NaN in the kernel's typed arrays and null in the records: all four measures for an isolated
 * person, and hierarchy for a person with a single contact.
 */

/** Options of `constraint`, `effectiveSize`, `efficiency` and `hierarchy`. */
export interface StructuralHolesOptions<E extends Attributes = Attributes> {
  /**
   * How strong each tie is: an edge attribute name, a function, or null for an unweighted graph.
   * Weights must be positive numbers (bigger = stronger); parallel edges are summed. Default null.
   */
  getEdgeWeight?: EdgeWeightGetter<E>;
}

const DEFAULTS = { getEdgeWeight: null } as const satisfies Required<StructuralHolesOptions>;

/** The four measures for every node, indexed by node number; NaN where undefined. */
export interface StructuralHoles {
  /** Burt's constraint c_i = Σ_j c_ij; NaN for an isolated node. */
  readonly constraint: Float64Array;
  /** Burt's effective size Σ_j (1 - Σ_q p_iq m_jq) (n - 2t/n when unweighted); NaN for an isolated node. */
  readonly effectiveSize: Float64Array;
  /** Effective size / number of contacts; NaN for an isolated node. */
  readonly efficiency: Float64Array;
  /** Burt's hierarchy (Coleman-Theil index of the c_ij); NaN for fewer than two contacts. */
  readonly hierarchy: Float64Array;
}

/**
 * Computes constraint, effective size, efficiency and hierarchy on a shared index. The index says
 * whether ties are weighted (`index.weighted`); unweighted, every tie counts 1 even where the
 * input had parallel edges.
 */
export function structuralHolesOnIndex(index: GraphIndex): StructuralHoles {
  const { order, offsets, neighbors, weighted } = index;
  const weightAt = (at: number): number => (weighted ? (index.weights[at] as number) : 1);

  // Each node's strength (Σ_k w_ik) and strongest tie (max_k w_ik).
  const strength = new Float64Array(order);
  const strongest = new Float64Array(order);
  for (let i = 0; i < order; i++) {
    let sum = 0;
    let max = 0;
    for (let at = offsets[i] as number; at < (offsets[i + 1] as number); at++) {
      const w = weightAt(at);
      sum += w;
      if (w > max) max = w;
    }
    strength[i] = sum;
    strongest[i] = max;
  }

  const constraint = new Float64Array(order);
  const effectiveSize = new Float64Array(order);
  const efficiency = new Float64Array(order);
  const hierarchy = new Float64Array(order);
  // p[q] = p_iq for the current ego i (0 for non-contacts); local[k] = c_ij of its k-th contact.
  const p = new Float64Array(order);
  const local = new Float64Array(order);

  for (let i = 0; i < order; i++) {
    const start = offsets[i] as number;
    const end = offsets[i + 1] as number;
    const degree = end - start;
    if (degree === 0) {
      constraint[i] = Number.NaN;
      effectiveSize[i] = Number.NaN;
      efficiency[i] = Number.NaN;
      hierarchy[i] = Number.NaN;
      continue;
    }
    const si = strength[i] as number;
    for (let at = start; at < end; at++) p[neighbors[at] as number] = weightAt(at) / si;

    let total = 0;
    let redundancy = 0; // Σ_j Σ_q p_iq m_jq (weighted) or Σ_j |N(i) ∩ N(j)| = 2t (unweighted)
    for (let at = start; at < end; at++) {
      const j = neighbors[at] as number;
      let indirect = 0; // Σ_q p_iq p_qj over q in N(i) ∩ N(j)
      let shared = 0; // Σ_q p_iq w_jq over the same q
      let count = 0;
      for (let bt = offsets[j] as number; bt < (offsets[j + 1] as number); bt++) {
        const q = neighbors[bt] as number;
        const piq = p[q] as number;
        if (piq === 0) continue;
        const wjq = weightAt(bt);
        indirect += piq * (wjq / (strength[q] as number));
        shared += piq * wjq;
        count++;
      }
      const direct = p[j] as number;
      const cij = (direct + indirect) * (direct + indirect);
      local[at - start] = cij;
      total += cij;
      redundancy += weighted ? shared / (strongest[j] as number) : count;
    }

    constraint[i] = total;
    effectiveSize[i] = weighted ? degree - redundancy : degree - redundancy / degree;
    efficiency[i] = (effectiveSize[i] as number) / degree;
    if (degree < 2) {
      hierarchy[i] = Number.NaN;
    } else {
      let h = 0;
      const mean = total / degree;
      for (let k = 0; k < degree; k++) {
        const r = (local[k] as number) / mean;
        h += r * Math.log(r);
      }
      // Σ r ln r ≥ 0 since the r average 1 (Jensen); rounding can leave -1e-17 for an even spread (a star's centre): that is 0.
      hierarchy[i] = Math.max(0, h / (degree * Math.log(degree)));
    }
    for (let at = start; at < end; at++) p[neighbors[at] as number] = 0;
  }
  return { constraint, effectiveSize, efficiency, hierarchy };
}

/** Burt's constraint of every node (NaN for isolated nodes). */
export function constraintOnIndex(index: GraphIndex): Float64Array {
  return structuralHolesOnIndex(index).constraint;
}

/** Burt's effective size of every node (NaN for isolated nodes). */
export function effectiveSizeOnIndex(index: GraphIndex): Float64Array {
  return structuralHolesOnIndex(index).effectiveSize;
}

/** Burt's efficiency (effective size / number of contacts) of every node (NaN for isolated nodes). */
export function efficiencyOnIndex(index: GraphIndex): Float64Array {
  return structuralHolesOnIndex(index).efficiency;
}

/** Burt's hierarchy of every node (NaN for nodes with fewer than two contacts). */
export function hierarchyOnIndex(index: GraphIndex): Float64Array {
  return structuralHolesOnIndex(index).hierarchy;
}

type Measure = keyof StructuralHoles;
const MODULE_NAMES: Record<Measure, string> = {
  constraint: 'constraint',
  effectiveSize: 'effective-size',
  efficiency: 'efficiency',
  hierarchy: 'hierarchy',
};

function indexFor<N extends Attributes, E extends Attributes>(
  measure: Measure,
  graph: AbstractGraph<N, E>,
  options: StructuralHolesOptions<E> | undefined,
): GraphIndex {
  const fail = (message: string): never => {
    throw new TypeError(`bridgegraph/metrics/${MODULE_NAMES[measure]}: ${message}`);
  };
  if (options !== undefined && (options === null || typeof options !== 'object')) fail('options must be an object.');
  const getEdgeWeight = options?.getEdgeWeight ?? DEFAULTS.getEdgeWeight;
  if (getEdgeWeight !== null && typeof getEdgeWeight !== 'string' && typeof getEdgeWeight !== 'function') {
    fail(`getEdgeWeight must be an attribute name, a function or null; got ${String(getEdgeWeight)}.`);
  }
  return buildIndex(graph, { getEdgeWeight });
}

function record(index: GraphIndex, values: Float64Array): Record<string, number | null> {
  return toNodeRecord(
    index,
    Array.from(values, (v) => (Number.isNaN(v) ? null : v)),
  );
}

/**
 * Burt's constraint: c_i = Σ_j (p_ij + Σ_q p_iq p_qj)², over i's contacts j and the contacts q
 * they share with i. 1/n for n contacts none of whom are tied to another, 1 for a single contact,
 * 1.125 in a triangle; low = i's contacts lie in separate parts of the network. Null for an
 * isolated node. Matches networkx `constraint` and igraph `Graph.constraint`.
 */
export function constraint<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  options?: StructuralHolesOptions<E>,
): Record<string, number | null> {
  const index = indexFor('constraint', graph, options);
  return record(index, constraintOnIndex(index));
}

/**
 * Burt's effective size: Σ_j (1 - Σ_q p_iq m_jq) with m_jq = w_jq / max_k w_jk, i.e. the number of
 * contacts minus their redundancy; unweighted it is n - 2t/n (Borgatti 1997), t = ties among the
 * n contacts. Null for an isolated node. Matches networkx `effective_size`.
 */
export function effectiveSize<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  options?: StructuralHolesOptions<E>,
): Record<string, number | null> {
  const index = indexFor('effectiveSize', graph, options);
  return record(index, effectiveSizeOnIndex(index));
}

/** Burt's efficiency: effective size / number of contacts, in (0, 1]. Null for an isolated node. */
export function efficiency<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  options?: StructuralHolesOptions<E>,
): Record<string, number | null> {
  const index = indexFor('efficiency', graph, options);
  return record(index, efficiencyOnIndex(index));
}

/**
 * Burt's hierarchy (1992, pp. 70-71): H_i = Σ_j r_j ln r_j / (N ln N), r_j = c_ij / (c_i / N),
 * N = number of contacts, c_ij = (p_ij + Σ_q p_iq p_qj)² the part of i's constraint due to j.
 * 0 when every contact constrains i equally, towards 1 when one contact holds all of it. Null
 * for a node with fewer than two contacts (N ln N = 0).
 */
export function hierarchy<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  options?: StructuralHolesOptions<E>,
): Record<string, number | null> {
  const index = indexFor('hierarchy', graph, options);
  return record(index, hierarchyOnIndex(index));
}
