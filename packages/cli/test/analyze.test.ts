import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PERSON_COLUMNS } from '@bridgegraph/core';
import { describe, expect, it } from 'vitest';
import { folderWith, run } from './helpers.js';

const DATASETS = resolve(import.meta.dirname, '../../../datasets');
const out = () => mkdtempSync(join(tmpdir(), 'bridgegraph-analyze-'));

describe('bridgegraph analyze', () => {
  it('writes people.csv, groups.csv and network.json for the sample programme, grouped by country', async () => {
    const dir = out();
    const r = await run('analyze', join(DATASETS, 'sample-programme'), '--out', dir, '--group-by', 'country');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const people = readFileSync(join(dir, 'people.csv'), 'utf8').trimEnd().split('\n');
    expect(people[0]?.split(',').slice(0, PERSON_COLUMNS.length)).toEqual([...PERSON_COLUMNS]);
    expect(people).toHaveLength(601);
    const groups = readFileSync(join(dir, 'groups.csv'), 'utf8').trimEnd().split('\n');
    expect(groups).toHaveLength(13);
    const network = JSON.parse(readFileSync(join(dir, 'network.json'), 'utf8'));
    expect(network).toMatchObject({ nodes: 600, groups: 12, ungrouped_people: 0 });
    for (const field of [
      'density',
      'components',
      'modularity',
      'assortativity',
      'ei_index',
      'bridges',
      'articulation_points',
      'local_bridges',
    ]) {
      expect(network[field], field).not.toBeNull();
    }
    expect(network.ei_index.expected).toBeGreaterThan(network.ei_index.observed);
  });

  it('is deterministic: two runs write the same bytes', async () => {
    const a = out();
    const b = out();
    const input = join(DATASETS, 'davis-southern-women');
    await run('analyze', input, '--out', a, '--group-by', 'dgg_group', '--permutations', '300');
    await run('analyze', input, '--out', b, '--group-by', 'dgg_group', '--permutations', '300');
    for (const f of ['people.csv', 'groups.csv', 'network.json'])
      expect(readFileSync(join(b, f), 'utf8')).toBe(readFileSync(join(a, f), 'utf8'));
  });

  it('--metrics computes only those; --weighted and --projection are recorded', async () => {
    const dir = out();
    const r = await run(
      'analyze',
      join(DATASETS, 'florentine-families'),
      '--out',
      dir,
      '--metrics',
      'degree,bridges',
      '--weighted',
      '--json',
    );
    expect(r.code).toBe(0);
    const network = JSON.parse(r.out);
    expect(network.options).toMatchObject({ weighted: true, metrics: ['degree', 'bridges'] });
    expect(network.ei_index).toBeNull();
    const row = readFileSync(join(dir, 'people.csv'), 'utf8').split('\n')[1]?.split(',');
    expect(row?.[2]).not.toBe('');
    expect(row?.[4]).toBe('');
  });

  it('usage errors exit 2: an unknown metric, no --out, a bad seed', async () => {
    const input = join(DATASETS, 'florentine-families');
    const unknown = await run('analyze', input, '--out', out(), '--metrics', 'degree,charisma');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("--metrics: unknown metric 'charisma'");
    expect((await run('analyze', input)).code).toBe(2);
    expect((await run('analyze', input, '--out', out(), '--seed', '-1')).code).toBe(2);
  });

  it('data with problems: the accepted rows are analysed, the problems shown, exit 1', async () => {
    const input = folderWith({ 'ties.csv': 'source,target,weight\na,b,1\nb,c,heavy\n' });
    const dir = out();
    const r = await run('analyze', input, '--out', dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('invalid-weight');
    expect(readFileSync(join(dir, 'people.csv'), 'utf8').trimEnd().split('\n')).toHaveLength(3);
  });

  it('text cells that look like formulas are escaped in people.csv', async () => {
    const input = folderWith({ 'people.csv': 'id,country\n=cmd,DE\n@x,FR\n', 'ties.csv': 'source,target\n=cmd,@x\n' });
    const dir = out();
    await run('analyze', input, '--out', dir, '--metrics', 'degree');
    const lines = readFileSync(join(dir, 'people.csv'), 'utf8').split('\n');
    expect(lines[1]?.startsWith("'=cmd,DE,1,")).toBe(true);
    expect(lines[2]?.startsWith("'@x,FR,1,")).toBe(true);
  });
});
