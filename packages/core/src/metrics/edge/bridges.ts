import type { AbstractGraph, Attributes } from 'graphology-types';
import { buildIndex, type GraphIndex } from '../graph-index.js';

/**
 * Bridges and articulation points (cut vertices) of the people's network.
 *
 * - A bridge is a tie whose removal disconnects its component: the only route between two parts
 *   of the network.
 * - An articulation point is a person whose removal disconnects their component: someone who
 *   holds two or more otherwise separate parts together.
 *
 * Ties are structural here: weights play no part, parallel ties count as one tie (two people who
 * met in several exchanges are still joined by a single tie, which can be a bridge) and self-ties
 * are ignored, as in the shared index. Found in O(n + m) by Hopcroft and Tarjan's (1973)
 * depth-first search with low points, written iteratively (with an explicit stack) so that long
 * chains of people cannot overflow the call stack. The same results as networkx `bridges` and
 * `articulation_points`.
 *
 * Order: each bridge as [lower node number, higher node number] (node numbers follow the graph's
 * node order), bridges sorted by the first then the second; articulation points by node number.
 */

/** Bridges and articulation points by node number. */
export interface BridgesOnIndexResult {
  /** Each bridge as [i, j] with i < j, sorted by i then j. */
  readonly bridges: [number, number][];
  /** Articulation points, ascending. */
  readonly articulationPoints: number[];
}

/** Bridges and articulation points by node key. */
export interface BridgesResult {
  /** Each bridge as [source, target], the endpoint that comes first in the graph's node order first; sorted the same way. */
  bridges: [source: string, target: string][];
  /** Articulation points in the graph's node order. */
  articulationPoints: string[];
}

/** Bridges and articulation points of the shared index (weights are ignored). */
export function bridgesOnIndex(index: GraphIndex): BridgesOnIndexResult {
  const { order: n, offsets, neighbors } = index;
  const discovery = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const cursor = new Int32Array(n); // next adjacency entry to look at, per node
  const stack = new Int32Array(n);
  const cut = new Uint8Array(n);
  const bridges: [number, number][] = [];
  let time = 0;

  for (let root = 0; root < n; root++) {
    if (discovery[root] !== -1) continue;
    discovery[root] = time;
    low[root] = time++;
    cursor[root] = offsets[root] as number;
    stack[0] = root;
    let top = 1;
    let rootChildren = 0;
    while (top > 0) {
      const v = stack[top - 1] as number;
      const at = cursor[v] as number;
      if (at < (offsets[v + 1] as number)) {
        cursor[v] = at + 1;
        const w = neighbors[at] as number;
        if (discovery[w] === -1) {
          parent[w] = v;
          discovery[w] = time;
          low[w] = time++;
          cursor[w] = offsets[w] as number;
          stack[top++] = w;
          if (v === root) rootChildren++;
        } else if (w !== parent[v] && (discovery[w] as number) < (low[v] as number)) {
          low[v] = discovery[w] as number;
        }
        continue;
      }
      // v is finished: report to its parent.
      top--;
      if (top === 0) break;
      const p = stack[top - 1] as number;
      if ((low[v] as number) < (low[p] as number)) low[p] = low[v] as number;
      if ((low[v] as number) > (discovery[p] as number)) bridges.push(p < v ? [p, v] : [v, p]);
      if (p !== root && (low[v] as number) >= (discovery[p] as number)) cut[p] = 1;
    }
    if (rootChildren >= 2) cut[root] = 1;
  }

  bridges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const articulationPoints: number[] = [];
  for (let v = 0; v < n; v++) if (cut[v] === 1) articulationPoints.push(v);
  return { bridges, articulationPoints };
}

/** Bridges and articulation points of an undirected graph, by node key (see {@link bridgesOnIndex}). */
export function bridges<N extends Attributes, E extends Attributes>(graph: AbstractGraph<N, E>): BridgesResult {
  const index = buildIndex(graph);
  const result = bridgesOnIndex(index);
  const key = (i: number): string => index.nodes[i] as string;
  return {
    bridges: result.bridges.map(([i, j]): [string, string] => [key(i), key(j)]),
    articulationPoints: result.articulationPoints.map(key),
  };
}
