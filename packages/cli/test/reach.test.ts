import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderWith, run } from './helpers.js';

const DATASETS = resolve(import.meta.dirname, '../../../datasets');
const out = () => mkdtempSync(join(tmpdir(), 'bridgegraph-reach-'));

const reach = (...args: string[]) => run('reach', ...args);

const CONTRACT =
  'programme,exchanges,participants,new_participants,returning_participants,countries,new_cross_country_ties,share_gaining_cross_tie,alumni_reach_2';

describe('bridgegraph reach', () => {
  it('writes programmes.csv and first-contacts.csv for the sample programme', async () => {
    const dir = out();
    const r = await reach(join(DATASETS, 'sample-programme'), '--by', 'programme', '--out', dir, '--group-by', 'country');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Wrote programmes\.csv, first-contacts\.csv to /);
    const programmes = readFileSync(join(dir, 'programmes.csv'), 'utf8').trimEnd().split('\n');
    expect(programmes[0]?.startsWith(`${CONTRACT},without_connected_country_pairs,delta_connected_country_pairs,`)).toBe(true);
    expect(programmes.map((l) => l.split(',')[0])).toEqual([
      'programme',
      'Bridges for Youth',
      'Eastern Neighbourhood Study Visits',
      'Green Hands Camps',
      'Mediterranean Fair Play',
    ]);
    // new_participants add up to the 547 people who took part in an exchange.
    expect(programmes.slice(1).reduce((s, l) => s + Number(l.split(',')[3]), 0)).toBe(547);
    const contacts = readFileSync(join(dir, 'first-contacts.csv'), 'utf8').trimEnd().split('\n');
    expect(contacts[0]).toBe('person_a,person_b,first_contact,via,group_a,group_b,via_kind,via_programme');
    expect(contacts[1]).toMatch(
      /^P\d{4},P\d{4},2015-02-26,exchange:X001,[A-Z]{2},[A-Z]{2},study-visit,Eastern Neighbourhood Study Visits$/,
    );
  });

  it('--by kind and --by exchange; two runs write the same bytes', async () => {
    const a = out();
    const b = out();
    expect((await reach(join(DATASETS, 'sample-programme'), '--by', 'kind', '--out', a)).code).toBe(0);
    expect((await reach(join(DATASETS, 'sample-programme'), '--by', 'kind', '--out', b)).code).toBe(0);
    for (const f of ['programmes.csv', 'first-contacts.csv'])
      expect(readFileSync(join(b, f), 'utf8')).toBe(readFileSync(join(a, f), 'utf8'));
    expect(
      readFileSync(join(a, 'programmes.csv'), 'utf8')
        .split('\n')
        .map((l) => l.split(',')[0]),
    ).toEqual(['kind', 'sports-tournament', 'study-visit', 'volunteer-camp', 'youth-exchange', '']);
    const c = out();
    const r = await reach(join(DATASETS, 'sample-programme'), '--by', 'exchange', '--out', c);
    expect(r.code).toBe(0);
    expect(r.out).toContain('80 exchanges');
    expect(readFileSync(join(c, 'programmes.csv'), 'utf8').split('\n')[1]).toMatch(/^X001,1,/);
  });

  it('an edge list has first contacts but no programmes', async () => {
    const dir = out();
    const input = folderWith({
      'contacts.csv': 'source,target,time\na,b,2017-07-11T09:00:00Z\nb,c,2017-07-11T09:00:20Z\na,b,2017-07-11T08:00:00Z\n',
    });
    const r = await reach(input, '--out', dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain('no exchanges');
    expect(readFileSync(join(dir, 'programmes.csv'), 'utf8').trimEnd().split('\n')).toHaveLength(1);
    expect(readFileSync(join(dir, 'first-contacts.csv'), 'utf8').split('\n').slice(1, 3)).toEqual([
      'a,b,2017-07-11T08:00:00.000Z,tie:tie#2,,,,',
      'b,c,2017-07-11T09:00:20.000Z,tie:tie#1,,,,',
    ]);
  });

  it('usage errors exit 2; --help shows an example', async () => {
    expect((await reach(join(DATASETS, 'sample-programme'))).code).toBe(2); // no --out
    const bad = await reach(join(DATASETS, 'sample-programme'), '--out', out(), '--by', 'year');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--by/);
    expect((await reach(join(tmpdir(), 'no-such-folder-bridgegraph'), '--out', out())).code).toBe(2);
    const help = await reach('--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('$ bridgegraph reach datasets/sample-programme --by programme --out reach');
  });

  it('data problems: the accepted rows are used and the exit code is 1', async () => {
    const dir = out();
    const input = folderWith({
      'people.csv': 'id,country\na,DE\nb,FR\n',
      'exchanges.csv': 'id,programme,start\nx,P,2016-05-01\n',
      'participations.csv': 'person,exchange\na,x\nb,x\nzz,x\n',
    });
    const r = await reach(input, '--out', dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('unknown-person');
    expect(readFileSync(join(dir, 'programmes.csv'), 'utf8').split('\n')[1]).toMatch(/^P,1,2,2,0,2,1,1,0,/);
  });
});
