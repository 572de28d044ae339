import { MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/metrics/graph-index.js';
import { constraint, effectiveSize, efficiency, hierarchy, structuralHolesOnIndex } from '../../../src/metrics/node/structural-holes.js';
import { loadFixture, readFixture } from '../fixture-graph.js';

/** Reference values are compared to 1e-9, absolute or relative to the reference, whichever is larger. */
const TOLERANCE = 1e-9;

type Values = Record<string, number | null>;

function expectValues(actual: Values, expected: Values, label: string): void {
  expect(Object.keys(actual).sort(), `${label}: nodes`).toEqual(Object.keys(expected).sort());
  for (const [node, want] of Object.entries(expected)) {
    const got = actual[node];
    if (want === null) {
      expect(got, `${label} of ${node}`).toBeNull();
    } else {
      expect(got, `${label} of ${node}`).not.toBeNull();
      expect(Math.abs((got as number) - want), `${label} of ${node}: ${got} vs ${want}`).toBeLessThanOrEqual(
        TOLERANCE * Math.max(1, Math.abs(want)),
      );
    }
  }
}

function graphOf(edges: [string, string, number?][], isolated: string[] = []): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const node of isolated) graph.addNode(node);
  for (const [s, t, w] of edges) graph.mergeEdge(s, t, { weight: w ?? 1 });
  return graph;
}

const all = (graph: UndirectedGraph, weighted = false) => {
  const options = { getEdgeWeight: weighted ? 'weight' : null };
  return {
    constraint: constraint(graph, options),
    effectiveSize: effectiveSize(graph, options),
    efficiency: efficiency(graph, options),
    hierarchy: hierarchy(graph, options),
  };
};

describe('structural holes: hand-computed cases', () => {
  it('gives null for an isolated person', () => {
    const result = all(graphOf([['a', 'b']], ['z']));
    expect(result.constraint.z).toBeNull();
    expect(result.effectiveSize.z).toBeNull();
    expect(result.efficiency.z).toBeNull();
    expect(result.hierarchy.z).toBeNull();
  });

  it('star: the centre spans four structural holes', () => {
    // Centre: p = 1/4 to each leaf, no indirect paths: C = 4 (1/4)² = 1/4; effective size 4 - 0 = 4;
    // efficiency 1; every contact constrains equally, so hierarchy 0.
    // Leaf: one contact, p = 1: C = 1, effective size 1, efficiency 1, hierarchy undefined.
    const result = all(
      graphOf([
        ['c', 'l1'],
        ['c', 'l2'],
        ['c', 'l3'],
        ['c', 'l4'],
      ]),
    );
    expectValues(result.constraint, { c: 0.25, l1: 1, l2: 1, l3: 1, l4: 1 }, 'constraint');
    expectValues(result.effectiveSize, { c: 4, l1: 1, l2: 1, l3: 1, l4: 1 }, 'effective size');
    expectValues(result.efficiency, { c: 1, l1: 1, l2: 1, l3: 1, l4: 1 }, 'efficiency');
    expectValues(result.hierarchy, { c: 0, l1: null, l2: null, l3: null, l4: null }, 'hierarchy');
  });

  it('path a - b - c', () => {
    const result = all(
      graphOf([
        ['a', 'b'],
        ['b', 'c'],
      ]),
    );
    expectValues(result.constraint, { a: 1, b: 0.5, c: 1 }, 'constraint');
    expectValues(result.effectiveSize, { a: 1, b: 2, c: 1 }, 'effective size');
    expectValues(result.hierarchy, { a: null, b: 0, c: null }, 'hierarchy');
  });

  it('a triangle with a pendant (the hierarchy worked out by hand)', () => {
    // Ties 0-1, 0-2, 1-2, 0-3. For ego 0: p_01 = p_02 = p_03 = 1/3; p_10 = p_12 = p_20 = p_21 = 1/2.
    //   c_01 = (1/3 + p_02 p_21)² = (1/3 + 1/6)² = 1/4; c_02 = 1/4; c_03 = (1/3)² = 1/9.
    //   C = 1/2 + 1/9 = 11/18. Effective size 3 - 2·1/3 = 7/3 (t = 1 tie among 3 contacts); efficiency 7/9.
    //   Hierarchy: r_j = c_0j / (C / 3) = 27/22, 27/22, 12/22 (sum 3);
    //   H = [2 (27/22) ln(27/22) + (12/22) ln(12/22)] / (3 ln 3) ≈ 0.0522.
    // For ego 1: p_10 = p_12 = 1/2, p_02 = 1/3, p_20 = 1/2: c_10 = (1/2 + 1/2·1/2)² = 9/16,
    //   c_12 = (1/2 + 1/2·1/3)² = 4/9; C = 9/16 + 4/9 = 145/144; r = (9/16)/(145/288) = 162/145,
    //   (4/9)/(145/288) = 128/145; H = [r1 ln r1 + r2 ln r2] / (2 ln 2).
    const result = all(
      graphOf([
        ['0', '1'],
        ['0', '2'],
        ['1', '2'],
        ['0', '3'],
      ]),
    );
    const h0 = (2 * (27 / 22) * Math.log(27 / 22) + (12 / 22) * Math.log(12 / 22)) / (3 * Math.log(3));
    const h1 = ((162 / 145) * Math.log(162 / 145) + (128 / 145) * Math.log(128 / 145)) / (2 * Math.log(2));
    expect(h0).toBeCloseTo(0.0522, 4);
    expectValues(result.constraint, { '0': 11 / 18, '1': 145 / 144, '2': 145 / 144, '3': 1 }, 'constraint');
    expectValues(result.effectiveSize, { '0': 7 / 3, '1': 1, '2': 1, '3': 1 }, 'effective size');
    expectValues(result.efficiency, { '0': 7 / 9, '1': 0.5, '2': 0.5, '3': 1 }, 'efficiency');
    expectValues(result.hierarchy, { '0': h0, '1': h1, '2': h1, '3': null }, 'hierarchy');
  });

  it('two components are measured independently', () => {
    // A triangle: p = 1/2, c_ij = (1/2 + 1/4)² = 9/16, C = 9/8; effective size 2 - 2/2 = 1; H = 0.
    const result = all(
      graphOf([
        ['a', 'b'],
        ['b', 'c'],
        ['a', 'c'],
        ['x', 'y'],
      ]),
    );
    expectValues(result.constraint, { a: 1.125, b: 1.125, c: 1.125, x: 1, y: 1 }, 'constraint');
    expectValues(result.effectiveSize, { a: 1, b: 1, c: 1, x: 1, y: 1 }, 'effective size');
    expectValues(result.hierarchy, { a: 0, b: 0, c: 0, x: null, y: null }, 'hierarchy');
  });

  it('weighted: an ego between a weak and a strong contact', () => {
    // Ties e-a (1) and e-b (3): p_ea = 1/4, p_eb = 3/4, a and b not tied: C = 1/16 + 9/16 = 5/8;
    // effective size 2 (no redundancy); hierarchy: r = (1/16)/(5/16) = 0.2 and 1.8,
    // H = (0.2 ln 0.2 + 1.8 ln 1.8) / (2 ln 2) ≈ 0.531.
    const graph = graphOf([
      ['e', 'a', 1],
      ['e', 'b', 3],
    ]);
    const result = all(graph, true);
    const h = (0.2 * Math.log(0.2) + 1.8 * Math.log(1.8)) / (2 * Math.log(2));
    expectValues(result.constraint, { e: 0.625, a: 1, b: 1 }, 'constraint');
    expectValues(result.effectiveSize, { e: 2, a: 1, b: 1 }, 'effective size');
    expectValues(result.hierarchy, { e: h, a: null, b: null }, 'hierarchy');
    // Unweighted, the same graph is a path.
    expectValues(all(graph).constraint, { e: 0.5, a: 1, b: 1 }, 'unweighted constraint');
  });

  it('weighted effective size follows Burt: Σ_j (1 - Σ_q p_iq m_jq)', () => {
    // Ties e-a (2), e-b (1), a-b (4), a-x (8). Ego e: p_ea = 2/3, p_eb = 1/3.
    //   j = a: max_k w_ak = 8, m_ab = 4/8: redundancy p_eb m_ab = 1/6 -> 5/6.
    //   j = b: max_k w_bk = 4, m_ba = 1: redundancy p_ea m_ba = 2/3 -> 1/3. Effective size 7/6.
    const graph = graphOf([
      ['e', 'a', 2],
      ['e', 'b', 1],
      ['a', 'b', 4],
      ['a', 'x', 8],
    ]);
    expect(effectiveSize(graph, { getEdgeWeight: 'weight' }).e).toBeCloseTo(7 / 6, 12);
    expect(efficiency(graph, { getEdgeWeight: 'weight' }).e).toBeCloseTo(7 / 12, 12);
  });

  it('parallel edges and self-loops: counted once unweighted, summed weighted, loops left out', () => {
    const multi = new MultiUndirectedGraph();
    for (const node of ['e', 'a', 'b']) multi.addNode(node);
    multi.addEdge('e', 'a', { weight: 1 });
    multi.addEdge('e', 'a', { weight: 2 });
    multi.addEdge('e', 'b', { weight: 3 });
    multi.addEdge('e', 'e', { weight: 7 });
    multi.addEdge('b', 'b', { weight: 1 });
    const simple = graphOf([
      ['e', 'a', 3],
      ['e', 'b', 3],
    ]);
    const path = graphOf([
      ['e', 'a'],
      ['e', 'b'],
    ]);
    expect(all(multi)).toEqual(all(path));
    expect(all(multi, true)).toEqual(all(simple, true));
    expectValues(constraint(multi), { e: 0.5, a: 1, b: 1 }, 'constraint');
  });

  it('does not modify the graph, and the kernel reuses one index', () => {
    const graph = graphOf(
      [
        ['a', 'b', 2],
        ['b', 'c', 1],
        ['a', 'c', 5],
        ['c', 'd', 1],
      ],
      ['z'],
    );
    const before = JSON.stringify(graph.export());
    const index = buildIndex(graph, { getEdgeWeight: 'weight' });
    const kernel = structuralHolesOnIndex(index);
    expect(JSON.stringify(graph.export())).toBe(before);
    expect(kernel.constraint).toBeInstanceOf(Float64Array);
    expect(Number.isNaN(kernel.constraint[index.nodes.indexOf('z')])).toBe(true);
    const record = constraint(graph, { getEdgeWeight: 'weight' });
    expect(Array.from(kernel.constraint, (v) => (Number.isNaN(v) ? null : v))).toEqual(index.nodes.map((n) => record[n]));
    expect(Object.getPrototypeOf(constraint(graph))).toBeNull();
  });

  it('validates its options', () => {
    const graph = graphOf([['a', 'b']]);
    expect(() => constraint(graph, { getEdgeWeight: 3 as unknown as string })).toThrow(/^bridgegraph\/metrics\/constraint: getEdgeWeight/);
    expect(() => hierarchy(graph, null as unknown as object)).toThrow(/^bridgegraph\/metrics\/hierarchy: options/);
    expect(() => effectiveSize(graphOf([['a', 'b', -1]]), { getEdgeWeight: 'weight' })).toThrow(/weights must be positive/);
  });
});

describe('structural holes against networkx 2.8.8 and python-igraph 0.10.2', () => {
  for (const name of ['karate', 'florentine', 'davis']) {
    const { graph, fixture } = loadFixture(`structural-holes-${name}`);
    for (const variant of ['unweighted', 'weighted'] as const) {
      const reference = (fixture.results as Record<string, Record<string, Values> | undefined>)[variant];
      if (reference === undefined) continue;
      const options = { getEdgeWeight: variant === 'weighted' ? 'weight' : null };
      it(`${name}, ${variant}`, () => {
        expectValues(constraint(graph, options), reference.networkx_constraint as Values, 'constraint (networkx)');
        expectValues(constraint(graph, options), reference.igraph_constraint as Values, 'constraint (igraph)');
        expectValues(effectiveSize(graph, options), reference.networkx_effective_size as Values, 'effective size');
        expectValues(efficiency(graph, options), reference.networkx_efficiency as Values, 'efficiency');
        expectValues(hierarchy(graph, options), reference.ours_hierarchy as Values, 'hierarchy (our Python)');
      });
    }
  }

  it('multigraph with parallel edges and self-loops, weighted, against igraph', () => {
    const fixture = readFixture('structural-holes-multigraph');
    const graph = new MultiUndirectedGraph();
    for (const { id } of fixture.nodes) graph.addNode(String(id));
    for (const [s, t, weight] of fixture.edges) graph.addEdge(String(s), String(t), { weight });
    const results = fixture.results as Record<string, Values>;
    expectValues(constraint(graph, { getEdgeWeight: 'weight' }), results.igraph_constraint_weighted as Values, 'weighted');
    // Unweighted, igraph counts each parallel edge (multiplicity acts as a weight); we count a tie
    // once, so igraph's unweighted value is ours with weight = number of parallel edges.
    expectValues(constraint(graph, { getEdgeWeight: () => 1 }), results.igraph_constraint_unweighted as Values, 'multiplicity');
    expect(constraint(graph).a).not.toBeCloseTo(results.igraph_constraint_unweighted?.a as number, 6);
  });
});
