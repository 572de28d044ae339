import type { AbstractGraph, Attributes } from 'graphology-types';

/**
 * A compact, read-only index of an undirected graph, built once per analysis and shared by every
 * metric: nodes numbered 0..order-1 in the graph's order, adjacency in CSR form (neighbours of
 * node i are `neighbors[offsets[i] .. offsets[i + 1])`, ascending), parallel edges merged (their
 * weights summed) and self-loops left out, and each node's group as a number.
 */
export interface GraphIndex {
  readonly nodes: readonly string[];
  readonly order: number;
  /** Number of distinct undirected edges (pairs of neighbours). */
  readonly size: number;
  readonly offsets: Int32Array;
  readonly neighbors: Int32Array;
  /** Weight of each adjacency entry; all 1 when the index is unweighted. */
  readonly weights: Float64Array;
  readonly weighted: boolean;
  /** Each node's group as an index into `groupNames`, or -1 when it has none. */
  readonly groups: Int32Array;
  /** Group names, sorted (so that group numbers do not depend on node order). */
  readonly groupNames: readonly string[];
}

/** Reads an edge's weight: an attribute name, a function, or null for an unweighted graph (every weight 1). */
export type EdgeWeightGetter<E extends Attributes = Attributes> =
  | string
  | ((edge: string, attributes: E, source: string, target: string) => number)
  | null;

/** Reads a node's group: an attribute name (looked up on the node, then in its `data`), a function, or null for none. */
export type GroupGetter<N extends Attributes = Attributes> = string | ((node: string, attributes: N) => string | null) | null;

export interface IndexOptions<N extends Attributes = Attributes, E extends Attributes = Attributes> {
  /** Default null: unweighted. */
  getEdgeWeight?: EdgeWeightGetter<E>;
  /** Default null: no groups. */
  getGroup?: GroupGetter<N>;
}

function groupReader<N extends Attributes>(getGroup: GroupGetter<N>): (node: string, attributes: N) => string | null {
  if (getGroup === null) return () => null;
  if (typeof getGroup === 'function') return getGroup;
  return (_node, attributes) => {
    const own = attributes[getGroup];
    const data = attributes.data as Record<string, unknown> | undefined;
    const value = own !== undefined ? own : data !== null && typeof data === 'object' ? data[getGroup] : undefined;
    if (value === null || value === undefined) return null;
    const text = String(value);
    return text.trim() === '' ? null : text;
  };
}

function weightReader<E extends Attributes>(
  getEdgeWeight: EdgeWeightGetter<E>,
): (edge: string, attributes: E, source: string, target: string) => number {
  if (getEdgeWeight === null) return () => 1;
  if (typeof getEdgeWeight === 'function') return getEdgeWeight;
  return (edge, attributes) => {
    const value = attributes[getEdgeWeight];
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw new TypeError(`bridgegraph/metrics: edge '${edge}' has ${getEdgeWeight} = ${String(value)}; weights must be positive numbers.`);
    }
    return value;
  };
}

/** Builds the shared index of an undirected graph. Directed edges are refused. */
export function buildIndex<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  options: IndexOptions<N, E> = {},
): GraphIndex {
  if (graph.directedSize > 0) throw new TypeError('bridgegraph/metrics: expected an undirected graph; this one has directed edges.');
  const readWeight = weightReader(options.getEdgeWeight ?? null);
  const weighted = options.getEdgeWeight != null;
  const readGroup = groupReader(options.getGroup ?? null);
  const nodes = graph.nodes();
  const order = nodes.length;
  const position = new Map<string, number>();
  for (let i = 0; i < order; i++) position.set(nodes[i] as string, i);

  // Merge parallel edges: one map of neighbour -> weight per node.
  const adjacency: Map<number, number>[] = nodes.map(() => new Map());
  graph.forEachEdge((edge, attributes, source, target) => {
    const s = position.get(source) as number;
    const t = position.get(target) as number;
    if (s === t) return;
    const w = readWeight(edge, attributes, source, target);
    const a = adjacency[s] as Map<number, number>;
    const b = adjacency[t] as Map<number, number>;
    // Unweighted: a pair of neighbours is one tie of weight 1, however many parallel edges join them.
    a.set(t, weighted ? (a.get(t) ?? 0) + w : 1);
    b.set(s, weighted ? (b.get(s) ?? 0) + w : 1);
  });

  const offsets = new Int32Array(order + 1);
  for (let i = 0; i < order; i++) offsets[i + 1] = (offsets[i] as number) + (adjacency[i] as Map<number, number>).size;
  const total = offsets[order] as number;
  const neighbors = new Int32Array(total);
  const weights = new Float64Array(total);
  for (let i = 0; i < order; i++) {
    const entries = [...(adjacency[i] as Map<number, number>)].sort((x, y) => x[0] - y[0]);
    let at = offsets[i] as number;
    for (const [j, w] of entries) {
      neighbors[at] = j;
      weights[at] = w;
      at++;
    }
  }

  const rawGroups = nodes.map((node) => readGroup(node, graph.getNodeAttributes(node)));
  const groupNames = [...new Set(rawGroups.filter((g): g is string => g !== null))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const groupNumber = new Map(groupNames.map((g, i) => [g, i]));
  const groups = new Int32Array(order);
  rawGroups.forEach((g, i) => {
    groups[i] = g === null ? -1 : (groupNumber.get(g) as number);
  });

  return { nodes, order, size: total / 2, offsets, neighbors, weights, weighted, groups, groupNames };
}

/** Maps per-node values back to node keys (a record without prototype). */
export function toNodeRecord<T>(index: GraphIndex, values: ArrayLike<T>): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  for (let i = 0; i < index.order; i++) out[index.nodes[i] as string] = values[i] as T;
  return out;
}

/** The weight of the edge between i and j in the index, or 0 when they are not neighbours. */
export function edgeWeight(index: GraphIndex, i: number, j: number): number {
  let lo = index.offsets[i] as number;
  let hi = (index.offsets[i + 1] as number) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = index.neighbors[mid] as number;
    if (k === j) return index.weights[mid] as number;
    if (k < j) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}
