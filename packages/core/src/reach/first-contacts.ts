import { compareInstants } from '../model/queries.js';
import type { ExchangeNetwork, Instant, TieAttributes } from '../model/types.js';
import type { GroupBy } from '../projection/group-network.js';
import { peopleNetwork } from '../projection/people-network.js';
import type { PeopleNetwork } from '../projection/types.js';
import { type ExchangePresence, exchangePresence, later } from './exchange-presence.js';
import { groupsOfPeople } from './group-of.js';
import { type ContactFilterOptions, checkOptions, exchangeSettings, peopleOptions } from './reach-filters.js';

/** What made a first contact: an exchange both took part in, or a direct tie between them. */
export type ContactVia =
  | { type: 'exchange'; id: string; kind: string | null; programme: string | null }
  | { type: 'tie'; key: string; kind: string | null };

/** The first contact of a pair of people. */
export interface FirstContact {
  /** The pair, the smaller id first (ids compared by UTF-16 code units, as JavaScript's `<`). */
  personA: string;
  personB: string;
  /** Their groups (by `groupBy`); null without `groupBy` or for a person without a group. */
  groupA: string | null;
  groupB: string | null;
  /** When they first met (ms since the epoch, UTC); null when none of their contacts is dated. */
  firstContact: Instant;
  /** The exchange or tie of that first contact. */
  via: ContactVia;
}

export interface FirstContactsOptions extends ContactFilterOptions {
  /** Fill `groupA` and `groupB` with this attribute (e.g. `country`) or function. Default null: no groups. */
  groupBy?: GroupBy | null;
}

const DEFAULTS = { groupBy: null } as const;

const MODULE = 'bridgegraph/reach/first-contacts';

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders first contacts chronologically (undated last), then by person_a, then person_b. */
export function compareFirstContacts(a: FirstContact, b: FirstContact): number {
  return compareInstants(a.firstContact, b.firstContact) || compareIds(a.personA, b.personA) || compareIds(a.personB, b.personB);
}

/**
 * The first contacts of every edge of an already built people's network (`people`, built from
 * `network` with the filters that gave `presence`). Shared by every function of reach/ so that
 * they all agree on who met whom first.
 */
export function firstContactsOf(
  network: ExchangeNetwork,
  people: PeopleNetwork,
  presence: readonly ExchangePresence[],
  groups: ReadonlyMap<string, string | null> | null,
): FirstContact[] {
  const byId = new Map(presence.map((x) => [x.id, x]));
  const rows: FirstContact[] = [];
  people.forEachEdge((_edge, tie, source, target) => {
    const [a, b] = source < target ? [source, target] : [target, source];
    let date: Instant = null;
    let via: ContactVia | null = null;
    // The pair's exchanges are sorted by the date they were both there, then by id, undated last:
    // the first one is their earliest exchange.
    const first = tie.exchanges[0];
    if (first !== undefined) {
      const x = byId.get(first) as ExchangePresence;
      date = later(x.present.get(a) ?? null, x.present.get(b) ?? null);
      via = { type: 'exchange', id: x.id, kind: x.kind, programme: x.programme };
    }
    // A tie replaces it only when strictly earlier (a dated tie beats an undated exchange): at the
    // same instant the exchange comes first; among ties, the first in data order.
    for (const key of tie.ties) {
      const t = network.getEdgeAttributes(key) as TieAttributes;
      if (via === null || compareInstants(t.start, date) < 0) {
        date = t.start;
        via = { type: 'tie', key, kind: t.kind };
      }
    }
    rows.push({
      personA: a,
      personB: b,
      groupA: groups?.get(a) ?? null,
      groupB: groups?.get(b) ?? null,
      firstContact: date,
      via: via as ContactVia,
    });
  });
  return rows.sort(compareFirstContacts);
}

/**
 * One row per pair of people who ever met, through a shared exchange or a direct tie, with the
 * moment and the exchange or tie of their first contact. The contacts are those of the people's
 * network built with the same filters (`window`, `kinds`, `programmes`, `roles`, `tieKinds`,
 * `sources`): a shared exchange is dated by the later of the two people's arrivals (the exchange's
 * start unless participations have their own dates), a tie by its start. So `firstContact` equals
 * the people's network's `firstContact` of the pair.
 *
 * Ties are broken deterministically: at the same instant an exchange comes before a tie (the
 * exchange is the occasion; a tie dated the same moment is recorded as its outcome); two exchanges
 * by id; two ties by data order. Undated contacts come after dated ones, so a pair with any dated
 * contact is dated by it; when every contact of a pair is undated, `firstContact` is null and `via`
 * is chosen by the same order: their exchange with the smallest id, else their first tie in data
 * order.
 *
 * Rows are in chronological order (undated last), then by `personA` and `personB`.
 */
export function firstContacts(network: ExchangeNetwork, options: FirstContactsOptions = {}): FirstContact[] {
  checkOptions(MODULE, options);
  const people = peopleNetwork(network, peopleOptions(options));
  const presence = exchangePresence(network, exchangeSettings(options));
  const groupBy = options.groupBy ?? DEFAULTS.groupBy;
  const groups = groupBy === null ? null : groupsOfPeople(people, groupBy, MODULE);
  return firstContactsOf(network, people, presence, groups);
}
