import { type Analysis, analyzePeople, type PersonRow } from '../analysis/analyze.js';
import { METRIC_IDS, type MetricId, metricDescriptor } from '../analysis/registry.js';
import { buildIndex } from '../metrics/graph-index.js';
import { timeSpan } from '../model/queries.js';
import type { ExchangeNetwork } from '../model/types.js';
import { buildPeopleNetwork, indexPeople } from '../projection/pairs.js';
import { type PeopleNetworkOptions, peopleNetwork } from '../projection/people-network.js';
import type { PeopleNetwork } from '../projection/types.js';
import { DEFAULT_SEED } from '../utils/random.js';
import { pairWindows } from './pair-windows.js';
import { type Counts, countIndex, countPairWindows } from './timeline-counts.js';
import { type Period, type TimeWindowsOptions, timeWindows } from './windows.js';

/** The columns of timeline.csv, in order (the contract). */
export const TIMELINE_COLUMNS = ['window_start', 'window_end', 'metric', 'group', 'value'] as const;

/**
 * One value of the timeline: a metric of one window, for the whole network (`group` is `''`) or
 * for one group (`group` is its name, e.g. a country). Window bounds are instants in ms (closed).
 */
export interface TimelineRow {
  window_start: number;
  window_end: number;
  metric: string;
  group: string;
  /** Null when the metric is undefined in that window (an E-I index without ties, a density of one person). */
  value: number | null;
}

export interface TimelineOptions extends TimeWindowsOptions {
  /** The period to cover. Default: the network's time span (`timeSpan`); an error when nothing is dated. */
  span?: Period | null;
  /**
   * Metrics to compute in each window, besides the counts that are always there (ids of `METRICS`).
   * Default none. Person metrics give their mean (`betweenness_mean`); see `docs/metrics.md`.
   */
  metrics?: readonly MetricId[];
  /** The attribute that defines groups (on the person, then in their data). Default `country`; null for none. */
  groupBy?: string | null;
  /** Use tie weights in the metrics (strength, weighted E-I...). Counts of ties stay counts. Default false. */
  weighted?: boolean;
  /** Seed for Louvain and the E-I permutation test, the same in every window. Default `DEFAULT_SEED`. */
  seed?: number;
  /** Permutations of the E-I test in each window (0 skips it). Default 0. */
  permutations?: number;
  /** Louvain resolution. Default 1. */
  resolution?: number;
  /** How each window's people's network is built (see `peopleNetwork`), without `window`: the timeline sets it. */
  projection?: Omit<PeopleNetworkOptions, 'window'>;
}

const DEFAULTS = {
  span: null,
  metrics: [] as readonly MetricId[],
  groupBy: 'country',
  weighted: false,
  seed: DEFAULT_SEED,
  permutations: 0,
  resolution: 1,
} as const;

const MODULE = 'bridgegraph/temporal/timeline';

function fail(message: string): never {
  throw new RangeError(`${MODULE}: ${message}`);
}

type NumberColumn = Exclude<keyof PersonRow, 'id' | 'group'>;

/** The people.csv columns averaged for each person metric (more are added with groups or communities). */
const MEAN_COLUMNS: Partial<Record<MetricId, readonly NumberColumn[]>> = {
  degree: ['degree'],
  strength: ['strength'],
  betweenness: ['betweenness'],
  closeness: ['closeness'],
  eigenvector: ['eigenvector'],
  pagerank: ['pagerank'],
  'structural-holes': ['constraint', 'effective_size', 'efficiency', 'hierarchy'],
  participation: ['participation'],
  brokerage: ['broker_coordinator', 'broker_itinerant', 'broker_representative', 'broker_gatekeeper', 'broker_liaison'],
  reach: ['reach_1', 'reach_2'],
};

interface Settings {
  metrics: ReadonlySet<MetricId>;
  groupBy: string | null;
  weighted: boolean;
  seed: number;
  permutations: number;
  resolution: number;
  projection: Omit<PeopleNetworkOptions, 'window'>;
  meanColumns: NumberColumn[];
}

function settingsOf(options: TimelineOptions): Settings {
  const metrics = new Set<MetricId>();
  for (const id of options.metrics ?? DEFAULTS.metrics) metrics.add(metricDescriptor(id).id);
  const groupBy = options.groupBy === undefined ? DEFAULTS.groupBy : options.groupBy;
  if (groupBy !== null && (typeof groupBy !== 'string' || groupBy.trim() === ''))
    fail(`groupBy must be an attribute name or null; got ${String(groupBy)}.`);
  if (groupBy === null) {
    const needing = METRIC_IDS.filter((id) => metrics.has(id) && metricDescriptor(id).needsGroups);
    if (needing.length > 0) fail(`${needing.join(', ')} need groups: give groupBy (for example 'country').`);
  }
  const permutations = options.permutations ?? DEFAULTS.permutations;
  if (!Number.isInteger(permutations) || permutations < 0)
    fail(`permutations must be a whole number, 0 or more; got ${String(permutations)}.`);
  const seed = options.seed ?? DEFAULTS.seed;
  if (typeof seed !== 'number' || !Number.isFinite(seed)) fail(`seed must be a finite number; got ${String(seed)}.`);
  const projection = options.projection ?? {};
  if ('window' in projection && (projection as PeopleNetworkOptions).window != null)
    fail('projection.window is set by the timeline in each window; give the period as span instead.');
  const meanColumns: NumberColumn[] = [];
  for (const id of METRIC_IDS) {
    if (!metrics.has(id)) continue;
    meanColumns.push(...(MEAN_COLUMNS[id] ?? []));
    if (id === 'participation' && metrics.has('communities')) meanColumns.push('participation_community');
    if (id === 'reach' && groupBy !== null) meanColumns.push('reach_groups_1', 'reach_groups_2');
  }
  return {
    metrics,
    groupBy,
    weighted: options.weighted ?? DEFAULTS.weighted,
    seed,
    permutations,
    resolution: options.resolution ?? DEFAULTS.resolution,
    projection,
    meanColumns,
  };
}

function mean(values: readonly (number | null)[]): number | null {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (v === null) continue;
    sum += v;
    n++;
  }
  return n === 0 ? null : sum / n;
}

const finite = (x: number | null | undefined): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);

/** 2·ties/(N(N−1)), N all people, as `analyzePeople` computes it; null with fewer than two people. */
function densityOf(counts: Counts): number | null {
  const n = counts.people;
  return n < 2 ? null : (2 * counts.ties) / (n * (n - 1));
}

/**
 * The rows of one window, network first, then each group in name order. `analysis` is null when
 * only the counts are asked for (no metric); `groupNames` are the groups' names by number.
 */
function windowRows(
  window: Period,
  counts: Counts,
  density: number | null,
  analysis: Analysis | null,
  groupNames: readonly string[],
  settings: Settings,
): TimelineRow[] {
  const rows: TimelineRow[] = [];
  const add = (metric: string, group: string, value: number | null | undefined) =>
    rows.push({ window_start: window.start, window_end: window.end, metric, group, value: finite(value) });
  const grouped = settings.groupBy !== null;
  const { metrics } = settings;
  const net = analysis?.network;

  add('people', '', counts.people);
  add('people_active', '', counts.active);
  add('ties', '', counts.ties);
  if (grouped) {
    add('cross_group_ties', '', counts.crossGroupTies);
    add('ungrouped_people', '', counts.ungrouped);
  }
  add('density', '', density);
  add('components', '', counts.components);
  add('largest_component', '', counts.largestComponent);
  if (metrics.has('ei-index')) {
    add('ei_index', '', net?.ei_index?.observed);
    add('ei_expected', '', net?.ei_index?.expected);
    if (settings.permutations > 0) {
      add('ei_p_greater_or_equal', '', net?.ei_index?.p_greater_or_equal);
      add('ei_p_less_or_equal', '', net?.ei_index?.p_less_or_equal);
    }
  }
  if (metrics.has('communities')) {
    add('modularity', '', net?.modularity);
    add('communities', '', net?.communities);
    if (grouped) add('group_modularity', '', net?.group_modularity);
  }
  if (metrics.has('bridges')) {
    add('bridges', '', net?.bridges?.length);
    add('articulation_points', '', net?.articulation_points?.length);
  }
  if (metrics.has('local-bridges')) add('local_bridges', '', net?.local_bridges?.length);
  if (metrics.has('assortativity')) add('assortativity', '', net?.assortativity);
  const people = analysis?.people ?? [];
  for (const column of settings.meanColumns) add(`${column}_mean`, '', mean(people.map((p) => p[column])));

  if (!grouped) return rows;
  const members = new Map<string, PersonRow[]>(groupNames.map((g) => [g, []]));
  for (const person of people) if (person.group !== null) members.get(person.group)?.push(person);
  const groupRows = new Map((analysis?.groups ?? []).map((r) => [r.group, r]));
  groupNames.forEach((group, g) => {
    const c = counts.groups[g] as Counts['groups'][number];
    add('people', group, c.people);
    add('people_active', group, c.active);
    add('internal_ties', group, c.internal);
    add('external_ties', group, c.external);
    if (metrics.has('ei-index')) add('ei_index', group, groupRows.get(group)?.ei_index);
    for (const column of settings.meanColumns) add(`${column}_mean`, group, mean((members.get(group) ?? []).map((p) => p[column])));
  });
  return rows;
}

/**
 * With weights, while the tie weights are positive and sum to less than this, every pair's weight in
 * every window is positive and finite, so the analysis of a window cannot fail on a weight; beyond,
 * the plain path decides (and fails where it fails).
 */
const SAFE_WEIGHT_SUM = 1e300;

/**
 * The network over time, as a tidy table: for each window (see `timeWindows`) the people's network
 * of the window is built (`peopleNetwork(network, { ...projection, window })`: ties, shared
 * exchanges and their dates by the rules of `sliceNetwork`), the metrics asked for are computed on
 * it (`analyzePeople`), and one row is written per window, metric and group.
 *
 * Always, for the whole network (`group` ''): `people` (every person: people stay nodes when
 * inactive), `people_active` (people with at least one tie in the window), `ties` (pairs of people
 * tied in the window), `cross_group_ties` and `ungrouped_people` (with groups), `density`,
 * `components` (isolated people included, as networkx), `largest_component`; for each group:
 * `people`, `people_active`, `internal_ties`, `external_ties` (ties counted, never weighted).
 * Then, by metric: `ei_index`, `ei_expected` (and the permutation p-values with `permutations`),
 * also per group; `modularity`, `communities`, `group_modularity`; `bridges`,
 * `articulation_points`, `local_bridges` (counts); `assortativity`; and for person metrics the
 * mean over people with a defined value, for the network and each group (`betweenness_mean`).
 *
 * The counts, density and components are computed for every window at once, from the windows in
 * which each pair of people is tied (`pairWindows`, one pass over the exchanges and ties); the
 * windows' networks are built only when a metric is asked for. The rows are the same as building
 * every window's network (`timelineFromScratch`).
 *
 * Rows are in window order, the network's rows first, then groups by name; metrics in a fixed
 * order. The same network, options and seed give the same rows.
 */
export function timeline(network: ExchangeNetwork, options: TimelineOptions = {}): TimelineRow[] {
  return timelineRows(network, options, true);
}

/**
 * The same rows as `timeline`, computed the plain way: every window's people's network is built
 * and analysed, and its counts are read off it. The reference for tests and benchmarks.
 */
export function timelineFromScratch(network: ExchangeNetwork, options: TimelineOptions = {}): TimelineRow[] {
  return timelineRows(network, options, false);
}

function timelineRows(network: ExchangeNetwork, options: TimelineOptions, incremental: boolean): TimelineRow[] {
  if (options === null || typeof options !== 'object') fail(`options must be an object; got ${String(options)}.`);
  const settings = settingsOf(options);
  const span = options.span ?? timeSpan(network);
  if (span === null) throw new Error(`${MODULE}: nothing in the network is dated, so it has no timeline (give a span to use anyway).`);
  const windows = timeWindows(span, options);
  const asked = METRIC_IDS.filter((id) => settings.metrics.has(id));
  const analyze = (window: Period): { analysis: Analysis; people: PeopleNetwork } => {
    const people = peopleNetwork(network, { ...settings.projection, window });
    const analysis = analyzePeople(people, {
      groupBy: settings.groupBy,
      weighted: settings.weighted,
      metrics: asked,
      seed: settings.seed,
      permutations: settings.permutations,
      resolution: settings.resolution,
    });
    return { analysis, people };
  };
  const rows: TimelineRow[] = [];
  const push = (more: TimelineRow[]) => {
    for (const row of more) rows.push(row);
  };

  if (incremental) {
    const peopleIndex = indexPeople(network);
    const pairs = pairWindows(network, peopleIndex, windows, settings.projection);
    // With weights, a tie whose weight is not a positive number makes the analysis of its windows
    // fail, even with no metric: leave such networks to the plain path, which fails the same way.
    if (!settings.weighted || pairs.tieWeightSum < SAFE_WEIGHT_SUM) {
      const nodes = buildIndex(buildPeopleNetwork(peopleIndex, new Map()), { getEdgeWeight: null, getGroup: settings.groupBy });
      const counts = countPairWindows(pairs, nodes.groups, nodes.groupNames.length);
      windows.forEach((window, k) => {
        const c = counts[k] as Counts;
        const analysis = asked.length > 0 ? analyze(window).analysis : null;
        push(windowRows(window, c, densityOf(c), analysis, nodes.groupNames, settings));
      });
      return rows;
    }
  }
  for (const window of windows) {
    const { analysis, people } = analyze(window);
    const index = buildIndex(people, { getEdgeWeight: null, getGroup: settings.groupBy });
    push(windowRows(window, countIndex(index), analysis.network.density, analysis, index.groupNames, settings));
  }
  return rows;
}
