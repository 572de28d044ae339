import { compareInstants } from '../model/queries.js';
import type { ExchangeNetwork, Instant } from '../model/types.js';
import type { GroupBy } from '../projection/group-network.js';
import { type ContactVia, type FirstContactsOptions, firstContacts } from './first-contacts.js';

/** The first contact between two groups (for example two countries). */
export interface GroupPairFirstContact {
  /** The two groups, sorted (UTF-16 code units); always different. */
  groupA: string;
  groupB: string;
  /** The earliest first contact between a member of groupA and a member of groupB; null when none is dated. */
  firstContact: Instant;
  /** The pair that made it: personA is the member of groupA, personB of groupB. */
  personA: string;
  personB: string;
  via: ContactVia;
  /** Number of pairs of people, one in each group, who ever met. */
  pairs: number;
}

export interface FirstContactByGroupPairOptions extends Omit<FirstContactsOptions, 'groupBy'> {
  /** Each person's group: an attribute (on the person, then in their data) or a function. Default `country`. */
  groupBy?: GroupBy;
}

const DEFAULTS = { groupBy: 'country' } as const;

/**
 * For every pair of different groups whose members ever met: when the first of their members met
 * (the earliest `firstContact` of `firstContacts` over the pairs of people across the two groups),
 * who and through what, and how many pairs of people across them met in all. People without a group
 * are left out. When several pairs met at that same instant, the first in `firstContacts`' order
 * (then by ids) is reported. Rows in chronological order (undated last), then by group names.
 */
export function firstContactByGroupPair(network: ExchangeNetwork, options: FirstContactByGroupPairOptions = {}): GroupPairFirstContact[] {
  const contacts = firstContacts(network, { ...options, groupBy: options.groupBy ?? DEFAULTS.groupBy });
  const byPair = new Map<string, GroupPairFirstContact>();
  // Contacts come sorted: the first seen for a pair of groups is its earliest.
  for (const c of contacts) {
    if (c.groupA === null || c.groupB === null || c.groupA === c.groupB) continue;
    const flip = c.groupB < c.groupA;
    const [groupA, groupB] = flip ? [c.groupB, c.groupA] : [c.groupA, c.groupB];
    const key = JSON.stringify([groupA, groupB]);
    const row = byPair.get(key);
    if (row !== undefined) row.pairs++;
    else {
      byPair.set(key, {
        groupA,
        groupB,
        firstContact: c.firstContact,
        personA: flip ? c.personB : c.personA,
        personB: flip ? c.personA : c.personB,
        via: c.via,
        pairs: 1,
      });
    }
  }
  // Chronological, then by group names.
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...byPair.values()].sort(
    (a, b) => compareInstants(a.firstContact, b.firstContact) || compare(a.groupA, b.groupA) || compare(a.groupB, b.groupB),
  );
}
