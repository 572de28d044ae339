import { MinHeap } from '../utils/min-heap.js';
import type { GraphIndex } from './graph-index.js';

/** Relative tolerance on weighted path lengths: igraph's `IGRAPH_SHORTEST_PATH_EPSILON`. */
export const PATH_LENGTH_TOLERANCE = 1e-10;

/**
 * Whether two path lengths (≥ 0, possibly Infinity) count as equal: used by {@link ShortestPathSearch}
 * for both "shorter" (not equal and smaller) and "as short", and by the predecessor test.
 */
export function sameLength(a: number, b: number): boolean {
  // Rule (igraph_cmp_epsilon, eps = 1e-10): a and b are equal when a === b or |a − b| < 1e-10 × (|a| + |b|).
  return a === b || Math.abs(a - b) < PATH_LENGTH_TOLERANCE * (a + b);
}

/**
 * Single-source shortest paths on the shared index, as Brandes (2001) needs them: distances,
 * numbers of shortest paths (σ) and the order in which nodes are settled. Breadth-first search
 * when unweighted; Dijkstra with a binary heap when weighted, the length of a tie being 1 / weight
 * (strong ties are short).
 *
 * Weighted, path lengths are compared as igraph compares them, with a relative tolerance
 * ({@link sameLength}): a path is shorter only when it is shorter by more than the tolerance, and
 * as short when within it. A path's length is a floating-point sum of its ties' lengths, and such
 * sums can split ties that exact arithmetic keeps: over ties of weights 2, 3 and 6 a path has length
 * 1/2 + 1/3 + 1/6 = 0.9999999999999999, over weights 2 and 2 it has length 1. networkx compares the
 * sums exactly and counts only the first as shortest; within the tolerance both are, as in exact
 * rational arithmetic, which is the right answer for integer weights (numbers of shared
 * exchanges). Two lengths a ≠ b in exact arithmetic are merged only when within the tolerance: for
 * integer weights, only when the least common multiple of the weights along the two paths exceeds
 * 1e10 / (a + b). igraph's betweenness applies the rule to distances plus one (it keeps 0 for
 * "not reached"), which loosens it by a factor (a + b + 2) / (a + b), large for short lengths, and
 * ties the result to the weights' scale; we apply it to the distances themselves, so that
 * multiplying every weight by a constant changes nothing. The two decide differently only for lengths with 1e-10 × (a + b) ≤ |a − b| < 1e-10 ×
 * (a + b + 2).
 *
 * `distance[w]` is the length of the first path found to w that no later path beat by more than the
 * tolerance (a path within the tolerance does not replace it). Unweighted, lengths are integers
 * and compared exactly.
 *
 * Predecessors are not stored: v precedes its neighbour w (adjacency entry `at` of w) on a
 * shortest path from the source exactly when `rank[v] >= parentsFrom[w] && rank[v] < rank[w] &&
 * sameLength(distance[v] + lengths[at], distance[w])`. These are the sums and the comparison `run`
 * made, and `parentsFrom[w]` leaves out the nodes settled before the path that set `distance[w]`
 * (the tolerance is not transitive, so one of them could otherwise pass the test without having
 * been counted): the set is exactly the one through which `run` counted paths into w, as igraph's
 * list of parents, emptied when a shorter path is found, is. Unweighted, the test amounts to
 * `distance[v] + 1 === distance[w]`.
 *
 * One search object is reused for every source: `run(source)` resets only what the previous run
 * touched, so n runs cost O(n·m) (unweighted) or O(n·m·log m) (weighted) and O(n + m) memory.
 */
export class ShortestPathSearch {
  /** Whether tie lengths are 1 / weight (Dijkstra) or all 1 (breadth-first search). */
  readonly weighted: boolean;
  /** Length of each adjacency entry of the index: 1 / weight, or 1 when unweighted. */
  readonly lengths: Float64Array;
  /** Nodes reached by the last run, in the order they were settled (the source first); read the first `reached`. */
  readonly order: Int32Array;
  /** Distance from the last source; Infinity when not reached. */
  readonly distance: Float64Array;
  /** Number of shortest paths from the last source (a float: counts pass 2^53 on large grids); 0 when not reached. */
  readonly sigma: Float64Array;
  /** Position of each node in `order`, or -1 when not reached. */
  readonly rank: Int32Array;
  /**
   * For each node reached by the last run but the source: the rank of the node whose path set its
   * distance, the first through which its paths were counted (see the predecessor test above).
   */
  readonly parentsFrom: Int32Array;
  /** Number of nodes reached by the last run, the source included. */
  reached = 0;

  private readonly index: GraphIndex;
  private readonly heap: MinHeap;

  constructor(index: GraphIndex, weighted: boolean = index.weighted) {
    this.index = index;
    this.weighted = weighted;
    const n = index.order;
    this.lengths = new Float64Array(index.neighbors.length);
    for (let at = 0; at < this.lengths.length; at++) this.lengths[at] = weighted ? 1 / (index.weights[at] as number) : 1;
    this.order = new Int32Array(n);
    this.distance = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
    this.sigma = new Float64Array(n);
    this.rank = new Int32Array(n).fill(-1);
    this.parentsFrom = new Int32Array(n);
    this.heap = new MinHeap(weighted ? Math.min(index.neighbors.length + 1, 1 << 16) : 1);
  }

  /** Runs the search from `source`; returns the number of nodes reached (the source included). */
  run(source: number): number {
    const { order, distance, sigma, rank } = this;
    for (let k = 0; k < this.reached; k++) {
      const v = order[k] as number;
      distance[v] = Number.POSITIVE_INFINITY;
      sigma[v] = 0;
      rank[v] = -1;
    }
    distance[source] = 0;
    sigma[source] = 1;
    this.reached = this.weighted ? this.dijkstra(source) : this.breadthFirst(source);
    return this.reached;
  }

  private breadthFirst(source: number): number {
    const { offsets, neighbors } = this.index;
    const { order, distance, sigma, rank, parentsFrom } = this;
    order[0] = source;
    rank[source] = 0;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const from = head;
      const v = order[head++] as number;
      const next = (distance[v] as number) + 1;
      const paths = sigma[v] as number;
      for (let at = offsets[v] as number, end = offsets[v + 1] as number; at < end; at++) {
        const w = neighbors[at] as number;
        if (rank[w] === -1) {
          distance[w] = next;
          rank[w] = tail;
          parentsFrom[w] = from;
          order[tail++] = w;
        }
        if (distance[w] === next) sigma[w] = (sigma[w] as number) + paths;
      }
    }
    return tail;
  }

  private dijkstra(source: number): number {
    const { offsets, neighbors } = this.index;
    const { order, distance, sigma, rank, parentsFrom, lengths, heap } = this;
    heap.clear();
    heap.push(0, source);
    let settled = 0;
    while (heap.size > 0) {
      const v = heap.pop();
      if (rank[v] !== -1) continue; // a stale copy: v was settled at a shorter distance
      const from = settled;
      rank[v] = from;
      order[settled++] = v;
      const dv = distance[v] as number;
      const paths = sigma[v] as number;
      for (let at = offsets[v] as number, end = offsets[v + 1] as number; at < end; at++) {
        const w = neighbors[at] as number;
        if (rank[w] !== -1) continue;
        const alternative = dv + (lengths[at] as number);
        const current = distance[w] as number;
        if (sameLength(alternative, current)) {
          sigma[w] = (sigma[w] as number) + paths;
        } else if (alternative < current) {
          // Shorter by more than the tolerance (or w not reached yet): paths counted so far are dropped.
          distance[w] = alternative;
          sigma[w] = paths;
          parentsFrom[w] = from;
          heap.push(alternative, w);
        }
      }
    }
    return settled;
  }
}
