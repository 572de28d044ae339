import type { ExchangeNetwork, Instant } from '../model/types.js';
import type { GroupBy } from '../projection/group-network.js';
import { peopleNetwork } from '../projection/people-network.js';
import { type ExchangePresence, exchangePresence } from './exchange-presence.js';
import { firstContactsOf } from './first-contacts.js';
import { type FirstExchange, firstExchanges } from './first-exchanges.js';
import { groupsOfPeople } from './group-of.js';
import { indexWithoutPairs } from './index-without-pairs.js';
import { footprintOnIndex, groupedIndex, type NetworkFootprint } from './network-footprint.js';
import { pairsOnlyThrough } from './pairs-only-through.js';
import { checkOptions, exchangeSettings, peopleOptions, type ReachFilterOptions } from './reach-filters.js';
import { setReach } from './set-reach.js';

/** What a row of `programmeReach` stands for: a programme, a kind of exchange, or one exchange. */
export type ReachUnit = 'programme' | 'kind' | 'exchange';

export const REACH_UNITS: readonly ReachUnit[] = ['programme', 'kind', 'exchange'];

export interface ProgrammeReachOptions extends ReachFilterOptions {
  /** One row per programme (default), per kind of exchange, or per exchange. */
  by?: ReachUnit;
  /** Each person's group ("country" in the column names): an attribute (on the person, then in their data) or a function. Default `country`. */
  groupBy?: GroupBy;
}

/**
 * One row of programmes.csv (the keys are the column names; `unit` is written under the name of
 * `by`: `programme`, `kind` or `exchange`). See docs/metrics.md, "Programme reach".
 */
export interface ProgrammeReachRow {
  /** The programme, kind or exchange id; null for the exchanges without a programme (or kind). */
  unit: string | null;
  exchanges: number;
  participants: number;
  new_participants: number;
  returning_participants: number;
  countries: number;
  new_cross_country_ties: number;
  share_gaining_cross_tie: number | null;
  alumni_reach_2: number;
  without_connected_country_pairs: number;
  delta_connected_country_pairs: number;
  without_mean_country_distance: number | null;
  delta_mean_country_distance: number | null;
  without_largest_component: number;
  delta_largest_component: number;
  without_ei_index: number | null;
  delta_ei_index: number | null;
  without_reachable_country_pairs: number;
  delta_reachable_country_pairs: number;
  first_exchange_start: Instant;
  last_exchange_end: Instant;
}

const DEFAULTS = {
  by: 'programme',
  groupBy: 'country',
} as const satisfies Required<Pick<ProgrammeReachOptions, 'by' | 'groupBy'>>;

const MODULE = 'bridgegraph/reach/programme-reach';

function unitOf(x: ExchangePresence, by: ReachUnit): string | null {
  return by === 'programme' ? x.programme : by === 'kind' ? x.kind : x.id;
}

function compareUnits(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function difference(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a - b;
}

function earliest(values: Instant[]): Instant {
  return values.reduce<Instant>((best, v) => (v !== null && (best === null || v < best) ? v : best), null);
}

function latest(values: Instant[]): Instant {
  return values.reduce<Instant>((best, v) => (v !== null && (best === null || v > best) ? v : best), null);
}

/**
 * What each programme (or kind of exchange, or exchange) added to the network of people: who took
 * part (new and returning), which countries, which pairs of people from different countries first
 * met through it, how far its participants reach, and the counterfactual: the same measures of the
 * people's network with its exchanges (and their participations) removed, ties kept. Every column
 * is defined in docs/metrics.md ("Programme reach"); in short:
 *
 * - a person is **new** in the unit holding their first exchange in the whole (filtered) data
 *   (earliest participation, ties of date by exchange id), returning elsewhere; so the
 *   new_participants of all rows add up to the people who took part in any exchange;
 * - a pair's first contact is that of `firstContacts`; new_cross_country_ties counts the pairs of
 *   people of two different groups whose first contact was one of the unit's exchanges;
 * - alumni_reach_2 counts the people who are not participants of the unit and are within 2 ties of
 *   one, in the people's network of all the data;
 * - delta = with − without, with the whole network's value.
 *
 * The filters (`window`, `kinds`, `programmes`, `roles`, `tieKinds`) restrict the data first, as in
 * `peopleNetwork`; an exchange counts when it passes `kinds` and `programmes` and, with a window,
 * its period overlaps the window or one of its participations is kept. Rows sorted by unit (null
 * last). The source network is not changed.
 */
export function programmeReach(network: ExchangeNetwork, options: ProgrammeReachOptions = {}): ProgrammeReachRow[] {
  checkOptions(MODULE, options);
  const by = options.by ?? DEFAULTS.by;
  if (!REACH_UNITS.includes(by)) throw new TypeError(`${MODULE}: by must be 'programme', 'kind' or 'exchange'; got ${String(by)}.`);
  const filters = peopleOptions(options);
  const presence = exchangePresence(network, exchangeSettings(options)).filter((x) => x.inWindow || x.present.size > 0);
  const people = peopleNetwork(network, filters);
  const groups = groupsOfPeople(people, options.groupBy ?? DEFAULTS.groupBy, MODULE);
  const contacts = firstContactsOf(network, people, presence, groups);
  const first = firstExchanges(presence);
  const index = groupedIndex(people, groups);
  const position = new Map(index.nodes.map((id, i) => [id, i]));
  const whole = footprintOnIndex(index);

  const units = new Map<string | null, ExchangePresence[]>();
  for (const x of presence) {
    const unit = unitOf(x, by);
    const list = units.get(unit) ?? [];
    list.push(x);
    units.set(unit, list);
  }

  const rows: ProgrammeReachRow[] = [];
  for (const unit of [...units.keys()].sort(compareUnits)) {
    const exchanges = units.get(unit) as ExchangePresence[];
    const ids = new Set(exchanges.map((x) => x.id));
    const participants = new Set<string>();
    for (const x of exchanges) for (const person of x.present.keys()) participants.add(person);
    let fresh = 0;
    const countries = new Set<string>();
    for (const person of participants) {
      if (ids.has((first.get(person) as FirstExchange).exchange.id)) fresh++;
      const group = groups.get(person) ?? null;
      if (group !== null) countries.add(group);
    }
    let crossTies = 0;
    const gaining = new Set<string>();
    for (const c of contacts) {
      if (c.via.type !== 'exchange' || !ids.has(c.via.id)) continue;
      if (c.groupA === null || c.groupB === null || c.groupA === c.groupB) continue;
      crossTies++;
      gaining.add(c.personA);
      gaining.add(c.personB);
    }
    // Without the unit's exchanges, the people's network loses exactly the pairs they alone joined
    // (the same as rebuilding it from withoutExchanges(network, ids), without the rebuild).
    const lost = pairsOnlyThrough(people, ids).map(([a, b]) => [position.get(a) as number, position.get(b) as number] as const);
    const without: NetworkFootprint = footprintOnIndex(indexWithoutPairs(index, lost));
    rows.push({
      unit,
      exchanges: exchanges.length,
      participants: participants.size,
      new_participants: fresh,
      returning_participants: participants.size - fresh,
      countries: countries.size,
      new_cross_country_ties: crossTies,
      share_gaining_cross_tie: participants.size === 0 ? null : gaining.size / participants.size,
      alumni_reach_2: setReach(
        index,
        [...participants].map((p) => position.get(p) as number),
        2,
      ),
      without_connected_country_pairs: without.connectedGroupPairs,
      delta_connected_country_pairs: whole.connectedGroupPairs - without.connectedGroupPairs,
      without_mean_country_distance: without.meanGroupDistance,
      delta_mean_country_distance: difference(whole.meanGroupDistance, without.meanGroupDistance),
      without_largest_component: without.largestComponent,
      delta_largest_component: whole.largestComponent - without.largestComponent,
      without_ei_index: without.eiIndex,
      delta_ei_index: difference(whole.eiIndex, without.eiIndex),
      without_reachable_country_pairs: without.reachableGroupPairs,
      delta_reachable_country_pairs: whole.reachableGroupPairs - without.reachableGroupPairs,
      first_exchange_start: earliest(exchanges.map((x) => x.start)),
      last_exchange_end: latest(exchanges.map((x) => x.end)),
    });
  }
  return rows;
}
