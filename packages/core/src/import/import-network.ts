import { createNetwork } from '../model/create-network.js';
import type { ExchangeNetwork } from '../model/types.js';
import { assertTimeZone } from '../time/time-zone.js';
import { plainRecord } from '../utils/plain-record.js';
import { type ColumnIndex, type ColumnMappings, resolveColumns } from './columns.js';
import { type CsvSource, FILE_ROLES, type FileRole } from './csv-source.js';
import { ImportError, type ImportProblem } from './problems.js';
import { readCsv } from './read-csv.js';
import { type ImportState, RowContext } from './row-context.js';
import { importMembershipRow, importParticipationRow, importTieRow } from './rows/edge-rows.js';
import { importExchangeRow, importGroupRow, importPersonRow } from './rows/node-rows.js';

/** The files of a data package, by role. Every file is optional, but there must be people or ties. */
export type DataPackage = Partial<Record<FileRole, CsvSource>>;

export interface ImportOptions {
  /** `strict` throws an {@link ImportError} at the first problem; `lenient` (default) collects them all. */
  mode?: 'strict' | 'lenient';
  /**
   * What to do with a reference to a person, exchange or group that its file does not define:
   * `reject` the row (default) or create a `placeholder` node and keep the row.
   */
  unknownReferences?: 'reject' | 'placeholder';
  /** Per file, the standard columns mapped to the file's own names, e.g. `{ participations: { person: 'participant_id' } }`. */
  columns?: ColumnMappings;
  /** IANA time zone for dates and datetimes written without an offset. Default `UTC`. */
  timeZone?: string;
  /** Cell values that mean "missing" (for example `NA`): read as empty. Default none. */
  missingValues?: readonly string[];
  /** A name for the network. */
  name?: string;
  /** Called as each file is read (after every chunk), for progress reports. */
  onProgress?: (progress: ImportProgress) => void;
}

/** How far the import of one file has got. */
export interface ImportProgress {
  file: string;
  role: FileRole;
  rowsRead: number;
  bytesRead: number;
  /** The file's size when its source gives it, else null. */
  totalBytes: number | null;
}

/** What happened to one file: rows read = rows accepted + rows rejected. */
export interface FileReport {
  file: string;
  role: FileRole;
  delimiter: string;
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  /** False when the file could not be read to its end (see the problem with scope `file`). */
  complete: boolean;
}

export interface ImportResult {
  network: ExchangeNetwork;
  /** Every problem found, in file import order then line order. */
  problems: ImportProblem[];
  /** One report per file given, in import order. */
  files: FileReport[];
}

const ROW_IMPORTERS: Record<FileRole, (state: ImportState, row: RowContext) => void> = {
  people: importPersonRow,
  groups: importGroupRow,
  exchanges: importExchangeRow,
  participations: importParticipationRow,
  memberships: importMembershipRow,
  ties: importTieRow,
};

const DEFAULTS = {
  mode: 'lenient',
  unknownReferences: 'reject',
  timeZone: 'UTC',
  missingValues: [] as readonly string[],
} as const;

function validateOptions(options: ImportOptions): void {
  if (options.mode !== undefined && options.mode !== 'strict' && options.mode !== 'lenient') {
    throw new TypeError(`bridgegraph/import: mode must be 'strict' or 'lenient', not '${String(options.mode)}'.`);
  }
  if (options.unknownReferences !== undefined && options.unknownReferences !== 'reject' && options.unknownReferences !== 'placeholder') {
    throw new TypeError(
      `bridgegraph/import: unknownReferences must be 'reject' or 'placeholder', not '${String(options.unknownReferences)}'.`,
    );
  }
  assertTimeZone(options.timeZone ?? DEFAULTS.timeZone);
}

/**
 * Imports a data package (people, exchanges, participations, ties, groups, memberships) into an
 * exchange network, streaming each file. Rows with problems are rejected and reported with file,
 * line, column and value; nothing is dropped without a report.
 */
export async function importNetwork(files: DataPackage, options: ImportOptions = {}): Promise<ImportResult> {
  validateOptions(options);
  const mode = options.mode ?? DEFAULTS.mode;
  const missingValues = new Set(options.missingValues ?? DEFAULTS.missingValues);
  const network = createNetwork(options.name === undefined ? {} : { name: options.name });
  const problems: ImportProblem[] = [];
  const reports: FileReport[] = [];
  const report = (problem: ImportProblem) => {
    if (mode === 'strict') throw new ImportError(problem);
    problems.push(problem);
  };

  if (!files.people && !files.ties) {
    report({
      file: options.name ?? '(data package)',
      line: null,
      column: null,
      value: null,
      code: 'no-people',
      message: 'the data package has neither a people file nor a ties file: give people.csv, ties.csv or an edge list',
      scope: 'file',
    });
    return { network, problems, files: reports };
  }

  const state: ImportState = {
    network,
    timeZone: options.timeZone ?? DEFAULTS.timeZone,
    unknownReferences: options.unknownReferences ?? DEFAULTS.unknownReferences,
    given: { people: !!files.people, exchanges: !!files.exchanges, groups: !!files.groups },
    seenParticipations: new Map(),
    seenMemberships: new Map(),
    rejected: new Map(),
    nextEdge: { participation: 0, membership: 0, tie: 0 },
  };

  for (const role of FILE_ROLES) {
    const source = files[role];
    if (!source) continue;
    const fileReport: FileReport = {
      file: source.name,
      role,
      delimiter: ',',
      rowsRead: 0,
      rowsAccepted: 0,
      rowsRejected: 0,
      complete: true,
    };
    reports.push(fileReport);
    let header: string[] = [];
    let columns: ColumnIndex | null = null;
    const importRow = ROW_IMPORTERS[role];

    const result = await readCsv(source, {
      onChunk: (bytesRead) =>
        options.onProgress?.({ file: source.name, role, rowsRead: fileReport.rowsRead, bytesRead, totalBytes: source.size ?? null }),
      onHeader: (names) => {
        header = names;
        const check = resolveColumns(role, names, options.columns?.[role]);
        for (const duplicate of check.duplicates) {
          report({
            file: source.name,
            line: source.header ? null : 1,
            column: duplicate.name,
            value: duplicate.name,
            code: 'duplicate-column',
            message:
              duplicate.sameAs === duplicate.name
                ? `the column '${duplicate.name}' appears twice in the header (position ${duplicate.position + 1}): column names must be unique`
                : `the columns '${duplicate.sameAs}' and '${duplicate.name}' (position ${duplicate.position + 1}) differ only in case, so it is unclear which one to read`,
            scope: 'file',
          });
        }
        for (const missing of check.missing) {
          const mapped = missing.lookedFor !== missing.column ? ` (mapped to '${missing.lookedFor}')` : '';
          report({
            file: source.name,
            line: source.header ? null : 1,
            column: missing.lookedFor,
            value: null,
            code: 'missing-column',
            message: `the required column '${missing.column}'${mapped} is missing; the header has: ${names.join(', ')}`,
            scope: 'file',
          });
        }
        if (check.missing.length > 0 || check.duplicates.length > 0) return false;
        columns = check.index;
        return true;
      },
      onRecord: ({ line, fields }) => {
        if (columns === null) return;
        fileReport.rowsRead++;
        if (fields.length !== header.length) {
          fileReport.rowsRejected++;
          report({
            file: source.name,
            line,
            column: null,
            value: String(fields.length),
            code: 'ragged-row',
            message: `the row has ${fields.length} field${fields.length === 1 ? '' : 's'} but the header has ${header.length}`,
            scope: 'row',
          });
          return;
        }
        const data = plainRecord(
          header.map((name, i) => {
            const value = fields[i] as string;
            return [name, missingValues.has(value.trim()) ? '' : value] as const;
          }),
        );
        const row = new RowContext(source.name, line, data, columns, fields, missingValues);
        importRow(state, row);
        if (row.problems.length === 0) {
          fileReport.rowsAccepted++;
        } else {
          fileReport.rowsRejected++;
          for (const problem of row.problems) report(problem);
        }
      },
    });
    fileReport.delimiter = result.delimiter;
    if (result.stopped) fileReport.complete = false;
    if (result.problem) {
      fileReport.complete = false;
      report(result.problem);
    }
  }
  return { network, problems, files: reports };
}
