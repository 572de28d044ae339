import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ExchangeNetwork, networkFromJSON, networkToJSON } from '@bridgegraph/core';
import { loadNetwork } from '@bridgegraph/core/node';
import { Command, CommanderError } from 'commander';
import { describe, expect, test } from 'vitest';
import { convertCommand, formatOfOutput } from '../src/commands/convert.js';
import { EXIT, outputConfiguration, UsageError } from '../src/io.js';
import { folderWith } from './helpers.js';

const here = dirname(fileURLToPath(import.meta.url));
const SAMPLE = resolve(here, '../../../datasets/sample-programme');

/** Runs `convert` on a fresh commander program, with the exit codes `main` gives. */
async function convert(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io = { out: (t: string) => (out += t), err: (t: string) => (err += t), helpWidth: 100 };
  let code: number = EXIT.ok;
  const program = new Command('bridgegraph').exitOverride().configureOutput(outputConfiguration(io));
  convertCommand(program, io, (c) => {
    code = c;
  });
  for (const sub of program.commands) sub.exitOverride().configureOutput(outputConfiguration(io));
  try {
    await program.parseAsync(['convert', ...args], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return { code: error.exitCode === 0 ? EXIT.ok : EXIT.usage, out, err };
    if (error instanceof UsageError) return { code: EXIT.usage, out, err: `${err}bridgegraph: ${error.message}\n` };
    throw error;
  }
  return { code, out, err };
}

function withoutSources(network: ExchangeNetwork) {
  const json = networkToJSON(network);
  return {
    ...json,
    nodes: json.nodes.map((n) => ({ ...n, attributes: { ...n.attributes, sources: [] } })),
    edges: json.edges.map((e) => ({ ...e, attributes: { ...e.attributes, sources: [] } })),
  };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'bridgegraph-convert-'));

describe('bridgegraph convert', () => {
  test('the format comes from the output path', () => {
    expect(['a.json', 'a.GEXF', 'a.graphml', 'out', 'out/', 'out.d/'].map(formatOfOutput)).toEqual([
      'json',
      'gexf',
      'graphml',
      'csv',
      'csv',
      'csv',
    ]);
    expect(() => formatOfOutput('a.xlsx')).toThrow(UsageError);
  });

  test('--help shows an example', async () => {
    const { code, out } = await convert('--help');
    expect(code).toBe(0);
    expect(out).toContain('$ bridgegraph convert datasets/sample-programme sample.gexf');
  });

  test('writes each format, and each reads back to the sample programme', async () => {
    const { network } = await loadNetwork([SAMPLE]);
    const dir = tmp();
    for (const name of ['sample.json', 'sample.gexf', 'sample.graphml', 'package']) {
      const result = await convert(SAMPLE, join(dir, name));
      expect(result.err).toBe('');
      expect(result.code).toBe(0);
      expect(result.out).toMatch(/^Wrote .*\(600 people, 80 exchanges, 24 groups, \d+ edges\)\n$/);
    }
    expect(readFileSync(join(dir, 'sample.gexf'), 'utf8')).toContain('mode="dynamic" timeformat="datetime"');
    for (const name of ['sample.json', 'sample.gexf', 'sample.graphml', 'package']) {
      const back = await convert(join(dir, name), join(dir, `${name}-again.json`));
      expect(back.code, name).toBe(0);
      const again = networkFromJSON(readFileSync(join(dir, `${name}-again.json`), 'utf8'));
      const expected = withoutSources(network);
      // Read from a package, the network takes the folder's name.
      expect({ ...withoutSources(again), attributes: expected.attributes }, name).toEqual(expected);
    }
    expect(existsSync(join(dir, 'package', 'people.csv'))).toBe(true);
  });

  test('an unknown output extension is a usage error (exit 2), and nothing is written', async () => {
    const dir = tmp();
    const { code, err } = await convert(SAMPLE, join(dir, 'out.xlsx'));
    expect(code).toBe(2);
    expect(err).toMatch(/cannot tell the format of .*out\.xlsx/);
    expect(existsSync(join(dir, 'out.xlsx'))).toBe(false);
  });

  test('a missing input is a usage error (exit 2)', async () => {
    expect((await convert(join(tmp(), 'nope.gexf'), join(tmp(), 'x.json'))).code).toBe(2);
    expect((await convert(join(tmp(), 'nope'), join(tmp(), 'x.json'))).code).toBe(2);
  });

  test('data problems exit 1 but the accepted rows are converted, the problems on stderr', async () => {
    const input = folderWith({ 'people.csv': 'id,name\nA,Ana\nA,Again\nB,Bo\n', 'ties.csv': 'source,target,weight\nA,B,2\nA,C,1\n' });
    const out = join(tmp(), 'out.json');
    const { code, err } = await convert(input, out);
    expect(code).toBe(1);
    expect(err).toContain('duplicate-id');
    expect(err).toContain('unknown-person');
    const network = networkFromJSON(readFileSync(out, 'utf8'));
    expect(network.order).toBe(2);
    expect(network.size).toBe(1);
  });

  test('a malformed GEXF exits 1 with a clear message; a foreign one with self-loops converts with warnings (exit 1)', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bad.gexf'), '<gexf><graph><nodes><node id="a"></nodes></graph></gexf>');
    const bad = await convert(join(dir, 'bad.gexf'), join(dir, 'bad.json'));
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/bad\.gexf: bridgegraph\/export\/from-gexf: not well-formed XML at line 1/);
    writeFileSync(
      join(dir, 'foreign.gexf'),
      '<gexf version="1.3"><graph defaultedgetype="undirected"><nodes><node id="a" label="A"/><node id="b"/></nodes><edges><edge source="a" target="b"/><edge source="a" target="a"/></edges></graph></gexf>',
    );
    const foreign = await convert(join(dir, 'foreign.gexf'), join(dir, 'foreign'));
    expect(foreign.code).toBe(1);
    expect(foreign.err).toMatch(/joins 'a' to itself: skipped/);
    expect(readFileSync(join(dir, 'foreign', 'ties.csv'), 'utf8')).toBe('source,target\na,b\n');
  });

  test('a package is not written over another package’s files, nor over its input', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'old'));
    writeFileSync(join(dir, 'old', 'memberships.csv'), 'person,group\n');
    const edgeList = folderWith({ 'ties.csv': 'source,target\nA,B\n' });
    const { code, err } = await convert(edgeList, join(dir, 'old'));
    expect(code).toBe(2);
    expect(err).toContain('memberships.csv');
    expect((await convert(edgeList, edgeList)).code).toBe(2);
  });
});
