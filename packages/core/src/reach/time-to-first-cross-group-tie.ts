import type { ExchangeNetwork, Instant } from '../model/types.js';
import type { GroupBy } from '../projection/group-network.js';
import { peopleNetwork } from '../projection/people-network.js';
import { exchangePresence } from './exchange-presence.js';
import { type ContactVia, type FirstContact, firstContactsOf } from './first-contacts.js';
import { firstExchanges } from './first-exchanges.js';
import { groupsOfPeople } from './group-of.js';
import { type ContactFilterOptions, checkOptions, exchangeSettings, peopleOptions } from './reach-filters.js';

export interface TimeToFirstCrossGroupTieOptions extends ContactFilterOptions {
  /** Each person's group: an attribute (on the person, then in their data) or a function. Default `country`. */
  groupBy?: GroupBy;
}

/** How long a person waited, after their first exchange, for their first contact across groups. */
export interface TimeToFirstCrossGroupTieRow {
  person: string;
  group: string | null;
  /** Their first exchange (earliest participation; ties of date by exchange id); null if they took part in none. */
  firstExchange: string | null;
  /** When they were first at it (their participation's start, else the exchange's); null when unknown. */
  firstExchangeStart: Instant;
  /** Their earliest first contact with a person of another group; null when undated or when there is none. */
  firstCrossGroupContact: Instant;
  /** Who that contact was with, and through what; null when they never met anyone of another group. */
  with: string | null;
  via: ContactVia | null;
  /**
   * firstCrossGroupContact − firstExchangeStart in milliseconds; null when either is unknown. Negative
   * when the person already had a cross-group contact (a direct tie) before their first exchange.
   */
  durationMs: number | null;
}

const MODULE = 'bridgegraph/reach/time-to-first-cross-group-tie';

/**
 * For every person (in the network's order): the start of their first exchange, their first contact
 * with someone of another group (the earliest of their pairs in `firstContacts` whose two people
 * both have a group and the groups differ; undated contacts only when no dated one exists), and the
 * time between. A person without a group has no cross-group contact.
 */
export function timeToFirstCrossGroupTie(
  network: ExchangeNetwork,
  options: TimeToFirstCrossGroupTieOptions = {},
): TimeToFirstCrossGroupTieRow[] {
  checkOptions(MODULE, options);
  const people = peopleNetwork(network, peopleOptions(options));
  const presence = exchangePresence(network, exchangeSettings(options));
  const groups = groupsOfPeople(people, options.groupBy ?? 'country', MODULE);
  const contacts = firstContactsOf(network, people, presence, groups);
  const first = firstExchanges(presence);
  // Contacts are sorted: the first cross-group one seen for a person is their earliest.
  const firstCross = new Map<string, FirstContact>();
  for (const c of contacts) {
    if (c.groupA === null || c.groupB === null || c.groupA === c.groupB) continue;
    if (!firstCross.has(c.personA)) firstCross.set(c.personA, c);
    if (!firstCross.has(c.personB)) firstCross.set(c.personB, c);
  }
  return people.mapNodes((person) => {
    const exchange = first.get(person);
    const cross = firstCross.get(person);
    const start = exchange?.since ?? null;
    const contact = cross?.firstContact ?? null;
    return {
      person,
      group: groups.get(person) ?? null,
      firstExchange: exchange?.exchange.id ?? null,
      firstExchangeStart: start,
      firstCrossGroupContact: contact,
      with: cross === undefined ? null : cross.personA === person ? cross.personB : cross.personA,
      via: cross?.via ?? null,
      durationMs: start === null || contact === null ? null : contact - start,
    };
  });
}
