import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { importNetwork, stringifyNetwork } from '@bridgegraph/core';
import { fileSource, InputError, loadNetwork, resolveInputs } from '@bridgegraph/core/node';
import { describe, expect, test } from 'vitest';

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bridgegraph-core-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('loadNetwork', () => {
  test('a folder: files found by name, imported in role order', async () => {
    const dir = folderWith({
      'people.csv': 'id,name\np1,Ann\np2,Bo\n',
      'Edges.TSV': 'source\ttarget\tweight\np1\tp2\t2\np1\tp3\t1\n',
      'notes.md': '# not data',
    });
    const result = await loadNetwork([dir]);
    expect(result.input).toEqual({
      kind: 'csv',
      name: basename(dir),
      files: { people: join(dir, 'people.csv'), ties: join(dir, 'Edges.TSV') },
    });
    expect(result.network.getAttribute('name')).toBe(basename(dir));
    expect(result.files.map((f) => [f.role, f.delimiter, f.rowsRead, f.rowsAccepted, f.rowsRejected])).toEqual([
      ['people', ',', 2, 2, 0],
      ['ties', '\t', 2, 1, 1],
    ]);
    expect(result.problems.map((p) => [p.file, p.line, p.code, p.value])).toEqual([[join(dir, 'Edges.TSV'), 3, 'unknown-person', 'p3']]);
  });

  test('a network.json alone is read back as the same network', async () => {
    const dir = folderWith({ 'people.csv': 'id,country\na,DE\nb,FR\n', 'ties.csv': 'source,target,time\na,b,2016-05-01\n' });
    const loaded = await loadNetwork([dir], { name: 'n' });
    const jsonDir = folderWith({ 'network.json': stringifyNetwork(loaded.network) });
    const fromJson = await loadNetwork([join(jsonDir, 'network.json')]);
    expect(fromJson.input).toEqual({ kind: 'json', name: 'network.json', file: join(jsonDir, 'network.json') });
    expect(fromJson.problems).toEqual([]);
    expect(fromJson.files).toEqual([]);
    expect(stringifyNetwork(fromJson.network)).toBe(stringifyNetwork(loaded.network));
    const fromFolder = await loadNetwork([jsonDir]);
    expect(fromFolder.input.kind).toBe('json');
  });

  test('import options pass through (strict mode, headers, missing values)', async () => {
    const dir = folderWith({ 'contacts.dat': '20\ta\tb\n40\tb\tNA\n' });
    const result = await loadNetwork([join(dir, 'contacts.dat')], {
      sources: { ties: { header: ['time', 'source', 'target'] } },
      missingValues: ['NA'],
    });
    expect(result.input.kind === 'csv' && result.input.files).toEqual({ ties: join(dir, 'contacts.dat') });
    expect(result.problems.map((p) => [p.line, p.code, p.column, p.value])).toEqual([[2, 'empty-id', 'target', 'NA']]);
    await expect(
      loadNetwork([join(dir, 'contacts.dat')], { mode: 'strict', sources: { ties: { header: ['time', 'source', 'target'] } } }),
    ).resolves.toMatchObject({
      problems: [],
    });
    await expect(
      loadNetwork([join(dir, 'contacts.dat')], {
        mode: 'strict',
        missingValues: ['NA'],
        sources: { ties: { header: ['time', 'source', 'target'] } },
      }),
    ).rejects.toMatchObject({ name: 'ImportError', code: 'empty-id', line: 2 });
  });
});

describe('resolveInputs', () => {
  test('a path that does not exist', () => {
    expect(() => resolveInputs(['/no/such/folder'])).toThrow(InputError);
    expect(() => resolveInputs(['/no/such/folder'])).toThrow("'/no/such/folder' does not exist.");
  });

  test('a folder without data files', () => {
    const dir = folderWith({ 'readme.txt': 'hello' });
    expect(() => resolveInputs([dir])).toThrow(InputError);
  });

  test('files named for their roles, and a file whose name says nothing is an edge list', () => {
    const dir = folderWith({ 'people.csv': 'id\n', 'attendance.csv': 'person,exchange\n', 'whatever.txt': 'source,target\n' });
    expect(resolveInputs([join(dir, 'people.csv'), join(dir, 'attendance.csv')])).toMatchObject({
      kind: 'csv',
      files: { people: join(dir, 'people.csv'), participations: join(dir, 'attendance.csv') },
    });
    expect(resolveInputs([join(dir, 'whatever.txt')])).toMatchObject({ kind: 'csv', files: { ties: join(dir, 'whatever.txt') } });
  });
});

describe('fileSource', () => {
  test('streams a file from disk under its path or a given name', async () => {
    const dir = folderWith({ 'p.csv': 'id;name\r\np1;"A\r\nB"\r\np2;C\r\n' });
    const path = join(dir, 'p.csv');
    const byPath = await importNetwork({ people: fileSource(path) });
    expect(byPath.files[0]).toMatchObject({ file: path, delimiter: ';', rowsRead: 2, rowsAccepted: 2 });
    const named = await importNetwork({ people: fileSource(path, { name: 'people.csv' }) });
    expect(named.network.mapNodes((_k, a) => a.sources)).toEqual([[{ file: 'people.csv', line: 2 }], [{ file: 'people.csv', line: 4 }]]);
  });

  test('a file larger than one read chunk (256 KiB) keeps its line numbers', async () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => `p${i},"Name ${i}\nsecond line",${i % 7 === 0 ? '' : 'DE'}`);
    const dir = folderWith({ 'people.csv': `id,name,country\n${rows.join('\n')}\n` });
    const result = await importNetwork({ people: fileSource(join(dir, 'people.csv')) });
    expect(result.files[0]).toMatchObject({ rowsRead: 30_000, rowsAccepted: 30_000, rowsRejected: 0 });
    // Each record takes two lines: record i starts on line 2 + 2i.
    expect(result.network.getNodeAttribute('person:p29999', 'sources')).toEqual([{ file: join(dir, 'people.csv'), line: 60_000 }]);
    expect(result.network.getNodeAttribute('person:p12345', 'sources')).toEqual([{ file: join(dir, 'people.csv'), line: 24_692 }]);
  });
});
