import { readFileSync } from 'node:fs';
import {
  type CsvSource,
  type DataPackage,
  type FileReport,
  type FileRole,
  ImportError,
  type ImportOptions,
  importNetwork,
} from '@bridgegraph/core';
import { describe, expect, test } from 'vitest';
import { bytesSource, expectRowsReconcile } from '../helpers.js';

/** One case of the corpus in test/fixtures/bad/manifest.json. */
interface BadCase {
  case: string;
  description: string;
  /** Paths relative to the corpus folder, by role; each file is read as its own bytes and named by its path. */
  files: Partial<Record<FileRole, string>>;
  options?: ImportOptions;
  /** The encoding the files are read in (the `encoding` of their sources); UTF-8 when absent. */
  encoding?: CsvSource['encoding'];
  /** Every problem, in order, without its message. */
  problems: { code: string; line: number | null; column: string | null; value: string | null }[];
  /** Text the first problem's message must contain. */
  messageIncludes?: string;
  /** What happened to each file. */
  reports: FileReport[];
  /** The ids of the people of the network, in order. */
  people?: string[];
  /** The line of each person's record. */
  lines?: Record<string, number>;
  /** Each person's data, as own properties. */
  data?: Record<string, Record<string, string>>;
  /** Each person's name. */
  names?: Record<string, string>;
  /** Exchange starts as ISO instants. */
  exchangeStarts?: Record<string, string>;
  /** Each person's name equals the second field of their line in the file, decoded as UTF-8, byte for byte. */
  namesFromFile?: boolean;
}

const corpus = new URL('../fixtures/bad/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', corpus), 'utf8')) as { cases: BadCase[] };

function packageOf(c: BadCase, chunk = Number.POSITIVE_INFINITY): DataPackage {
  const pkg: DataPackage = {};
  for (const [role, path] of Object.entries(c.files) as [FileRole, string][]) {
    const bytes = new Uint8Array(readFileSync(new URL(path, corpus)));
    const chunks: Uint8Array[] = [];
    for (let at = 0; at < bytes.length; at += Math.min(chunk, bytes.length)) chunks.push(bytes.slice(at, at + chunk));
    pkg[role] = { ...bytesSource(path, ...chunks), ...(c.encoding === undefined ? {} : { encoding: c.encoding }) };
  }
  return pkg;
}

/** Distinct files of the corpus, and the bad ones: a row rejected or the file not read to its end (its report says so). */
const allFiles = new Set(manifest.cases.flatMap((c) => Object.values(c.files)));
const badFiles = new Set(manifest.cases.flatMap((c) => c.reports.filter((r) => r.rowsRejected > 0 || !r.complete).map((r) => r.file)));
console.log(
  `bad-inputs corpus: ${manifest.cases.length} cases over ${allFiles.size} files, ${badFiles.size} of them bad (a row rejected or the file refused)`,
);

describe('the corpus of bad inputs (test/fixtures/bad/manifest.json)', () => {
  test.each(manifest.cases.map((c) => [c.case, c] as const))('%s', async (_name, c) => {
    const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
    const result = await importNetwork(packageOf(c), c.options ?? {});
    expectRowsReconcile(result);
    expect(result.problems.map(({ code, line, column, value }) => ({ code, line, column, value }))).toEqual(c.problems);
    if (c.messageIncludes !== undefined) expect(result.problems[0]?.message).toContain(c.messageIncludes);
    expect(result.files).toEqual(c.reports);
    const network = result.network;
    if (c.people !== undefined) {
      expect(network.filterNodes((_key, a) => a.type === 'person').map((key) => network.getNodeAttribute(key, 'id'))).toEqual(c.people);
    }
    for (const [id, line] of Object.entries(c.lines ?? {}))
      expect(network.getNodeAttribute(`person:${id}`, 'sources')).toEqual([{ file: c.files.people, line }]);
    for (const [id, data] of Object.entries(c.data ?? {})) {
      const own = network.getNodeAttribute(`person:${id}`, 'data');
      expect(Object.getPrototypeOf(own)).toBeNull();
      for (const [column, value] of Object.entries(data)) expect(Object.getOwnPropertyDescriptor(own, column)?.value).toBe(value);
      expect(Object.keys(own)).toEqual(Object.keys(data));
    }
    for (const [id, name] of Object.entries(c.names ?? {})) expect(network.getNodeAttribute(`person:${id}`, 'name')).toBe(name);
    for (const [id, iso] of Object.entries(c.exchangeStarts ?? {})) {
      const exchange = network.getNodeAttributes(`exchange:${id}`);
      expect(exchange.type === 'exchange' ? exchange.start : undefined).toBe(Date.parse(iso));
    }
    if (c.namesFromFile && c.files.people !== undefined) {
      const text = readFileSync(new URL(c.files.people, corpus), 'utf8');
      for (const line of text.split('\n').slice(1, -1)) {
        const [id, rest] = [line.slice(0, line.indexOf(',')), line.slice(line.indexOf(',') + 1)];
        const name = rest.slice(0, rest.lastIndexOf(',')).replace(/^"(.*)"$/s, '$1');
        const stored = network.getNodeAttribute(`person:${id}`, 'name') as string;
        expect(Buffer.from(stored, 'utf8').equals(Buffer.from(name, 'utf8')), `${id}: ${stored} = ${name}`).toBe(true);
      }
    }
    // Nothing leaks into Object.prototype, whatever the ids and columns are called.
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    expect(({} as Record<string, unknown>).name).toBeUndefined();
    // Strict mode stops at the first problem and carries it.
    const first = c.problems[0];
    if (first !== undefined) {
      const strict = importNetwork(packageOf(c), { ...c.options, mode: 'strict' });
      await expect(strict).rejects.toBeInstanceOf(ImportError);
      await expect(strict).rejects.toMatchObject(first);
    } else {
      await expect(importNetwork(packageOf(c), { ...c.options, mode: 'strict' })).resolves.toBeDefined();
    }
  });

  test('the same corpus read one byte per chunk gives the same problems and counts', async () => {
    for (const c of manifest.cases) {
      const pkg = packageOf(c, 1);
      const whole = await importNetwork(packageOf(c), c.options ?? {});
      const split = await importNetwork(pkg, c.options ?? {});
      expect(split.problems, c.case).toEqual(whole.problems);
      expect(split.files, c.case).toEqual(whole.files);
    }
  });

  test('prototype ids are ordinary people joined by ordinary ties', async () => {
    const c = manifest.cases.find((x) => x.case === 'prototype-ids') as BadCase;
    const { network } = await importNetwork(packageOf(c));
    expect(network.hasNode('person:__proto__')).toBe(true);
    expect(network.getNodeAttribute('person:__proto__', 'name')).toBe('Ann');
    expect(network.degree('person:__proto__')).toBe(2);
    expect(network.areNeighbors('person:hasOwnProperty', 'person:toString')).toBe(true);
  });

  test('a single field of 1 MB is accepted whole, in one chunk or in 64 KB chunks', async () => {
    const big = 'é'.repeat(256 * 1024) + 'x'.repeat(512 * 1024); // 1 MiB of UTF-8
    const bytes = new TextEncoder().encode(`id,note\nP1,"${big}"\nP2,short\n`);
    expect(bytes.length).toBeGreaterThan(1024 * 1024);
    const chunks: Uint8Array[] = [];
    for (let at = 0; at < bytes.length; at += 65_536 + 1) chunks.push(bytes.slice(at, at + 65_536 + 1));
    for (const source of [bytesSource('people.csv', bytes), bytesSource('people.csv', ...chunks)]) {
      const result = await importNetwork({ people: source });
      expect(result.problems).toEqual([]);
      expect(result.files[0]).toMatchObject({ rowsRead: 2, rowsAccepted: 2 });
      expect(result.network.getNodeAttribute('person:P1', 'data').note === big).toBe(true);
      expect(result.network.getNodeAttribute('person:P2', 'sources')).toEqual([{ file: 'people.csv', line: 3 }]);
    }
  });
});

describe('bytes that are not UTF-8', () => {
  const encoder = new TextEncoder();
  const file = (...parts: (string | number[])[]) =>
    new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...encoder.encode(p)] : p)));

  test.each([
    ['a Latin-1 é', file('id,name\nP1,Jos', [0xe9], '\n'), 2, '0xE9'],
    ['a Windows-1252 euro sign', file('id,name\nP1,A\nP2,', [0x80], '5\n'), 3, '0x80'],
    ['an overlong encoding of /', file('id,name\nP1,', [0xc0, 0xaf], '\n'), 2, '0xC0'],
    ['an encoded surrogate', file('id,name\nP1,', [0xed, 0xa0, 0x80], '\n'), 2, '0xED'],
    ['a code point above U+10FFFF', file('id,name\nP1,', [0xf4, 0x90, 0x80, 0x80], '\n'), 2, '0xF4'],
    ['a character cut short by a line end', file('id,name\nP1,', [0xe2, 0x82], '\nP2,x\n'), 2, '0xE2'],
    ['a character cut short by the end of the file', file('id,name\nP1,x\nP2,', [0xf0, 0x9f, 0x98]), 3, '0xF0'],
    ['lines ended by CR and CRLF', file('id,name\r\nP1,x\rP2,y\r\n\r\nP3,', [0xff], '\r\n'), 5, '0xFF'],
  ])('%s: an encoding problem naming the line and the byte', async (_name, bytes, line, value) => {
    for (const source of [bytesSource('people.csv', bytes), bytesSource('people.csv', ...Array.from(bytes, (b) => new Uint8Array([b])))]) {
      const result = await importNetwork({ people: source });
      expect(result.problems.map(({ code, line, column, value }) => ({ code, line, column, value }))).toEqual([
        { code: 'encoding', line, column: null, value },
      ]);
      expect(result.problems[0]?.message).toContain(`on line ${line} is not UTF-8 (Latin-1 / Windows-1252?)`);
      expect(result.files[0]?.complete).toBe(false);
      expectRowsReconcile(result);
    }
  });

  test('valid 2-, 3- and 4-byte characters at the edges of the ranges are accepted', async () => {
    const text = 'id,name\nP1,\u0080\u07ff\u0800\uffff\ud800\udc00\udbff\udfff\ud7ff\ue000\n';
    const result = await importNetwork({ people: bytesSource('people.csv', encoder.encode(text)) });
    expect(result.problems).toEqual([]);
    expect(result.network.getNodeAttribute('person:P1', 'name')).toBe('\u0080\u07ff\u0800\uffff\ud800\udc00\udbff\udfff\ud7ff\ue000');
  });
});

describe('the encoding option', () => {
  test('an encoding that is not offered is refused, naming the file', async () => {
    const source = { ...bytesSource('people.csv', new Uint8Array([0x69, 0x64])), encoding: 'utf-16be' as unknown as CsvSource['encoding'] };
    await expect(importNetwork({ people: source })).rejects.toThrow(
      /encoding must be one of latin1, windows-1252, utf-16le, not 'utf-16be' \(people.csv\)/,
    );
  });

  test('bytes 0x80-0x9F of latin1 are read as Windows-1252, as browsers do (0x80 is €)', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('id,name\nP1,'), 0x80, 0xe9, 0x0a]);
    const result = await importNetwork({ people: { ...bytesSource('people.csv', bytes), encoding: 'latin1' } });
    expect(result.problems).toEqual([]);
    expect(result.network.getNodeAttribute('person:P1', 'name')).toBe('€é');
  });
});
