import { REQUIRED_COLUMNS, roleFromFileName, STANDARD_COLUMNS, textSource } from '@bridgegraph/core';
import { describe, expect, test } from 'vitest';
import { importChecked, nodeOf } from '../helpers.js';

describe('column mapping', () => {
  test('a mapped column is read under its own name; problems name it as in the file', async () => {
    const result = await importChecked(
      {
        people: textSource('people.csv', 'id,nationality\np1,DE\np2,UA\n'),
        exchanges: textSource('exchanges.csv', 'id\ne1\n'),
        participations: textSource('participations.csv', 'participant_id,exchange,person\np1,e1,x\np2,e1,y\np9,e1,p1\n'),
      },
      { columns: { participations: { person: 'participant_id' }, people: { country: 'nationality' } } },
    );
    // The file's own `person` column is not the mapped one: it is only data.
    expect(result.problems.map((p) => [p.line, p.code, p.column, p.value])).toEqual([[4, 'unknown-person', 'participant_id', 'p9']]);
    expect(result.network.extremities('participation#1')).toEqual(['person:p2', 'exchange:e1']);
    expect(result.network.getEdgeAttribute('participation#1', 'data')).toEqual({ participant_id: 'p2', exchange: 'e1', person: 'y' });
    expect(nodeOf(result.network, 'person', 'p2').country).toBe('UA');
  });

  test('a mapped name must match exactly (apart from surrounding spaces)', async () => {
    const exact = await importChecked(
      { ties: textSource('ties.csv', ' From ,To\na,b\n') },
      { columns: { ties: { source: 'From', target: 'To' } } },
    );
    expect(exact.problems).toEqual([]);
    const otherCase = await importChecked(
      { ties: textSource('ties.csv', 'from,To\na,b\n') },
      { columns: { ties: { source: 'From', target: 'To' } } },
    );
    expect(otherCase.problems.map((p) => [p.code, p.column])).toEqual([['missing-column', 'From']]);
  });

  test('standard names match regardless of case and surrounding spaces', async () => {
    const result = await importChecked({ people: textSource('people.csv', 'ID, Name ,COUNTRY\np1,Ann,DE\n') });
    expect(result.problems).toEqual([]);
    const a = nodeOf(result.network, 'person', 'p1');
    expect([a.id, a.name, a.country]).toEqual(['p1', 'Ann', 'DE']);
    // data keeps the names as written in the header.
    expect(a.data).toEqual({ ID: 'p1', ' Name ': 'Ann', COUNTRY: 'DE' });
  });

  test('memberships accept from and to for start and end; programme accepts program', async () => {
    const result = await importChecked({
      people: textSource('people.csv', 'id\np1\n'),
      groups: textSource('groups.csv', 'id\ng1\n'),
      memberships: textSource('memberships.csv', 'person,group,From,TO\np1,g1,2015,2016-06\n'),
      exchanges: textSource('exchanges.csv', 'id,Program\ne1,Erasmus+\n'),
    });
    expect(result.problems).toEqual([]);
    expect(result.network.getEdgeAttributes('membership#0')).toMatchObject({
      start: Date.UTC(2015, 0, 1),
      end: Date.UTC(2016, 6, 1) - 1,
    });
    expect(nodeOf(result.network, 'exchange', 'e1').programme).toBe('Erasmus+');
  });

  test('the standard name wins over an alias when both are present', async () => {
    const result = await importChecked({
      memberships: textSource('memberships.csv', 'person,group,from,start\np1,g1,2010,2015\n'),
      ties: textSource('ties.csv', 'source,target\n'),
    });
    expect(result.network.getEdgeAttribute('membership#0', 'start')).toBe(Date.UTC(2015, 0, 1));
  });

  test('an invalid date under an alias is reported under the alias', async () => {
    const result = await importChecked({
      memberships: textSource('memberships.csv', 'person,group,from,to\np1,g1,2015,someday\n'),
      ties: textSource('ties.csv', 'source,target\n'),
    });
    expect(result.problems.map((p) => [p.line, p.code, p.column, p.value])).toEqual([[2, 'invalid-date', 'to', 'someday']]);
  });

  test('the standard and required columns of each file', () => {
    expect(STANDARD_COLUMNS.people).toEqual(['id', 'name', 'country']);
    expect(STANDARD_COLUMNS.ties).toEqual(['source', 'target', 'kind', 'start', 'end', 'time', 'weight']);
    expect(REQUIRED_COLUMNS).toEqual({
      people: ['id'],
      exchanges: ['id'],
      participations: ['person', 'exchange'],
      ties: ['source', 'target'],
      groups: ['id'],
      memberships: ['person', 'group'],
    });
  });
});

describe('missing values', () => {
  test("missingValues ['NA']: typed fields are null and the data cell is ''", async () => {
    const result = await importChecked(
      {
        people: textSource('people.csv', 'id,name,country,age\np1,NA,NA,NA\np2, NA ,DE,na\n'),
        exchanges: textSource('exchanges.csv', 'id,start,end\ne1,NA,2016\n'),
        ties: textSource('ties.csv', 'source,target,weight,kind\np1,p2,NA,NA\n'),
      },
      { missingValues: ['NA'] },
    );
    expect(result.problems).toEqual([]);
    const p1 = nodeOf(result.network, 'person', 'p1');
    expect([p1.name, p1.country]).toEqual([null, null]);
    expect(p1.data).toEqual({ id: 'p1', name: '', country: '', age: '' });
    // Markers are compared after trimming, and case-sensitively.
    const p2 = nodeOf(result.network, 'person', 'p2');
    expect([p2.name, p2.country]).toEqual([null, 'DE']);
    expect(p2.data).toEqual({ id: 'p2', name: '', country: 'DE', age: 'na' });
    expect(result.network.getNodeAttributes('exchange:e1')).toMatchObject({ start: null, end: Date.UTC(2017, 0, 1) - 1 });
    // A missing weight is the default weight.
    expect(result.network.getEdgeAttributes('tie#0')).toMatchObject({
      weight: 1,
      kind: null,
      data: { source: 'p1', target: 'p2', weight: '', kind: '' },
    });
  });

  test('without missingValues, NA is a value like any other', async () => {
    const result = await importChecked({ people: textSource('people.csv', 'id,country\np1,NA\n') });
    expect(nodeOf(result.network, 'person', 'p1').country).toBe('NA');
  });

  test('several markers', async () => {
    const result = await importChecked(
      { people: textSource('people.csv', 'id,name,country\np1,-,n/a\n') },
      { missingValues: ['-', 'n/a'] },
    );
    expect(result.network.getNodeAttributes('person:p1')).toMatchObject({
      name: null,
      country: null,
      data: { id: 'p1', name: '', country: '' },
    });
  });
});

describe('every column is kept in data', () => {
  test('other columns, including __proto__, constructor and toString, are plain data', async () => {
    const text = 'id,__proto__,constructor,toString,hasOwnProperty,gender\np1,"{""polluted"":1}",Object,x,y,F\np2,,,,,M\n';
    const result = await importChecked({
      people: textSource('people.csv', text),
      ties: textSource('ties.csv', '__proto__,source,target\npolluted,p1,p2\n'),
    });
    expect(result.problems).toEqual([]);
    const data = result.network.getNodeAttribute('person:p1', 'data');
    expect(Object.keys(data)).toEqual(['id', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'gender']);
    expect(Object.getOwnPropertyDescriptor(data, '__proto__')?.value).toBe('{"polluted":1}');
    expect(data.constructor).toBe('Object');
    expect(data.toString).toBe('x');
    expect(Object.getPrototypeOf(data)).toBeNull();
    const tieData = result.network.getEdgeAttribute('tie#0', 'data');
    expect(Object.getOwnPropertyDescriptor(tieData, '__proto__')?.value).toBe('polluted');
    expect(Object.keys(tieData)).toEqual(['__proto__', 'source', 'target']);
    // Object.prototype is untouched.
    expect({} as Record<string, unknown>).not.toHaveProperty('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
    expect(typeof {}.toString).toBe('function');
  });

  test('provenance: every record knows its file and line', async () => {
    const result = await importChecked({
      people: textSource('people.csv', 'id\np1\n\np2\n'),
      ties: textSource('contacts.csv', 'source,target\np1,p2\n\n\np2,p1\n'),
    });
    expect(result.network.mapNodes((_k, a) => a.sources)).toEqual([[{ file: 'people.csv', line: 2 }], [{ file: 'people.csv', line: 4 }]]);
    expect(result.network.mapEdges((_k, a) => a.sources)).toEqual([
      [{ file: 'contacts.csv', line: 2 }],
      [{ file: 'contacts.csv', line: 5 }],
    ]);
  });
});

describe('roleFromFileName', () => {
  test.each([
    ['people.csv', 'people'],
    ['data/Persons.TSV', 'people'],
    ['participants.txt', 'people'],
    ['events.csv', 'exchanges'],
    ['attendance.csv', 'participations'],
    ['C:\\data\\edges.csv', 'ties'],
    ['contacts.csv', 'ties'],
    ['organizations.csv', 'groups'],
    ['organisations.csv', 'groups'],
    ['memberships.csv', 'memberships'],
    ['people', 'people'],
    ['tij_ICCSS17.dat', null],
    ['people.backup.csv', null],
    // Names of Object.prototype's members are not roles.
    ['constructor.csv', null],
    ['__proto__.csv', null],
    ['toString.csv', null],
  ])('%s -> %s', (name, role) => {
    expect(roleFromFileName(name)).toBe(role);
  });
});
