import type { FileRole } from './csv-source.js';

/** The columns Bridgegraph reads from each file, by their standard names. */
export const STANDARD_COLUMNS = {
  people: ['id', 'name', 'country'],
  exchanges: ['id', 'name', 'kind', 'programme', 'start', 'end', 'host_country'],
  participations: ['person', 'exchange', 'role', 'start', 'end'],
  ties: ['source', 'target', 'kind', 'start', 'end', 'time', 'weight'],
  groups: ['id', 'name', 'kind'],
  memberships: ['person', 'group', 'role', 'start', 'end'],
} as const satisfies Record<FileRole, readonly string[]>;

/** The columns each file must have. */
export const REQUIRED_COLUMNS: { [R in FileRole]: readonly (typeof STANDARD_COLUMNS)[R][number][] } = {
  people: ['id'],
  exchanges: ['id'],
  participations: ['person', 'exchange'],
  ties: ['source', 'target'],
  groups: ['id'],
  memberships: ['person', 'group'],
};

/** Other names accepted for a standard column when the file has no column of the standard name. */
const ALIASES: Partial<Record<FileRole, Record<string, readonly string[]>>> = {
  memberships: { start: ['from'], end: ['to'] },
  exchanges: { programme: ['program'] },
};

/** A file's standard columns mapped to the names of its own columns, for example `{ person: 'participant_id' }`. */
export type ColumnMapping<R extends FileRole = FileRole> = Partial<Record<(typeof STANDARD_COLUMNS)[R][number], string>>;

/** Column mappings per file. */
export type ColumnMappings = { [R in FileRole]?: ColumnMapping<R> };

/** Where each standard column is in a file (its index in the header), or -1 when absent. */
export type ColumnIndex = Map<string, { index: number; name: string }>;

/** Problems with a header: columns that are required but absent, names used twice. */
export interface HeaderCheck {
  index: ColumnIndex;
  missing: { column: string; lookedFor: string }[];
  /** Columns named twice; `sameAs` is the earlier name (equal, or differing only in case for a standard column). */
  duplicates: { name: string; position: number; sameAs: string }[];
}

function fold(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * Finds the standard columns of a file in its header. A mapped column must match exactly (after
 * trimming); standard names and their aliases match regardless of case.
 */
export function resolveColumns(role: FileRole, header: readonly string[], mapping: ColumnMapping = {}): HeaderCheck {
  const index: ColumnIndex = new Map();
  const missing: HeaderCheck['missing'] = [];
  const duplicates: HeaderCheck['duplicates'] = [];
  const seen = new Set<string>();
  header.forEach((name, position) => {
    const key = name.trim();
    if (seen.has(key)) duplicates.push({ name, position, sameAs: name });
    seen.add(key);
  });
  const required = REQUIRED_COLUMNS[role] as readonly string[];
  for (const column of STANDARD_COLUMNS[role]) {
    const mapped = (mapping as Record<string, string | undefined>)[column];
    let position = -1;
    if (mapped !== undefined) {
      position = header.findIndex((h) => h.trim() === mapped.trim());
    } else {
      for (const candidate of [column, ...(ALIASES[role]?.[column] ?? [])]) {
        position = header.findIndex((h) => fold(h) === candidate);
        if (position < 0) continue;
        // Two columns that differ only in case (`ID` and `id`) would leave the standard column ambiguous.
        const again = header.findIndex((h, i) => i > position && fold(h) === candidate && h.trim() !== header[position]?.trim());
        if (again >= 0) duplicates.push({ name: header[again] as string, position: again, sameAs: header[position] as string });
        break;
      }
    }
    if (position >= 0) index.set(column, { index: position, name: header[position] as string });
    else if (required.includes(column)) missing.push({ column, lookedFor: mapped ?? column });
  }
  return { index, missing, duplicates };
}

/** The file role a file name suggests (`people.csv`, `Ties.tsv`, `edges.txt`...), or null. */
export function roleFromFileName(fileName: string): FileRole | null {
  const base = fileName
    .replace(/^.*[\\/]/, '')
    .replace(/\.[^.]*$/, '')
    .toLowerCase();
  const table: Record<string, FileRole> = {
    people: 'people',
    persons: 'people',
    participants: 'people',
    exchanges: 'exchanges',
    events: 'exchanges',
    participations: 'participations',
    attendance: 'participations',
    ties: 'ties',
    edges: 'ties',
    contacts: 'ties',
    groups: 'groups',
    organisations: 'groups',
    organizations: 'groups',
    memberships: 'memberships',
  };
  // Own entries only: a file named `constructor.csv` or `__proto__.csv` names no role.
  return Object.hasOwn(table, base) ? (table[base] as FileRole) : null;
}
