import {
  type DataPackage,
  FILE_ROLES,
  type FileRole,
  type ImportOptions,
  type ImportResult,
  importNetwork,
  networkFromJSON,
  networkToJSON,
  type ProblemCode,
  stringifyNetwork,
  textSource,
} from '@bridgegraph/core';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { bytesSource } from '../helpers.js';

const SEED = 42;
const NUM_RUNS = 300;

const CODES: readonly ProblemCode[] = [
  'no-people',
  'empty-file',
  'encoding',
  'csv-syntax',
  'missing-column',
  'duplicate-column',
  'ragged-row',
  'empty-id',
  'duplicate-id',
  'unknown-person',
  'unknown-exchange',
  'unknown-group',
  'invalid-date',
  'end-before-start',
  'invalid-weight',
  'self-tie',
  'duplicate-participation',
  'duplicate-membership',
];

/** Line breaks in a text, a CRLF counting once (as the importer counts lines). */
function lineBreaks(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/** Splits bytes at the given cut points (any numbers; taken modulo the length). */
function chunked(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => (bytes.length === 0 ? 0 : c % bytes.length)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let from = 0;
  for (const p of points) {
    out.push(bytes.slice(from, p));
    from = p;
  }
  out.push(bytes.slice(from));
  return out;
}

// ---------------------------------------------------------------------------------------------
// 1. Arbitrary CSV-ish text never makes a lenient import throw, and the rows always reconcile.
// ---------------------------------------------------------------------------------------------

const ALPHABET = [
  ...'abcxyzABXYZ0129',
  ',',
  ';',
  '\t',
  '|',
  '"',
  '"',
  '\n',
  '\r',
  '\r\n',
  ' ',
  '-',
  ':',
  '.',
  'é',
  'ß',
  '東',
  '😀',
  '\u00a0',
  '\uFEFF',
  '\u0000',
];
const COLUMN_NAMES = ['id', 'name', 'country', 'person', 'exchange', 'group', 'source', 'target', 'time', 'start', 'end', 'from', 'to'];
const TOKENS = [
  'weight',
  'role',
  'kind',
  'ID',
  ' Source ',
  '__proto__',
  'constructor',
  'p1',
  'p2',
  'e1',
  'g1',
  'NA',
  '0',
  '-1',
  '2.5',
  '1,5',
];
const VALUES = [
  '2016-05-01',
  '2016',
  '2016-13-01',
  '1462089600',
  '2016-05-01T09:30+02:00',
  '24:00',
  '"a,b"',
  '""',
  '"x""y"',
  '"multi\nline"',
];

const csvishText = fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 120 });
const delimiterArb = fc.constantFrom(',', ';', '\t', '|');
const eolArb = fc.constantFrom('\n', '\r\n', '\r', '\n\n');

/** Text that looks like a header and rows often enough to reach the row checks, with noise. */
const plausibleText = fc
  .tuple(
    fc.array(fc.constantFrom(...COLUMN_NAMES, ...TOKENS), { minLength: 1, maxLength: 6 }),
    fc.array(
      fc.array(
        fc.oneof(
          fc.constantFrom(...TOKENS, ...VALUES),
          csvishText.map((s) => s.slice(0, 8)),
        ),
        { maxLength: 7 },
      ),
      {
        maxLength: 8,
      },
    ),
    delimiterArb,
    eolArb,
  )
  .map(([header, rows, delimiter, eol]) => [header, ...rows].map((cells) => cells.join(delimiter)).join(eol));

const fileText = fc.oneof(csvishText, plausibleText);

const fileArbs = Object.fromEntries(FILE_ROLES.map((role) => [role, fileText])) as Record<FileRole, fc.Arbitrary<string>>;
const packageTexts = fc.record(fileArbs, { requiredKeys: [] });

const optionsArb: fc.Arbitrary<ImportOptions> = fc.record(
  {
    unknownReferences: fc.constantFrom('reject' as const, 'placeholder' as const),
    missingValues: fc.constantFrom([], ['NA'], ['', '-']),
    timeZone: fc.constantFrom('UTC', 'Europe/Berlin'),
  },
  { requiredKeys: [] },
);

function sourcesOf(texts: Partial<Record<FileRole, string>>): DataPackage {
  const files: DataPackage = {};
  for (const role of FILE_ROLES) {
    const text = texts[role];
    if (text !== undefined) files[role] = textSource(`${role}.csv`, text);
  }
  return files;
}

/** Everything that must hold for any import, whatever the input. */
function checkInvariants(texts: Partial<Record<FileRole, string>>, result: ImportResult): void {
  const given = FILE_ROLES.filter((role) => texts[role] !== undefined);
  if (texts.people === undefined && texts.ties === undefined) {
    expect(result.problems.map((p) => p.code)).toEqual(['no-people']);
    expect(result.files).toEqual([]);
    return;
  }
  expect(result.files.map((f) => f.role)).toEqual(given);
  for (const problem of result.problems) {
    expect(CODES).toContain(problem.code);
    expect(['row', 'file']).toContain(problem.scope);
    const text = texts[result.files.find((f) => f.file === problem.file)?.role ?? 'people'] ?? '';
    if (problem.line !== null) {
      expect(problem.line).toBeGreaterThanOrEqual(1);
      expect(problem.line).toBeLessThanOrEqual(lineBreaks(text) + 1);
    }
    if (problem.scope === 'row') expect(problem.line).not.toBeNull();
  }
  for (const file of result.files) {
    // Nothing is dropped silently.
    expect(file.rowsAccepted + file.rowsRejected).toBe(file.rowsRead);
    const mine = result.problems.filter((p) => p.file === file.file);
    // Every rejected row has at least one problem, and each row problem belongs to one rejected row.
    expect(new Set(mine.filter((p) => p.scope === 'row').map((p) => p.line)).size).toBe(file.rowsRejected);
    // A file is incomplete exactly when it has a problem with the whole file.
    expect(file.complete).toBe(!mine.some((p) => p.scope === 'file'));
    // Every accepted row is in the network, once.
    let made = 0;
    if (file.role === 'ties' || file.role === 'participations' || file.role === 'memberships') {
      const type = { ties: 'tie', participations: 'participation', memberships: 'membership' }[file.role];
      made = result.network.filterEdges((_k, a) => a.type === type).length;
    } else {
      made = result.network.filterNodes((_k, a) => a.origin === 'record' && a.sources[0]?.file === file.file).length;
    }
    expect(made).toBe(file.rowsAccepted);
  }
}

describe('arbitrary text', () => {
  test('never makes a lenient import throw; rows read = accepted + rejected', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(packageTexts, optionsArb, async (texts, options) => {
        runs++;
        const result = await importNetwork(sourcesOf(texts), { ...options, mode: 'lenient' });
        checkInvariants(texts, result);
      }),
      { seed: SEED, numRuns: NUM_RUNS },
    );
    console.log(`property 'arbitrary text never throws, rows reconcile': ${runs} runs (seed ${SEED})`);
    expect(runs).toBe(NUM_RUNS);
  });

  test('the same text in any chunks gives the same result', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fileText, fc.array(fc.nat(), { maxLength: 6 }), async (text, cuts) => {
        runs++;
        const whole = await importNetwork({ ties: textSource('ties.csv', text) });
        const bytes = new TextEncoder().encode(text);
        const parts = await importNetwork({ ties: bytesSource('ties.csv', ...chunked(bytes, cuts)) });
        expect(parts.problems).toEqual(whole.problems);
        expect(parts.files).toEqual(whole.files);
        expect(stringifyNetwork(parts.network)).toBe(stringifyNetwork(whole.network));
      }),
      { seed: SEED, numRuns: NUM_RUNS },
    );
    console.log(`property 'chunking does not matter': ${runs} runs (seed ${SEED})`);
    expect(runs).toBe(NUM_RUNS);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. A generated valid package imports without problems, keeps every value and line, and
//    round-trips through JSON byte for byte.
// ---------------------------------------------------------------------------------------------

interface Table {
  header: string[];
  rows: string[][];
}

interface WrittenFile {
  text: string;
  /** The line each row starts on. */
  lines: number[];
}

/** Writes a table as delimited text, quoting what needs it; returns the line each row starts on. */
function writeTable(table: Table, format: { delimiter: string; eol: string; bom: boolean; blank: readonly boolean[] }): WrittenFile {
  const quote = (field: string) => (/[",;\t|\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field);
  const record = (fields: readonly string[]) => fields.map(quote).join(format.delimiter);
  let text = (format.bom ? '\uFEFF' : '') + record(table.header) + format.eol;
  let line = 2;
  const lines: number[] = [];
  table.rows.forEach((row, i) => {
    if (format.blank[i]) {
      text += format.eol;
      line++;
    }
    const written = record(row);
    lines.push(line);
    text += written + format.eol;
    line += lineBreaks(written) + 1;
  });
  return { text, lines };
}

const VALUE_CHARS = [...'abcXYZ 019', ',', ';', '\t', '|', '"', '\n', '\r', '-', ':', '.', 'é', 'ß', '東', '😀', '\u00a0'];
const valueArb = fc.string({ unit: fc.constantFrom(...VALUE_CHARS), maxLength: 10 });
const idArb = fc.stringMatching(/^[A-Za-z0-9_-]{1,6}$/);
const EXTRA_COLUMNS = ['__proto__', 'constructor', 'toString', 'gender', 'notes ü'];

/** A period as written: start <= end whatever the formats (a date start is its day's start, a date end its day's end). */
const periodArb = fc
  .tuple(
    // At least five digits: four-digit numbers are years, not Unix seconds.
    fc.integer({ min: 10_000, max: 2_000_000_000 }),
    fc.integer({ min: 0, max: 50_000_000 }),
    fc.constantFrom('unix', 'datetime', 'date', 'none'),
    fc.constantFrom('unix', 'datetime', 'date', 'none'),
  )
  .map(([startSeconds, length, startFormat, endFormat]) => {
    const format = (seconds: number, how: string) => {
      const iso = new Date(seconds * 1000).toISOString();
      if (how === 'unix') return String(seconds);
      if (how === 'datetime') return `${iso.slice(0, 19)}Z`;
      if (how === 'date') return iso.slice(0, 10);
      return '';
    };
    return { start: format(startSeconds, startFormat), end: format(startSeconds + length, endFormat) };
  });

const formatArb = (rows: number) =>
  fc.record({
    delimiter: delimiterArb,
    eol: fc.constantFrom('\n', '\r\n'),
    bom: fc.boolean(),
    blank: fc.array(fc.boolean(), { minLength: rows, maxLength: rows }),
  });

/** Picks distinct pairs of indices, as (i, j) with i != j, from n items. */
const pairArb = (n: number) =>
  fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 1, max: Math.max(1, n - 1) })).map(([i, k]) => [i, (i + k) % n] as const);

const validPackage = fc
  .record({
    people: fc.uniqueArray(idArb, { minLength: 2, maxLength: 8 }),
    groups: fc.uniqueArray(idArb, { minLength: 1, maxLength: 3 }),
    exchanges: fc.uniqueArray(idArb, { minLength: 1, maxLength: 4 }),
    extra: fc.subarray(EXTRA_COLUMNS),
  })
  .chain(({ people, groups, exchanges, extra }) => {
    const person = fc.integer({ min: 0, max: people.length - 1 }).map((i) => people[i] as string);
    return fc.record({
      people: fc.tuple(
        ...people.map((id) =>
          fc
            .tuple(
              valueArb,
              fc.constantFrom('DE', 'UA', 'PL', ''),
              fc.array(valueArb, { minLength: extra.length, maxLength: extra.length }),
            )
            .map(([name, country, more]) => [id, name, country, ...more]),
        ),
      ),
      extra: fc.constant(extra),
      groups: fc.tuple(
        ...groups.map((id) => fc.tuple(valueArb, fc.constantFrom('club', 'school', '')).map(([name, kind]) => [id, name, kind])),
      ),
      exchanges: fc.tuple(
        ...exchanges.map((id) =>
          fc
            .tuple(valueArb, fc.constantFrom('youth-exchange', 'study-visit', ''), valueArb, periodArb, fc.constantFrom('PL', ''))
            .map(([name, kind, programme, period, host]) => [id, name, kind, programme, period.start, period.end, host]),
        ),
      ),
      participations: fc.uniqueArray(
        fc
          .tuple(person, fc.constantFrom(...exchanges), fc.constantFrom('participant', 'host', ''), periodArb)
          .map(([p, x, role, period]) => [p, x, role, period.start, period.end]),
        { maxLength: 8, selector: (row) => JSON.stringify(row.slice(0, 3)) },
      ),
      memberships: fc.uniqueArray(
        fc
          .tuple(person, fc.constantFrom(...groups), fc.constantFrom('member', 'chair', ''), periodArb)
          .map(([p, g, role, period]) => [p, g, role, period.start, period.end]),
        { maxLength: 6, selector: (row) => JSON.stringify(row.slice(0, 3)) },
      ),
      ties: fc.array(
        fc
          .tuple(
            pairArb(people.length),
            fc.constantFrom('friendship', 'contact', ''),
            periodArb,
            fc.boolean(),
            fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }),
            valueArb,
          )
          .map(([[i, j], kind, period, single, weight, note]) => [
            people[i] as string,
            people[j] as string,
            kind,
            single ? '' : period.start,
            single ? '' : period.end,
            single ? period.start : '',
            weight === undefined ? '' : String(weight / 4),
            note,
          ]),
        { maxLength: 10 },
      ),
    });
  })
  .chain((g) => {
    const tables: Record<FileRole, Table> = {
      people: { header: ['id', 'name', 'country', ...g.extra], rows: g.people },
      groups: { header: ['id', 'name', 'kind'], rows: g.groups },
      exchanges: { header: ['id', 'name', 'kind', 'programme', 'start', 'end', 'host_country'], rows: g.exchanges },
      participations: { header: ['person', 'exchange', 'role', 'start', 'end'], rows: g.participations },
      memberships: { header: ['person', 'group', 'role', 'from', 'to'], rows: g.memberships },
      ties: { header: ['source', 'target', 'kind', 'start', 'end', 'time', 'weight', '__proto__'], rows: g.ties },
    };
    const formats = fc.record(
      Object.fromEntries(FILE_ROLES.map((role) => [role, formatArb(tables[role].rows.length)])) as Record<
        FileRole,
        ReturnType<typeof formatArb>
      >,
    );
    return fc.tuple(fc.constant(tables), formats, fc.array(fc.nat(), { maxLength: 4 }));
  });

/** The value of a column of a record's data (an own property, even for `__proto__`). */
function cell(data: Record<string, string>, column: string): string | undefined {
  return Object.getOwnPropertyDescriptor(data, column)?.value as string | undefined;
}

describe('valid packages', () => {
  test('import cleanly, keep every value and line, and round-trip through JSON byte for byte', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(validPackage, async ([tables, formats, cuts]) => {
        runs++;
        const written = Object.fromEntries(FILE_ROLES.map((role) => [role, writeTable(tables[role], formats[role])])) as Record<
          FileRole,
          WrittenFile
        >;
        const sources: DataPackage = {};
        const chunkedSources: DataPackage = {};
        for (const role of FILE_ROLES) {
          sources[role] = textSource(`${role}.csv`, written[role].text);
          chunkedSources[role] = bytesSource(`${role}.csv`, ...chunked(new TextEncoder().encode(written[role].text), cuts));
        }
        const result = await importNetwork(sources, { name: 'generated' });
        expect(result.problems).toEqual([]);
        for (const file of result.files) {
          const table = tables[file.role];
          expect([file.rowsRead, file.rowsAccepted, file.rowsRejected, file.complete]).toEqual([
            table.rows.length,
            table.rows.length,
            0,
            true,
          ]);
          expect(file.delimiter).toBe(formats[file.role].delimiter);
        }
        const n = result.network;
        // Every value and the line of every record, as written.
        const check = (data: Record<string, string>, sourcesOfRecord: { file: string; line: number }[], role: FileRole, i: number) => {
          const table = tables[role];
          table.header.forEach((column, c) => {
            expect(cell(data, column)).toBe(table.rows[i]?.[c]);
          });
          expect(sourcesOfRecord).toEqual([{ file: `${role}.csv`, line: written[role].lines[i] }]);
        };
        tables.people.rows.forEach((row, i) => {
          const a = n.getNodeAttributes(`person:${row[0]}`);
          check(a.data, a.sources, 'people', i);
          expect(a.name).toBe((row[1] as string).trim() === '' ? null : (row[1] as string).trim());
        });
        tables.groups.rows.forEach((row, i) => {
          const a = n.getNodeAttributes(`group:${row[0]}`);
          check(a.data, a.sources, 'groups', i);
        });
        tables.exchanges.rows.forEach((row, i) => {
          const a = n.getNodeAttributes(`exchange:${row[0]}`);
          check(a.data, a.sources, 'exchanges', i);
        });
        for (const [role, type] of [
          ['participations', 'participation'],
          ['memberships', 'membership'],
          ['ties', 'tie'],
        ] as const) {
          tables[role].rows.forEach((_row, i) => {
            const a = n.getEdgeAttributes(`${type}#${i}`);
            check(a.data, a.sources, role, i);
          });
        }
        // JSON round trip.
        const text = stringifyNetwork(n);
        const back = networkFromJSON(text);
        expect(stringifyNetwork(back)).toBe(text);
        expect(networkToJSON(back)).toEqual(networkToJSON(n));
        // Reading the same bytes in other chunks changes nothing.
        const again = await importNetwork(chunkedSources, { name: 'generated' });
        expect(again.files).toEqual(result.files);
        expect(stringifyNetwork(again.network)).toBe(text);
      }),
      { seed: SEED, numRuns: NUM_RUNS },
    );
    console.log(`property 'valid packages import cleanly and round-trip through JSON': ${runs} runs (seed ${SEED})`);
    expect(runs).toBe(NUM_RUNS);
  });
});
