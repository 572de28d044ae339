import { STANDARD_COLUMNS } from '../import/columns.js';
import type { FileRole } from '../import/csv-source.js';
import type { EdgeAttributes, ExchangeNetwork, Instant, NodeAttributes } from '../model/types.js';
import { formatDate } from '../reach/format-date.js';
import { parseInstant } from '../time/parse-instant.js';

/** A data package as text: file name → CSV text (see {@link toCsvPackage} for which files). */
export type CsvPackage = Partial<Record<`${FileRole}.csv`, string>>;

const MODULE = 'bridgegraph/export/to-csv-package';
/** The order files are written in. */
const FILE_ORDER: readonly FileRole[] = ['people', 'exchanges', 'participations', 'ties', 'groups', 'memberships'];
/** Other names the import accepts for a standard column (see `import/columns.ts`). */
const ALIASES: Partial<Record<string, readonly string[]>> = {
  'memberships.start': ['from'],
  'memberships.end': ['to'],
  'exchanges.programme': ['program'],
};
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** What a standard column must read back as: an id, a text, an instant (as a start or an end), a weight. */
type Expected =
  | { kind: 'id'; value: string }
  | { kind: 'text'; value: string | null }
  | { kind: 'instant'; role: 'start' | 'end'; value: Instant }
  | { kind: 'weight'; value: number };

interface PackageRow {
  data: Record<string, string>;
  expected: Partial<Record<string, Expected>>;
}

function readBack(cell: string, e: Expected): unknown {
  const text = cell.trim();
  if (e.kind === 'id') return text;
  if (e.kind === 'text') return text === '' ? null : text;
  if (e.kind === 'weight') return text === '' ? 1 : NUMBER.test(text) ? Number(text) : Number.NaN;
  const parsed = parseInstant(text, { role: e.role, timeZone: 'UTC' });
  return parsed.ok ? parsed.value : Number.NaN;
}

function written(e: Expected): string {
  if (e.kind === 'id') return e.value;
  if (e.kind === 'text') return e.value ?? '';
  if (e.kind === 'weight') return String(e.value);
  return formatDate(e.value, e.role) ?? '';
}

/** Whether a record needs the column to say its value (an absent column reads as empty, weight 1). */
function needsColumn(e: Expected): boolean {
  return e.kind === 'id' || (e.kind === 'weight' ? e.value !== 1 : e.value !== null);
}

/** One cell as CSV text: quoted when it holds a delimiter the import could detect, a quote, a line break or surrounding spaces. */
function cell(text: string): string {
  return /[",;\t|\n\r]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

function resolve(header: readonly string[], role: FileRole, column: string): string | undefined {
  for (const candidate of [column, ...(ALIASES[`${role}.${column}`] ?? [])]) {
    const found = header.find((h) => h.trim().toLowerCase() === candidate);
    if (found !== undefined) return found;
  }
  return undefined;
}

function checkId(id: string, what: string): Expected {
  if (id === '' || id !== id.trim())
    throw new Error(
      `${MODULE}: the ${what} id ${JSON.stringify(id)} is empty or has surrounding spaces, which a data package cannot hold (ids are trimmed on import).`,
    );
  return { kind: 'id', value: id };
}

function nodeRecord(a: NodeAttributes): PackageRow {
  const expected: PackageRow['expected'] = { id: checkId(a.id, a.type), name: { kind: 'text', value: a.name } };
  if (a.type === 'person') expected.country = { kind: 'text', value: a.country };
  else expected.kind = { kind: 'text', value: a.kind };
  if (a.type === 'exchange') {
    expected.programme = { kind: 'text', value: a.programme };
    expected.host_country = { kind: 'text', value: a.hostCountry };
    expected.start = { kind: 'instant', role: 'start', value: a.start };
    expected.end = { kind: 'instant', role: 'end', value: a.end };
  }
  return { data: a.data, expected };
}

function edgeRecord(network: ExchangeNetwork, a: EdgeAttributes, source: string, target: string): PackageRow {
  const s = network.getNodeAttributes(source);
  const t = network.getNodeAttributes(target);
  const dates = { start: { kind: 'instant', role: 'start', value: a.start }, end: { kind: 'instant', role: 'end', value: a.end } } as const;
  if (a.type === 'tie') {
    return {
      data: a.data,
      expected: {
        source: checkId(s.id, 'person'),
        target: checkId(t.id, 'person'),
        kind: { kind: 'text', value: a.kind },
        ...dates,
        weight: { kind: 'weight', value: a.weight },
      },
    };
  }
  const [person, other] = s.type === 'person' ? [s, t] : [t, s];
  const otherColumn = a.type === 'participation' ? 'exchange' : 'group';
  return {
    data: a.data,
    expected: {
      person: checkId(person.id, 'person'),
      [otherColumn]: checkId(other.id, other.type),
      role: { kind: 'text', value: a.role },
      ...dates,
    },
  };
}

type Instants = Expected & { kind: 'instant' };

/** Where a ties file holds its dates: the columns read as start, end and time (undefined when absent). */
interface TieColumns {
  start: string | undefined;
  end: string | undefined;
  time: string | undefined;
}

/** Whether a tie's cells read back as its dates, as the import reads them: from `time` when start and end are empty. */
function tieDatesReadBack(cells: (name: string | undefined) => string, columns: TieColumns, start: Instants, end: Instants): boolean {
  let read: [unknown, unknown];
  if (cells(columns.start).trim() === '' && cells(columns.end).trim() === '' && cells(columns.time).trim() !== '') {
    const s = readBack(cells(columns.time), start);
    read = [s, s === null ? null : readBack(cells(columns.time), end)];
  } else read = [readBack(cells(columns.start), start), readBack(cells(columns.end), end)];
  return Object.is(read[0], start.value) && Object.is(read[1], end.value);
}

/** The rows of one file: a header (standard columns first, then every other data column in first-seen order) and the cells. */
function fileText(role: FileRole, records: readonly PackageRow[]): string {
  const seen: string[] = [];
  const seenSet = new Set<string>();
  for (const r of records) {
    for (const column of Object.keys(r.data)) {
      if (!seenSet.has(column)) {
        seenSet.add(column);
        seen.push(column);
      }
    }
  }
  const dataCell = (r: PackageRow) => (name: string | undefined) =>
    name !== undefined && Object.hasOwn(r.data, name) ? (r.data[name] as string) : '';
  const inData: TieColumns = { start: resolve(seen, role, 'start'), end: resolve(seen, role, 'end'), time: resolve(seen, role, 'time') };
  // Ties whose data already say their dates (through `time`, say) need no start and end columns.
  const tiesKeepDates =
    role === 'ties' &&
    records.every((r) => tieDatesReadBack(dataCell(r), inData, r.expected.start as Instants, r.expected.end as Instants));
  const standard: { column: string; name: string }[] = [];
  for (const column of STANDARD_COLUMNS[role] as readonly string[]) {
    const name = resolve(seen, role, column);
    const dated = column === 'start' || column === 'end';
    const needed = records.some((r) => {
      const e = r.expected[column];
      return e !== undefined && needsColumn(e);
    });
    if (name !== undefined) standard.push({ column, name });
    else if (column !== 'time' && needed && !(dated && tiesKeepDates)) standard.push({ column, name: column });
  }
  const standardNames = new Set(standard.map((s) => s.name));
  const header = [...standard.map((s) => s.name), ...seen.filter((c) => !standardNames.has(c))];
  const named = (column: string) => standard.find((s) => s.column === column)?.name;
  const tieColumns: TieColumns = { start: named('start'), end: named('end'), time: named('time') };
  const lines = [header.map(cell).join(',')];
  for (const r of records) {
    const row = new Map<string, string>();
    for (const name of header) row.set(name, dataCell(r)(name));
    for (const { column, name } of standard) {
      const e = r.expected[column];
      if (e === undefined || (role === 'ties' && (column === 'start' || column === 'end'))) continue;
      if (!Object.is(readBack(row.get(name) ?? '', e), e.value)) row.set(name, written(e));
    }
    if (role === 'ties') {
      const start = r.expected.start as Instants;
      const end = r.expected.end as Instants;
      const cells = (name: string | undefined) => (name === undefined ? '' : (row.get(name) ?? ''));
      if (!tieDatesReadBack(cells, tieColumns, start, end)) {
        if (tieColumns.start !== undefined) row.set(tieColumns.start, written(start));
        if (tieColumns.end !== undefined) row.set(tieColumns.end, written(end));
        if (tieColumns.time !== undefined && start.value === null && end.value === null) row.set(tieColumns.time, '');
        if (!tieDatesReadBack(cells, tieColumns, start, end))
          throw new Error(`${MODULE}: a tie's dates cannot be written so that they read back.`);
      }
    }
    lines.push(header.map((name) => cell(row.get(name) ?? '')).join(','));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The network as a data package: `people.csv`, `exchanges.csv`, `participations.csv`, `ties.csv`,
 * `groups.csv`, `memberships.csv` (only files with rows, except a `ties.csv` without rows when a
 * package would otherwise have neither people nor ties, which the import requires). Columns are the standard ones in use
 * (named as in the records' data, so `ID` stays `ID`), then every other data column in first-seen
 * order. A cell keeps the record's own text whenever the import reads it back as the record's
 * value (so data round-trips exactly); otherwise it is written from the attribute: instants as ISO
 * 8601 in UTC, the date alone for a start at 00:00:00.000Z or an end at 23:59:59.999Z. Text is
 * written as it is, without the spreadsheet formula escaping of report files (`'=cmd`), because
 * the import reads a package cell exactly: an escaped id would become another id. Importing the
 * package gives back the network, except `sources` (and people or groups created from a
 * reference, which become records when their file is written). Throws on an id a package cannot
 * hold (empty or with surrounding spaces).
 */
export function toCsvPackage(network: ExchangeNetwork): CsvPackage {
  const records: Record<FileRole, PackageRow[]> = { people: [], exchanges: [], participations: [], ties: [], groups: [], memberships: [] };
  const fromReference: Record<'people' | 'exchanges' | 'groups', PackageRow[]> = { people: [], exchanges: [], groups: [] };
  const fileOf = { person: 'people', exchange: 'exchanges', group: 'groups' } as const;
  network.forEachNode((_key, a) => {
    (a.origin === 'reference' ? fromReference : records)[fileOf[a.type]].push(nodeRecord(a));
  });
  network.forEachEdge((_key, a, source, target) => {
    records[a.type === 'tie' ? 'ties' : a.type === 'participation' ? 'participations' : 'memberships'].push(
      edgeRecord(network, a, source, target),
    );
  });
  // Nodes made from references come back from the references alone, unless their file is written anyway.
  for (const role of ['people', 'exchanges', 'groups'] as const) if (records[role].length > 0) records[role].push(...fromReference[role]);
  const out: CsvPackage = {};
  for (const role of FILE_ORDER) if (records[role].length > 0) out[`${role}.csv`] = fileText(role, records[role]);
  // A package needs people or ties: without either, a ties file without rows (people named elsewhere stay references).
  if (out['people.csv'] === undefined && out['ties.csv'] === undefined && Object.keys(out).length > 0) out['ties.csv'] = 'source,target\n';
  return out;
}
