import { describe, expect, test } from 'vitest';
import { analysisFiles } from '../../src/analysis/analysis-files.js';
import { type Analysis, type AnalyzeOptions, analyze, type PersonRow } from '../../src/analysis/analyze.js';
import { networkOf } from '../projection/network-of.js';

// Degenerate networks analysed with every metric: each value is the one docs/metrics.md gives, or
// null where it says the metric is undefined, and no output file holds NaN, Infinity or undefined.

const TOLERANCE = 1e-12;

async function analyzed(files: Parameters<typeof networkOf>[0], options: AnalyzeOptions = {}): Promise<Analysis> {
  const analysis = analyze(await networkOf(files), { permutations: 200, ...options });
  for (const [name, text] of Object.entries(analysisFiles(analysis))) expect(text, name).not.toMatch(/NaN|Infinity|undefined/);
  return analysis;
}

/** Checks the listed columns of a person's row (numbers to a tolerance, null exactly). */
function expectRow(row: PersonRow | undefined, expected: Partial<Record<keyof PersonRow, number | string | null>>): void {
  expect(row).toBeDefined();
  for (const [column, want] of Object.entries(expected)) {
    const got = (row as Record<string, unknown>)[column];
    if (typeof want === 'number') {
      expect(typeof got, `${row?.id}.${column}`).toBe('number');
      expect(Math.abs((got as number) - want), `${row?.id}.${column}: ${String(got)} vs ${want}`).toBeLessThanOrEqual(TOLERANCE);
    } else expect(got, `${row?.id}.${column}`).toBe(want);
  }
}

const byId = (analysis: Analysis) => Object.fromEntries(analysis.people.map((row) => [row.id, row]));

/** The columns of a person without any tie, whatever the network. */
const ISOLATED = {
  degree: 0,
  strength: 0,
  betweenness: 0,
  betweenness_raw: 0,
  closeness: 0,
  constraint: null,
  effective_size: null,
  efficiency: null,
  hierarchy: null,
  ei_index: null,
  internal_ties: 0,
  external_ties: 0,
  participation: 0,
  broker_coordinator: 0,
  broker_itinerant: 0,
  broker_representative: 0,
  broker_gatekeeper: 0,
  broker_liaison: 0,
  reach_1: 0,
  reach_2: 0,
} as const;

const NO_TIES_NETWORK = {
  edges: 0,
  modularity: null,
  group_modularity: null,
  assortativity: null,
  bridges: [],
  articulation_points: [],
  local_bridges: [],
} as const;

const K6 = {
  people: 'id,country\nA1,DE\nA2,DE\nA3,DE\nB1,FR\nB2,FR\nB3,FR\n',
  ties: `source,target\n${['A1', 'A2', 'A3', 'B1', 'B2', 'B3'].flatMap((a, i, all) => all.slice(i + 1).map((b) => `${a},${b}`)).join('\n')}\n`,
};
const STAR = {
  people: 'id,country\nC,DE\nL1,DE\nL2,DE\nL3,FR\nL4,FR\nL5,PL\nL6,\n',
  ties: 'source,target\nC,L1\nC,L2\nC,L3\nC,L4\nC,L5\nC,L6\n',
};

describe('degenerate networks, every metric', () => {
  test('an empty network: no rows; counts 0, density and every whole-network metric null', async () => {
    const { people, groups, network } = await analyzed({ people: 'id,country\n' });
    expect(people).toEqual([]);
    expect(groups).toEqual([]);
    expect(network).toMatchObject({
      ...NO_TIES_NETWORK,
      nodes: 0,
      density: null,
      components: 0,
      groups: 0,
      ungrouped_people: 0,
      communities: 0,
    });
    expect(network.ei_index).toMatchObject({ observed: null, expected: null, permutations: 0, p_greater_or_equal: null });
    for (const role of Object.values(network.brokerage ?? {})) expect(role).toEqual({ count: 0, expected: null, z: null });
  });

  test('one person: an isolate; eigenvector 1 (1/√n) and PageRank 1; density null; brokerage z null (fewer than 2 people)', async () => {
    const { people, groups, network } = await analyzed({ people: 'id,country\nP1,DE\n' });
    expectRow(people[0], {
      ...ISOLATED,
      group: 'DE',
      eigenvector: 1,
      pagerank: 1,
      community: 0,
      participation_community: 0,
      reach_groups_1: 1,
    });
    for (const role of ['coordinator', 'itinerant', 'representative', 'gatekeeper', 'liaison'] as const)
      expect(people[0]?.[`broker_${role}_z`]).toBeNull();
    expect(groups).toEqual([{ group: 'DE', people: 1, internal_ties: 0, external_ties: 0, ei_index: null, groups_reached: 0 }]);
    expect(network).toMatchObject({ ...NO_TIES_NETWORK, nodes: 1, density: null, components: 1, communities: 1 });
    expect(network.ei_index).toMatchObject({ observed: null, expected: null, permutations: 0 });
  });

  test('no ties: everyone isolated, 1/√n and 1/n; one community each; density 0; E-I and modularity null, no test', async () => {
    const { people, groups, network } = await analyzed({ people: 'id,country\nP1,DE\nP2,DE\nP3,FR\nP4,FR\n' });
    people.forEach((row, k) => {
      expectRow(row, { ...ISOLATED, eigenvector: 0.5, pagerank: 0.25, community: k, participation_community: 0 });
    });
    expect(groups.map((g) => g.ei_index)).toEqual([null, null]);
    expect(network).toMatchObject({ ...NO_TIES_NETWORK, nodes: 4, density: 0, components: 4, communities: 4 });
    expect(network.ei_index).toMatchObject({ observed: null, permutations: 0, p_less_or_equal: null });
    // Density 0: no open two-path can be expected, and the variance is 0, so z is empty.
    for (const role of Object.values(network.brokerage ?? {})) expect(role).toEqual({ count: 0, expected: 0, z: null });
  });

  test('everyone in one group: E-I −1 for each person, the group and the network (expected −1 too); assortativity null; participation 0', async () => {
    const { people, groups, network } = await analyzed({
      people: 'id,country\nP1,DE\nP2,DE\nP3,DE\nP4,DE\n',
      ties: 'source,target\nP1,P2\nP2,P3\nP3,P1\nP3,P4\n',
    });
    for (const row of people) {
      expectRow(row, {
        ei_index: -1,
        external_ties: 0,
        participation: 0,
        broker_itinerant: 0,
        broker_representative: 0,
        broker_gatekeeper: 0,
        broker_liaison: 0,
      });
      // Only coordinators exist; the other roles have zero variance with one group, so their z is empty.
      for (const role of ['itinerant', 'representative', 'gatekeeper', 'liaison'] as const) expect(row[`broker_${role}_z`]).toBeNull();
    }
    expectRow(people[2], { broker_coordinator: 4, betweenness: 2 / 3, betweenness_raw: 2, closeness: 1 });
    expect(groups).toEqual([{ group: 'DE', people: 4, internal_ties: 4, external_ties: 0, ei_index: -1, groups_reached: 0 }]);
    expect(network).toMatchObject({ group_modularity: 0, assortativity: null, bridges: [['P3', 'P4']], articulation_points: ['P3'] });
    expect(network.ei_index).toMatchObject({
      observed: -1,
      expected: -1,
      internal_ties: 4,
      external_ties: 0,
      permutation_mean: -1,
      permutation_sd: 0,
    });
  });

  for (const weighted of [false, true]) {
    test(`all ties parallel (two people, five ties), ${weighted ? 'weighted: summed to 5' : 'unweighted: one tie'}`, async () => {
      const { people, groups, network } = await analyzed(
        { people: 'id,country\nP1,DE\nP2,FR\n', ties: 'source,target\nP1,P2\nP1,P2\nP2,P1\nP1,P2\nP2,P1\n' },
        { weighted },
      );
      const w = weighted ? 5 : 1;
      for (const row of people) {
        // n ≤ 2: betweenness 0; one contact: constraint 1, effective size 1, efficiency 1, hierarchy undefined;
        // closeness (r−1)/Σd with d = 1/w.
        expectRow(row, {
          degree: 1,
          strength: w,
          betweenness: 0,
          betweenness_raw: 0,
          closeness: w,
          eigenvector: Math.SQRT1_2,
          pagerank: 0.5,
          constraint: 1,
          effective_size: 1,
          efficiency: 1,
          hierarchy: null,
          internal_ties: 0,
          external_ties: w,
          ei_index: 1,
          participation: 0,
          reach_1: 1,
          reach_2: 1,
          broker_liaison: 0,
        });
      }
      expect(groups.map((g) => [g.group, g.external_ties, g.ei_index])).toEqual([
        ['DE', w, 1],
        ['FR', w, 1],
      ]);
      // Two groups joined by their only tie: group modularity 0 − 2·(1/2)² = −0.5, assortativity −1.
      expect(network).toMatchObject({
        nodes: 2,
        edges: 1,
        density: 1,
        components: 1,
        group_modularity: -0.5,
        assortativity: -1,
        bridges: [['P1', 'P2']],
        articulation_points: [],
        local_bridges: [{ source: 'P1', target: 'P2', span: null }],
      });
      expect(network.ei_index).toMatchObject({ observed: 1, expected: 1, external_ties: w });
    });
  }

  test('the complete graph K6 (two groups of three): constraint (2n−3)²/(n−1)³ = 81/125, effective size 1, hierarchy 0', async () => {
    const { people, groups, network } = await analyzed(K6);
    for (const row of people) {
      expectRow(row, {
        degree: 5,
        betweenness: 0,
        closeness: 1,
        pagerank: 1 / 6,
        constraint: 81 / 125,
        effective_size: 1,
        efficiency: 1 / 5,
        hierarchy: 0,
        internal_ties: 2,
        external_ties: 3,
        ei_index: 0.2,
        participation: 12 / 25,
        broker_coordinator: 0,
        broker_itinerant: 0,
        broker_representative: 0,
        broker_gatekeeper: 0,
        broker_liaison: 0,
        reach_1: 5,
        reach_2: 5,
        community: 0,
        participation_community: 0,
      });
      expect(Math.abs((row.eigenvector as number) - 1 / Math.sqrt(6))).toBeLessThanOrEqual(1e-9);
    }
    expect(groups.map((g) => [g.group, g.internal_ties, g.external_ties, g.ei_index])).toEqual([
      ['DE', 3, 9, 0.5],
      ['FR', 3, 9, 0.5],
    ]);
    expect(network).toMatchObject({
      edges: 15,
      density: 1,
      components: 1,
      communities: 1,
      modularity: 0,
      bridges: [],
      articulation_points: [],
      local_bridges: [],
    });
    // Σ e_ii = 6/15, Σ a_i b_i = 1/2: r = (0.4 − 0.5)/0.5; Q = 2·(3/15 − (15/30)²).
    expect(network.assortativity).toBeCloseTo(-0.2, 12);
    expect(network.group_modularity).toBeCloseTo(-0.1, 12);
    expect(network.ei_index?.observed).toBeCloseTo(0.2, 12);
    expect(network.ei_index?.expected).toBeCloseTo(0.2, 12);
  });

  test('the star S7 (a centre and six leaves): centre constraint 1/6, betweenness 1; leaves constraint 1, betweenness 0', async () => {
    const analysis = await analyzed(STAR);
    const rows = byId(analysis);
    // PageRank: C = (1−α)/7 + α·6L and 6L = 1 − C, so C = ((1−α)/7 + α)/(1 + α).
    const centre = (0.15 / 7 + 0.85) / 1.85;
    expectRow(rows.C, {
      degree: 6,
      betweenness: 1,
      betweenness_raw: 15,
      closeness: 1,
      pagerank: centre,
      constraint: 1 / 6,
      effective_size: 6,
      efficiency: 1,
      hierarchy: 0,
      internal_ties: 2,
      external_ties: 3,
      ei_index: 0.2,
      // Neighbours' groups DE 2, FR 2, PL 1 and one without a group: 1 − (4 + 4 + 1 + 1)/36.
      participation: 13 / 18,
      // Ordered open pairs of leaves around a DE centre (leaves DE, DE, FR, FR, PL, ungrouped).
      broker_coordinator: 2,
      broker_itinerant: 2,
      broker_representative: 8,
      broker_gatekeeper: 8,
      broker_liaison: 10,
      reach_1: 6,
      reach_groups_1: 3,
    });
    // Exactly 0, not the −6.2e-17 rounding left before hierarchy was clamped at 0.
    expect(rows.C?.hierarchy).toBe(0);
    expect(analysisFiles(analysis)['people.csv']).not.toMatch(/e-\d/);
    expect(Math.abs((rows.C?.eigenvector as number) - Math.SQRT1_2)).toBeLessThanOrEqual(1e-9);
    for (const leaf of ['L1', 'L2', 'L3', 'L4', 'L5', 'L6']) {
      expectRow(rows[leaf], {
        degree: 1,
        betweenness: 0,
        closeness: 6 / 11,
        pagerank: (1 - centre) / 6,
        constraint: 1,
        effective_size: 1,
        efficiency: 1,
        hierarchy: null,
        broker_liaison: 0,
        reach_1: 1,
        reach_2: 6,
      });
      expect(Math.abs((rows[leaf]?.eigenvector as number) - 1 / Math.sqrt(12))).toBeLessThanOrEqual(1e-9);
    }
    expectRow(rows.L1, { ei_index: -1 });
    expectRow(rows.L3, { ei_index: 1 });
    // The ungrouped leaf: no E-I, and its tie is excluded from the whole-network E-I.
    expectRow(rows.L6, { group: null, ei_index: null, participation: 0 });
    const { network } = analysis;
    expect(network).toMatchObject({ components: 1, articulation_points: ['C'], ungrouped_people: 1 });
    expect(network.bridges).toHaveLength(6);
    expect(network.local_bridges?.every((l) => l.span === null)).toBe(true);
    // Tie ends: e_DD = 4/10, a = (0.7, 0.2, 0.1): r = (0.4 − 0.54)/(1 − 0.54).
    expect(network.assortativity).toBeCloseTo(-0.14 / 0.46, 12);
    // Grouped: DE 3, FR 2, PL 1: p = 1 − 8/30, expected 2p − 1 = 14/30.
    expect(network.ei_index).toMatchObject({ observed: 0.2, internal_ties: 2, external_ties: 3, excluded_ties: 1 });
    expect(network.ei_index?.expected).toBeCloseTo(14 / 30, 12);
  });
});
