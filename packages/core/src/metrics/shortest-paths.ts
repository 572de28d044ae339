import { MinHeap } from '../utils/min-heap.js';
import type { GraphIndex } from './graph-index.js';

/**
 * Single-source shortest paths on the shared index, as Brandes (2001) needs them: distances,
 * numbers of shortest paths (σ) and the order in which nodes are settled. Breadth-first search
 * when unweighted; Dijkstra with a binary heap when weighted, the length of a tie being 1 / weight
 * (strong ties are short).
 *
 * Ties between path lengths are decided as networkx decides them: a path's length is the sum of
 * its ties' lengths added from the source outwards (`d(w) = d(v) + 1 / w(v, w)`), and two lengths
 * are equal only when those floating-point sums are exactly equal. Floating sums can split ties
 * that exact arithmetic would keep: a path over ties of weights 2, 3 and 6 has length
 * 1/2 + 1/3 + 1/6 = 0.9999999999999999 and one over ties of weights 2 and 2 has length 1, so only
 * the first counts as shortest. igraph compares lengths with a relative tolerance of 1e-10 and
 * keeps such ties (it agrees with exact rational arithmetic on the reference graphs; networkx and
 * we do not).
 *
 * Predecessors are not stored: v precedes its neighbour w (adjacency entry `at` of w) on a
 * shortest path from the source exactly when `rank[v] >= 0 && rank[v] < rank[w] &&
 * distance[v] + lengths[at] === distance[w]`, the same floating-point sum `run` compared, so the
 * set is the one through which `run` counted paths into w.
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
    const { order, distance, sigma, rank } = this;
    order[0] = source;
    rank[source] = 0;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++] as number;
      const next = (distance[v] as number) + 1;
      const paths = sigma[v] as number;
      for (let at = offsets[v] as number, end = offsets[v + 1] as number; at < end; at++) {
        const w = neighbors[at] as number;
        if (rank[w] === -1) {
          distance[w] = next;
          rank[w] = tail;
          order[tail++] = w;
        }
        if (distance[w] === next) sigma[w] = (sigma[w] as number) + paths;
      }
    }
    return tail;
  }

  private dijkstra(source: number): number {
    const { offsets, neighbors } = this.index;
    const { order, distance, sigma, rank, lengths, heap } = this;
    heap.clear();
    heap.push(0, source);
    let settled = 0;
    while (heap.size > 0) {
      const v = heap.pop();
      if (rank[v] !== -1) continue; // a stale copy: v was settled at a shorter distance
      rank[v] = settled;
      order[settled++] = v;
      const dv = distance[v] as number;
      const paths = sigma[v] as number;
      for (let at = offsets[v] as number, end = offsets[v + 1] as number; at < end; at++) {
        const w = neighbors[at] as number;
        if (rank[w] !== -1) continue;
        const alternative = dv + (lengths[at] as number);
        const current = distance[w] as number;
        if (alternative < current) {
          distance[w] = alternative;
          sigma[w] = paths;
          heap.push(alternative, w);
        } else if (alternative === current) {
          sigma[w] = (sigma[w] as number) + paths;
        }
      }
    }
    return settled;
  }
}
