import type { AbstractGraph, Attributes } from 'graphology-types';
import { buildIndex, type GraphIndex, type GroupGetter, toNodeRecord } from '../graph-index.js';

/**
 * Gould and Fernandez's (1989) brokerage roles, counted exactly as R's `sna::brokerage(net, cl)`
 * (sna 2.7.1) counts them, with its expected counts, standard deviations and z-scores under random
 * assignment of people to groups of the observed sizes.
 *
 * A broker b sits on a two-path a → b → c (a ≠ c) that is open: a and c are not tied. An
 * undirected tie is two arcs, so each open pair {a, c} of b's contacts is two two-paths,
 * a → b → c and c → b → a. The role of b on a → b → c:
 *
 * | role           | sna  | groups                   |
 * | -------------- | ---- | ------------------------ |
 * | coordinator    | w_I  | a, b, c all in one group |
 * | itinerant      | w_O  | a and c together, b apart (also called consultant) |
 * | representative | b_IO | a and b together, c apart (b speaks for its group to outsiders) |
 * | gatekeeper     | b_OI | b and c together, a apart (b lets outsiders into its group) |
 * | liaison        | b_O  | a, b, c in three groups  |
 *
 * On an undirected network every representative path read backwards is a gatekeeper path, so the
 * two counts are always equal; each count is twice the number of open pairs of that kind.
 */

/** The five roles and their sum, in sna's column order (w_I, w_O, b_IO, b_OI, b_O, t). */
export const BROKERAGE_ROLES = ['coordinator', 'itinerant', 'representative', 'gatekeeper', 'liaison', 'total'] as const;
export type BrokerageRole = (typeof BROKERAGE_ROLES)[number];

/** What to do with people who have no group. */
export type BrokerageUngroupedPolicy = 'group' | 'error';

/** Options of `brokerageOnIndex`. */
export interface BrokerageIndexOptions {
  /**
   * People without a group (group -1 in the index): `group` (default) puts them all in one extra
   * group of their own, as sna does with any label given for them; `error` refuses the network.
   */
  ungrouped?: BrokerageUngroupedPolicy;
}

/** Options of `brokerage`. */
export interface BrokerageOptions<N extends Attributes = Attributes> extends BrokerageIndexOptions {
  /**
   * Each person's group: an attribute name (looked up on the node, then in its `data`), or a
   * function returning the group or null. Default `country`.
   */
  getGroup?: GroupGetter<N>;
}

const DEFAULTS = { getGroup: 'country', ungrouped: 'group' } as const satisfies Required<BrokerageOptions>;

/** One number per role. */
export type BrokerageRoleValues = Record<BrokerageRole, number>;

/** The kernel's result; per-node arrays are indexed by node number, NaN where undefined. */
export interface BrokerageOnIndex {
  /** Raw counts of two-paths per role (sna `raw.nli`). */
  readonly counts: Record<BrokerageRole, Float64Array>;
  /** Expected counts under random group assignment (sna `exp.nli`). */
  readonly expected: Record<BrokerageRole, Float64Array>;
  /** Their standard deviations (sna `sd.nli`). */
  readonly sd: Record<BrokerageRole, Float64Array>;
  /** (count - expected) / sd (sna `z.nli`); NaN where sd = 0 (and when the network has < 2 nodes). */
  readonly z: Record<BrokerageRole, Float64Array>;
  /** Network totals: counts, expected, sd and z (sna `raw.gli`, `exp.gli`, `sd.gli`, `z.gli`). */
  readonly network: { counts: BrokerageRoleValues; expected: BrokerageRoleValues; sd: BrokerageRoleValues; z: BrokerageRoleValues };
  /**
   * Per group (in `groupNames` order, then the people without a group if any): its size and the
   * expected count and sd of each role for one of its members (sna `exp.grp`, `sd.grp`).
   */
  readonly groups: readonly { name: string | null; size: number; expected: BrokerageRoleValues; sd: BrokerageRoleValues }[];
  /** Density m / (N (N - 1)) with m = 2 × ties (arcs), as sna computes it; NaN when N < 2. */
  readonly density: number;
}

const fail = (message: string): never => {
  throw new TypeError(`bridgegraph/metrics/brokerage: ${message}`);
};

function checkUngrouped(value: unknown): BrokerageUngroupedPolicy {
  if (value !== 'group' && value !== 'error') fail(`ungrouped must be 'group' or 'error'; got ${String(value)}.`);
  return value as BrokerageUngroupedPolicy;
}

function roleArrays(order: number): Record<BrokerageRole, Float64Array> {
  const out = {} as Record<BrokerageRole, Float64Array>;
  for (const role of BROKERAGE_ROLES) out[role] = new Float64Array(order);
  return out;
}

function roleValues(values: readonly number[]): BrokerageRoleValues {
  const out = {} as BrokerageRoleValues;
  BROKERAGE_ROLES.forEach((role, k) => {
    out[role] = values[k] as number;
  });
  return out;
}

/** Counts the roles of every node: for each broker, each unordered pair of its contacts not tied to each other. */
function countRoles(index: GraphIndex, cls: Int32Array): Record<BrokerageRole, Float64Array> {
  const { order, offsets, neighbors } = index;
  const counts = roleArrays(order);
  const { coordinator, itinerant, representative, gatekeeper, liaison, total } = counts;
  const stamp = new Int32Array(order).fill(-1);
  let token = 0;
  for (let b = 0; b < order; b++) {
    const start = offsets[b] as number;
    const end = offsets[b + 1] as number;
    const gb = cls[b] as number;
    let c0 = 0;
    let c1 = 0;
    let c2 = 0;
    let c4 = 0;
    for (let at = start; at < end; at++) {
      const a = neighbors[at] as number;
      token++;
      for (let k = offsets[a] as number; k < (offsets[a + 1] as number); k++) stamp[neighbors[k] as number] = token;
      const ga = cls[a] as number;
      for (let ct = at + 1; ct < end; ct++) {
        const c = neighbors[ct] as number;
        if (stamp[c] === token) continue; // a and c are tied: the two-path is closed
        const gc = cls[c] as number;
        if (ga === gb) {
          if (gb === gc) c0 += 2;
          else c2 += 1; // a→b→c representative, c→b→a gatekeeper
        } else if (gb === gc) {
          c2 += 1; // a→b→c gatekeeper, c→b→a representative
        } else if (ga === gc) {
          c1 += 2;
        } else {
          c4 += 2;
        }
      }
    }
    coordinator[b] = c0;
    itinerant[b] = c1;
    representative[b] = c2;
    gatekeeper[b] = c2;
    liaison[b] = c4;
    total[b] = c0 + c1 + 2 * c2 + c4;
  }
  return counts;
}

/** C(x, 2) = x (x - 1) / 2, as R's choose(x, 2) for the non-negative integers it is used on. */
const choose2 = (x: number): number => (x * (x - 1)) / 2;

/**
 * Gould-Fernandez brokerage on a shared index: raw role counts per node, and their expectations,
 * standard deviations and z-scores under random assignment of people to groups (the formulas of
 * sna 2.7.1's `brokerage`, with its sums over groups rewritten as power sums so that the cost is
 * linear in the number of groups).
 */
export function brokerageOnIndex(index: GraphIndex, options: BrokerageIndexOptions = {}): BrokerageOnIndex {
  if (options === null || typeof options !== 'object') fail('options must be an object.');
  const ungrouped = checkUngrouped(options.ungrouped ?? DEFAULTS.ungrouped);
  const { order } = index;

  // Classes: the index's groups, and one more for the people without a group.
  const named = index.groupNames.length;
  const cls = new Int32Array(order);
  let hasUngrouped = false;
  for (let i = 0; i < order; i++) {
    const g = index.groups[i] as number;
    if (g < 0) {
      if (ungrouped === 'error') fail(`node '${index.nodes[i]}' has no group (ungrouped: 'error').`);
      hasUngrouped = true;
      cls[i] = named;
    } else cls[i] = g;
  }
  const classes = named + (hasUngrouped ? 1 : 0);
  const sizes = new Float64Array(classes);
  for (let i = 0; i < order; i++) sizes[cls[i] as number] = (sizes[cls[i] as number] as number) + 1;

  const counts = countRoles(index, cls);

  // sna: d = m / (N (N - 1)) with m the number of arcs.
  const N = order;
  const d = N >= 2 ? (2 * index.size) / (N * (N - 1)) : Number.NaN;
  const a = d * d * (1 - d);
  const b3 = d ** 3 * (1 - d) ** 3;
  const b4 = d ** 4 * (1 - d) ** 2;
  const b5 = d ** 5 * (1 - d);

  // Power sums over groups.
  let p1 = 0;
  let p2 = 0;
  let p3 = 0;
  let q2 = 0; // Σ n (n - 1)
  let q3 = 0; // Σ n (n - 1) (n - 2)
  for (const n of sizes) {
    p1 += n;
    p2 += n * n;
    p3 += n * n * n;
    q2 += n * (n - 1);
    q3 += n * (n - 1) * (n - 2);
  }

  // Per group (sna's ebr, vbr), for one member of group i of size n.
  const groups = Array.from(sizes, (n, g) => {
    const e = new Array<number>(6);
    const v = new Array<number>(6);
    e[0] = a * (n - 1) * (n - 2);
    v[0] = e[0] * (1 - a) + 2 * (n - 1) * (n - 2) * (n - 3) * b3;
    e[1] = a * (q2 - n * (n - 1));
    v[1] = e[1] * (1 - a) + 2 * (q3 - n * (n - 1) * (n - 2)) * b3;
    e[2] = a * (N - n) * (n - 1);
    v[2] = e[2] * (1 - a) + 2 * ((n - 1) * choose2(N - n) + (N - n) * choose2(n - 1)) * b3;
    e[3] = e[2];
    v[3] = v[2];
    // Σ over the other groups o: (Σ n_o)² - Σ n_o², and Σ n_o C(M - n_o, 2) with M = N - n.
    const s1 = p1 - n;
    const s2 = p2 - n * n;
    const s3 = p3 - n * n * n;
    const M = N - n;
    e[4] = a * (s1 * s1 - s2);
    v[4] = e[4] * (1 - a) + 4 * (((M * M - M) * s1 - (2 * M - 1) * s2 + s3) / 2) * b3;
    e[5] = a * (N - 1) * (N - 2);
    v[5] = e[5] * (1 - a) + 2 * (N - 1) * (N - 2) * (N - 3) * b3;
    return { name: g < named ? (index.groupNames[g] as string) : null, size: n, e, v };
  });

  const expected = roleArrays(order);
  const sd = roleArrays(order);
  const z = roleArrays(order);
  BROKERAGE_ROLES.forEach((role, k) => {
    const ex = expected[role];
    const s = sd[role];
    const zz = z[role];
    const count = counts[role];
    for (let i = 0; i < order; i++) {
      const group = groups[cls[i] as number] as { e: number[]; v: number[] };
      const mean = group.e[k] as number;
      const dev = Math.sqrt(group.v[k] as number);
      ex[i] = mean;
      s[i] = dev;
      const value = ((count[i] as number) - mean) / dev;
      zz[i] = Number.isFinite(value) ? value : Number.NaN;
    }
  });

  // Network totals (sna's egbr, vgbr).
  let r1 = 0; // Σ n (n-1)(n-2) [(4n - 10) b3 - 4 (n - 3) b4 + (n - 3) b5]
  let r2 = 0; // Σ n (N - n)(n - 1)
  let r3 = 0; // Σ n (N - n)(n - 1) [(N - 3) b3 + (n - 2) b5]
  let x2a = 0; // Σ_x x (x - 1) [(2x - 6) p1 + 2 p2] b3 + p1 Σ_x x (x - 1)(N - x - 1) b5, all pairs (x, y)
  let x2d = 0; // the same over x = y only
  for (const n of sizes) {
    const t3 = n * (n - 1) * (n - 2);
    r1 += t3 * ((4 * n - 10) * b3 - 4 * (n - 3) * b4 + (n - 3) * b5);
    r2 += n * (N - n) * (n - 1);
    r3 += n * (N - n) * (n - 1) * ((N - 3) * b3 + (n - 2) * b5);
    x2a += n * (n - 1) * (((2 * n - 6) * p1 + 2 * p2) * b3 + p1 * (N - n - 1) * b5);
    x2d += n * n * (n - 1) * ((4 * n - 6) * b3 + (N - n - 1) * b5);
  }
  // Σ over ordered triples of distinct groups (i, j, k) of n_i n_j n_k f, with f linear in the
  // sizes: = c0 S3 + c1 S4, S3 = Σ n_i n_j n_k, S4 = Σ n_i² n_j n_k (exact, in integers).
  const [S3, S4] = tripleSums(sizes);
  const c0 = (4 * N - 2) * b3 - (4 * N - 2) * b4 + (N - 1) * b5;
  const c1 = -8 * b3 + 8 * b4 - 2 * b5;
  const eg = new Array<number>(6);
  const vg = new Array<number>(6);
  eg[0] = a * q3;
  vg[0] = eg[0] * (1 - a) + r1;
  eg[1] = a * r2;
  vg[1] = eg[1] * (1 - a) + (x2a - x2d);
  eg[2] = a * r2;
  vg[2] = eg[2] * (1 - a) + r3;
  eg[3] = eg[2];
  vg[3] = vg[2];
  eg[4] = a * (N * p1 * p1 - 2 * p1 * p2 - (N * p2 - 2 * p3));
  vg[4] = eg[4] * (1 - a) + c0 * S3 + c1 * S4;
  eg[5] = a * N * (N - 1) * (N - 2);
  vg[5] = eg[5] * (1 - a) + N * (N - 1) * (N - 2) * ((4 * N - 10) * b3 - 4 * (N - 3) * b4 + (N - 3) * b5);

  const networkCounts = BROKERAGE_ROLES.map((role) => (counts[role] as Float64Array).reduce((s, x) => s + x, 0));
  const networkSd = vg.map((v) => Math.sqrt(v));
  const networkZ = networkCounts.map((c, k) => {
    const value = (c - (eg[k] as number)) / (networkSd[k] as number);
    return Number.isFinite(value) ? value : Number.NaN;
  });
  return {
    counts,
    expected,
    sd,
    z,
    network: { counts: roleValues(networkCounts), expected: roleValues(eg), sd: roleValues(networkSd), z: roleValues(networkZ) },
    groups: groups.map(({ name, size, e, v }) => ({ name, size, expected: roleValues(e), sd: roleValues(v.map((x) => Math.sqrt(x))) })),
    density: d,
  };
}

/**
 * S3 = Σ n_i n_j n_k and S4 = Σ n_i² n_j n_k over ordered triples of distinct groups, from the
 * power sums p1..p4 in exact integer arithmetic: S3 = p1³ - 3 p1 p2 + 2 p3,
 * S4 = p1² p2 - p2² - 2 p1 p3 + 2 p4.
 */
function tripleSums(sizes: Float64Array): [number, number] {
  let p1 = 0n;
  let p2 = 0n;
  let p3 = 0n;
  let p4 = 0n;
  for (const size of sizes) {
    const n = BigInt(size);
    p1 += n;
    p2 += n * n;
    p3 += n * n * n;
    p4 += n * n * n * n;
  }
  const S3 = p1 * p1 * p1 - 3n * p1 * p2 + 2n * p3;
  const S4 = p1 * p1 * p2 - p2 * p2 - 2n * p1 * p3 + 2n * p4;
  return [Number(S3), Number(S4)];
}

/** One role's numbers for a person or for the whole network; null where undefined. */
export interface BrokerageScore {
  /** Number of open two-paths on which the person is the broker in this role. */
  count: number;
  /** Expected count under random assignment to groups of the observed sizes. */
  expected: number | null;
  /** Its standard deviation. */
  sd: number | null;
  /** (count - expected) / sd; null where sd = 0 (sna gives NaN) or the network has fewer than 2 people. */
  z: number | null;
}

export type BrokerageScores = Record<BrokerageRole, BrokerageScore>;

export interface BrokerageResult {
  /** Per person (a record without prototype, keyed by node). */
  nodes: Record<string, BrokerageScores>;
  /** Whole-network totals. */
  network: BrokerageScores;
  /** Per group: its name (null for the people without a group), size, and a member's expected counts and sds. */
  groups: { name: string | null; size: number; expected: Record<BrokerageRole, number | null>; sd: Record<BrokerageRole, number | null> }[];
  /** Density as sna computes it (2 × ties / (N (N - 1))); null when N < 2. */
  density: number | null;
}

const orNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

function scores(
  count: (role: BrokerageRole) => number,
  expected: (role: BrokerageRole) => number,
  sd: (role: BrokerageRole) => number,
  z: (role: BrokerageRole) => number,
): BrokerageScores {
  const out = {} as BrokerageScores;
  for (const role of BROKERAGE_ROLES) {
    out[role] = { count: count(role), expected: orNull(expected(role)), sd: orNull(sd(role)), z: orNull(z(role)) };
  }
  return out;
}

/**
 * Gould-Fernandez brokerage of every person: counts of the five roles over open two-paths, with
 * sna's expected counts, standard deviations and z-scores under random group assignment, the
 * network totals and the per-group expectations. Weights are ignored. Values sna gives as NaN or
 * Inf (zero variance, e.g. a liaison when there are only two groups) are null.
 */
export function brokerage<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  options: BrokerageOptions<N> = {},
): BrokerageResult {
  if (options === null || typeof options !== 'object') fail('options must be an object.');
  const getGroup = options.getGroup === undefined ? DEFAULTS.getGroup : options.getGroup;
  if (getGroup !== null && typeof getGroup !== 'string' && typeof getGroup !== 'function') {
    fail(`getGroup must be an attribute name, a function or null; got ${String(getGroup)}.`);
  }
  const ungrouped = checkUngrouped(options.ungrouped ?? DEFAULTS.ungrouped);
  const index = buildIndex(graph, { getGroup });
  const result = brokerageOnIndex(index, { ungrouped });
  const perNode = Array.from({ length: index.order }, (_, i) =>
    scores(
      (role) => result.counts[role][i] as number,
      (role) => result.expected[role][i] as number,
      (role) => result.sd[role][i] as number,
      (role) => result.z[role][i] as number,
    ),
  );
  const nodes = toNodeRecord(index, perNode);
  const { network } = result;
  const mapRoles = (values: BrokerageRoleValues): Record<BrokerageRole, number | null> => {
    const out = {} as Record<BrokerageRole, number | null>;
    for (const role of BROKERAGE_ROLES) out[role] = orNull(values[role]);
    return out;
  };
  return {
    nodes,
    network: scores(
      (role) => network.counts[role],
      (role) => network.expected[role],
      (role) => network.sd[role],
      (role) => network.z[role],
    ),
    groups: result.groups.map(({ name, size, expected, sd }) => ({ name, size, expected: mapRoles(expected), sd: mapRoles(sd) })),
    density: orNull(result.density),
  };
}
