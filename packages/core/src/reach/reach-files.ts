import { type CsvCell, toCsv } from '../export/csv-table.js';
import type { ContactVia, FirstContact } from './first-contacts.js';
import { dateForm, formatDate } from './format-date.js';
import type { ProgrammeReachRow, ReachUnit } from './programme-reach.js';

/** The contract columns of programmes.csv, in order (the first is named after `by`: `programme` by default). */
export const PROGRAMME_COLUMNS = [
  'programme',
  'exchanges',
  'participants',
  'new_participants',
  'returning_participants',
  'countries',
  'new_cross_country_ties',
  'share_gaining_cross_tie',
  'alumni_reach_2',
] as const;

/** The counterfactual columns, after the contract ones: without = the network without the unit's exchanges; delta = with − without. */
export const PROGRAMME_COUNTERFACTUAL_COLUMNS = [
  'without_connected_country_pairs',
  'delta_connected_country_pairs',
  'without_mean_country_distance',
  'delta_mean_country_distance',
  'without_largest_component',
  'delta_largest_component',
  'without_ei_index',
  'delta_ei_index',
  'without_reachable_country_pairs',
  'delta_reachable_country_pairs',
] as const;

/** Added last: the span of the unit's exchanges. */
export const PROGRAMME_EXTRA_COLUMNS = ['first_exchange_start', 'last_exchange_end'] as const;

/** The contract columns of first-contacts.csv. */
export const FIRST_CONTACT_COLUMNS = ['person_a', 'person_b', 'first_contact', 'via'] as const;

/** Added after them: the two people's groups and the kind (and programme) of what made the contact. */
export const FIRST_CONTACT_EXTRA_COLUMNS = ['group_a', 'group_b', 'via_kind', 'via_programme'] as const;

/** `via` as written in first-contacts.csv: `exchange:<exchange id>` or `tie:<edge key>` (`tie:tie#12`, the 13th accepted row of ties.csv). */
export function viaLabel(via: ContactVia): string {
  return via.type === 'exchange' ? `exchange:${via.id}` : `tie:${via.key}`;
}

/** What `bridgegraph reach` writes. */
export interface ReachTables {
  by: ReachUnit;
  programmes: readonly ProgrammeReachRow[];
  contacts: readonly FirstContact[];
}

/**
 * The text of programmes.csv and first-contacts.csv. Dates are ISO 8601 in UTC, one form per column:
 * dates alone (`2016-05-01`) when every value of the column is a whole-day boundary (a start at
 * midnight UTC, an end at 23:59:59.999, as date-only data are read), else full datetimes
 * (`2016-05-01T09:30:00.000Z`) for the whole column. Unknown dates and undefined numbers are empty.
 */
export function reachFiles(tables: ReachTables): { 'programmes.csv': string; 'first-contacts.csv': string } {
  const columns = [tables.by, ...PROGRAMME_COLUMNS.slice(1), ...PROGRAMME_COUNTERFACTUAL_COLUMNS, ...PROGRAMME_EXTRA_COLUMNS];
  const startForm = dateForm(
    tables.programmes.map((r) => r.first_exchange_start),
    'start',
  );
  const endForm = dateForm(
    tables.programmes.map((r) => r.last_exchange_end),
    'end',
  );
  const contactForm = dateForm(
    tables.contacts.map((c) => c.firstContact),
    'start',
  );
  const programmes = tables.programmes.map((row): Record<string, CsvCell> => {
    const { unit, first_exchange_start, last_exchange_end, ...numbers } = row;
    return {
      ...numbers,
      [tables.by]: unit,
      first_exchange_start: formatDate(first_exchange_start, 'start', startForm),
      last_exchange_end: formatDate(last_exchange_end, 'end', endForm),
    };
  });
  const contacts = tables.contacts.map(
    (c): Record<string, CsvCell> => ({
      person_a: c.personA,
      person_b: c.personB,
      first_contact: formatDate(c.firstContact, 'start', contactForm),
      via: viaLabel(c.via),
      group_a: c.groupA,
      group_b: c.groupB,
      via_kind: c.via.kind,
      via_programme: c.via.type === 'exchange' ? c.via.programme : null,
    }),
  );
  return {
    'programmes.csv': toCsv(columns, programmes),
    'first-contacts.csv': toCsv([...FIRST_CONTACT_COLUMNS, ...FIRST_CONTACT_EXTRA_COLUMNS], contacts),
  };
}
