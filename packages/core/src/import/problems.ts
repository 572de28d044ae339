/** What went wrong with a record or a file. Each code is documented in `docs/data-format.md`. */
export type ProblemCode =
  | 'no-people'
  | 'empty-file'
  | 'encoding'
  | 'csv-syntax'
  | 'missing-column'
  | 'duplicate-column'
  | 'ragged-row'
  | 'empty-id'
  | 'duplicate-id'
  | 'unknown-person'
  | 'unknown-exchange'
  | 'unknown-group'
  | 'rejected-reference'
  | 'invalid-date'
  | 'end-before-start'
  | 'invalid-weight'
  | 'self-tie'
  | 'duplicate-participation'
  | 'duplicate-membership';

/**
 * One problem found while importing. `line` counts the header as line 1 and is `null` for a
 * problem with the whole file or package; `column` is the column's name in the file (`null`
 * when the problem is not with one column); `value` is the offending text.
 */
export interface ImportProblem {
  file: string;
  line: number | null;
  column: string | null;
  value: string | null;
  code: ProblemCode;
  message: string;
  /** `row`: the record was rejected; `file`: the file could not be read (its later rows are not read). */
  scope: 'row' | 'file';
}

/** `file:line:column` for a problem, leaving out what is unknown. */
export function problemLocation(problem: Pick<ImportProblem, 'file' | 'line' | 'column'>): string {
  let where = problem.file;
  if (problem.line !== null) where += `:${problem.line}`;
  if (problem.column !== null) where += ` (column '${problem.column}')`;
  return where;
}

/** Thrown by a strict import at the first problem; carries the problem's fields. */
export class ImportError extends Error {
  readonly file: string;
  readonly line: number | null;
  readonly column: string | null;
  readonly value: string | null;
  readonly code: ProblemCode;
  readonly problem: ImportProblem;

  constructor(problem: ImportProblem) {
    super(`${problemLocation(problem)}: ${problem.message}`);
    this.name = 'ImportError';
    this.file = problem.file;
    this.line = problem.line;
    this.column = problem.column;
    this.value = problem.value;
    this.code = problem.code;
    this.problem = problem;
  }
}
