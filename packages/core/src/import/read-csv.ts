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
  /** Called after each chunk with the number of bytes read so far. */
  onChunk?: (bytesRead: number) => void;
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
/** How much of the start of a file is searched for NUL bytes (read whatever the chunk sizes). */
const PROBE_BYTES = 4096;

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
  const probe = bytes.subarray(0, PROBE_BYTES);
  if (probe.includes(0)) return 'the file contains NUL bytes: it is binary or UTF-16 without a byte order mark; save it as UTF-8';
  return null;
}

/**
 * Checks that a file's bytes are UTF-8 as they stream past, chunk by chunk (a character may be cut
 * between two chunks), counting physical lines so that the first invalid byte can be named with
 * its line. Invalid bytes would otherwise be decoded as U+FFFD, silently changing the data: an
 * accented letter saved as Latin-1 or Windows-1252 is a single byte from 0x80 to 0xFF.
 */
class Utf8Check {
  /** The physical line of the next byte (line 1 is the first line of the file). */
  private line = 1;
  private afterCr = false;
  /** Continuation bytes still expected, and the bounds of the next one (tighter after E0, ED, F0, F4). */
  private pending = 0;
  private low = 0x80;
  private high = 0xbf;
  /** The lead byte and line of the character being read, for the message. */
  private lead = 0;
  private leadLine = 1;

  /** The number of valid bytes at the start of the chunk; a problem when the chunk holds an invalid byte. */
  check(bytes: Uint8Array): { valid: number; invalid: { line: number; bytes: string } | null } {
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i] as number;
      if (this.pending > 0) {
        if (byte < this.low || byte > this.high) return { valid: i, invalid: { line: this.leadLine, bytes: hex(this.lead) } };
        this.pending--;
        this.low = 0x80;
        this.high = 0xbf;
        continue;
      }
      if (byte < 0x80) {
        if (byte === 0x0a) {
          if (!this.afterCr) this.line++;
        } else if (byte === 0x0d) this.line++;
        this.afterCr = byte === 0x0d;
        continue;
      }
      this.afterCr = false;
      this.lead = byte;
      this.leadLine = this.line;
      if (byte >= 0xc2 && byte <= 0xdf) this.pending = 1;
      else if (byte >= 0xe0 && byte <= 0xef) {
        this.pending = 2;
        if (byte === 0xe0) this.low = 0xa0;
        if (byte === 0xed) this.high = 0x9f;
      } else if (byte >= 0xf0 && byte <= 0xf4) {
        this.pending = 3;
        if (byte === 0xf0) this.low = 0x90;
        if (byte === 0xf4) this.high = 0x8f;
      } else return { valid: i, invalid: { line: this.line, bytes: hex(byte) } };
    }
    return { valid: bytes.length, invalid: null };
  }

  /** At the end of the file: a character cut short by the end is invalid too. */
  end(): { line: number; bytes: string } | null {
    return this.pending > 0 ? { line: this.leadLine, bytes: hex(this.lead) } : null;
  }
}

function hex(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

function notUtf8(at: { line: number; bytes: string }): string {
  return `the byte ${at.bytes} on line ${at.line} is not UTF-8 (Latin-1 / Windows-1252?); save the file as UTF-8; the rest of the file was not read`;
}

const ENCODINGS: readonly string[] = ['latin1', 'windows-1252', 'utf-16le'];

/** The chunks of a source in another encoding, decoded and re-encoded as UTF-8 (a character may be cut between chunks). */
async function* decoded(source: CsvSource): AsyncIterable<Uint8Array | string> {
  const label = source.encoding as string;
  if (!ENCODINGS.includes(label)) {
    throw new TypeError(`bridgegraph/import: encoding must be one of ${ENCODINGS.join(', ')}, not '${label}' (${source.name}).`);
  }
  const decoder = new TextDecoder(label);
  const encoder = new TextEncoder();
  for await (const chunk of source.chunks()) {
    if (typeof chunk === 'string') yield chunk;
    else {
      const text = decoder.decode(chunk, { stream: true });
      if (text !== '') yield encoder.encode(text);
    }
  }
  const rest = decoder.decode();
  if (rest !== '') yield encoder.encode(rest);
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

/**
 * Whether a chunk ends the first line (a line break outside quotes), given whether the chunks before
 * it left a quote open. Works on bytes: quotes and line breaks are never part of a UTF-8 sequence.
 */
function scanFirstLine(bytes: Uint8Array, quoted: boolean): { ended: boolean; quoted: boolean } {
  let open = quoted;
  for (const byte of bytes) {
    if (byte === 0x22) open = !open;
    else if (!open && (byte === 0x0a || byte === 0x0d)) return { ended: true, quoted: open };
  }
  return { ended: false, quoted: open };
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

/**
 * Where a record (or the text before a syntax error) starts, and where the next record can start,
 * counted from its raw text rather than csv-parse's `lines`, which counts a CRLF inside quotes
 * twice. The raw text is the blank lines skipped before the record, one character each (csv-parse
 * leaves out the LF of a CRLF it reads as a line end), then the record and its line end.
 */
function locate(next: number, raw: string): { line: number; after: number } {
  const blank = /^[\r\n]*/.exec(raw)?.[0].length ?? 0;
  const body = raw.slice(blank).replace(/(\r\n|\n|\r)$/, '');
  const line = next + blank;
  return { line, after: line + newlinesIn(body) + 1 };
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
  const iterator = (source.encoding === undefined ? source.chunks() : decoded(source))[Symbol.asyncIterator]();
  // Read enough of the file to see its first line (for the delimiter) and its encoding, so that
  // neither depends on how the file is cut into chunks.
  const head: Uint8Array[] = [];
  let headBytes = 0;
  let done = false;
  let quoted = false;
  let lineEnded = false;
  while (headBytes < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const bytes = toBytes(next.value);
    head.push(bytes);
    headBytes += bytes.length;
    if (!lineEnded) {
      const scan = scanFirstLine(bytes, quoted);
      quoted = scan.quoted;
      lineEnded = scan.ended;
    }
    if (lineEnded && headBytes >= PROBE_BYTES) break;
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
  // The line the next record can start on (the first line is line 1, header or not).
  let nextLine = 1;
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
    on_record: (record: { record: string[]; raw: string }) => {
      if (stopError !== null || stopped) return null;
      try {
        const { line, after } = locate(nextLine, record.raw);
        nextLine = after;
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

  let parseError: (Error & { code?: string; raw?: string }) | null = null;
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

  let bytesRead = 0;
  // Only valid UTF-8 reaches the parser: the bytes before an invalid one are read, then reading stops.
  const utf8 = new Utf8Check();
  let invalid: { line: number; bytes: string } | null = null;
  const written = async (bytes: Uint8Array) => {
    const checked = utf8.check(bytes);
    if (checked.valid > 0) await write(checked.valid === bytes.length ? bytes : bytes.subarray(0, checked.valid));
    invalid = checked.invalid;
    bytesRead += bytes.length;
    callbacks.onChunk?.(bytesRead);
  };
  try {
    if (prefix.length > 0) await written(prefix);
    while (!done && parseError === null && stopError === null && !stopped && invalid === null) {
      const next = await iterator.next();
      if (next.done) break;
      await written(toBytes(next.value));
    }
    if (invalid === null) invalid = utf8.end();
  } finally {
    if (stopError !== null || parseError !== null || stopped || invalid !== null) await iterator.return?.();
  }
  if (stopError === null && parseError === null && !stopped && invalid === null) parser.end();
  else parser.destroy();
  await finished;
  if (stopError !== null) throw stopError;
  // An invalid byte met before the header stopped the file or the parser failed is the file's problem.
  const badByte = invalid as { line: number; bytes: string } | null;
  if (badByte !== null && !stopped && parseError === null) {
    return { ...fileProblem('encoding', badByte.line, notUtf8(badByte), badByte.bytes), delimiter };
  }
  // Once the header stopped the file, what the parser met after it is not reported: it was not read.
  if (parseError !== null && !stopped) {
    const error = parseError as Error & { code?: string; raw?: string };
    const message = SYNTAX_MESSAGES[error.code ?? ''] ?? `the file cannot be read as delimited text: ${error.message}`;
    // The error's raw text runs from the end of the last record to where reading stopped. An unclosed
    // quote is only noticed at the end of the file: point at the record it opened; otherwise at the
    // line where reading stopped.
    const at = locate(nextLine, error.raw ?? '');
    const line = error.code === 'CSV_QUOTE_NOT_CLOSED' ? at.line : at.after - 1;
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
