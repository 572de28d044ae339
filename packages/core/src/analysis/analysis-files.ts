import { toCsv } from '../export/csv-table.js';
import type { Analysis } from './analyze.js';
import { GROUP_COLUMNS, PERSON_COLUMNS, PERSON_EXTRA_COLUMNS } from './registry.js';

/** The files `bridgegraph analyze` writes, by name: people.csv, groups.csv and network.json. */
export function analysisFiles(analysis: Analysis): { 'people.csv': string; 'groups.csv': string; 'network.json': string } {
  return {
    'people.csv': toCsv([...PERSON_COLUMNS, ...PERSON_EXTRA_COLUMNS], analysis.people),
    'groups.csv': toCsv(GROUP_COLUMNS, analysis.groups),
    'network.json': `${JSON.stringify(analysis.network, null, 2)}\n`,
  };
}
