import fc from 'fast-check';
import Graph from 'graphology';
import type { PeopleNetwork, PeopleTie, PersonNode } from '../../src/projection/types.js';

/** A generated people's network: people with an optional group, and edges by position (parallel edges and self-loops allowed). */
export interface GeneratedNetwork {
  groups: (string | null)[];
  edges: [number, number, number][];
  weighted: boolean;
  seed: number;
}

/**
 * Small undirected networks (0 to 30 people) with random groups (A-D, some people without one),
 * isolated people, parallel edges and self-loops, weights among a few values (1/3 included, so
 * that weighted path lengths tie only up to rounding).
 */
export const generatedNetwork: fc.Arbitrary<GeneratedNetwork> = fc.integer({ min: 0, max: 30 }).chain((n) =>
  fc.record({
    groups: fc.array(fc.option(fc.constantFrom('A', 'B', 'C', 'D'), { nil: null, freq: 5 }), { minLength: n, maxLength: n }),
    edges:
      n === 0
        ? fc.constant([] as [number, number, number][])
        : fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.constantFrom(1, 1, 2, 3, 0.5, 1 / 3)), { maxLength: 3 * n }),
    weighted: fc.boolean(),
    seed: fc.integer(),
  }),
);

/** The tie attributes of a people's network edge of the given weight. */
function tie(weight: number): PeopleTie {
  return { weight, tieWeight: weight, coParticipation: 0, exchanges: [], ties: [], firstContact: null };
}

/**
 * Builds the network as a multigraph with self-loops (the metrics merge parallel edges and ignore
 * self-loops). `label` names person i; `nodeOrder` and `edgeOrder` give the insertion orders.
 */
export function buildPeople(
  g: GeneratedNetwork,
  label: (i: number) => string = (i) => `p${i}`,
  nodeOrder: readonly number[] = g.groups.map((_, i) => i),
  edgeOrder: readonly number[] = g.edges.map((_, i) => i),
): PeopleNetwork {
  const graph = new Graph.MultiUndirectedGraph<PersonNode, PeopleTie>({ allowSelfLoops: true });
  for (const i of nodeOrder) {
    const id = label(i);
    graph.addNode(id, { id, name: null, country: g.groups[i] ?? null, data: {} });
  }
  for (const e of edgeOrder) {
    const [a, b, w] = g.edges[e] as [number, number, number];
    graph.addEdge(label(a), label(b), tie(w));
  }
  return graph as unknown as PeopleNetwork;
}
