import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEvery } from '../src/commands/timeline.js';
import { folderWith, run as main } from './helpers.js';

const DATASETS = resolve(import.meta.dirname, '../../../datasets');
const out = () => mkdtempSync(join(tmpdir(), 'bridgegraph-timeline-'));

const run = (...args: string[]) => main('timeline', ...args);

const lines = (dir: string) => readFileSync(join(dir, 'timeline.csv'), 'utf8').trimEnd().split('\n');

// Two people in DE, one in FR: a-b from 2015 to 2016 (ended), a-c from 2016 on, b-c in 2017 only.
const SMALL = {
  'people.csv': 'id,country\na,DE\nb,DE\nc,FR\n',
  'ties.csv': 'source,target,start,end\na,b,2015-03-01,2016-06-30\na,c,2016-02-01,\nb,c,2017-05-01,2017-05-31\n',
};

describe('bridgegraph timeline', () => {
  it('writes timeline.csv with the contract columns and ISO dates for yearly windows', async () => {
    const dir = out();
    const r = await run(folderWith(SMALL), '--every', 'year', '--out', dir);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('3 windows');
    const csv = lines(dir);
    expect(csv[0]).toBe('window_start,window_end,metric,group,value');
    expect(csv).toContain('2015-01-01,2015-12-31,ties,,1');
    expect(csv).toContain('2016-01-01,2016-12-31,ties,,2');
    expect(csv).toContain('2016-01-01,2016-12-31,cross_group_ties,,1');
    // a-b ended in 2016: only a-c and b-c in 2017.
    expect(csv).toContain('2017-01-01,2017-12-31,ties,,2');
    expect(csv).toContain('2017-01-01,2017-12-31,cross_group_ties,,2');
    expect(csv).toContain('2017-01-01,2017-12-31,internal_ties,DE,0');
  });

  it('--mode cumulative, --metrics, --from/--to, --group-by, --weighted, --seed', async () => {
    const dir = out();
    const r = await run(
      folderWith(SMALL),
      '--mode',
      'cumulative',
      '--metrics',
      'ei-index,degree',
      '--from',
      '2016',
      '--to',
      '2017-06',
      '--weighted',
      '--seed',
      '3',
      '--out',
      dir,
    );
    expect(r.code).toBe(0);
    const csv = lines(dir);
    expect(csv.filter((l) => l.includes(',ties,,'))).toEqual(['2016-01-01,2016-12-31,ties,,2', '2016-01-01,2017-12-31,ties,,3']);
    expect(csv).toContain('2016-01-01,2016-12-31,ei_index,,0');
    expect(csv).toContain('2016-01-01,2017-12-31,degree_mean,,2');
    // Grouping by another column: every person in one group, so no cross-group tie.
    const byOrg = out();
    await run(folderWith({ ...SMALL, 'people.csv': 'id,country,org\na,DE,o1\nb,DE,o1\nc,FR,o1\n' }), '--group-by', 'org', '--out', byOrg);
    expect(lines(byOrg).filter((l) => l.includes('cross_group_ties'))).toEqual([
      '2015-01-01,2015-12-31,cross_group_ties,,0',
      '2016-01-01,2016-12-31,cross_group_ties,,0',
      '2017-01-01,2017-12-31,cross_group_ties,,0',
    ]);
  });

  it('windows shorter than a day are written as UTC datetimes', async () => {
    const dir = out();
    const input = folderWith({ 'ties.csv': 'source,target,time\na,b,1499752840\nb,c,1499760040\n' });
    const r = await run(input, '--every', '1h', '--out', dir);
    expect(r.code).toBe(0);
    const csv = lines(dir);
    expect(csv[1]).toBe('2017-07-11T06:00:40.000Z,2017-07-11T07:00:39.999Z,people,,3');
    expect(csv.filter((l) => l.includes(',ties,,'))).toHaveLength(3);
  });

  it('the sample programme: cumulative cross-country ties never fall, and runs are byte-identical', async () => {
    const a = out();
    const b = out();
    const input = join(DATASETS, 'sample-programme');
    const args = ['--every', 'year', '--mode', 'cumulative', '--metrics', 'ei-index,assortativity', '--from', '2015', '--out'];
    expect((await run(input, ...args, a)).code).toBe(0);
    await run(input, ...args, b);
    expect(readFileSync(join(b, 'timeline.csv'), 'utf8')).toBe(readFileSync(join(a, 'timeline.csv'), 'utf8'));
    const cross = lines(a)
      .filter((l) => l.includes(',cross_group_ties,,'))
      .map((l) => Number(l.split(',')[4]));
    expect(cross).toHaveLength(10);
    expect(cross.every((v, i) => i === 0 || v >= (cross[i - 1] as number))).toBe(true);
    expect(lines(a)[1]?.startsWith('2015-01-01,2015-12-31,')).toBe(true);
  });

  it('--help has an example', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('bridgegraph timeline datasets/sample-programme --every year');
  });

  it('usage errors exit 2', async () => {
    const input = folderWith(SMALL);
    const cases: [string[], string][] = [
      [['--every', 'fortnight', '--out', out()], '--every must be year, quarter, month, week, day or a length such as 6h'],
      [['--metrics', 'charisma', '--out', out()], "--metrics: unknown metric 'charisma'"],
      [['--mode', 'rolling', '--out', out()], "argument 'rolling' is invalid"],
      [['--from', '12/05/2016', '--out', out()], "--from '12/05/2016' is not a date"],
      [['--from', '2017', '--to', '2016', '--out', out()], "--to '2016' is before --from '2017'"],
      [['--mode', 'cumulative', '--width', '2', '--out', out()], '--width applies to sliding windows only'],
      [['--seed', '-1', '--out', out()], '--seed must be a whole number'],
      [['--every', 'day', '--from', '1900', '--to', '2100', '--out', out()], 'more than 10000 windows'],
      [[], "required option '--out <dir>' not specified"],
    ];
    for (const [args, message] of cases) {
      const r = await run(input, ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err, args.join(' ')).toContain(message);
    }
  });

  it('data problems: undated data has no timeline (exit 1); rejected rows are reported and the rest used (exit 1)', async () => {
    const undated = await run(folderWith({ 'ties.csv': 'source,target\na,b\n' }), '--out', out());
    expect(undated.code).toBe(1);
    expect(undated.err).toContain('nothing in the data is dated');
    const dir = out();
    const bad = await run(folderWith({ 'ties.csv': 'source,target,time\na,b,2016-01-01\nb,c,someday\n' }), '--out', dir);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('invalid-date');
    expect(lines(dir)).toContain('2016-01-01,2016-12-31,ties,,1');
  });

  it('parseEvery: calendar units and lengths', () => {
    expect(parseEvery('quarter')).toBe('quarter');
    expect(parseEvery('6h')).toEqual({ stepMs: 21_600_000 });
    expect(parseEvery('30min')).toEqual({ stepMs: 1_800_000 });
    expect(parseEvery('2d')).toEqual({ stepMs: 172_800_000 });
    expect(() => parseEvery('0h')).toThrow(/--every/);
  });
});
