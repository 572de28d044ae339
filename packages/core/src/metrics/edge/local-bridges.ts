import type { AbstractGraph, Attributes } from 'graphology-types';
import { buildIndex, type GraphIndex } from '../graph-index.js';
import { bridgesOnIndex } from './bridges.js';

/**
 * Local bridges (Granovetter 1973) and their spans, as networkx `local_bridges(G, with_span=True)`
 * with its default `weight=None`.
 *
 * A tie between a and b is a local bridge when a and b have no contact in common: it is not part
 * of any triangle, so it carries information between circles that would otherwise be at least 3
 * steps apart. Its span is the number of ties on the shortest path between a and b once the tie
 * itself is removed (always ≥ 3). A tie that is also a bridge has no such path: its span is
 * Infinity in the kernel and null in the plain-data result.
 *
 * Ties are structural: weights play no part (spans count ties), parallel ties are one tie and
 * self-ties are ignored, as in the shared index. Each span comes from a breadth-first search
 * grown from both ends at once (stopping at the first meeting), and bridges are recognised
 * beforehand in O(n + m) so that trees cost nothing; worst case O(m·(n + m)).
 *
 * Order: each local bridge as [lower node number, higher node number, span], sorted by the first
 * then the second node number.
 */

/** A local bridge by node number: [i, j, span] with i < j; span is Infinity when the tie is a bridge. */
export type LocalBridgeOnIndex = [i: number, j: number, span: number];

/** A local bridge by node key: the endpoint that comes first in the graph's node order first; span null when the tie is a bridge. */
export type LocalBridge = [source: string, target: string, span: number | null];

/** Local bridges of the shared index with their spans (weights are ignored). */
export function localBridgesOnIndex(index: GraphIndex): LocalBridgeOnIndex[] {
  const { order: n, offsets, neighbors } = index;
  const bridgeKeys = new Set<number>();
  for (const [i, j] of bridgesOnIndex(index).bridges) bridgeKeys.add(i * n + j);
  const search = new TwoSidedSearch(index);
  const out: LocalBridgeOnIndex[] = [];
  for (let u = 0; u < n; u++) {
    const uEnd = offsets[u + 1] as number;
    for (let at = offsets[u] as number; at < uEnd; at++) {
      const v = neighbors[at] as number;
      if (v <= u || sharesNeighbor(index, u, v)) continue;
      out.push([u, v, bridgeKeys.has(u * n + v) ? Number.POSITIVE_INFINITY : search.distanceWithout(u, v)]);
    }
  }
  return out;
}

/** Local bridges of an undirected graph with their spans, by node key (see {@link localBridgesOnIndex}). */
export function localBridges<N extends Attributes, E extends Attributes>(graph: AbstractGraph<N, E>): LocalBridge[] {
  const index = buildIndex(graph);
  return localBridgesOnIndex(index).map(
    ([i, j, span]): LocalBridge => [index.nodes[i] as string, index.nodes[j] as string, Number.isFinite(span) ? span : null],
  );
}

/** Whether u and v have a neighbour in common (a merge of their ascending neighbour lists). */
function sharesNeighbor(index: GraphIndex, u: number, v: number): boolean {
  const { offsets, neighbors } = index;
  let a = offsets[u] as number;
  let b = offsets[v] as number;
  const aEnd = offsets[u + 1] as number;
  const bEnd = offsets[v + 1] as number;
  while (a < aEnd && b < bEnd) {
    const x = neighbors[a] as number;
    const y = neighbors[b] as number;
    if (x === y) return true;
    if (x < y) a++;
    else b++;
  }
  return false;
}

/**
 * Breadth-first search from both ends of a tie, the tie itself left out. Marks carry the number of
 * the search they belong to, so that nothing needs clearing between searches.
 */
class TwoSidedSearch {
  private readonly index: GraphIndex;
  private readonly mark: [Int32Array, Int32Array];
  private readonly distance: [Int32Array, Int32Array];
  private readonly queue: [Int32Array, Int32Array];
  private stamp = 0;

  constructor(index: GraphIndex) {
    const n = index.order;
    this.index = index;
    this.mark = [new Int32Array(n), new Int32Array(n)];
    this.distance = [new Int32Array(n), new Int32Array(n)];
    this.queue = [new Int32Array(n), new Int32Array(n)];
  }

  /** Number of ties on a shortest path between the neighbours u and v that avoids their own tie; Infinity when none. */
  distanceWithout(u: number, v: number): number {
    const { offsets, neighbors } = this.index;
    const stamp = ++this.stamp;
    const ends = [u, v];
    const head = [0, 0];
    const tail = [1, 1];
    for (let side = 0; side < 2; side++) {
      const end = ends[side] as number;
      (this.mark[side] as Int32Array)[end] = stamp;
      (this.distance[side] as Int32Array)[end] = 0;
      (this.queue[side] as Int32Array)[0] = end;
    }
    while ((head[0] as number) < (tail[0] as number) && (head[1] as number) < (tail[1] as number)) {
      // Grow the side with the smaller frontier by one whole level. The first meeting gives the
      // shortest path: before it the two searched balls were disjoint, so no path is shorter.
      const side = (tail[0] as number) - (head[0] as number) <= (tail[1] as number) - (head[1] as number) ? 0 : 1;
      const mark = this.mark[side] as Int32Array;
      const distance = this.distance[side] as Int32Array;
      const queue = this.queue[side] as Int32Array;
      const otherMark = this.mark[1 - side] as Int32Array;
      const otherDistance = this.distance[1 - side] as Int32Array;
      const levelEnd = tail[side] as number;
      let back = levelEnd;
      for (let k = head[side] as number; k < levelEnd; k++) {
        const x = queue[k] as number;
        const next = (distance[x] as number) + 1;
        for (let at = offsets[x] as number, stop = offsets[x + 1] as number; at < stop; at++) {
          const y = neighbors[at] as number;
          if ((x === u && y === v) || (x === v && y === u)) continue;
          if (otherMark[y] === stamp) return next + (otherDistance[y] as number);
          if (mark[y] !== stamp) {
            mark[y] = stamp;
            distance[y] = next;
            queue[back++] = y;
          }
        }
      }
      head[side] = levelEnd;
      tail[side] = back;
    }
    return Number.POSITIVE_INFINITY;
  }
}
