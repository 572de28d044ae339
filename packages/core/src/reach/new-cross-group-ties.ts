import type { ExchangeNetwork } from '../model/types.js';
import type { GroupBy } from '../projection/group-network.js';
import { checkWindows, type ReachWindow } from './check-windows.js';
import { firstContacts } from './first-contacts.js';
import { type ContactFilterOptions, checkOptions } from './reach-filters.js';

export interface NewCrossGroupTiesOptions extends ContactFilterOptions {
  /** The periods to count in, each `{ start, end }` (ms, both ends included). Required; they may overlap. */
  windows: readonly ReachWindow[];
  /** Each person's group: an attribute (on the person, then in their data) or a function. Default `country`. */
  groupBy?: GroupBy;
}

/** New pairs in one window. */
export interface NewCrossGroupTiesRow {
  start: number;
  end: number;
  /** Pairs of people whose first contact falls in the window. */
  newPairs: number;
  /** Those of them whose two people both have a group and the groups differ. */
  newCrossGroupPairs: number;
}

const MODULE = 'bridgegraph/reach/new-cross-group-ties';

/**
 * For each window, the number of pairs of people who met for the first time in it (their
 * `firstContacts` instant lies in [start, end]) and, among them, the pairs across two different
 * groups (both people grouped). Undated first contacts fall in no window. A pair counts in every
 * window that holds its first contact (once when the windows are disjoint). One row per window, in
 * the order given.
 */
export function newCrossGroupTies(network: ExchangeNetwork, options: NewCrossGroupTiesOptions): NewCrossGroupTiesRow[] {
  checkOptions(MODULE, options);
  const windows = checkWindows(MODULE, options?.windows, false);
  const contacts = firstContacts(network, { ...options, groupBy: options.groupBy ?? 'country' });
  return windows.map(({ start, end }) => {
    let newPairs = 0;
    let newCrossGroupPairs = 0;
    for (const c of contacts) {
      if (c.firstContact === null || c.firstContact < start || c.firstContact > end) continue;
      newPairs++;
      if (c.groupA !== null && c.groupB !== null && c.groupA !== c.groupB) newCrossGroupPairs++;
    }
    return { start, end, newPairs, newCrossGroupPairs };
  });
}
