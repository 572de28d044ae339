import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderWith, run } from './helpers.js';

const clean = {
  'people.csv': 'id,name,country\nP1,Ana,DE\nP2,Bo,FR\nP3,Cy,FR\n',
  'exchanges.csv': 'id,name,kind,programme,start,end,host_country\nX1,Camp,camp,Alpha,2016-05-01,2016-05-03,DE\n',
  'participations.csv': 'person,exchange,role\nP1,X1,host\nP2,X1,participant\n',
  'ties.csv': 'source,target,kind,start,weight\nP1,P2,friendship,2016-06-01,2\nP2,P3,contact,2017-01-01,1\n',
};

const dirty = {
  'people.csv': 'id,name,country\nP1,Ana,DE\nP1,Again,DE\n,Nobody,FR\nP2,Bo,FR\n',
  'ties.csv': 'source,target,weight\nP1,P2,heavy\nP1,P1,1\nP1,P9,1\nP1,P2,1,extra\nP2,P1,3\n',
};

describe('bridgegraph validate', () => {
  it('exits 0 on clean data and says so', async () => {
    const r = await run('validate', folderWith(clean));
    expect(r.code).toBe(0);
    expect(r.out).toContain('No problems found.');
    expect(r.out).toContain('Valid: 8 rows read, all accepted.');
  });

  it('exits 1 and lists each problem with file, line and column, grouped by kind', async () => {
    const dir = folderWith(dirty);
    const r = await run('validate', dir);
    expect(r.code).toBe(1);
    const people = join(dir, 'people.csv');
    const ties = join(dir, 'ties.csv');
    expect(r.out).toContain(`  duplicate-id (1)\n    ${people}:3 (column 'id'): duplicate person id 'P1' (first at line 2)`);
    expect(r.out).toContain(`  empty-id (1)\n    ${people}:4 (column 'id'): the person id is empty: expected an id`);
    expect(r.out).toContain(`  invalid-weight (1)\n    ${ties}:2 (column 'weight'):`);
    expect(r.out).toContain(`  self-tie (1)\n    ${ties}:3 (column 'target'):`);
    expect(r.out).toContain(`  unknown-person (1)\n    ${ties}:4 (column 'target'): no person with id 'P9' in people`);
    expect(r.out).toContain(`  ragged-row (1)\n    ${ties}:5: the row has 4 fields but the header has 3`);
    expect(r.out).toContain('Not valid: 6 problems; 6 of 9 rows rejected.');
  });

  it('--json gives each problem as an object and reconciles the row counts', async () => {
    const dir = folderWith(dirty);
    const r = await run('validate', dir, '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(report.valid).toBe(false);
    expect(report.problems).toHaveLength(6);
    expect(report.problems[0]).toEqual({
      file: join(dir, 'people.csv'),
      line: 3,
      column: 'id',
      value: 'P1',
      code: 'duplicate-id',
      message: "duplicate person id 'P1' (first at line 2)",
      scope: 'row',
    });
    for (const f of report.files) expect(f.rowsRead).toBe(f.rowsAccepted + f.rowsRejected);
    expect(report.files.map((f: { rowsRead: number }) => f.rowsRead)).toEqual([4, 5]);
  });

  it('--strict stops at the first problem', async () => {
    const r = await run('validate', folderWith(dirty), '--strict', '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0].code).toBe('duplicate-id');
    expect(report.problems[0].line).toBe(3);
  });

  it('--unknown-references placeholder keeps the row with a placeholder person', async () => {
    const r = await run(
      'summary',
      folderWith({ 'people.csv': 'id\nP1\n', 'ties.csv': 'source,target\nP1,P9\n' }),
      '--unknown-references',
      'placeholder',
      '--json',
    );
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.summary.people).toBe(2);
    expect(report.summary.peopleByOrigin).toEqual({ record: 1, reference: 0, placeholder: 1 });
  });

  it('maps columns, reads headerless files and missing-value markers', async () => {
    const dir = folderWith({
      'roster.csv': 'participant_id;nation\nA;NA\nB;UA\n',
      'contacts.txt': '1462089600\tA\tB\n1462089620\tB\tA\n',
    });
    const r = await run(
      'summary',
      '--people',
      join(dir, 'roster.csv'),
      '--map',
      'people.id=participant_id',
      '--map',
      'people.country=nation',
      '--ties',
      join(dir, 'contacts.txt'),
      '--header',
      'ties=time,source,target',
      '--missing',
      'NA',
      '--json',
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.summary.people).toBe(2);
    expect(report.summary.ties).toBe(2);
    expect(report.summary.countries).toEqual([{ value: 'UA', count: 1 }]);
    expect(report.summary.peopleWithoutCountry).toBe(1);
    expect(report.summary.timeSpan).toEqual({ start: '2016-05-01T08:00:00.000Z', end: '2016-05-01T08:00:20.000Z' });
  });

  it('exits 2 for usage errors with a readable message', async () => {
    expect((await run('validate', '/no/such/folder')).code).toBe(2);
    const missing = await run('validate', '/no/such/folder');
    expect(missing.err).toBe("bridgegraph: '/no/such/folder' does not exist.\n");
    expect((await run('validate', folderWith(clean), '--bogus')).code).toBe(2);
    expect((await run('validate', folderWith(clean), '--time-zone', 'Mars/Base')).err).toContain("unknown time zone 'Mars/Base'");
    expect((await run('validate', folderWith(clean), '--map', 'people.identity=x')).err).toContain("people has no column 'identity'");
    expect((await run('validate')).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
  });

  it('--help shows an example and exits 0', async () => {
    const r = await run('validate', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Example:');
  });
});

describe('bridgegraph summary', () => {
  it('summarises people, countries, exchanges, ties and time span', async () => {
    const r = await run('summary', folderWith(clean));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/people\s+3\n/);
    expect(r.out).toMatch(/countries\s+2\n/);
    expect(r.out).toMatch(/cross-country ties\s+1\n/);
    expect(r.out).toContain('people by country: FR 2, DE 1');
    expect(r.out).toContain('exchanges by programme: Alpha 1');
    expect(r.out).toContain('time span: 2016-05-01 to 2017-01-01');
  });

  it('reads a network saved as JSON', async () => {
    const { loadNetwork } = await import('@bridgegraph/core/node');
    const { stringifyNetwork } = await import('@bridgegraph/core');
    const { network } = await loadNetwork([folderWith(clean)]);
    const dir = folderWith({ 'net.json': stringifyNetwork(network) });
    const r = await run('summary', join(dir, 'net.json'), '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).summary.ties).toBe(2);
  });
});
