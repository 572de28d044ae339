import type { ExchangeNetwork, Provenance, RecordData } from '../model/types.js';
import { type ParsedInstant, parseInstant } from '../time/parse-instant.js';
import type { ColumnIndex } from './columns.js';
import type { ImportProblem, ProblemCode } from './problems.js';

/** What the row handlers share while one data package is imported. */
export interface ImportState {
  network: ExchangeNetwork;
  timeZone: string;
  unknownReferences: 'reject' | 'placeholder';
  /** Which referenced files were given: references to their records must then resolve. */
  given: { people: boolean; exchanges: boolean; groups: boolean };
  /** Keys of participations and memberships seen, to reject exact duplicates. */
  seenParticipations: Map<string, number>;
  seenMemberships: Map<string, number>;
  /** Rows of people, exchanges and groups that were rejected, by node key: references to them are rejected too. */
  rejected: Map<string, Provenance>;
  /** Next edge number per edge type, for stable edge keys. */
  nextEdge: { participation: number; membership: number; tie: number };
}

/** One record being imported: its fields by standard column, and the problems found in it. */
export class RowContext {
  readonly problems: ImportProblem[] = [];

  constructor(
    readonly file: string,
    readonly line: number,
    readonly data: RecordData,
    private readonly columns: ColumnIndex,
    private readonly fields: readonly string[],
    private readonly missingValues: ReadonlySet<string>,
  ) {}

  /** The file's own name for a standard column (for messages), or the standard name. */
  columnName(column: string): string {
    return this.columns.get(column)?.name ?? column;
  }

  /** The raw text of a standard column, or undefined when the file has no such column. */
  raw(column: string): string | undefined {
    const at = this.columns.get(column);
    return at === undefined ? undefined : this.fields[at.index];
  }

  /** The trimmed text of a standard column, or null when absent, empty or a missing-value marker. */
  text(column: string): string | null {
    const raw = this.raw(column);
    if (raw === undefined) return null;
    const value = raw.trim();
    return value === '' || this.missingValues.has(value) ? null : value;
  }

  problem(code: ProblemCode, column: string | null, value: string | null, message: string): void {
    this.problems.push({
      file: this.file,
      line: this.line,
      column: column === null ? null : this.columnName(column),
      value,
      code,
      message,
      scope: 'row',
    });
  }

  /** A required id or reference: trimmed, or a problem when empty. */
  id(column: string, what: string): string | null {
    const value = this.text(column);
    if (value === null) this.problem('empty-id', column, this.raw(column) ?? null, `the ${what} is empty: expected an id`);
    return value;
  }

  /** A date, datetime or Unix time in a standard column, or a problem when it cannot be read. */
  instant(column: string, role: 'start' | 'end', timeZone: string): number | null {
    const value = this.text(column);
    if (value === null) return null;
    const parsed: ParsedInstant = parseInstant(value, { role, timeZone });
    if (!parsed.ok) {
      this.problem('invalid-date', column, value, `'${value}' is not a date: expected ${parsed.expected}`);
      return null;
    }
    return parsed.value;
  }

  /** Checks that an end is not before its start. */
  period(start: number | null, end: number | null, endColumn: string): void {
    if (start !== null && end !== null && end < start) {
      this.problem(
        'end-before-start',
        endColumn,
        this.text(endColumn),
        `the end (${new Date(end).toISOString()}) is before the start (${new Date(start).toISOString()})`,
      );
    }
  }
}
