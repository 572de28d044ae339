import { UndirectedGraph } from 'graphology';
import type { GraphIndex } from './graph-index.js';

/** Edge attributes of {@link graphOfIndex}'s graph. */
export interface IndexEdgeAttributes {
  /** The index's merged weight of the tie (1 per input edge when the index is unweighted). */
  weight: number;
}

/**
 * A plain graphology graph of the index, for the graphology-metrics functions we call: one node
 * per index node, keyed by its number ('0', '1', ...) and in the same order, and one edge per pair
 * of neighbours carrying the index's merged weight. Parallel ties are thus merged and self-loops
 * left out, exactly as every other metric sees the network.
 */
export function graphOfIndex(index: GraphIndex): UndirectedGraph<Record<string, never>, IndexEdgeAttributes> {
  const graph = new UndirectedGraph<Record<string, never>, IndexEdgeAttributes>();
  for (let i = 0; i < index.order; i++) graph.addNode(String(i));
  for (let i = 0; i < index.order; i++) {
    for (let at = index.offsets[i] as number, end = index.offsets[i + 1] as number; at < end; at++) {
      const j = index.neighbors[at] as number;
      if (j > i) graph.addEdge(String(i), String(j), { weight: index.weights[at] as number });
    }
  }
  return graph;
}

/** Reads a graphology-metrics result keyed by node number back into an array indexed by node number. */
export function arrayOfNodeNumbers(index: GraphIndex, values: Record<string, number>): Float64Array {
  const out = new Float64Array(index.order);
  for (let i = 0; i < index.order; i++) out[i] = values[String(i)] as number;
  return out;
}
