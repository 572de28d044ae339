import { countConnectedComponents } from 'graphology-components';
import { bridgesOnIndex } from '../metrics/edge/bridges.js';
import { localBridgesOnIndex } from '../metrics/edge/local-bridges.js';
import { assortativityOnIndex } from '../metrics/graph/assortativity.js';
import { communitiesOnIndex } from '../metrics/graph/communities.js';
import { modularityOnIndex } from '../metrics/graph/modularity.js';
import { buildIndex, type GraphIndex } from '../metrics/graph-index.js';
import { eiIndexOnIndex } from '../metrics/group/ei-index.js';
import { participationCoefficientOnIndex } from '../metrics/group/participation-coefficient.js';
import { betweennessOnIndex } from '../metrics/node/betweenness.js';
import { BROKERAGE_ROLES, brokerageOnIndex } from '../metrics/node/brokerage.js';
import { closenessOnIndex } from '../metrics/node/closeness.js';
import { degreeOnIndex } from '../metrics/node/degree.js';
import { eigenvectorOnIndex } from '../metrics/node/eigenvector.js';
import { pagerankOnIndex } from '../metrics/node/pagerank.js';
import { reachOnIndex } from '../metrics/node/reach.js';
import { structuralHolesOnIndex } from '../metrics/node/structural-holes.js';
import type { ExchangeNetwork } from '../model/types.js';
import { type PeopleNetworkOptions, peopleNetwork } from '../projection/people-network.js';
import type { PeopleNetwork } from '../projection/types.js';
import { createRandom, DEFAULT_SEED } from '../utils/random.js';
import { type GROUP_COLUMNS, METRIC_IDS, METRICS, type MetricId, PERSON_COLUMNS, PERSON_EXTRA_COLUMNS } from './registry.js';

export interface AnalyzeOptions {
  /** The attribute that defines groups (read on the person, then in their data). Default `country`; null for none. */
  groupBy?: string | null;
  /** Use tie weights (strength) instead of counting ties. Default false. */
  weighted?: boolean;
  /** The metrics to compute (ids of `METRICS`). Default all. Columns of the others are left empty. */
  metrics?: readonly MetricId[];
  /** Seed for Louvain and the E-I permutation test. Default `DEFAULT_SEED`. */
  seed?: number;
  /** Permutations of the E-I test (0 to skip it). Default 5000. */
  permutations?: number;
  /** Louvain resolution. Default 1. */
  resolution?: number;
  /** How the people's network is built from an exchange network (see `peopleNetwork`). */
  projection?: PeopleNetworkOptions;
  /** Called as each metric starts, for progress reports. */
  onProgress?: (progress: { metric: MetricId; done: number; total: number }) => void;
}

type PersonNumberColumn = Exclude<(typeof PERSON_COLUMNS)[number] | (typeof PERSON_EXTRA_COLUMNS)[number], 'id' | 'group'>;

/** One row of people.csv: the person's id and group, then one value per metric column (null when not computed or undefined). */
export type PersonRow = { id: string; group: string | null } & Record<PersonNumberColumn, number | null>;

/** One row of groups.csv. */
export type GroupRow = { group: string } & Record<Exclude<(typeof GROUP_COLUMNS)[number], 'group'>, number | null>;

/** The whole-network results (network.json). */
export interface NetworkResult {
  format: 'bridgegraph-analysis';
  version: 1;
  options: {
    group_by: string | null;
    weighted: boolean;
    metrics: MetricId[];
    seed: number;
    permutations: number;
    resolution: number;
  };
  /** Metrics asked for but not computed, and why. */
  skipped: { metric: MetricId; reason: string }[];
  nodes: number;
  edges: number;
  density: number | null;
  components: number;
  groups: number;
  ungrouped_people: number;
  modularity: number | null;
  communities: number | null;
  group_modularity: number | null;
  assortativity: number | null;
  ei_index: {
    observed: number | null;
    expected: number | null;
    internal_ties: number;
    external_ties: number;
    excluded_ties: number;
    permutations: number;
    permutation_mean: number | null;
    permutation_sd: number | null;
    p_greater_or_equal: number | null;
    p_less_or_equal: number | null;
  } | null;
  brokerage: Record<string, { count: number; expected: number | null; z: number | null }> | null;
  bridges: [string, string][] | null;
  articulation_points: string[] | null;
  local_bridges: { source: string; target: string; span: number | null }[] | null;
}

export interface Analysis {
  people: PersonRow[];
  groups: GroupRow[];
  network: NetworkResult;
}

const DEFAULTS = {
  groupBy: 'country',
  weighted: false,
  permutations: 5000,
  resolution: 1,
} as const;

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** The bridge-building metrics of an exchange network: its people's network is built first (see `peopleNetwork`). */
export function analyze(network: ExchangeNetwork, options: AnalyzeOptions = {}): Analysis {
  return analyzePeople(peopleNetwork(network, options.projection ?? {}), options);
}

/**
 * Computes the selected metrics of a people's network from one shared index and returns the
 * tables of people.csv and groups.csv and the fields of network.json.
 */
export function analyzePeople(people: PeopleNetwork, options: AnalyzeOptions = {}): Analysis {
  const groupBy = options.groupBy === undefined ? DEFAULTS.groupBy : options.groupBy;
  const weighted = options.weighted ?? DEFAULTS.weighted;
  const seed = options.seed ?? DEFAULT_SEED;
  const permutations = options.permutations ?? DEFAULTS.permutations;
  const resolution = options.resolution ?? DEFAULTS.resolution;
  const asked = new Set<MetricId>(options.metrics ?? METRIC_IDS);
  for (const id of asked)
    if (!(METRIC_IDS as readonly string[]).includes(id)) throw new RangeError(`bridgegraph/analysis: unknown metric '${id}'.`);

  const index = buildIndex(people, { getEdgeWeight: weighted ? 'weight' : null, getGroup: groupBy });
  const skipped: NetworkResult['skipped'] = [];
  let started = 0;
  const run = (id: MetricId): boolean => {
    if (!asked.has(id)) return false;
    const descriptor = METRICS.find((m) => m.id === id);
    if (descriptor?.needsGroups && groupBy === null) {
      if (!skipped.some((s) => s.metric === id)) skipped.push({ metric: id, reason: 'it needs groups: give groupBy (--group-by)' });
      return false;
    }
    options.onProgress?.({ metric: id, done: started++, total: asked.size });
    return true;
  };

  const n = index.order;
  const rows: PersonRow[] = index.nodes.map((id, i) => {
    const g = index.groups[i] as number;
    const row = { id, group: g < 0 ? null : (index.groupNames[g] as string) } as PersonRow;
    for (const column of [...PERSON_COLUMNS, ...PERSON_EXTRA_COLUMNS]) if (column !== 'id' && column !== 'group') row[column] = null;
    return row;
  });
  const fill = (column: PersonNumberColumn, values: ArrayLike<number>) => {
    for (let i = 0; i < n; i++) (rows[i] as PersonRow)[column] = finite(values[i] as number);
  };

  const wantDegree = run('degree');
  const wantStrength = run('strength');
  if (wantDegree || wantStrength) {
    const { degree, strength } = degreeOnIndex(index);
    if (wantDegree) fill('degree', degree);
    if (wantStrength) fill('strength', strength);
  }
  if (run('betweenness')) {
    const { normalized, raw } = betweennessOnIndex(index);
    fill('betweenness', normalized);
    fill('betweenness_raw', raw);
  }
  if (run('closeness')) fill('closeness', closenessOnIndex(index));
  if (run('eigenvector')) fill('eigenvector', eigenvectorOnIndex(index));
  if (run('pagerank')) fill('pagerank', pagerankOnIndex(index));
  if (run('structural-holes')) {
    const holes = structuralHolesOnIndex(index);
    fill('constraint', holes.constraint);
    fill('effective_size', holes.effectiveSize);
    fill('efficiency', holes.efficiency);
    fill('hierarchy', holes.hierarchy);
  }

  let eiNetwork: NetworkResult['ei_index'] = null;
  let groupRows: GroupRow[] = index.groupNames.map((group) => ({
    group,
    people: 0,
    internal_ties: null,
    external_ties: null,
    ei_index: null,
    groups_reached: null,
  }));
  for (let i = 0; i < n; i++) {
    const g = index.groups[i] as number;
    if (g >= 0) (groupRows[g] as GroupRow).people = ((groupRows[g] as GroupRow).people ?? 0) + 1;
  }
  if (groupBy !== null) groupRows = fillGroupsReached(index, groupRows);
  if (run('ei-index')) {
    const ei = eiIndexOnIndex(index, { permutations, rng: createRandom(seed) });
    fill('internal_ties', ei.peopleInternal);
    fill('external_ties', ei.peopleExternal);
    fill('ei_index', ei.people);
    ei.groups.forEach((g, k) => {
      const row = groupRows[k] as GroupRow;
      row.internal_ties = g.internal;
      row.external_ties = g.external;
      row.ei_index = g.ei;
    });
    const test = ei.permutationTest;
    eiNetwork = {
      observed: ei.network.ei,
      expected: ei.network.expected,
      internal_ties: ei.network.internal,
      external_ties: ei.network.external,
      excluded_ties: ei.network.excludedTies,
      permutations: test?.permutations ?? 0,
      permutation_mean: test?.mean ?? null,
      permutation_sd: test?.standardDeviation ?? null,
      p_greater_or_equal: test?.pGreaterOrEqual ?? null,
      p_less_or_equal: test?.pLessOrEqual ?? null,
    };
  }
  let modularity: number | null = null;
  let communityCount: number | null = null;
  let communityOf: Int32Array | null = null;
  if (run('communities')) {
    const found = communitiesOnIndex(index, { resolution, rng: createRandom(seed) });
    fill('community', found.communities);
    modularity = found.modularity;
    communityCount = found.count;
    communityOf = found.communities;
  }
  if (run('participation')) {
    fill('participation', participationCoefficientOnIndex(index));
    // The same coefficient against the detected communities (Guimerà and Amaral's own use).
    if (communityOf !== null) fill('participation_community', participationCoefficientOnIndex(index, { partition: communityOf }));
  }

  let brokerageTotals: NetworkResult['brokerage'] = null;
  if (run('brokerage')) {
    const b = brokerageOnIndex(index);
    fill('broker_coordinator', b.counts.coordinator);
    fill('broker_itinerant', b.counts.itinerant);
    fill('broker_representative', b.counts.representative);
    fill('broker_gatekeeper', b.counts.gatekeeper);
    fill('broker_liaison', b.counts.liaison);
    fill('broker_coordinator_z', b.z.coordinator);
    fill('broker_itinerant_z', b.z.itinerant);
    fill('broker_representative_z', b.z.representative);
    fill('broker_gatekeeper_z', b.z.gatekeeper);
    fill('broker_liaison_z', b.z.liaison);
    brokerageTotals = Object.create(null) as NonNullable<NetworkResult['brokerage']>;
    for (const role of BROKERAGE_ROLES) {
      brokerageTotals[role] = { count: b.network.counts[role], expected: finite(b.network.expected[role]), z: finite(b.network.z[role]) };
    }
  }
  if (run('reach')) {
    // Countries reached, whatever the grouping: the same ties, grouped by country.
    const byCountry = groupBy === 'country' ? index : buildIndex(people, { getEdgeWeight: null, getGroup: 'country' });
    for (const steps of [1, 2] as const) {
      const r = reachOnIndex(index, { steps });
      fill(`reach_${steps}`, r.people);
      if (groupBy !== null) fill(`reach_groups_${steps}`, r.groups);
      fill(`reach_countries_${steps}`, byCountry === index ? r.groups : reachOnIndex(byCountry, { steps }).groups);
    }
  }

  let bridgeList: NetworkResult['bridges'] = null;
  let articulation: NetworkResult['articulation_points'] = null;
  if (run('bridges')) {
    const b = bridgesOnIndex(index);
    bridgeList = b.bridges.map(([i, j]) => [index.nodes[i] as string, index.nodes[j] as string]);
    articulation = b.articulationPoints.map((i) => index.nodes[i] as string);
  }
  let local: NetworkResult['local_bridges'] = null;
  if (run('local-bridges')) {
    local = localBridgesOnIndex(index).map(([i, j, span]) => ({
      source: index.nodes[i] as string,
      target: index.nodes[j] as string,
      span: finite(span),
    }));
  }

  const ungrouped = index.groups.reduce((count, g) => count + (g < 0 ? 1 : 0), 0);
  const network: NetworkResult = {
    format: 'bridgegraph-analysis',
    version: 1,
    options: { group_by: groupBy, weighted, metrics: METRIC_IDS.filter((id) => asked.has(id)), seed, permutations, resolution },
    skipped,
    nodes: n,
    edges: index.size,
    density: n < 2 ? null : (2 * index.size) / (n * (n - 1)),
    components: countConnectedComponents(people),
    groups: index.groupNames.length,
    ungrouped_people: groupBy === null ? n : ungrouped,
    modularity,
    communities: communityCount,
    group_modularity: groupBy !== null && asked.has('communities') ? modularityOnIndex(index, { partition: index.groups }) : null,
    assortativity: run('assortativity') ? assortativityOnIndex(index).coefficient : null,
    ei_index: eiNetwork,
    brokerage: brokerageTotals,
    bridges: bridgeList,
    articulation_points: articulation,
    local_bridges: local,
  };
  return { people: rows, groups: groupRows, network };
}

/** For each group, the number of other groups its members have ties to. */
function fillGroupsReached(index: GraphIndex, rows: GroupRow[]): GroupRow[] {
  const reached = index.groupNames.map(() => new Set<number>());
  for (let i = 0; i < index.order; i++) {
    const gi = index.groups[i] as number;
    if (gi < 0) continue;
    for (let at = index.offsets[i] as number; at < (index.offsets[i + 1] as number); at++) {
      const gj = index.groups[index.neighbors[at] as number] as number;
      if (gj >= 0 && gj !== gi) (reached[gi] as Set<number>).add(gj);
    }
  }
  return rows.map((row, g) => ({ ...row, groups_reached: (reached[g] as Set<number>).size }));
}
