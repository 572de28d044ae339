import { personKey } from '../model/keys.js';
import type { ExchangeNetwork, Instant, PersonAttributes } from '../model/types.js';
import { type ContactSequence, type ContactSequenceOptions, contactSequence, type Via } from './contacts.js';

// Time-respecting paths (Holme and Saramäki 2012, "Temporal networks", Physics Reports
// 519:97-125, section 4.1; Kempe, Kleinberg and Kumar 2002, "Connectivity and inference problems
// for temporal networks", J. Comput. Syst. Sci. 64:820-842): earliest arrival from a source, and
// its mirror, latest departure towards a target, over a contact sequence whose contacts last an
// interval. One sweep over the links sorted by start per source: O(links + people) each.

const MODULE = 'bridgegraph/temporal/reachability';

/** Reads a person's group: an attribute name (on the person, then in its `data`), or a function. */
export type PersonGroupBy = string | ((id: string, attributes: PersonAttributes) => string | null);

export interface ReachabilityOptions extends ContactSequenceOptions {
  /**
   * The moment the information starts at the source: only contacts at or after it are used (a
   * contact that began earlier and still runs can be used from `from` on). Default null: the
   * beginning of time.
   */
  from?: Instant;
  /** The deadline: arrivals after it do not count (a contact that runs past it can be used up to it). Default null: no deadline. */
  until?: Instant;
  /**
   * Default false: a path may chain contacts at the same instant (non-decreasing times). With
   * true, each hop must happen strictly later than the hop before it, by at least 1 ms (instants
   * are whole milliseconds). The people of one exchange are in contact with each other directly,
   * so passing something across an exchange is one hop in either mode.
   */
  strict?: boolean;
  /**
   * A contact sequence already built from this network (see `contactSequence`), to reuse across
   * calls; the contact filters (`sources`, `kinds`, ...) must then be left out. Default null: built
   * from the network with the filters given.
   */
  contacts?: ContactSequence | null;
}

export const REACHABILITY_DEFAULTS = {
  from: null,
  until: null,
  strict: false,
  contacts: null,
} as const satisfies Pick<Required<ReachabilityOptions>, 'from' | 'until' | 'strict' | 'contacts'>;

/** How a person was reached on an earliest-arrival path. */
export interface Arrival {
  person: string;
  /**
   * The earliest arrival: when the person first had it. The source's own is `from`. Null when that
   * is before any date: `from` not given and the source itself, or a tie without a start.
   */
  time: number | null;
  /** The person it came from on one earliest path (null for a source). */
  previous: string | null;
  /** The contact that carried it from `previous` (null for a source). */
  via: Via | null;
  /** Number of contacts on that path (0 for a source). */
  hops: number;
}

/** How a person can pass something on towards the target, on a latest-departure path. */
export interface Departure {
  person: string;
  /**
   * The latest departure: the last moment the person can pass it on and still have it reach the
   * target by `until` (for the target itself, `until`). With `strict`, the person must have had it
   * at least 1 ms before. Null when that is after any date: `until` not given and the target
   * itself, or a tie without an end.
   */
  time: number | null;
  /** The next person on one latest path (null for the target). */
  next: string | null;
  /** The contact that carries it to `next` (null for the target). */
  via: Via | null;
  /** Number of contacts from this person to the target on that path. */
  hops: number;
}

/** A set of people with a time each: the people reachable from a source, or those who can reach a target. */
export interface TemporalSet {
  /** `out`: reachable from `origin` (out-component); `in`: can reach `origin` (source set). */
  direction: 'out' | 'in';
  /** The source(s) or target(s), as given. */
  origin: string[];
  /**
   * The people in the set, the origin left out, sorted by `time` (earliest arrival for `out`,
   * latest departure for `in`; null, meaning before or after any date, comes first for `out` and
   * last for `in`), then in the network's order.
   */
  people: { person: string; time: number | null }[];
  /** Number of people in the set. */
  size: number;
  /**
   * With `groupBy`: the groups of the people in the set (the origin left out), each with its
   * number of people, sorted by group; people without a group are counted in `ungrouped`.
   */
  groups: { group: string; people: number }[] | null;
  ungrouped: number | null;
}

export interface TemporalSetOptions extends ReachabilityOptions {
  /** Count the set's people by this attribute (for example `country`). Default null: no groups. */
  groupBy?: PersonGroupBy | null;
}

/** One person's reachable set and source set, by size. */
export interface ReachSizeRow {
  person: string;
  /** The person's own group (with `groupBy`), else null. */
  group: string | null;
  /** People reachable from this person within [from, until], the person left out. */
  reachable: number;
  /** Distinct groups among them (with `groupBy`), else null. */
  reachableGroups: number | null;
  /** People who can reach this person within [from, until], the person left out. */
  reachedBy: number;
  /** Distinct groups among them (with `groupBy`), else null. */
  reachedByGroups: number | null;
}

export interface ReachSizesOptions extends TemporalSetOptions {
  /** Only these people (ids), in this order. Default null: everyone, in the network's order. */
  people?: readonly string[] | null;
}

function fail(message: string, type: 'type' | 'range' = 'type'): never {
  const text = `${MODULE}: ${message}`;
  throw type === 'range' ? new RangeError(text) : new TypeError(text);
}

// ---------------------------------------------------------------------------------------------
// The index: links by start, and each node's links by start (CSR). Built once per sequence and
// direction, and cached.

interface TemporalIndex {
  people: number;
  nodes: number;
  count: number;
  source: Int32Array;
  target: Int32Array;
  start: Float64Array;
  end: Float64Array;
  via: Int32Array;
  offsets: Int32Array;
  adjacent: Int32Array;
  /** A member of each cohort (cohort c is node people + c). */
  representative: Int32Array;
}

const forwardCache = new WeakMap<ContactSequence, TemporalIndex>();
const mirrorCache = new WeakMap<ContactSequence, TemporalIndex>();

function buildIndex(
  people: number,
  nodes: number,
  source: Int32Array,
  target: Int32Array,
  start: Float64Array,
  end: Float64Array,
  via: Int32Array,
): TemporalIndex {
  const count = start.length;
  const offsets = new Int32Array(nodes + 1);
  for (let k = 0; k < count; k++) {
    const s = (source[k] as number) + 1;
    const t = (target[k] as number) + 1;
    offsets[s] = (offsets[s] as number) + 1;
    offsets[t] = (offsets[t] as number) + 1;
  }
  for (let i = 0; i < nodes; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const fill = offsets.slice(0, nodes);
  const adjacent = new Int32Array(2 * count);
  // Links are sorted by start, so each node's list is too.
  for (let k = 0; k < count; k++) {
    const s = source[k] as number;
    const t = target[k] as number;
    adjacent[fill[s] as number] = k;
    fill[s] = (fill[s] as number) + 1;
    adjacent[fill[t] as number] = k;
    fill[t] = (fill[t] as number) + 1;
  }
  const representative = new Int32Array(nodes - people).fill(-1);
  for (let k = 0; k < count; k++) {
    const s = source[k] as number;
    const t = target[k] as number;
    if (s < people && t >= people && representative[t - people] === -1) representative[t - people] = s;
  }
  return { people, nodes, count, source, target, start, end, via, offsets, adjacent, representative };
}

function forwardIndex(sequence: ContactSequence): TemporalIndex {
  let index = forwardCache.get(sequence);
  if (index === undefined) {
    const l = sequence.links;
    index = buildIndex(sequence.people.length, sequence.nodes, l.source, l.target, l.start, l.end, l.via);
    forwardCache.set(sequence, index);
  }
  return index;
}

/** The time-reversed sequence: a link [s, e] becomes [-e, -s], sorted again by start. */
function mirrorIndex(sequence: ContactSequence): TemporalIndex {
  let index = mirrorCache.get(sequence);
  if (index === undefined) {
    const l = sequence.links;
    const n = l.count;
    const order = new Uint32Array(n);
    for (let k = 0; k < n; k++) order[k] = k;
    // By descending end; links ending together in the reverse of their forward order.
    order.sort((i, j) => (l.end[j] as number) - (l.end[i] as number) || j - i);
    index = buildIndex(
      sequence.people.length,
      sequence.nodes,
      Int32Array.from(order, (k) => l.source[k] as number),
      Int32Array.from(order, (k) => l.target[k] as number),
      Float64Array.from(order, (k) => -(l.end[k] as number)),
      Float64Array.from(order, (k) => -(l.start[k] as number)),
      Int32Array.from(order, (k) => l.via[k] as number),
    );
    mirrorCache.set(sequence, index);
  }
  return index;
}

// ---------------------------------------------------------------------------------------------
// The sweep.

/** Working arrays for one index, reused from source to source (only touched entries are reset). */
class SweepState {
  readonly arrival: Float64Array;
  readonly ready: Float64Array;
  /** The person it came from (for a cohort: a person present who had it before, see `reach`). */
  readonly previous: Int32Array;
  readonly via: Int32Array;
  readonly hops: Int32Array;
  /** Nodes reached, in the order they were reached. */
  readonly reached: Int32Array;
  reachedCount = 0;
  reachedPeople = 0;
  private readonly queue: Int32Array;
  private readonly later: Int32Array;

  constructor(readonly index: TemporalIndex) {
    const n = index.nodes;
    this.arrival = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
    this.ready = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
    this.previous = new Int32Array(n).fill(-1);
    this.via = new Int32Array(n).fill(-1);
    this.hops = new Int32Array(n);
    this.reached = new Int32Array(n);
    this.queue = new Int32Array(n);
    this.later = new Int32Array(n);
  }

  private reset(): void {
    for (let k = 0; k < this.reachedCount; k++) {
      const v = this.reached[k] as number;
      this.arrival[v] = Number.POSITIVE_INFINITY;
      this.ready[v] = Number.POSITIVE_INFINITY;
      this.previous[v] = -1;
      this.via[v] = -1;
      this.hops[v] = 0;
    }
    this.reachedCount = 0;
    this.reachedPeople = 0;
  }

  /**
   * Earliest arrival from `sources` (node numbers, people), starting at `from`, up to `until`.
   * Invariant: times are processed in increasing order T; at T, every node whose arrival is T is
   * found before T moves on, so an arrival, once set, is final.
   */
  run(sources: readonly number[], from: number, until: number, strict: boolean): void {
    this.reset();
    const { people, count, source, target, start, end, via, offsets, adjacent, representative } = this.index;
    const { arrival, ready, previous, hops, reached, queue, later } = this;
    let head = 0;
    let tail = 0;
    // People reached in strict mode, who pass it on from 1 ms later; the earliest such moment.
    let laterCount = 0;
    let laterTime = Number.POSITIVE_INFINITY;
    let T = from;

    const reach = (w: number, u: number, link: number) => {
      arrival[w] = T;
      const person = w < people;
      ready[w] = strict && person ? T + 1 : T;
      // `previous` of a cohort: a person present in it (or in a cohort of the same exchange joined to
      // it now) who had it before, so that the people it reaches can name who passed it on.
      let by = u;
      if (u >= people) by = (arrival[u] as number) === T || person ? (previous[u] as number) : (representative[u - people] as number);
      previous[w] = by;
      hops[w] = (hops[by] as number) + (person ? 1 : 0);
      this.via[w] = via[link] as number;
      reached[this.reachedCount++] = w;
      if (person) this.reachedPeople++;
      if (ready[w] === T) queue[tail++] = w;
      else {
        later[laterCount++] = w;
        if ((ready[w] as number) < laterTime) laterTime = ready[w] as number;
      }
    };

    for (const s of sources) {
      if (arrival[s] !== Number.POSITIVE_INFINITY) continue;
      arrival[s] = from;
      ready[s] = from;
      reached[this.reachedCount++] = s;
      this.reachedPeople++;
      queue[tail++] = s;
    }
    // First link starting at or after `from`; links that started before are reached through the
    // adjacency of each node, when it is reached.
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((start[mid] as number) < from) lo = mid + 1;
      else hi = mid;
    }
    let pos = lo;

    for (;;) {
      // Links starting now, from nodes that had it before.
      while (pos < count && start[pos] === T) {
        const u = source[pos] as number;
        const v = target[pos] as number;
        if ((ready[u] as number) <= T && arrival[v] === Number.POSITIVE_INFINITY) reach(v, u, pos);
        else if ((ready[v] as number) <= T && arrival[u] === Number.POSITIVE_INFINITY) reach(u, v, pos);
        pos++;
      }
      // Everyone ready now passes it on through every link running now (same-instant chains).
      while (head < tail) {
        const u = queue[head++] as number;
        for (let at = offsets[u] as number, stop = offsets[u + 1] as number; at < stop; at++) {
          const k = adjacent[at] as number;
          if ((start[k] as number) > T) break;
          if ((end[k] as number) < T) continue;
          const s = source[k] as number;
          const w = s === u ? (target[k] as number) : s;
          if (arrival[w] === Number.POSITIVE_INFINITY) reach(w, u, k);
        }
      }
      head = 0;
      tail = 0;
      if (this.reachedPeople === people) return;
      // The next instant: the next link's start, or when people reached in strict mode are ready.
      let next = pos < count ? (start[pos] as number) : Number.POSITIVE_INFINITY;
      if (laterTime <= next) {
        next = laterTime;
        let kept = 0;
        laterTime = Number.POSITIVE_INFINITY;
        for (let k = 0; k < laterCount; k++) {
          const w = later[k] as number;
          const r = ready[w] as number;
          if (r === next) queue[tail++] = w;
          else {
            later[kept++] = w;
            if (r < laterTime) laterTime = r;
          }
        }
        laterCount = kept;
      }
      if (next > until || next === Number.POSITIVE_INFINITY) return;
      T = next;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Options and results.

interface Settings {
  sequence: ContactSequence;
  from: number;
  until: number;
  strict: boolean;
}

function instant(value: unknown, name: string): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isFinite(value))
    fail(`${name} must be an instant in milliseconds or null; got ${String(value)}.`);
  return value;
}

const CONTACT_OPTION_NAMES = ['sources', 'kinds', 'programmes', 'roles', 'tieKinds', 'keepExchange', 'undated'] as const;

function settings(network: ExchangeNetwork, options: ReachabilityOptions): Settings {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) fail(`options must be an object; got ${String(options)}.`);
  const from = instant(options.from, 'from');
  const until = instant(options.until, 'until');
  if (from !== null && until !== null && until < from) fail(`until (${until}) is before from (${from}).`, 'range');
  const strict = options.strict ?? REACHABILITY_DEFAULTS.strict;
  if (typeof strict !== 'boolean') fail(`strict must be true or false; got ${String(strict)}.`);
  let sequence = options.contacts ?? REACHABILITY_DEFAULTS.contacts;
  if (sequence !== null) {
    const given = CONTACT_OPTION_NAMES.filter((name) => options[name] !== undefined && options[name] !== null);
    if (given.length > 0) fail(`${given.join(', ')} cannot be given with contacts: filter when building the contact sequence.`);
    if (typeof sequence !== 'object' || !(sequence.links?.start instanceof Float64Array)) fail('contacts must be a contact sequence.');
  } else {
    sequence = contactSequence(network, options);
  }
  return { sequence, from: from ?? Number.NEGATIVE_INFINITY, until: until ?? Number.POSITIVE_INFINITY, strict };
}

function personNumbers(sequence: ContactSequence, ids: string | readonly string[], what: string): number[] {
  const list = typeof ids === 'string' ? [ids] : ids;
  if (!Array.isArray(list) || list.length === 0) fail(`${what} must be a person id or a non-empty list of them.`);
  return list.map((id) => {
    const n = typeof id === 'string' ? sequence.personIndex.get(id) : undefined;
    if (n === undefined) fail(`unknown person '${String(id)}'.`);
    return n;
  });
}

function finite(time: number): number | null {
  return Number.isFinite(time) ? time : null;
}

function runForward(s: Settings, sources: number[]): SweepState {
  const state = new SweepState(forwardIndex(s.sequence));
  state.run(sources, s.from, s.until, s.strict);
  return state;
}

/** The mirror: earliest arrival in reversed time is latest departure. */
function runMirror(s: Settings, targets: number[]): SweepState {
  const state = new SweepState(mirrorIndex(s.sequence));
  state.run(targets, -s.until, -s.from, s.strict);
  return state;
}

/** One person reached by a sweep: when, from (or towards) whom, through which contact. */
interface Visit {
  person: string;
  time: number | null;
  other: string | null;
  via: Via | null;
  hops: number;
}

/** The people a sweep reached, in the order reached; `sign` -1 reads a mirrored (reversed-time) sweep. */
function visits(state: SweepState, sequence: ContactSequence, sign: 1 | -1): Visit[] {
  const { people, vias } = sequence;
  const out: Visit[] = [];
  for (let k = 0; k < state.reachedCount; k++) {
    const v = state.reached[k] as number;
    if (v >= people.length) continue;
    const p = state.previous[v] as number;
    const via = state.via[v] as number;
    out.push({
      person: people[v] as string,
      time: finite(sign * (state.arrival[v] as number)),
      other: p < 0 ? null : (people[p] as string),
      via: via < 0 ? null : (vias[via] as Via),
      hops: state.hops[v] as number,
    });
  }
  return out;
}

/**
 * Earliest arrival over time-respecting paths (Holme and Saramäki 2012; Kempe, Kleinberg and
 * Kumar 2002): for each person reachable from the source(s), the earliest moment they could have
 * had something the source had at `from`, with the person it came from and the contact that
 * carried it, so that a path can be shown (`pathTo`). Contacts last an interval: a contact [s, e]
 * can be used by someone who has it by e, and the other person has it from max(s, that moment).
 * Same-instant contacts chain unless `strict`. Several sources start together. The map holds the
 * sources and every person reached, in the order they were reached (by time).
 */
export function earliestArrival(
  network: ExchangeNetwork,
  source: string | readonly string[],
  options: ReachabilityOptions = {},
): Map<string, Arrival> {
  const s = settings(network, options);
  const state = runForward(s, personNumbers(s.sequence, source, 'source'));
  const out = new Map<string, Arrival>();
  for (const v of visits(state, s.sequence, 1)) {
    out.set(v.person, { person: v.person, time: v.time, previous: v.other, via: v.via, hops: v.hops });
  }
  return out;
}

/**
 * Latest departure, the mirror of `earliestArrival` (the same sweep in reversed time): for each
 * person who could get something to the target(s) by `until`, passing it on no earlier than
 * `from`, the last moment they can pass it on, with the next person and the contact.
 */
export function latestDeparture(
  network: ExchangeNetwork,
  target: string | readonly string[],
  options: ReachabilityOptions = {},
): Map<string, Departure> {
  const s = settings(network, options);
  const state = runMirror(s, personNumbers(s.sequence, target, 'target'));
  const out = new Map<string, Departure>();
  for (const v of visits(state, s.sequence, -1)) {
    out.set(v.person, { person: v.person, time: v.time, next: v.other, via: v.via, hops: v.hops });
  }
  return out;
}

/**
 * The path to `person` in an `earliestArrival` result: the hops from a source, in order, each
 * with who passed it, who got it, when and through what. Empty for a source; null when the person
 * was not reached.
 */
export function pathTo(
  arrivals: ReadonlyMap<string, Arrival>,
  person: string,
): { from: string; to: string; time: number | null; via: Via }[] | null {
  let at = arrivals.get(person);
  if (at === undefined) return null;
  const hops: { from: string; to: string; time: number | null; via: Via }[] = [];
  while (at.previous !== null && at.via !== null) {
    hops.push({ from: at.previous, to: at.person, time: at.time, via: at.via });
    const previous = arrivals.get(at.previous);
    if (previous === undefined) fail(`arrivals are inconsistent: '${at.previous}' is missing.`);
    at = previous;
  }
  return hops.reverse();
}

function groupReader(network: ExchangeNetwork, groupBy: PersonGroupBy | null | undefined): ((id: string) => string | null) | null {
  if (groupBy === null || groupBy === undefined) return null;
  if (typeof groupBy !== 'function' && (typeof groupBy !== 'string' || groupBy === '')) {
    fail(`groupBy must be an attribute name or a function; got ${String(groupBy)}.`);
  }
  return (id) => {
    const attributes = network.getNodeAttributes(personKey(id)) as PersonAttributes;
    let value: unknown;
    if (typeof groupBy === 'function') value = groupBy(id, attributes);
    else {
      const own = Object.hasOwn(attributes, groupBy) ? (attributes as unknown as Record<string, unknown>)[groupBy] : undefined;
      value = own ?? (Object.hasOwn(attributes.data, groupBy) ? attributes.data[groupBy] : undefined);
    }
    if (value === null || value === undefined) return null;
    const text = String(value);
    return text.trim() === '' ? null : text;
  };
}

/** Each person's group as a number (-1: none), and the group names. */
function groupNumbers(sequence: ContactSequence, read: (id: string) => string | null): { of: Int32Array; names: string[] } {
  const values = sequence.people.map(read);
  const names = [...new Set(values.filter((v): v is string => v !== null))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const number = new Map(names.map((name, k) => [name, k]));
  return { of: Int32Array.from(values, (v) => (v === null ? -1 : (number.get(v) as number))), names };
}

function temporalSet(
  network: ExchangeNetwork,
  origin: string | readonly string[],
  options: TemporalSetOptions,
  direction: 'out' | 'in',
): TemporalSet {
  const s = settings(network, options);
  const read = groupReader(network, options.groupBy);
  const origins = personNumbers(s.sequence, origin, direction === 'out' ? 'source' : 'target');
  const state = direction === 'out' ? runForward(s, origins) : runMirror(s, origins);
  const { people } = s.sequence;
  const isOrigin = new Set(origins);
  const members: { n: number; time: number }[] = [];
  for (let k = 0; k < state.reachedCount; k++) {
    const v = state.reached[k] as number;
    if (v >= people.length || isOrigin.has(v)) continue;
    members.push({ n: v, time: state.arrival[v] as number });
  }
  // Mirror arrivals are negated departures: ascending departure is descending arrival.
  const sign = direction === 'out' ? 1 : -1;
  members.sort((a, b) => sign * (a.time - b.time) || a.n - b.n);
  let groups: TemporalSet['groups'] = null;
  let ungrouped: number | null = null;
  if (read !== null) {
    const { of, names } = groupNumbers(s.sequence, read);
    const counts = new Int32Array(names.length);
    ungrouped = 0;
    for (const { n } of members) {
      const g = of[n] as number;
      if (g < 0) ungrouped++;
      else counts[g] = (counts[g] as number) + 1;
    }
    groups = names.map((group, k) => ({ group, people: counts[k] as number })).filter((g) => g.people > 0);
  }
  return {
    direction,
    origin: typeof origin === 'string' ? [origin] : [...origin],
    people: members.map(({ n, time }) => ({ person: people[n] as string, time: finite(sign * time) })),
    size: members.length,
    groups,
    ungrouped,
  };
}

/**
 * The people reachable from the source(s) by time-respecting paths within [from, until] (the
 * out-component of Holme and Saramäki 2012), with their earliest arrival, and with `groupBy`
 * their number by group. The sources themselves are left out.
 */
export function reachableFrom(network: ExchangeNetwork, source: string | readonly string[], options: TemporalSetOptions = {}): TemporalSet {
  return temporalSet(network, source, options, 'out');
}

/**
 * The people who could have got something to the target(s) by time-respecting paths within
 * [from, until] (the source set, or in-component, of Holme and Saramäki 2012), with their latest
 * departure, and with `groupBy` their number by group. Computed by the latest-departure mirror of
 * the earliest-arrival sweep. The targets themselves are left out.
 */
export function canReach(network: ExchangeNetwork, target: string | readonly string[], options: TemporalSetOptions = {}): TemporalSet {
  return temporalSet(network, target, options, 'in');
}

/**
 * For every person (or those in `people`): how many people, and how many groups (with
 * `groupBy`), they could reach within [from, until], and how many could reach them. One forward
 * sweep and one mirrored sweep per person over a shared index: O(people × links) in all.
 */
export function reachableSetSizes(network: ExchangeNetwork, options: ReachSizesOptions = {}): ReachSizeRow[] {
  const s = settings(network, options);
  const read = groupReader(network, options.groupBy);
  const { sequence } = s;
  const P = sequence.people.length;
  const chosen =
    options.people === null || options.people === undefined
      ? Array.from({ length: P }, (_, k) => k)
      : personNumbers(sequence, options.people as readonly string[], 'people');
  const groups = read === null ? null : groupNumbers(sequence, read);
  const seen = new Int32Array(groups === null ? 0 : groups.names.length).fill(-1);
  let stamp = 0;
  const countGroups = (state: SweepState, self: number): number | null => {
    if (groups === null) return null;
    stamp++;
    let distinct = 0;
    for (let k = 0; k < state.reachedCount; k++) {
      const v = state.reached[k] as number;
      if (v >= P || v === self) continue;
      const g = groups.of[v] as number;
      if (g >= 0 && seen[g] !== stamp) {
        seen[g] = stamp;
        distinct++;
      }
    }
    return distinct;
  };
  const forward = new SweepState(forwardIndex(sequence));
  const mirror = new SweepState(mirrorIndex(sequence));
  return chosen.map((n) => {
    forward.run([n], s.from, s.until, s.strict);
    const reachable = forward.reachedPeople - 1;
    const reachableGroups = countGroups(forward, n);
    mirror.run([n], -s.until, -s.from, s.strict);
    const g = groups === null ? -1 : (groups.of[n] as number);
    return {
      person: sequence.people[n] as string,
      group: groups === null || g < 0 ? null : (groups.names[g] as string),
      reachable,
      reachableGroups,
      reachedBy: mirror.reachedPeople - 1,
      reachedByGroups: countGroups(mirror, n),
    };
  });
}
