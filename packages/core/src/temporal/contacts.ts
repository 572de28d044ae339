import type { ExchangeAttributes, ExchangeNetwork, Instant } from '../model/types.js';
import { checkChoice, checkList, passes } from '../projection/filters.js';

// The contact sequence of an exchange network (Holme and Saramäki 2012, "Temporal networks",
// Physics Reports 519:97-125, section 2.1): every moment two people were in contact, as
// (a, b, start, end, via). Direct ties are contacts one by one; an exchange is a hyperedge, kept
// compact as one "cohort" node per distinct attendance period (see `ContactSequence`), so that an
// exchange of n people costs O(n) links instead of n(n-1)/2 pairs.

const MODULE = 'bridgegraph/temporal/contacts';

/** What carried a contact: an exchange (by id) or a direct tie (by its edge key, `tie#N`). */
export interface Via {
  type: 'exchange' | 'tie';
  /** The exchange's id, or the tie's edge key in the exchange network. */
  id: string;
}

/** Which records make contacts: direct ties and exchanges (`both`), or only one of them. */
export type ContactSources = 'both' | 'ties' | 'participations';

/**
 * What to do with a tie or participation that has no date at all: leave it out and count it
 * (`skip`), or treat it as a contact that lasts for ever (`always`: usable at any moment, as in the
 * static network).
 */
export type UndatedContacts = 'skip' | 'always';

export interface ContactSequenceOptions {
  /** Default `both`: ties and exchanges; `ties` or `participations` keeps one of them. */
  sources?: ContactSources;
  /** Keep only exchanges of these kinds. Default null: every kind. */
  kinds?: readonly string[] | null;
  /** Keep only exchanges of these programmes. Default null: every programme. */
  programmes?: readonly string[] | null;
  /** Keep only participations in these roles. Default null: every role. */
  roles?: readonly string[] | null;
  /** Keep only direct ties of these kinds. Default null: every kind. */
  tieKinds?: readonly string[] | null;
  /**
   * Keep an exchange only when this returns true (after `kinds` and `programmes`), for example to
   * leave one programme out for a counterfactual. Default null: every exchange.
   */
  keepExchange?: ((exchange: ExchangeAttributes) => boolean) | null;
  /** Default `skip`: undated ties and participations are left out and counted in `skipped`. */
  undated?: UndatedContacts;
}

export const CONTACT_SEQUENCE_DEFAULTS = {
  sources: 'both',
  kinds: null,
  programmes: null,
  roles: null,
  tieKinds: null,
  keepExchange: null,
  undated: 'skip',
} as const satisfies Required<ContactSequenceOptions>;

/**
 * The contact sequence of an exchange network, compact. Nodes are numbered: people 0..P-1 (in the
 * network's node order; `people[i]` is the id), then cohorts P..P+C-1.
 *
 * A **cohort** is the set of people who attended one exchange over the same period [start, end]
 * (their participation's own dates, or else the exchange's). Everyone in a cohort is in contact
 * with everyone else in it during its period, and with everyone in another cohort of the same
 * exchange while both periods overlap. That hyperedge is stored as **links**:
 * - person–cohort, over the cohort's period, one per member;
 * - cohort–cohort, over the overlap of the two periods, one per overlapping pair of cohorts of the
 *   same exchange;
 * - person–person for each direct tie, over the tie's period.
 *
 * Two people are in contact at instant t exactly when a tie between them runs at t, or they are
 * in cohorts of one exchange that are joined at t (the same cohort, or two linked ones). Links are
 * sorted by start, then end, then `via`, then their two nodes. Times are milliseconds since the
 * epoch (UTC); an open side is -Infinity (a tie with only an end) or +Infinity (a tie with only a
 * start: it still runs). The arrays are shared, not copied: treat them as read-only.
 */
export interface ContactSequence {
  /** Person ids by number. */
  readonly people: readonly string[];
  /** Person id to number. */
  readonly personIndex: ReadonlyMap<string, number>;
  /** Number of nodes: people, then cohorts. */
  readonly nodes: number;
  /** Cohorts: the exchange (index into `vias`) and period of each, cohort c being node P + c. */
  readonly cohorts: { readonly via: Int32Array; readonly start: Float64Array; readonly end: Float64Array; readonly members: Int32Array };
  /** Links, sorted by start (see above). `source < target`; a cohort is always `target` of a person–cohort link. */
  readonly links: {
    readonly count: number;
    readonly source: Int32Array;
    readonly target: Int32Array;
    readonly start: Float64Array;
    readonly end: Float64Array;
    readonly via: Int32Array;
  };
  /** What carried each link: exchanges first (in network order), then ties (in edge order). */
  readonly vias: readonly Via[];
  /** Records left out because they had no date (with `undated: 'skip'`). */
  readonly skipped: { readonly ties: number; readonly participations: number };
}

function fail(message: string): never {
  throw new TypeError(`${MODULE}: ${message}`);
}

/** The period of a participation or an exchange: one known date alone is that instant; none is undated. */
function exchangePeriod(start: Instant, end: Instant, undated: UndatedContacts): [number, number] | null {
  if (start === null && end === null) return undated === 'always' ? [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY] : null;
  return [start ?? (end as number), end ?? (start as number)];
}

/** The period of a tie: a missing start is open to the past, a missing end means it still runs. */
function tiePeriod(start: Instant, end: Instant, undated: UndatedContacts): [number, number] | null {
  if (start === null && end === null) return undated === 'always' ? [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY] : null;
  return [start ?? Number.NEGATIVE_INFINITY, end ?? Number.POSITIVE_INFINITY];
}

class LinkBuffer {
  source: number[] = [];
  target: number[] = [];
  start: number[] = [];
  end: number[] = [];
  via: number[] = [];
  add(a: number, b: number, start: number, end: number, via: number): void {
    this.source.push(Math.min(a, b));
    this.target.push(Math.max(a, b));
    this.start.push(start);
    this.end.push(end);
    this.via.push(via);
  }
}

/**
 * The contact sequence of an exchange network: every contact between two people, from each
 * exchange (all pairs of its participants, while both were there: their participations' dates,
 * or else the exchange's) and each dated direct tie (its start to its end; a missing end means it
 * still runs, a missing start that it ran since an unknown date). An exchange or participation
 * with a single known date lasts that instant. Exchanges are kept as hyperedges (cohorts), never
 * expanded to pairs; see `ContactSequence`. The network is not modified.
 */
export function contactSequence(network: ExchangeNetwork, options: ContactSequenceOptions = {}): ContactSequence {
  if (options === null || typeof options !== 'object') fail(`options must be an object; got ${String(options)}.`);
  const sources = checkChoice(options.sources ?? CONTACT_SEQUENCE_DEFAULTS.sources, 'sources', ['both', 'ties', 'participations']);
  const undated = checkChoice(options.undated ?? CONTACT_SEQUENCE_DEFAULTS.undated, 'undated', ['skip', 'always']);
  const kinds = checkList(options.kinds ?? null, 'kinds');
  const programmes = checkList(options.programmes ?? null, 'programmes');
  const roles = checkList(options.roles ?? null, 'roles');
  const tieKinds = checkList(options.tieKinds ?? null, 'tieKinds');
  const keepExchange = options.keepExchange ?? null;
  if (keepExchange !== null && typeof keepExchange !== 'function') fail('keepExchange must be a function or null.');

  const people: string[] = [];
  const personIndex = new Map<string, number>();
  const byKey = new Map<string, number>();
  network.forEachNode((key, a) => {
    if (a.type !== 'person') return;
    byKey.set(key, people.length);
    personIndex.set(a.id, people.length);
    people.push(a.id);
  });
  const P = people.length;

  const vias: Via[] = [];
  const buffer = new LinkBuffer();
  const cohortVia: number[] = [];
  const cohortStart: number[] = [];
  const cohortEnd: number[] = [];
  const cohortMembers: number[] = [];
  let skippedParticipations = 0;
  let skippedTies = 0;

  if (sources !== 'ties') {
    network.forEachNode((exchangeKey, x) => {
      if (x.type !== 'exchange' || !passes(x.kind, kinds) || !passes(x.programme, programmes)) return;
      if (keepExchange !== null && !keepExchange(x)) return;
      // Cohorts of this exchange: people grouped by their attendance period.
      const periods = new Map<string, { start: number; end: number; members: Set<number> }>();
      const present = new Set<number>();
      network.forEachEdge(exchangeKey, (_edge, p, source, target) => {
        if (p.type !== 'participation' || !passes(p.role, roles)) return;
        const period = exchangePeriod(p.start ?? x.start, p.end ?? x.end, undated);
        if (period === null) {
          skippedParticipations++;
          return;
        }
        const person = byKey.get(source === exchangeKey ? target : source) as number;
        const key = `${period[0]} ${period[1]}`;
        let cohort = periods.get(key);
        if (cohort === undefined) {
          cohort = { start: period[0], end: period[1], members: new Set() };
          periods.set(key, cohort);
        }
        cohort.members.add(person);
        present.add(person);
      });
      if (present.size < 2) return;
      const via = vias.length;
      vias.push({ type: 'exchange', id: x.id });
      const cohorts = [...periods.values()].sort((a, b) => a.start - b.start || a.end - b.end);
      const first = P + cohortVia.length;
      for (const cohort of cohorts) {
        const node = P + cohortVia.length;
        cohortVia.push(via);
        cohortStart.push(cohort.start);
        cohortEnd.push(cohort.end);
        cohortMembers.push(cohort.members.size);
        for (const person of [...cohort.members].sort((a, b) => a - b)) buffer.add(person, node, cohort.start, cohort.end, via);
      }
      for (let i = 0; i < cohorts.length; i++) {
        const a = cohorts[i] as (typeof cohorts)[number];
        for (let j = i + 1; j < cohorts.length; j++) {
          const b = cohorts[j] as (typeof cohorts)[number];
          const start = Math.max(a.start, b.start);
          const end = Math.min(a.end, b.end);
          if (start <= end) buffer.add(first + i, first + j, start, end, via);
        }
      }
    });
  }

  if (sources !== 'participations') {
    network.forEachEdge((edge, t, source, target) => {
      if (t.type !== 'tie' || !passes(t.kind, tieKinds)) return;
      const period = tiePeriod(t.start, t.end, undated);
      if (period === null) {
        skippedTies++;
        return;
      }
      const via = vias.length;
      vias.push({ type: 'tie', id: edge });
      buffer.add(byKey.get(source) as number, byKey.get(target) as number, period[0], period[1], via);
    });
  }

  const count = buffer.start.length;
  const order = new Uint32Array(count);
  for (let k = 0; k < count; k++) order[k] = k;
  const { start, end, via, source, target } = buffer;
  order.sort(
    (i, j) =>
      (start[i] as number) - (start[j] as number) ||
      (end[i] as number) - (end[j] as number) ||
      (via[i] as number) - (via[j] as number) ||
      (source[i] as number) - (source[j] as number) ||
      (target[i] as number) - (target[j] as number) ||
      0,
  );
  const links = {
    count,
    source: Int32Array.from(order, (k) => source[k] as number),
    target: Int32Array.from(order, (k) => target[k] as number),
    start: Float64Array.from(order, (k) => start[k] as number),
    end: Float64Array.from(order, (k) => end[k] as number),
    via: Int32Array.from(order, (k) => via[k] as number),
  };
  return {
    people,
    personIndex,
    nodes: P + cohortVia.length,
    cohorts: {
      via: Int32Array.from(cohortVia),
      start: Float64Array.from(cohortStart),
      end: Float64Array.from(cohortEnd),
      members: Int32Array.from(cohortMembers),
    },
    links,
    vias,
    skipped: { ties: skippedTies, participations: skippedParticipations },
  };
}

/** Every contact between two people, as parallel arrays (person numbers, a < b). */
export interface PairContacts {
  readonly count: number;
  readonly a: Int32Array;
  readonly b: Int32Array;
  readonly start: Float64Array;
  readonly end: Float64Array;
  /** Index into the sequence's `vias`. */
  readonly via: Int32Array;
}

/** For each cohort, its members (person numbers, ascending), and the cohorts it is linked to. */
function cohortStructure(sequence: ContactSequence): { members: number[][]; linked: { other: number; link: number }[][] } {
  const P = sequence.people.length;
  const C = sequence.nodes - P;
  const members: number[][] = Array.from({ length: C }, () => []);
  const linked: { other: number; link: number }[][] = Array.from({ length: C }, () => []);
  const { source, target } = sequence.links;
  for (let k = 0; k < sequence.links.count; k++) {
    const s = source[k] as number;
    const t = target[k] as number;
    if (t < P) continue;
    if (s < P) (members[t - P] as number[]).push(s);
    else (linked[s - P] as { other: number; link: number }[]).push({ other: t - P, link: k });
  }
  for (const list of members) list.sort((x, y) => x - y);
  return { members, linked };
}

/**
 * The number of contacts between two people in the sequence: one per direct tie, and for each
 * exchange one per pair of people in one cohort and per pair across two overlapping cohorts (a
 * person in two cohorts of one exchange is not in contact with themself). Computed without
 * listing the pairs.
 */
export function contactCount(sequence: ContactSequence): number {
  const P = sequence.people.length;
  const { members, linked } = cohortStructure(sequence);
  let count = 0;
  const { source, target } = sequence.links;
  for (let k = 0; k < sequence.links.count; k++) if ((target[k] as number) < P && (source[k] as number) < P) count++;
  for (let c = 0; c < members.length; c++) {
    const m = members[c] as number[];
    count += (m.length * (m.length - 1)) / 2;
    for (const { other } of linked[c] as { other: number }[]) {
      const n = members[other] as number[];
      const shared = intersectionSize(m, n);
      count += m.length * n.length - shared;
    }
  }
  return count;
}

function intersectionSize(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/**
 * Every contact between two people, listed: the direct ties and every pair of each exchange (see
 * `contactCount`), sorted by start, then end, then `via`, then a, then b. This materialises the
 * pairs of each exchange, n(n-1)/2 for n people: for small networks, tests and exports; the
 * reachability functions never call it.
 */
export function pairContacts(sequence: ContactSequence): PairContacts {
  const P = sequence.people.length;
  const { members, linked } = cohortStructure(sequence);
  const a: number[] = [];
  const b: number[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const via: number[] = [];
  const add = (x: number, y: number, s: number, e: number, v: number) => {
    a.push(Math.min(x, y));
    b.push(Math.max(x, y));
    start.push(s);
    end.push(e);
    via.push(v);
  };
  const links = sequence.links;
  for (let k = 0; k < links.count; k++) {
    if ((links.target[k] as number) < P) {
      add(links.source[k] as number, links.target[k] as number, links.start[k] as number, links.end[k] as number, links.via[k] as number);
    }
  }
  const { cohorts } = sequence;
  for (let c = 0; c < members.length; c++) {
    const m = members[c] as number[];
    const v = cohorts.via[c] as number;
    for (let i = 0; i < m.length; i++)
      for (let j = i + 1; j < m.length; j++) add(m[i] as number, m[j] as number, cohorts.start[c] as number, cohorts.end[c] as number, v);
    for (const { other, link } of linked[c] as { other: number; link: number }[]) {
      const n = members[other] as number[];
      for (const x of m) for (const y of n) if (x !== y) add(x, y, links.start[link] as number, links.end[link] as number, v);
    }
  }
  const count = a.length;
  const order = Array.from({ length: count }, (_, k) => k);
  order.sort(
    (i, j) =>
      (start[i] as number) - (start[j] as number) ||
      (end[i] as number) - (end[j] as number) ||
      (via[i] as number) - (via[j] as number) ||
      (a[i] as number) - (a[j] as number) ||
      (b[i] as number) - (b[j] as number),
  );
  return {
    count,
    a: Int32Array.from(order, (k) => a[k] as number),
    b: Int32Array.from(order, (k) => b[k] as number),
    start: Float64Array.from(order, (k) => start[k] as number),
    end: Float64Array.from(order, (k) => end[k] as number),
    via: Int32Array.from(order, (k) => via[k] as number),
  };
}
