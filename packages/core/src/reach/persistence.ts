import type { ExchangeNetwork } from '../model/types.js';
import { peopleNetwork } from '../projection/people-network.js';
import { checkWindows, type ReachWindow } from './check-windows.js';
import { type ContactFilterOptions, checkOptions, peopleOptions } from './reach-filters.js';

export interface PersistenceOptions extends Omit<ContactFilterOptions, 'window'> {
  /** Disjoint windows in chronological order, each `{ start, end }` (ms, both ends included). Required. */
  windows: readonly ReachWindow[];
}

/** How many of a window's pairs were in contact again later. */
export interface PersistenceRow {
  start: number;
  end: number;
  /** Pairs of people in contact during the window. */
  pairs: number;
  /** Of those, pairs also in contact during the next window. */
  persistingNext: number;
  /** persistingNext / pairs; null for the last window or when `pairs` is 0. */
  shareNext: number | null;
  /** Of those, pairs in contact during at least one later window. */
  persistingLater: number;
  /** persistingLater / pairs; null for the last window or when `pairs` is 0. */
  shareLater: number | null;
}

const MODULE = 'bridgegraph/reach/persistence';

/**
 * Persistence of contact across windows. A pair is **in contact during a window** when it is an
 * edge of the people's network restricted to that window (`peopleNetwork` with `window`): both
 * took part in an exchange whose participations overlap the window, or a direct tie between them
 * overlaps it (a tie without an end still runs). For window i, of the pairs in contact during it,
 * `persistingNext` are in contact again during window i + 1 and `persistingLater` during any window
 * after i; the shares divide by the window's pairs. A long tie or exchange that overlaps two windows
 * counts in both: restrict `sources` to `participations` to count only meetings at exchanges.
 * The windows must be disjoint and in chronological order.
 */
export function persistence(network: ExchangeNetwork, options: PersistenceOptions): PersistenceRow[] {
  checkOptions(MODULE, options);
  const windows = checkWindows(MODULE, options?.windows, true);
  const pairSets = windows.map((window) => {
    const people = peopleNetwork(network, { ...peopleOptions(options), window });
    return new Set(people.mapEdges((_edge, _attributes, a, b) => (a < b ? JSON.stringify([a, b]) : JSON.stringify([b, a]))));
  });
  // laterUnion[i]: the pairs in contact during any window after i.
  const laterUnion: Set<string>[] = windows.map(() => new Set());
  for (let i = windows.length - 2; i >= 0; i--) {
    laterUnion[i] = new Set([...(laterUnion[i + 1] as Set<string>), ...(pairSets[i + 1] as Set<string>)]);
  }
  return windows.map(({ start, end }, i) => {
    const pairs = pairSets[i] as Set<string>;
    const next = pairSets[i + 1];
    const later = laterUnion[i] as Set<string>;
    let persistingNext = 0;
    let persistingLater = 0;
    for (const pair of pairs) {
      if (next?.has(pair)) persistingNext++;
      if (later.has(pair)) persistingLater++;
    }
    const last = next === undefined;
    return {
      start,
      end,
      pairs: pairs.size,
      persistingNext,
      shareNext: last || pairs.size === 0 ? null : persistingNext / pairs.size,
      persistingLater,
      shareLater: last || pairs.size === 0 ? null : persistingLater / pairs.size,
    };
  });
}
