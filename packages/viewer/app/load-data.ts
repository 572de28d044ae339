// Loading networks in the browser with the core: the bundled sample, the user's CSV data package or our JSON.
import {
  type DataPackage,
  type ExchangeNetwork,
  type FileRole,
  importNetwork,
  networkFromJSON,
  problemLocation,
  roleFromFileName,
  textSource,
} from '@bridgegraph/core';
import exchangesCsv from '../../../datasets/sample-programme/exchanges.csv?raw';
import groupsCsv from '../../../datasets/sample-programme/groups.csv?raw';
import membershipsCsv from '../../../datasets/sample-programme/memberships.csv?raw';
import participationsCsv from '../../../datasets/sample-programme/participations.csv?raw';
import peopleCsv from '../../../datasets/sample-programme/people.csv?raw';
import tiesCsv from '../../../datasets/sample-programme/ties.csv?raw';

/** A network and the problems met while reading it, each as one readable line. */
export interface Loaded {
  network: ExchangeNetwork | null;
  problems: string[];
  name: string;
}

/** The sample programme bundled with the app, parsed by the core's importer. */
export async function loadSample(): Promise<ExchangeNetwork> {
  const files: Record<FileRole, string> = {
    people: peopleCsv,
    exchanges: exchangesCsv,
    participations: participationsCsv,
    ties: tiesCsv,
    groups: groupsCsv,
    memberships: membershipsCsv,
  };
  const data: DataPackage = {};
  for (const [role, text] of Object.entries(files) as [FileRole, string][]) data[role] = textSource(`${role}.csv`, text);
  const { network } = await importNetwork(data, { name: 'sample-programme' });
  return network;
}

/** A CSV data package from texts by file name; the file's role comes from its name. */
export async function loadDataPackage(files: readonly { name: string; text: string }[], name = 'data package'): Promise<Loaded> {
  const problems: string[] = [];
  const data: DataPackage = {};
  for (const file of files) {
    const role = roleFromFileName(file.name);
    if (role === null)
      problems.push(
        `${file.name}: cannot tell the file's role from its name (expected people.csv, exchanges.csv, participations.csv, ties.csv, groups.csv or memberships.csv); skipped`,
      );
    else if (data[role]) problems.push(`${file.name}: a second ${role} file; skipped`);
    else data[role] = textSource(file.name, file.text);
  }
  const result = await importNetwork(data, { name });
  for (const p of result.problems)
    problems.push(`${problemLocation(p)}: ${p.message}${p.value !== null && p.value !== '' ? ` (value '${p.value}')` : ''}`);
  if (!result.network.someNode((_k, a) => a.type === 'person')) problems.push(`${name}: no people were read`);
  return { network: result.network, problems, name };
}

/** The user's files: one `.json` network (our format) or the CSV files of a data package. */
export async function loadFiles(files: readonly File[]): Promise<Loaded> {
  const texts = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
  const json = texts.find((t) => /\.json$/i.test(t.name));
  if (json) {
    try {
      const problems = texts.length > 1 ? ['only the JSON file was read: give either one JSON network or CSV files'] : [];
      return { network: networkFromJSON(JSON.parse(json.text)), problems, name: json.name };
    } catch (error) {
      return { network: null, problems: [`${json.name}: ${error instanceof Error ? error.message : String(error)}`], name: json.name };
    }
  }
  return loadDataPackage(texts, texts.length === 1 ? (texts[0]?.name ?? 'data package') : 'data package');
}
