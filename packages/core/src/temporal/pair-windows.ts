import type { ExchangeNetwork, Instant } from '../model/types.js';
import { coParticipationSettings } from '../projection/co-participation.js';
import { checkChoice, checkList, passes } from '../projection/filters.js';
import type { PeopleIndex } from '../projection/pairs.js';
import type { PeopleNetworkOptions } from '../projection/people-network.js';
import type { Period } from './windows.js';

// For each pair of people, the windows of a series in which the two are tied in the window's
// people's network (`peopleNetwork(network, { ...projection, window })`), found in one pass over
// the exchanges and ties instead of one projection per window.

const MODULE = 'bridgegraph/temporal/pair-windows';

/**
 * For each pair of people tied in at least one window, the windows in which they are tied, as
 * ranges of window numbers. Pair p joins the people numbered `source[p] < target[p]` (numbers in
 * the exchange network's person order, as `indexPeople`); its ranges are `first[r]..last[r]` (both
 * included) for r in `offsets[p] .. offsets[p + 1]`, in order, disjoint and never adjacent.
 */
export interface PairWindows {
  readonly windows: number;
  readonly count: number;
  readonly source: Int32Array;
  readonly target: Int32Array;
  readonly offsets: Int32Array;
  readonly first: Int32Array;
  readonly last: Int32Array;
  /**
   * The sum of the weights of the direct ties that are in at least one window; NaN when one of
   * them is not a positive finite number (the people's network of such a window cannot be
   * analysed with weights).
   */
  readonly tieWeightSum: number;
}

/** The bounds of a series of windows, for binary search. */
interface WindowBounds {
  starts: Float64Array;
  ends: Float64Array;
}

function fail(message: string): never {
  throw new RangeError(`${MODULE}: ${message}`);
}

function windowBounds(windows: readonly Period[]): WindowBounds {
  const starts = new Float64Array(windows.length);
  const ends = new Float64Array(windows.length);
  windows.forEach((w, k) => {
    if (!(w.start <= w.end)) fail(`window ${k} ends (${w.end}) before it starts (${w.start}).`);
    if (k > 0 && (w.start < (starts[k - 1] as number) || w.end < (ends[k - 1] as number)))
      fail(`windows must be in chronological order (starts and ends never decreasing), as timeWindows makes them; window ${k} is not.`);
    starts[k] = w.start;
    ends[k] = w.end;
  });
  return { starts, ends };
}

/** The first window that ends at or after `t` (the number of windows when none does). */
function firstEndingFrom(bounds: WindowBounds, t: number): number {
  let lo = 0;
  let hi = bounds.ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((bounds.ends[mid] as number) >= t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The last window that starts at or before `t` (-1 when none does). */
function lastStartingBy(bounds: WindowBounds, t: number): number {
  let lo = 0;
  let hi = bounds.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((bounds.starts[mid] as number) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * Sorts flat ranges `[f0, l0, f1, l1, ...]` by their first window and merges those that overlap or
 * touch, in place; returns the number of numbers kept (twice the number of ranges).
 */
export function mergeRanges(ranges: number[] | Int32Array, length = ranges.length): number {
  if (length <= 2) return length;
  // Insertion sort by first window: the lists are short (a pair's contacts, a person's exchanges).
  for (let a = 2; a < length; a += 2) {
    const f = ranges[a] as number;
    const l = ranges[a + 1] as number;
    let b = a - 2;
    while (b >= 0 && (ranges[b] as number) > f) {
      ranges[b + 2] = ranges[b] as number;
      ranges[b + 3] = ranges[b + 1] as number;
      b -= 2;
    }
    ranges[b + 2] = f;
    ranges[b + 3] = l;
  }
  let kept = 2;
  for (let a = 2; a < length; a += 2) {
    const f = ranges[a] as number;
    const l = ranges[a + 1] as number;
    if (f <= (ranges[kept - 1] as number) + 1) {
      if (l > (ranges[kept - 1] as number)) ranges[kept - 1] = l;
    } else {
      ranges[kept] = f;
      ranges[kept + 1] = l;
      kept += 2;
    }
  }
  return kept;
}

/**
 * The windows in which each pair of people is tied in the people's network of the window, by the
 * rules of `peopleNetwork` with that window (see `docs/metrics.md`, "The network over time"):
 *
 * - through an exchange (of the kinds and programmes kept) when both took part in it in the
 *   window: each has a participation (in a role kept) whose period overlaps the window, the period
 *   being the participation's own dates where given, else the exchange's, one known date alone
 *   being that instant (the two periods need not overlap each other);
 * - through a direct tie (of the kinds kept) when [start, end] overlaps the window, a missing end
 *   meaning it still runs and a missing start an unknown start.
 *
 * Undated participations and ties are in no window. A period overlaps the windows from the first
 * that ends at or after its start to the last that starts at or before its end: with windows in
 * chronological order (starts and ends never decreasing, as `timeWindows` makes them), a
 * contiguous range. The projection is checked as `peopleNetwork` checks it, with the same errors.
 */
export function pairWindows(
  network: ExchangeNetwork,
  people: PeopleIndex,
  windows: readonly Period[],
  projection: Omit<PeopleNetworkOptions, 'window'> = {},
): PairWindows {
  // The same checks, in the same order, as peopleNetwork (whose defaults are 'both' and null).
  const settings = coParticipationSettings({ ...projection, window: null });
  const sources = checkChoice(projection.sources ?? 'both', 'sources', ['both', 'ties', 'participations']);
  const tieKinds = checkList(projection.tieKinds ?? null, 'tieKinds');
  const bounds = windowBounds(windows);
  const order = people.nodes.length;

  const pairOf = new Map<number, number>();
  const source: number[] = [];
  const target: number[] = [];
  const rangePair: number[] = [];
  const rangeFirst: number[] = [];
  const rangeLast: number[] = [];
  const pairNumber = (i: number, j: number): number => {
    const a = Math.min(i, j);
    const b = Math.max(i, j);
    const key = a * order + b;
    let p = pairOf.get(key);
    if (p === undefined) {
      p = source.length;
      pairOf.set(key, p);
      source.push(a);
      target.push(b);
    }
    return p;
  };
  const add = (p: number, f: number, l: number) => {
    rangePair.push(p);
    rangeFirst.push(f);
    rangeLast.push(l);
  };

  if (sources !== 'ties') {
    network.forEachNode((exchangeKey, x) => {
      if (x.type !== 'exchange' || !passes(x.kind, settings.kinds) || !passes(x.programme, settings.programmes)) return;
      // Each person's windows in this exchange, as flat ranges.
      const present = new Map<number, number[]>();
      network.forEachEdge(exchangeKey, (_edge, p, s, t) => {
        if (p.type !== 'participation' || !passes(p.role, settings.roles)) return;
        const start: Instant = p.start ?? x.start;
        const end: Instant = p.end ?? x.end;
        if (start === null && end === null) return;
        const f = firstEndingFrom(bounds, (start ?? end) as number);
        const l = lastStartingBy(bounds, (end ?? start) as number);
        if (f > l) return;
        const person = people.position.get(s === exchangeKey ? t : s) as number;
        const list = present.get(person);
        if (list === undefined) present.set(person, [f, l]);
        else list.push(f, l);
      });
      if (present.size < 2) return;
      const members = [...present.keys()];
      const lists = members.map((m) => {
        const list = present.get(m) as number[];
        list.length = mergeRanges(list);
        return list;
      });
      for (let a = 0; a < members.length; a++) {
        const la = lists[a] as number[];
        for (let b = a + 1; b < members.length; b++) {
          const lb = lists[b] as number[];
          // The windows where both are present: the intersection of two sorted lists of disjoint ranges.
          let p = -1;
          let i = 0;
          let j = 0;
          while (i < la.length && j < lb.length) {
            const f = Math.max(la[i] as number, lb[j] as number);
            const l = Math.min(la[i + 1] as number, lb[j + 1] as number);
            if (f <= l) {
              if (p < 0) p = pairNumber(members[a] as number, members[b] as number);
              add(p, f, l);
            }
            if ((la[i + 1] as number) < (lb[j + 1] as number)) i += 2;
            else j += 2;
          }
        }
      }
    });
  }

  let tieWeightSum = 0;
  if (sources !== 'participations') {
    network.forEachEdge((_edge, t, s, tg) => {
      if (t.type !== 'tie' || !passes(t.kind, tieKinds)) return;
      if (t.start === null && t.end === null) return;
      const f = firstEndingFrom(bounds, t.start ?? Number.NEGATIVE_INFINITY);
      const l = lastStartingBy(bounds, t.end ?? Number.POSITIVE_INFINITY);
      if (f > l) return;
      const w = t.weight as unknown;
      tieWeightSum = typeof w === 'number' && Number.isFinite(w) && w > 0 ? tieWeightSum + w : Number.NaN;
      add(pairNumber(people.position.get(s) as number, people.position.get(tg) as number), f, l);
    });
  }

  // Group the ranges by pair (a counting sort), then sort and merge each pair's.
  const count = source.length;
  const offsets = new Int32Array(count + 1);
  for (const p of rangePair) offsets[p + 1] = (offsets[p + 1] as number) + 1;
  for (let p = 0; p < count; p++) offsets[p + 1] = (offsets[p + 1] as number) + (offsets[p] as number);
  const fill = offsets.slice(0, count);
  const flat = new Int32Array(2 * rangePair.length);
  rangePair.forEach((p, r) => {
    const at = 2 * (fill[p] as number);
    fill[p] = (fill[p] as number) + 1;
    flat[at] = rangeFirst[r] as number;
    flat[at + 1] = rangeLast[r] as number;
  });
  const first = new Int32Array(rangePair.length);
  const last = new Int32Array(rangePair.length);
  let kept = 0;
  let from = 0;
  for (let p = 0; p < count; p++) {
    const to = offsets[p + 1] as number;
    const segment = flat.subarray(2 * from, 2 * to);
    const length = mergeRanges(segment);
    offsets[p] = kept;
    for (let a = 0; a < length; a += 2) {
      first[kept] = segment[a] as number;
      last[kept] = segment[a + 1] as number;
      kept++;
    }
    from = to;
  }
  offsets[count] = kept;
  return {
    windows: windows.length,
    count,
    source: Int32Array.from(source),
    target: Int32Array.from(target),
    offsets,
    first: first.slice(0, kept),
    last: last.slice(0, kept),
    tieWeightSum,
  };
}
