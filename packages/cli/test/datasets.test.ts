import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const DATASETS = join(ROOT, 'datasets');

interface Problem {
  file: string;
  line: number | null;
  column: string | null;
  value: string | null;
  code: string;
}

describe('the bundled datasets through the command line', () => {
  it('summary of the sample programme: 600 people in 12 countries, 80 exchanges, no problems', async () => {
    const r = await run('summary', join(DATASETS, 'sample-programme'), '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.summary).toMatchObject({
      people: 600,
      groups: 24,
      exchanges: 80,
      participations: 1172,
      memberships: 626,
      ties: 340,
      crossCountryTies: 264,
    });
    expect(report.summary.countries).toHaveLength(12);
    expect(report.files.map((f: { role: string; rowsRead: number }) => [f.role, f.rowsRead])).toEqual([
      ['groups', 24],
      ['people', 600],
      ['exchanges', 80],
      ['memberships', 626],
      ['participations', 1172],
      ['ties', 340],
    ]);
  });

  it('validate on the dirty copy finds exactly the planted problems, and the rows that depend on them', async () => {
    const r = await run('validate', join(DATASETS, 'sample-programme-dirty'), '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    const expected: Problem[] = JSON.parse(readFileSync(join(DATASETS, 'sample-programme-dirty', 'expected-problems.json'), 'utf8'));
    const located = (report.problems as Problem[]).map(({ file, line, column, value, code }) => ({
      file: basename(file),
      line,
      column,
      value,
      code,
    }));
    const planted = located.filter((p) => p.code !== 'rejected-reference');
    const byPlace = (a: Problem, b: Problem) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0));
    expect(planted.sort(byPlace)).toEqual(
      expected.map(({ file, line, column, value, code }) => ({ file, line, column, value, code })).sort(byPlace),
    );
    // Participations in the two exchanges whose rows were rejected (X029 and X034) are rejected with them.
    const dependent = located.filter((p) => p.code === 'rejected-reference');
    expect(new Set(dependent.map((p) => `${p.file} ${p.column} ${p.value}`))).toEqual(
      new Set(['participations.csv exchange X029', 'participations.csv exchange X034']),
    );
    const participations = readFileSync(join(DATASETS, 'sample-programme-dirty', 'participations.csv'), 'utf8');
    const inRejected = participations.split('\n').filter((l) => /^[^,]*,(X029|X034),/.test(l)).length;
    expect(dependent).toHaveLength(inRejected);
    for (const f of report.files) expect(f.rowsRead).toBe(f.rowsAccepted + f.rowsRejected);
    expect(report.files.reduce((n: number, f: { rowsRejected: number }) => n + f.rowsRejected, 0)).toBe(expected.length + inRejected);
  });

  it('Davis: 18 women, 14 events, 89 attendances', async () => {
    const report = JSON.parse((await run('summary', join(DATASETS, 'davis-southern-women'), '--json')).out);
    expect(report.valid).toBe(true);
    expect(report.summary).toMatchObject({ people: 18, exchanges: 14, participations: 89 });
  });

  it('Florentine families: 16 families, 20 marriage and 15 business ties', async () => {
    const report = JSON.parse((await run('summary', join(DATASETS, 'florentine-families'), '--json')).out);
    expect(report.valid).toBe(true);
    expect(report.summary).toMatchObject({ people: 16, ties: 35 });
  });
});

describe('the built command', () => {
  const bin = join(ROOT, 'packages/cli/bin/bridgegraph.js');
  const built = existsSync(join(ROOT, 'packages/cli/dist/bin.js'));

  it.skipIf(!built)('runs from the repository root as npx bridgegraph does, with exit codes 0, 1 and 2', () => {
    const ok = execFileSync(process.execPath, [bin, 'summary', 'datasets/sample-programme'], { cwd: ROOT, encoding: 'utf8' });
    expect(ok).toMatch(/people\s+600\n/);
    const dirty = spawnSync(process.execPath, [bin, 'validate', 'datasets/sample-programme-dirty'], { cwd: ROOT, encoding: 'utf8' });
    expect(dirty.status).toBe(1);
    expect(dirty.stdout).toContain(
      "datasets/sample-programme-dirty/people.csv:433 (column 'id'): duplicate person id 'P0302' (first at line 304)",
    );
    const usage = spawnSync(process.execPath, [bin, 'validate', 'no-such-folder'], { cwd: ROOT, encoding: 'utf8' });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toBe("bridgegraph: 'no-such-folder' does not exist.\n");
    expect(usage.stderr).not.toContain('    at ');
  });
});
