import type { AbstractGraph, Attributes } from 'graphology-types';
import { plainRecord } from '../../utils/plain-record.js';
import { createRandom, DEFAULT_SEED, type Random } from '../../utils/random.js';
import { checkEdgeWeightGetter, checkOptionsObject } from '../check-options.js';
import { buildIndex, type EdgeWeightGetter, type GraphIndex, type GroupGetter, toNodeRecord } from '../graph-index.js';

/** Options of the E-I kernel. */
export interface EiIndexIndexOptions {
  /**
   * Number of random relabellings in the permutation test. Default 5000; 0 skips the test. The test
   * costs O(permutations × ties).
   */
  permutations?: number;
  /** Random generator in [0, 1) for the permutation test. Default: a new `createRandom(42)` on every call. */
  rng?: Random;
}

/** Options of {@link eiIndex}. */
export interface EiIndexOptions<N extends Attributes = Attributes, E extends Attributes = Attributes> extends EiIndexIndexOptions {
  /** Edge weight: attribute name, function, or null (default) to count ties. With weights, E and I are sums of tie weights. */
  getEdgeWeight?: EdgeWeightGetter<E>;
  /** Each person's group: attribute name or function; null or empty = no group. Required. */
  getGroup: GroupGetter<N>;
}

/** E-I of one group. */
export interface EiGroup {
  /** Number of people in the group. */
  size: number;
  /** Ties (or weight) inside the group, each tie counted once. */
  internal: number;
  /** Ties (or weight) from the group's members to people in other groups. */
  external: number;
  /** (external − internal) / (external + internal); null when the group has neither. */
  ei: number | null;
}

/** E-I of the whole network. */
export interface EiNetwork {
  /** Ties (or weight) between two people of the same group. */
  internal: number;
  /** Ties (or weight) between people of two different groups. */
  external: number;
  /** (external − internal) / (external + internal); null when no tie joins two people with a group. */
  ei: number | null;
  /**
   * The E-I expected when people are relabelled at random with the group sizes kept, exactly:
   * 2p − 1 with p = 1 − Σ_g n_g (n_g − 1) / (N (N − 1)) the chance that a tie joins two groups.
   * Null when `ei` is null.
   */
  expected: number | null;
  /** Ties touching a person without a group: left out of everything above. */
  excludedTies: number;
  /** Their summed weight (equal to excludedTies when unweighted). */
  excludedWeight: number;
}

/** UCINET-style permutation test of the whole-network E-I. */
export interface EiPermutationTest {
  permutations: number;
  /** The whole-network E-I of the data. */
  observed: number;
  /** Mean E-I over the relabellings (compare with `network.expected`). */
  mean: number;
  /** Standard deviation of E-I over the relabellings (divided by `permutations`, not permutations − 1). */
  standardDeviation: number;
  min: number;
  max: number;
  /** (1 + relabellings with E-I ≥ observed) / (1 + permutations): small = more crossing than chance. */
  pGreaterOrEqual: number;
  /** (1 + relabellings with E-I ≤ observed) / (1 + permutations): small = more closed than chance. */
  pLessOrEqual: number;
}

/** E-I on the index. */
export interface EiIndexOnIndexResult {
  /** Each person's E-I over their ties to people with a group; NaN without a group or without such ties. */
  people: Float64Array;
  /** Each person's ties (or weight) within their group and to other groups; NaN without a group. */
  peopleInternal: Float64Array;
  peopleExternal: Float64Array;
  /** By group number (names in `index.groupNames`). */
  groups: EiGroup[];
  network: EiNetwork;
  /** Null when `permutations` is 0 or the whole-network E-I is undefined. */
  permutationTest: EiPermutationTest | null;
}

/** E-I keyed by person and by group name. */
export interface EiIndexResult {
  /** Each person's E-I; null without a group or without ties to people with a group. */
  people: Record<string, number | null>;
  groups: Record<string, EiGroup>;
  network: EiNetwork;
  permutationTest: EiPermutationTest | null;
}

const DEFAULTS = {
  permutations: 5000,
  seed: DEFAULT_SEED,
} as const;

const MODULE = 'bridgegraph/metrics/ei-index';

/** Two E-I values closer than this are equal in the p-values (weighted sums may differ in the last bits). */
const EPSILON = 1e-12;

function ratio(external: number, internal: number): number | null {
  const total = external + internal;
  return total === 0 ? null : (external - internal) / total;
}

function permutationTest(index: GraphIndex, observed: number, permutations: number, rng: Random): EiPermutationTest {
  // Unweighted, a tie counts 1 even where the index merged parallel edges (their summed weight).
  const { order, offsets, neighbors, weights, weighted, groups } = index;
  // The people with a group, their labels, and the ties between them (as positions in that list).
  const position = new Int32Array(order).fill(-1);
  const labels: number[] = [];
  for (let i = 0; i < order; i++) {
    if ((groups[i] as number) >= 0) {
      position[i] = labels.length;
      labels.push(groups[i] as number);
    }
  }
  const endList: number[] = [];
  const weightList: number[] = [];
  let total = 0;
  for (let i = 0; i < order; i++) {
    if ((position[i] as number) < 0) continue;
    for (let at = offsets[i] as number; at < (offsets[i + 1] as number); at++) {
      const j = neighbors[at] as number;
      if (j <= i || (position[j] as number) < 0) continue;
      endList.push(position[i] as number, position[j] as number);
      const w = weighted ? (weights[at] as number) : 1;
      weightList.push(w);
      total += w;
    }
  }
  const label = Int32Array.from(labels);
  const ends = Int32Array.from(endList);
  const tieWeights = Float64Array.from(weightList);
  const tieCount = tieWeights.length;
  let mean = 0;
  let squares = 0; // Welford's running sum of squared deviations
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let atLeast = 0;
  let atMost = 0;
  for (let p = 1; p <= permutations; p++) {
    // Fisher-Yates: a uniform relabelling that keeps the group sizes.
    for (let i = label.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      const t = label[i] as number;
      label[i] = label[j] as number;
      label[j] = t;
    }
    let external = 0;
    for (let e = 0; e < tieCount; e++) {
      if (label[ends[2 * e] as number] !== label[ends[2 * e + 1] as number]) external += tieWeights[e] as number;
    }
    const ei = (2 * external - total) / total;
    const delta = ei - mean;
    mean += delta / p;
    squares += delta * (ei - mean);
    if (ei < min) min = ei;
    if (ei > max) max = ei;
    if (ei >= observed - EPSILON) atLeast++;
    if (ei <= observed + EPSILON) atMost++;
  }
  return {
    permutations,
    observed,
    mean,
    standardDeviation: Math.sqrt(squares / permutations),
    min,
    max,
    pGreaterOrEqual: (atLeast + 1) / (permutations + 1),
    pLessOrEqual: (atMost + 1) / (permutations + 1),
  };
}

/**
 * Krackhardt and Stern's (1988) E-I index, (E − I) / (E + I), per person, per group and for the
 * whole network, with E the ties to other groups and I the ties within the group (tie weights
 * summed instead when the index is weighted). Ties touching a person without a group are left out
 * (and counted in `network.excludedTies`). A group's internal ties are counted once each
 * (I_g = ties inside g, E_g = ties from g to other groups); a tie between two groups counts as
 * external for both. The alternative, summing the members' own counts, counts each internal tie
 * twice and gives a lower E-I. The permutation test relabels people at random keeping the group
 * sizes (shuffling the labels among the people who have one), as UCINET does; UCINET ignores
 * tie values, so the weighted variant has no UCINET counterpart. Undefined values are NaN in
 * `people` and null elsewhere.
 */
export function eiIndexOnIndex(index: GraphIndex, options: EiIndexIndexOptions = {}): EiIndexOnIndexResult {
  const permutations = options.permutations ?? DEFAULTS.permutations;
  if (!Number.isInteger(permutations) || permutations < 0) {
    throw new RangeError(`${MODULE}: permutations must be an integer >= 0, got ${String(permutations)}.`);
  }
  const rng = options.rng ?? createRandom(DEFAULTS.seed);
  if (typeof rng !== 'function') throw new TypeError(`${MODULE}: rng must be a function returning numbers in [0, 1).`);

  // Unweighted, a tie counts 1 even where the index merged parallel edges (their summed weight).
  const { order, offsets, neighbors, weights, weighted, groups: groupOf } = index;
  const groupCount = index.groupNames.length;
  const size = new Float64Array(groupCount);
  const internalOf = new Float64Array(groupCount);
  const externalOf = new Float64Array(groupCount);
  const people = new Float64Array(order);
  const peopleInternal = new Float64Array(order);
  const peopleExternal = new Float64Array(order);
  let internal = 0;
  let external = 0;
  let excludedTies = 0;
  let excludedWeight = 0;
  for (let i = 0; i < order; i++) {
    const gi = groupOf[i] as number;
    let e = 0;
    let k = 0;
    for (let at = offsets[i] as number; at < (offsets[i + 1] as number); at++) {
      const j = neighbors[at] as number;
      const gj = groupOf[j] as number;
      const w = weighted ? (weights[at] as number) : 1;
      if (gi < 0 || gj < 0) {
        if (j > i) {
          excludedTies++;
          excludedWeight += w;
        }
        continue;
      }
      if (gi === gj) {
        k += w;
        if (j > i) {
          internal += w;
          internalOf[gi] = (internalOf[gi] as number) + w;
        }
      } else {
        e += w;
        externalOf[gi] = (externalOf[gi] as number) + w;
        if (j > i) external += w;
      }
    }
    if (gi >= 0) size[gi] = (size[gi] as number) + 1;
    people[i] = gi < 0 ? Number.NaN : (ratio(e, k) ?? Number.NaN);
    peopleInternal[i] = gi < 0 ? Number.NaN : k;
    peopleExternal[i] = gi < 0 ? Number.NaN : e;
  }

  const groups: EiGroup[] = [];
  for (let g = 0; g < groupCount; g++) {
    groups.push({
      size: size[g] as number,
      internal: internalOf[g] as number,
      external: externalOf[g] as number,
      ei: ratio(externalOf[g] as number, internalOf[g] as number),
    });
  }

  const ei = ratio(external, internal);
  let expected: number | null = null;
  if (ei !== null) {
    let n = 0;
    let sameGroupPairs = 0;
    for (let g = 0; g < groupCount; g++) {
      n += size[g] as number;
      sameGroupPairs += (size[g] as number) * ((size[g] as number) - 1);
    }
    expected = 2 * (1 - sameGroupPairs / (n * (n - 1))) - 1;
  }
  const network: EiNetwork = { internal, external, ei, expected, excludedTies, excludedWeight };
  const test = ei === null || permutations === 0 ? null : permutationTest(index, ei, permutations, rng);
  return { people, peopleInternal, peopleExternal, groups, network, permutationTest: test };
}

/** E-I index of the groups given by `getGroup`, keyed by person and group name (see {@link eiIndexOnIndex}). */
export function eiIndex<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  options: EiIndexOptions<N, E>,
): EiIndexResult {
  checkOptionsObject(MODULE, options);
  checkEdgeWeightGetter(MODULE, options?.getEdgeWeight);
  if (options === undefined || options.getGroup === undefined || options.getGroup === null) {
    throw new TypeError(`${MODULE}: getGroup is required (the attribute or function giving each person's group).`);
  }
  const index = buildIndex(graph, { getEdgeWeight: options.getEdgeWeight ?? null, getGroup: options.getGroup });
  const result = eiIndexOnIndex(index, options);
  return {
    people: toNodeRecord(
      index,
      Array.from(result.people, (x) => (Number.isNaN(x) ? null : x)),
    ),
    groups: plainRecord(index.groupNames.map((name, g) => [name, result.groups[g] as EiGroup] as const)),
    network: result.network,
    permutationTest: result.permutationTest,
  };
}
