import { type Options as CsvParseOptions, parse } from 'csv-parse';
import type { CsvSource } from './csv-source.js';
import type { ImportProblem } from './problems.js';

/** One record of a delimited file: its fields and the line it starts on (the header is line 1). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export interface CsvCallbacks {
  /** Called once with the header's names (or the source's `header`); returning false stops reading. */
  onHeader: (names: string[]) => boolean;
  /** Called for each record, synchronously, in file order. May throw to stop reading. */
  onRecord: (record: CsvRecord) => void;
}

export interface CsvReadResult {
  delimiter: string;
  /** A problem with the whole file (syntax, encoding, no header), after which it was not read further. */
  problem: ImportProblem | null;
  /** True when reading stopped early because `onHeader` returned false. */
  stopped: boolean;
}

const CANDIDATES = [',', ';', '\t', '|'] as const;
const SNIFF_BYTES = 64 * 1024;

/** The delimiter used most often outside quotes on the first line; a comma when there is none. */
export function detectDelimiter(firstLine: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (CANDIDATES as readonly string[]).includes(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  let bestCount = 0;
  for (const c of CANDIDATES) {
    const n = counts.get(c) ?? 0;
    if (n > bestCount) {
      best = c;
      bestCount = n;
    }
  }
  return best;
}

function toBytes(chunk: Uint8Array | string): Uint8Array {
  return typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
}

function concat(parts: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

function encodingProblem(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'the file is UTF-16 (little-endian); save it as UTF-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'the file is UTF-16 (big-endian); save it as UTF-8';
  const probe = bytes.subarray(0, 4096);
  if (probe.includes(0)) return 'the file contains NUL bytes: it is binary or UTF-16 without a byte order mark; save it as UTF-8';
  return null;
}

/** The first line of a prefix of the file, outside quotes. */
function firstLine(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) return text.slice(0, i);
  }
  return text;
}

function newlinesIn(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) n++;
    else if (ch === 13 && text.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}

/** The line a record starts on, from the line it ends on and its raw text. */
function startLine(endLine: number, raw: string): number {
  const body = raw.replace(/^[\r\n]+/, '').replace(/(\r\n|\n|\r)$/, '');
  return endLine - newlinesIn(body);
}

const SYNTAX_MESSAGES: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field in the record starting on this line is never closed',
  CSV_INVALID_CLOSING_QUOTE: 'a closing quote is followed by other text instead of a delimiter or the end of the line',
  INVALID_OPENING_QUOTE: 'a quote appears inside an unquoted field (quote the whole field and double the inner quotes)',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'a closing quote is followed by other text instead of a delimiter',
};

/**
 * Streams a delimited file through csv-parse, calling back for the header and for each record
 * with the line it starts on. Memory holds one chunk at a time, never the file.
 */
export async function readCsv(source: CsvSource, callbacks: CsvCallbacks): Promise<CsvReadResult> {
  const iterator = source.chunks()[Symbol.asyncIterator]();
  // Read enough of the file to see its first line (for the delimiter) and its encoding.
  const head: Uint8Array[] = [];
  let headBytes = 0;
  let done = false;
  while (headBytes < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const bytes = toBytes(next.value);
    head.push(bytes);
    headBytes += bytes.length;
    if (bytes.includes(10) || bytes.includes(13)) break;
  }
  const prefix = concat(head);
  const fileProblem = (code: ImportProblem['code'], line: number | null, message: string, value: string | null = null): CsvReadResult => ({
    delimiter: source.delimiter ?? ',',
    stopped: false,
    problem: { file: source.name, line, column: null, value, code, message, scope: 'file' },
  });

  const badEncoding = encodingProblem(prefix);
  if (badEncoding) return fileProblem('encoding', null, badEncoding);
  const prefixText = new TextDecoder('utf-8').decode(prefix).replace(/^\uFEFF/, '');
  if (prefixText.trim() === '' && done && !source.header)
    return fileProblem('empty-file', null, 'the file is empty: expected a header row naming the columns');
  const delimiter = source.delimiter ?? detectDelimiter(firstLine(prefixText));

  let stopError: unknown = null;
  let stopped = false;
  let sawHeader = false;
  let lastLine = 0;
  const hasHeader = !source.header;
  if (source.header) {
    sawHeader = true;
    if (!callbacks.onHeader([...source.header])) return { delimiter, problem: null, stopped: true };
  }
  const parser = parse({
    delimiter,
    bom: true,
    raw: true,
    relax_column_count: true,
    skip_empty_lines: true,
    record_delimiter: ['\r\n', '\n', '\r'],
    on_record: (record: { record: string[]; raw: string }, context: { lines: number }) => {
      if (stopError !== null || stopped) return null;
      try {
        const line = startLine(context.lines, record.raw);
        lastLine = context.lines;
        if (!sawHeader && hasHeader) {
          sawHeader = true;
          stopped = !callbacks.onHeader(record.record);
        } else {
          callbacks.onRecord({ line, fields: record.record });
        }
      } catch (error) {
        stopError = error;
      }
      return null;
    },
    // csv-parse's types do not model on_record with `raw: true` (it receives `{ record, raw }`).
  } as unknown as CsvParseOptions);
  parser.resume();

  let parseError: (Error & { code?: string; lines?: number }) | null = null;
  const finished = new Promise<void>((resolve) => {
    parser.once('end', () => resolve());
    parser.once('error', (error: Error) => {
      parseError = parseError ?? error;
      resolve();
    });
    parser.once('close', () => resolve());
  });
  const write = (bytes: Uint8Array) =>
    new Promise<void>((resolve) => {
      parser.write(bytes, (error) => {
        if (error) parseError = parseError ?? error;
        resolve();
      });
    });

  try {
    if (prefix.length > 0) await write(prefix);
    while (!done && parseError === null && stopError === null && !stopped) {
      const next = await iterator.next();
      if (next.done) break;
      await write(toBytes(next.value));
    }
  } finally {
    if (stopError !== null || parseError !== null || stopped) await iterator.return?.();
  }
  if (stopError === null && parseError === null && !stopped) parser.end();
  else parser.destroy();
  await finished;
  if (stopError !== null) throw stopError;
  if (parseError !== null) {
    const error = parseError as Error & { code?: string; lines?: number };
    const message = SYNTAX_MESSAGES[error.code ?? ''] ?? `the file cannot be read as delimited text: ${error.message}`;
    // An unclosed quote is only noticed at the end of the file: point at the record it opened.
    const line = error.code === 'CSV_QUOTE_NOT_CLOSED' ? lastLine + 1 : typeof error.lines === 'number' ? error.lines : null;
    return {
      delimiter,
      stopped,
      problem: {
        file: source.name,
        line,
        column: null,
        value: null,
        code: 'csv-syntax',
        message: `${message}; the rest of the file was not read`,
        scope: 'file',
      },
    };
  }
  if (!sawHeader) return fileProblem('empty-file', null, 'the file has no header row: expected a first line naming the columns');
  return { delimiter, problem: null, stopped };
}
