import { type TimeSpan, timeSpan } from '../model/queries.js';
import type { ExchangeNetwork } from '../model/types.js';

/** A count per value, most frequent first (ties broken by value). */
export interface ValueCount {
  value: string;
  count: number;
}

/** What a network holds, in numbers. */
export interface NetworkSummary {
  name: string | null;
  people: number;
  /** People by how they entered the network (`record`, `reference`, `placeholder`). */
  peopleByOrigin: Record<'record' | 'reference' | 'placeholder', number>;
  /** People per country (people without a country are counted in `peopleWithoutCountry`). */
  countries: ValueCount[];
  peopleWithoutCountry: number;
  groups: number;
  exchanges: number;
  exchangesByKind: ValueCount[];
  exchangesByProgramme: ValueCount[];
  participations: number;
  memberships: number;
  ties: number;
  /** Ties between two people whose countries are both known and differ. */
  crossCountryTies: number;
  /** Earliest and latest date in the network (ISO 8601, UTC), or null when nothing is dated. */
  timeSpan: { start: string; end: string } | null;
}

function tally(values: Iterable<string>): ValueCount[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

function iso(span: TimeSpan | null): NetworkSummary['timeSpan'] {
  return span === null ? null : { start: new Date(span.start).toISOString(), end: new Date(span.end).toISOString() };
}

/** Counts the people, countries, groups, exchanges, participations, memberships and ties of a network. */
export function summarizeNetwork(network: ExchangeNetwork): NetworkSummary {
  const peopleByOrigin = { record: 0, reference: 0, placeholder: 0 };
  const countries: string[] = [];
  const kinds: string[] = [];
  const programmes: string[] = [];
  let people = 0;
  let groups = 0;
  let exchanges = 0;
  let peopleWithoutCountry = 0;
  network.forEachNode((_key, a) => {
    if (a.type === 'person') {
      people++;
      peopleByOrigin[a.origin]++;
      if (a.country === null) peopleWithoutCountry++;
      else countries.push(a.country);
    } else if (a.type === 'group') {
      groups++;
    } else {
      exchanges++;
      kinds.push(a.kind ?? '(none)');
      programmes.push(a.programme ?? '(none)');
    }
  });
  let participations = 0;
  let memberships = 0;
  let ties = 0;
  let crossCountryTies = 0;
  network.forEachEdge((_key, a, _s, _t, sa, ta) => {
    if (a.type === 'participation') participations++;
    else if (a.type === 'membership') memberships++;
    else {
      ties++;
      if (sa.type === 'person' && ta.type === 'person' && sa.country !== null && ta.country !== null && sa.country !== ta.country)
        crossCountryTies++;
    }
  });
  const name = network.getAttribute('name');
  return {
    name: typeof name === 'string' ? name : null,
    people,
    peopleByOrigin,
    countries: tally(countries),
    peopleWithoutCountry,
    groups,
    exchanges,
    exchangesByKind: tally(kinds),
    exchangesByProgramme: tally(programmes),
    participations,
    memberships,
    ties,
    crossCountryTies,
    timeSpan: iso(timeSpan(network)),
  };
}
