import { MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import { expect } from 'vitest';

/** A simple undirected graph: the isolated nodes first, then the edges' ends as they come; weight 1 unless given. */
export function graphOf(edges: [string, string, number?][], isolated: string[] = []): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const node of isolated) graph.addNode(node);
  for (const [s, t, w] of edges) graph.mergeEdge(s, t, { weight: w ?? 1 });
  return graph;
}

/** A multigraph with self-loops allowed: every listed edge is added, parallel ones included. */
export function multigraphOf(edges: [string, string, number?][], isolated: string[] = []): MultiUndirectedGraph {
  const graph = new MultiUndirectedGraph({ allowSelfLoops: true });
  for (const node of isolated) graph.addNode(node);
  for (const [s, t, w] of edges) {
    graph.mergeNode(s);
    graph.mergeNode(t);
    graph.addEdge(s, t, { weight: w ?? 1 });
  }
  return graph;
}

/** Per-node values as tools and our record-returning wrappers give them. */
export type NodeValues = Record<string, number | null>;

/**
 * Checks two per-node records node by node: the same nodes, null where the reference is null, and
 * otherwise |actual - expected| ≤ relative × |expected| + absolute.
 */
export function expectCloseValues(actual: NodeValues, expected: NodeValues, label: string, relative = 1e-9, absolute = 1e-12): void {
  expect(Object.keys(actual).sort(), `${label}: nodes`).toEqual(Object.keys(expected).sort());
  for (const [node, want] of Object.entries(expected)) {
    const got = actual[node];
    if (want === null) {
      expect(got, `${label} of ${node}`).toBeNull();
      continue;
    }
    expect(typeof got, `${label} of ${node}`).toBe('number');
    const error = Math.abs((got as number) - want);
    expect(error, `${label} of ${node}: ${String(got)} vs ${want}`).toBeLessThanOrEqual(relative * Math.abs(want) + absolute);
  }
}

/** The largest |a - b| / max(|b|, floor) over the nodes of b. */
export function largestRelativeDifference(a: NodeValues, b: NodeValues, floor = 1e-12): number {
  let worst = 0;
  for (const [node, want] of Object.entries(b)) {
    const got = a[node];
    if (typeof got !== 'number' || typeof want !== 'number') continue;
    worst = Math.max(worst, Math.abs(got - want) / Math.max(Math.abs(want), floor));
  }
  return worst;
}

/** Picks one field of a record of objects. */
export function field<T, K extends keyof T>(record: Record<string, T>, key: K): Record<string, T[K]> {
  const out = Object.create(null) as Record<string, T[K]>;
  for (const [node, value] of Object.entries(record)) out[node] = value[key];
  return out;
}

/** One variant of a centrality fixture (test/fixtures/reference/centrality-bridges.py). */
export interface ReferenceVariant {
  weighted: boolean;
  results: Record<string, NodeValues>;
}

/** The unweighted and (when present) weighted results of a centrality fixture. */
export function referenceVariants(results: Record<string, unknown>): ReferenceVariant[] {
  const out: ReferenceVariant[] = [{ weighted: false, results: results.unweighted as Record<string, NodeValues> }];
  if (results.weighted !== undefined) out.push({ weighted: true, results: results.weighted as Record<string, NodeValues> });
  return out;
}

/** The graphs of the centrality fixtures. */
export const CENTRALITY_GRAPHS = ['karate', 'florentine', 'davis', 'sparse-random'] as const;
