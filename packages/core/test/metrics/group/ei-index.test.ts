import { MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/metrics/graph-index.js';
import { type EiGroup, type EiNetwork, eiIndex, eiIndexOnIndex } from '../../../src/metrics/group/ei-index.js';
import { createRandom } from '../../../src/utils/random.js';
import { loadFixture } from '../fixture-graph.js';

const TOLERANCE = 1e-9;

function graphOf(groups: Record<string, string | null>, edges: [string, string, number?][]): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const [node, group] of Object.entries(groups)) g.addNode(node, { group });
  for (const [s, t, weight = 1] of edges) g.addEdge(s, t, { weight });
  return g;
}

const NO_TEST = { getGroup: 'group', permutations: 0 } as const;

describe('E-I index: hand-computed cases', () => {
  it('two people of two groups, one tie: +1 everywhere; every relabelling gives +1', () => {
    const g = graphOf({ a: 'A', b: 'B' }, [['a', 'b']]);
    const result = eiIndex(g, { getGroup: 'group', permutations: 100 });
    expect(result.people).toEqual({ a: 1, b: 1 });
    expect(result.groups).toEqual({
      A: { size: 1, internal: 0, external: 1, ei: 1 },
      B: { size: 1, internal: 0, external: 1, ei: 1 },
    });
    expect(result.network).toEqual({ internal: 0, external: 1, ei: 1, expected: 1, excludedTies: 0, excludedWeight: 0 });
    expect(result.permutationTest).toEqual({
      permutations: 100,
      observed: 1,
      mean: 1,
      standardDeviation: 0,
      min: 1,
      max: 1,
      pGreaterOrEqual: 1,
      pLessOrEqual: 1,
    });
  });

  it('a triangle of A with one B tied to c: people, groups (internal ties once) and network', () => {
    const g = graphOf({ a: 'A', b: 'A', c: 'A', d: 'B' }, [
      ['a', 'b'],
      ['b', 'c'],
      ['a', 'c'],
      ['c', 'd'],
    ]);
    const result = eiIndex(g, NO_TEST);
    expect(result.people).toEqual({ a: -1, b: -1, c: -1 / 3, d: 1 });
    expect(result.groups.A).toEqual({ size: 3, internal: 3, external: 1, ei: -0.5 });
    expect(result.groups.B).toEqual({ size: 1, internal: 0, external: 1, ei: 1 });
    expect(result.network).toMatchObject({ internal: 3, external: 1, ei: -0.5 });
    // p(cross) = 1 - (3·2 + 0) / (4·3) = 1/2: expected E-I 0.
    expect(result.network.expected).toBeCloseTo(0, 12);
    expect(result.permutationTest).toBeNull();
    expect(Object.getPrototypeOf(result.groups)).toBeNull();
    expect(Object.getPrototypeOf(result.people)).toBeNull();
  });

  it('one group only: E-I = -1 with no external tie, and every relabelling agrees', () => {
    const g = graphOf({ a: 'A', b: 'A', c: 'A' }, [
      ['a', 'b'],
      ['b', 'c'],
    ]);
    const result = eiIndex(g, { getGroup: 'group', permutations: 50 });
    expect(result.people).toEqual({ a: -1, b: -1, c: -1 });
    expect(result.groups).toEqual({ A: { size: 3, internal: 2, external: 0, ei: -1 } });
    expect(result.network).toMatchObject({ internal: 2, external: 0, ei: -1, expected: -1 });
    expect(result.permutationTest).toMatchObject({ mean: -1, standardDeviation: 0, pGreaterOrEqual: 1, pLessOrEqual: 1 });
  });

  it('isolated people and people without a group get null; ties touching the latter are left out and counted', () => {
    const g = graphOf({ a: 'A', b: 'B', lonely: 'A', u: null, v: null }, [
      ['a', 'b'],
      ['a', 'u', 2],
      ['u', 'v', 5],
    ]);
    g.addNode('bare'); // no group attribute at all
    const result = eiIndex(g, { ...NO_TEST, getEdgeWeight: 'weight' });
    expect(result.people).toEqual({ a: 1, b: 1, lonely: null, u: null, v: null, bare: null });
    expect(result.groups.A).toEqual({ size: 2, internal: 0, external: 1, ei: 1 });
    expect(result.network).toMatchObject({ internal: 0, external: 1, ei: 1, excludedTies: 2, excludedWeight: 7 });
  });

  it('a person whose only ties are to people without a group: null', () => {
    const g = graphOf({ a: 'A', u: null }, [['a', 'u']]);
    const result = eiIndex(g, { getGroup: 'group' });
    expect(result.people).toEqual({ a: null, u: null });
    expect(result.groups.A).toEqual({ size: 1, internal: 0, external: 0, ei: null });
    expect(result.network).toEqual({ internal: 0, external: 0, ei: null, expected: null, excludedTies: 1, excludedWeight: 1 });
    expect(result.permutationTest).toBeNull();
  });

  it('no groups at all: empty groups, null network, no test', () => {
    const g = graphOf({ a: null, b: null }, [['a', 'b']]);
    const result = eiIndex(g, { getGroup: 'group' });
    expect(result.groups).toEqual({});
    expect(result.network.ei).toBeNull();
    expect(result.permutationTest).toBeNull();
  });

  it('weighted: sums of weights instead of counts', () => {
    const g = graphOf({ a: 'A', b: 'A', c: 'B' }, [
      ['a', 'b', 3],
      ['b', 'c', 1],
    ]);
    expect(eiIndex(g, NO_TEST).network.ei).toBeCloseTo(0, 12);
    const weighted = eiIndex(g, { ...NO_TEST, getEdgeWeight: 'weight' });
    expect(weighted.network).toMatchObject({ internal: 3, external: 1, ei: -0.5 });
    expect(weighted.people.b).toBeCloseTo(-0.5, 12);
    expect(weighted.groups.A).toEqual({ size: 2, internal: 3, external: 1, ei: -0.5 });
  });

  it('merges parallel ties (once unweighted, summed weighted) and leaves self-loops out', () => {
    const g = new MultiUndirectedGraph();
    g.addNode('a', { group: 'A' });
    g.addNode('b', { group: 'A' });
    g.addNode('c', { group: 'B' });
    g.addEdge('a', 'b', { weight: 1 });
    g.addEdge('b', 'c', { weight: 1 });
    g.addEdge('b', 'c', { weight: 1 });
    g.addEdge('a', 'a', { weight: 4 });
    expect(eiIndex(g, NO_TEST).network).toMatchObject({ internal: 1, external: 1, ei: 0 });
    expect(eiIndex(g, { ...NO_TEST, getEdgeWeight: 'weight' }).network).toMatchObject({ internal: 1, external: 2 });
  });

  it('a star with a hub of A and leaves of A, B, C: the hub is +1/3, and two components add up', () => {
    const g = graphOf({ hub: 'A', x: 'A', y: 'B', z: 'C', p: 'B', q: 'B' }, [
      ['hub', 'x'],
      ['hub', 'y'],
      ['hub', 'z'],
      ['p', 'q'],
    ]);
    const result = eiIndex(g, NO_TEST);
    expect(result.people.hub).toBeCloseTo(1 / 3, 12);
    expect(result.groups.B).toEqual({ size: 3, internal: 1, external: 1, ei: 0 });
    expect(result.network).toMatchObject({ internal: 2, external: 2, ei: 0 });
  });

  it('validates its options', () => {
    const g = graphOf({ a: 'A', b: 'B' }, [['a', 'b']]);
    expect(() => eiIndex(g, { getGroup: 'group', permutations: -1 })).toThrow(/^bridgegraph\/metrics\/ei-index:/);
    expect(() => eiIndex(g, { getGroup: 'group', permutations: 1.5 })).toThrow(/^bridgegraph\/metrics\/ei-index:/);
    expect(() => eiIndex(g, { getGroup: 'group', rng: 1 as unknown as () => number })).toThrow(/^bridgegraph\/metrics\/ei-index:/);
    expect(() => eiIndex(g, { getGroup: null })).toThrow(/^bridgegraph\/metrics\/ei-index:/);
  });

  it('does not mutate the graph', () => {
    const g = graphOf({ a: 'A', b: 'B' }, [['a', 'b']]);
    const before = JSON.stringify(g.export());
    eiIndex(g, { getGroup: 'group', getEdgeWeight: 'weight' });
    expect(JSON.stringify(g.export())).toBe(before);
  });
});

describe('E-I permutation test', () => {
  // The path a-b-c-d with two people in each of two groups. The 6 ways of choosing which two are A
  // are equally likely under a uniform relabelling; their E-I values are
  //   {a,b} or {c,d}: 1 cross tie -> -1/3;  {a,d} or {b,c}: 2 -> +1/3;  {a,c} or {b,d}: 3 -> +1.
  // So E-I is -1/3, 1/3 or 1 with probability 1/3 each: mean 1/3, SD sqrt(8/27), min -1/3, max 1.
  const path = (groups: [string, string, string, string]) =>
    graphOf({ a: groups[0], b: groups[1], c: groups[2], d: groups[3] }, [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
    ]);
  const permutations = 20_000;
  // A proportion estimated from 20 000 draws has SD <= 0.0035; 0.02 is over 5 SD.
  const STATISTICAL = 0.02;

  it('matches the exactly enumerated distribution on a 4-person path (observed -1/3)', () => {
    const result = eiIndex(path(['A', 'A', 'B', 'B']), { getGroup: 'group', permutations, rng: createRandom(1) });
    const test = result.permutationTest;
    expect(test).not.toBeNull();
    if (test === null) return;
    expect(test.observed).toBeCloseTo(-1 / 3, 12);
    expect(result.network.expected).toBeCloseTo(1 / 3, 12);
    expect(Math.abs(test.mean - 1 / 3)).toBeLessThan(STATISTICAL);
    expect(Math.abs(test.standardDeviation - Math.sqrt(8 / 27))).toBeLessThan(STATISTICAL);
    expect(test.min).toBeCloseTo(-1 / 3, 12);
    expect(test.max).toBeCloseTo(1, 12);
    // Every relabelling is >= -1/3; one in three is <= -1/3.
    expect(test.pGreaterOrEqual).toBe(1);
    expect(Math.abs(test.pLessOrEqual - 1 / 3)).toBeLessThan(STATISTICAL);
  });

  it('the same path with A at both ends (observed +1/3): both p-values near 2/3', () => {
    const test = eiIndex(path(['A', 'B', 'B', 'A']), { getGroup: 'group', permutations, rng: createRandom(2) }).permutationTest;
    expect(test?.observed).toBeCloseTo(1 / 3, 12);
    expect(Math.abs((test?.pGreaterOrEqual ?? 0) - 2 / 3)).toBeLessThan(STATISTICAL);
    expect(Math.abs((test?.pLessOrEqual ?? 0) - 2 / 3)).toBeLessThan(STATISTICAL);
  });

  it('applies the +1 correction: (count + 1) / (permutations + 1)', () => {
    // With A at a and c every tie crosses (E-I = 1, the maximum): every relabelling is <= it, and
    // p(>=) is (k + 1) / 10 for the k of 9 relabellings that also reach 1; never 0.
    const test = eiIndex(path(['A', 'B', 'A', 'B']), { getGroup: 'group', permutations: 9, rng: createRandom(3) }).permutationTest;
    expect(test?.pLessOrEqual).toBe(1);
    const k = (test?.pGreaterOrEqual ?? 0) * 10 - 1;
    expect(k).toBeCloseTo(Math.round(k), 12);
    expect(Math.round(k)).toBeGreaterThanOrEqual(0);
    expect(Math.round(k)).toBeLessThanOrEqual(9);
  });

  it('same seed, same numbers; the default generator is seeded too', () => {
    const { graph } = loadFixture('groups-communities-karate');
    const a = eiIndex(graph, { getGroup: 'group', permutations: 500, rng: createRandom(99) });
    const b = eiIndex(graph, { getGroup: 'group', permutations: 500, rng: createRandom(99) });
    expect(b).toEqual(a);
    expect(eiIndex(graph, { getGroup: 'group', permutations: 200 })).toEqual(eiIndex(graph, { getGroup: 'group', permutations: 200 }));
    const c = eiIndex(graph, { getGroup: 'group', permutations: 500, rng: createRandom(100) });
    expect(c.permutationTest?.mean).not.toBe(a.permutationTest?.mean);
  });

  it('people without a group keep none: only the grouped people are relabelled', () => {
    // u (no group) is tied to everyone; if it were relabelled, its ties would count.
    const g = graphOf({ a: 'A', b: 'A', c: 'B', d: 'B', u: null }, [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['u', 'a'],
      ['u', 'b'],
      ['u', 'c'],
      ['u', 'd'],
    ]);
    const test = eiIndex(g, { getGroup: 'group', permutations: 2000, rng: createRandom(4) }).permutationTest;
    expect(test?.min).toBeCloseTo(-1 / 3, 12);
    expect(test?.max).toBeCloseTo(1, 12);
    expect(Math.abs((test?.mean ?? 0) - 1 / 3)).toBeLessThan(0.05);
  });
});

interface OursEi {
  people: Record<string, number | null>;
  groups: Record<string, EiGroup>;
  network: Omit<EiNetwork, 'expected'> & { expectedExact: number | null };
}

describe('E-I index: independent Python implementation (ours, in groups-communities.py)', () => {
  for (const name of ['karate', 'davis', 'davis-ruth-ungrouped', 'florentine']) {
    it(`${name}: people, groups, network, weighted and not; permutation mean near the exact expectation`, () => {
      const { graph, fixture } = loadFixture(`groups-communities-${name}`);
      const ours = (fixture.results.ours as { eiIndex: Record<string, OursEi> }).eiIndex;
      for (const weighting of ['unweighted', 'weighted'] as const) {
        const reference = ours[weighting] as OursEi;
        const result = eiIndex(graph, {
          getGroup: 'group',
          getEdgeWeight: weighting === 'weighted' ? 'weight' : null,
          permutations: 2000,
          rng: createRandom(2024),
        });
        expect(Object.keys(result.people).sort()).toEqual(Object.keys(reference.people).sort());
        for (const [person, value] of Object.entries(reference.people)) {
          if (value === null) expect(result.people[person], person).toBeNull();
          else expect(Math.abs((result.people[person] as number) - value), person).toBeLessThan(TOLERANCE);
        }
        expect(Object.keys(result.groups)).toEqual(Object.keys(reference.groups).sort());
        for (const [group, expected] of Object.entries(reference.groups)) {
          const got = result.groups[group] as EiGroup;
          expect({ size: got.size, internal: got.internal, external: got.external }).toEqual({
            size: expected.size,
            internal: expected.internal,
            external: expected.external,
          });
          expect(Math.abs((got.ei as number) - (expected.ei as number))).toBeLessThan(TOLERANCE);
        }
        const { expectedExact, ...network } = reference.network;
        expect(result.network).toMatchObject({
          internal: network.internal,
          external: network.external,
          excludedTies: network.excludedTies,
          excludedWeight: network.excludedWeight,
        });
        expect(Math.abs((result.network.ei as number) - (network.ei as number))).toBeLessThan(TOLERANCE);
        expect(Math.abs((result.network.expected as number) - (expectedExact as number))).toBeLessThan(TOLERANCE);
        // The mean of 2000 relabellings: its standard error is SD / sqrt(2000) < 0.01.
        const test = result.permutationTest;
        expect(test).not.toBeNull();
        expect(Math.abs((test?.mean ?? 0) - (expectedExact as number))).toBeLessThan(0.03);
        expect(test?.min).toBeLessThanOrEqual(test?.mean ?? 0);
        expect(test?.max).toBeGreaterThanOrEqual(test?.mean ?? 0);
      }
    });
  }

  it('karate: the clubs are far more closed than chance (UCINET-style test, default 5000 relabellings)', () => {
    const { graph } = loadFixture('groups-communities-karate');
    const result = eiIndex(graph, { getGroup: 'group' });
    expect(result.permutationTest?.permutations).toBe(5000);
    expect(result.permutationTest?.pLessOrEqual).toBe(1 / 5001);
    expect(result.permutationTest?.pGreaterOrEqual).toBe(1);
  });

  it('the kernel holds NaN where the record holds null', () => {
    const index = buildIndex(graphOf({ a: 'A', b: null }, [['a', 'b']]), { getGroup: 'group' });
    const result = eiIndexOnIndex(index, { permutations: 0 });
    expect(Number.isNaN(result.people[0])).toBe(true);
    expect(Number.isNaN(result.people[1])).toBe(true);
  });
});
