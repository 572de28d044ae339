/** A table cell: text, a number, a boolean, or empty (`null`/`undefined`). */
export type CsvCell = string | number | boolean | null | undefined;

/** Characters that make a spreadsheet read a text cell as a formula (CWE-1236). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell as CSV text. Numbers stay numbers (`-0.5` is written as is); empty cells and
 * non-finite numbers are written empty; text that a spreadsheet would run as a formula (starting
 * with `=`, `+`, `-`, `@`, tab or carriage return) is prefixed with `'`; text is quoted when it
 * holds the delimiter, a quote, a line break or surrounding spaces (RFC 4180).
 */
export function csvCell(value: CsvCell, delimiter = ','): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(Object.is(value, -0) ? 0 : value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let text = value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  if (text.includes(delimiter) || /["\n\r]/.test(text) || text !== text.trim()) text = `"${text.replaceAll('"', '""')}"`;
  return text;
}

/** A CSV document: a header row of `columns`, then one line per row, `\n` line endings, final newline. */
export function toCsv(columns: readonly string[], rows: Iterable<Readonly<Record<string, CsvCell>>>, delimiter = ','): string {
  const lines = [columns.map((c) => csvCell(c, delimiter)).join(delimiter)];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c], delimiter)).join(delimiter));
  return `${lines.join('\n')}\n`;
}
