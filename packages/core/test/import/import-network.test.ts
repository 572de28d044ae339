import { ImportError, type ImportProblem, importNetwork, problemLocation, textSource } from '@bridgegraph/core';
import { describe, expect, test } from 'vitest';
import { bytesSource, edgeOf, importChecked, located, nodeOf } from '../helpers.js';

const PEOPLE = 'id,name,country\np1,Ann,DE\np2,Bo,UA\np3,Cy,DE\n';

describe('file problems', () => {
  test('empty-file: a file with nothing in it', async () => {
    const result = await importChecked({ people: textSource('people.csv', '') });
    expect(located(result.problems)).toEqual([
      { file: 'people.csv', line: null, column: null, value: null, code: 'empty-file', scope: 'file' },
    ]);
    expect(result.files).toEqual([
      { file: 'people.csv', role: 'people', delimiter: ',', rowsRead: 0, rowsAccepted: 0, rowsRejected: 0, complete: false },
    ]);
    expect(result.network.order).toBe(0);
  });

  test('empty-file: a file of blank lines has no header row', async () => {
    const result = await importChecked({ ties: textSource('ties.csv', '\n\r\n\n') });
    expect(located(result.problems)).toEqual([
      { file: 'ties.csv', line: null, column: null, value: null, code: 'empty-file', scope: 'file' },
    ]);
    expect(result.problems[0]?.message).toBe('the file is empty: expected a header row naming the columns');
    expect(result.files[0]?.complete).toBe(false);
  });

  test('encoding: UTF-16 little-endian and big-endian byte order marks', async () => {
    // "id\n" in UTF-16 LE and BE, each with its byte order mark.
    const le = bytesSource('people.csv', new Uint8Array([0xff, 0xfe, 0x69, 0x00, 0x64, 0x00, 0x0a, 0x00]));
    const be = bytesSource('ties.csv', new Uint8Array([0xfe, 0xff, 0x00, 0x73, 0x00, 0x0a]));
    const result = await importChecked({ people: le, ties: be });
    expect(located(result.problems)).toEqual([
      { file: 'people.csv', line: null, column: null, value: null, code: 'encoding', scope: 'file' },
      { file: 'ties.csv', line: null, column: null, value: null, code: 'encoding', scope: 'file' },
    ]);
    expect(result.problems.map((p) => p.message)).toEqual([
      'the file is UTF-16 (little-endian); save it as UTF-8',
      'the file is UTF-16 (big-endian); save it as UTF-8',
    ]);
    expect(result.files.map((f) => [f.rowsRead, f.complete])).toEqual([
      [0, false],
      [0, false],
    ]);
  });

  test('encoding: NUL bytes without a byte order mark', async () => {
    const result = await importChecked({ people: bytesSource('people.csv', new Uint8Array([0x69, 0x00, 0x64, 0x00, 0x0a, 0x00])) });
    expect(result.problems.map((p) => [p.code, p.line, p.scope])).toEqual([['encoding', null, 'file']]);
  });

  test('csv-syntax: an unclosed quote points at the line of the record that opens it', async () => {
    // Line 1 header, 2 p1, 3 blank, 4 the record whose quote never closes, 5 and 6 swallowed by it.
    const result = await importChecked({ people: textSource('people.csv', 'id,name\np1,Ann\n\np2,"Bob\np3,Cy\np4,Di\n') });
    expect(located(result.problems)).toEqual([
      { file: 'people.csv', line: 4, column: null, value: null, code: 'csv-syntax', scope: 'file' },
    ]);
    expect(result.problems[0]?.message).toBe(
      'a quoted field in the record starting on this line is never closed; the rest of the file was not read',
    );
    expect(result.files[0]).toEqual({
      file: 'people.csv',
      role: 'people',
      delimiter: ',',
      rowsRead: 1,
      rowsAccepted: 1,
      rowsRejected: 0,
      complete: false,
    });
  });

  test('csv-syntax: an unclosed quote after a multi-line record in a CRLF file', async () => {
    // 1 header, 2-3 p1 (quoted line break), 4 blank, 5 p2 opens a quote that never closes.
    const text = 'id,name\r\np1,"Ann\r\nSmith"\r\n\r\np2,"Bob\r\np3,Cy\r\n';
    const result = await importChecked({ people: textSource('people.csv', text) });
    expect(result.problems.map((p) => [p.code, p.line])).toEqual([['csv-syntax', 5]]);
    expect(result.files[0]?.rowsRead).toBe(1);
  });

  test('csv-syntax: a quote inside an unquoted field', async () => {
    const result = await importChecked({ people: textSource('people.csv', 'id,name\np1,Ann\np2,Bo"b\np3,Cy\n') });
    expect(located(result.problems)).toEqual([
      { file: 'people.csv', line: 3, column: null, value: null, code: 'csv-syntax', scope: 'file' },
    ]);
    expect(result.problems[0]?.message).toBe(
      'a quote appears inside an unquoted field (quote the whole field and double the inner quotes); the rest of the file was not read',
    );
    // p1 was read and kept; p3 comes after the error and is not read.
    expect(result.files[0]?.rowsRead).toBe(1);
    expect(result.network.nodes()).toEqual(['person:p1']);
  });

  test('csv-syntax: text after a closing quote', async () => {
    const result = await importChecked({ people: textSource('people.csv', 'id,name\np1,"Ann" Smith\n') });
    expect(result.problems.map((p) => [p.code, p.line, p.scope])).toEqual([['csv-syntax', 2, 'file']]);
    expect(result.files[0]?.rowsRead).toBe(0);
  });

  test('missing-column: the file fails and no row is read', async () => {
    const result = await importChecked({ people: textSource('people.csv', 'ident,name\np1,Ann\np2,Bo\n') });
    expect(located(result.problems)).toEqual([
      { file: 'people.csv', line: 1, column: 'id', value: null, code: 'missing-column', scope: 'file' },
    ]);
    expect(result.problems[0]?.message).toBe("the required column 'id' is missing; the header has: ident, name");
    expect(result.files[0]).toMatchObject({ rowsRead: 0, rowsAccepted: 0, rowsRejected: 0, complete: false });
    expect(result.network.order).toBe(0);
  });

  test('missing-column: each missing required column is reported, under its mapped name when mapped', async () => {
    const result = await importChecked(
      { participations: textSource('participations.csv', 'who,what\np1,e1\n'), ties: textSource('ties.csv', 'source,target\n') },
      { columns: { participations: { person: 'participant_id' } } },
    );
    expect(located(result.problems)).toEqual([
      { file: 'participations.csv', line: 1, column: 'participant_id', value: null, code: 'missing-column', scope: 'file' },
      { file: 'participations.csv', line: 1, column: 'exchange', value: null, code: 'missing-column', scope: 'file' },
    ]);
    expect(result.problems[0]?.message).toBe(
      "the required column 'person' (mapped to 'participant_id') is missing; the header has: who, what",
    );
    expect(result.files[0]).toMatchObject({ rowsRead: 0, complete: false });
  });

  test('duplicate-column: the file fails', async () => {
    const result = await importChecked({ people: textSource('people.csv', 'id,name,country,name\np1,Ann,DE,A\n') });
    expect(located(result.problems)).toEqual([
      { file: 'people.csv', line: 1, column: 'name', value: 'name', code: 'duplicate-column', scope: 'file' },
    ]);
    expect(result.problems[0]?.message).toBe("the column 'name' appears twice in the header (position 4): column names must be unique");
    expect(result.files[0]).toMatchObject({ rowsRead: 0, rowsAccepted: 0, rowsRejected: 0, complete: false });
  });

  test('no-people: neither a people file nor a ties file', async () => {
    const result = await importChecked({ exchanges: textSource('exchanges.csv', 'id\ne1\n') }, { name: 'my-programme' });
    expect(located(result.problems)).toEqual([
      { file: 'my-programme', line: null, column: null, value: null, code: 'no-people', scope: 'file' },
    ]);
    expect(result.files).toEqual([]);
    const unnamed = await importNetwork({});
    expect(unnamed.problems.map((p) => [p.file, p.code])).toEqual([['(data package)', 'no-people']]);
  });
});

describe('row problems', () => {
  test('ragged-row: more or fewer fields than the header; the value is the number of fields', async () => {
    const result = await importChecked({ people: textSource('people.csv', 'id,name\np1,Ann,extra\np2\np3,Cy\n') });
    expect(located(result.problems)).toEqual([
      { file: 'people.csv', line: 2, column: null, value: '3', code: 'ragged-row', scope: 'row' },
      { file: 'people.csv', line: 3, column: null, value: '1', code: 'ragged-row', scope: 'row' },
    ]);
    expect(result.problems[0]?.message).toBe('the row has 3 fields but the header has 2');
    expect(result.files[0]).toMatchObject({ rowsRead: 3, rowsAccepted: 1, rowsRejected: 2, complete: true });
    expect(result.network.nodes()).toEqual(['person:p3']);
  });

  test('empty-id: blank, spaces only, or a declared missing value', async () => {
    const result = await importChecked(
      { people: textSource('people.csv', 'id,name\n,Ann\n"  ",Bo\nNA,Cy\np4,Di\n') },
      { missingValues: ['NA'] },
    );
    expect(located(result.problems)).toEqual([
      { file: 'people.csv', line: 2, column: 'id', value: '', code: 'empty-id', scope: 'row' },
      { file: 'people.csv', line: 3, column: 'id', value: '  ', code: 'empty-id', scope: 'row' },
      { file: 'people.csv', line: 4, column: 'id', value: 'NA', code: 'empty-id', scope: 'row' },
    ]);
    expect(result.problems[0]?.message).toBe('the person id is empty: expected an id');
    expect(result.files[0]).toMatchObject({ rowsRead: 4, rowsAccepted: 1, rowsRejected: 3 });
  });

  test('empty-id: an empty reference in a tie, named by its column in the file', async () => {
    const result = await importChecked(
      { ties: textSource('ties.csv', 'From,To\na,\n') },
      { columns: { ties: { source: 'From', target: 'To' } } },
    );
    expect(located(result.problems)).toEqual([{ file: 'ties.csv', line: 2, column: 'To', value: '', code: 'empty-id', scope: 'row' }]);
    expect(result.network.order).toBe(0);
  });

  test('duplicate-id: the message names the first line; ids are trimmed and case-sensitive', async () => {
    const text = 'id,name\np1,Ann\np2,Bo\nP1,Cy\n p1 ,Di\np2,Ed\n';
    const result = await importChecked({ people: textSource('people.csv', text) });
    expect(located(result.problems)).toEqual([
      { file: 'people.csv', line: 5, column: 'id', value: 'p1', code: 'duplicate-id', scope: 'row' },
      { file: 'people.csv', line: 6, column: 'id', value: 'p2', code: 'duplicate-id', scope: 'row' },
    ]);
    expect(result.problems.map((p) => p.message)).toEqual([
      "duplicate person id 'p1' (first at line 2)",
      "duplicate person id 'p2' (first at line 3)",
    ]);
    expect(result.files[0]).toMatchObject({ rowsRead: 5, rowsAccepted: 3, rowsRejected: 2 });
    // The first record wins.
    expect(result.network.getNodeAttribute('person:p1', 'name')).toBe('Ann');
    expect(result.network.nodes()).toEqual(['person:p1', 'person:p2', 'person:P1']);
  });

  test('duplicate-id in groups and exchanges', async () => {
    const result = await importChecked({
      people: textSource('people.csv', 'id\np1\n'),
      groups: textSource('groups.csv', 'id,name\ng1,Club\ng1,Again\n'),
      exchanges: textSource('exchanges.csv', 'id\ne1\n\ne1\n'),
    });
    expect(located(result.problems)).toEqual([
      { file: 'groups.csv', line: 3, column: 'id', value: 'g1', code: 'duplicate-id', scope: 'row' },
      { file: 'exchanges.csv', line: 4, column: 'id', value: 'e1', code: 'duplicate-id', scope: 'row' },
    ]);
    expect(result.problems.map((p) => p.message)).toEqual([
      "duplicate group id 'g1' (first at line 2)",
      "duplicate exchange id 'e1' (first at line 2)",
    ]);
  });

  test('unknown-person, unknown-exchange, unknown-group when the referenced files are given', async () => {
    const result = await importChecked(
      {
        people: textSource('people.csv', 'id\np1\np2\n'),
        exchanges: textSource('exchanges.csv', 'id\ne1\n'),
        groups: textSource('groups.csv', 'id\ng1\n'),
        participations: textSource('participations.csv', 'person,exchange\np1,e1\np9,e1\np1,e9\n'),
        memberships: textSource('memberships.csv', 'person,group\np1,g1\np8,g1\np1,g9\n'),
        ties: textSource('ties.csv', 'source,target\np1,p2\np7,p2\n'),
      },
      { unknownReferences: 'reject' },
    );
    expect(located(result.problems)).toEqual([
      { file: 'memberships.csv', line: 3, column: 'person', value: 'p8', code: 'unknown-person', scope: 'row' },
      { file: 'memberships.csv', line: 4, column: 'group', value: 'g9', code: 'unknown-group', scope: 'row' },
      { file: 'participations.csv', line: 3, column: 'person', value: 'p9', code: 'unknown-person', scope: 'row' },
      { file: 'participations.csv', line: 4, column: 'exchange', value: 'e9', code: 'unknown-exchange', scope: 'row' },
      { file: 'ties.csv', line: 3, column: 'source', value: 'p7', code: 'unknown-person', scope: 'row' },
    ]);
    expect(result.problems.map((p) => p.message)).toEqual([
      "no person with id 'p8' in people",
      "no group with id 'g9' in groups",
      "no person with id 'p9' in people",
      "no exchange with id 'e9' in exchanges",
      "no person with id 'p7' in people",
    ]);
    // Files are imported groups, people, exchanges, memberships, participations, ties.
    expect(result.files.map((f) => [f.file, f.rowsRead, f.rowsAccepted, f.rowsRejected])).toEqual([
      ['groups.csv', 1, 1, 0],
      ['people.csv', 2, 2, 0],
      ['exchanges.csv', 1, 1, 0],
      ['memberships.csv', 3, 1, 2],
      ['participations.csv', 3, 1, 2],
      ['ties.csv', 2, 1, 1],
    ]);
    // No node is created for a rejected reference.
    expect(result.network.order).toBe(4);
    expect(result.network.size).toBe(3);
  });

  test("unknownReferences 'placeholder' keeps the row and creates placeholder nodes", async () => {
    const result = await importChecked(
      {
        people: textSource('people.csv', 'id\np1\n'),
        exchanges: textSource('exchanges.csv', 'id\ne1\n'),
        participations: textSource('participations.csv', 'person,exchange\np1,e1\np9,e1\np9,e9\n'),
      },
      { unknownReferences: 'placeholder' },
    );
    expect(result.problems).toEqual([]);
    expect(result.files[2]).toMatchObject({ file: 'participations.csv', rowsRead: 3, rowsAccepted: 3, rowsRejected: 0 });
    expect(result.network.nodes()).toEqual(['person:p1', 'exchange:e1', 'person:p9', 'exchange:e9']);
    expect({ ...result.network.getNodeAttributes('person:p9') }).toEqual({
      type: 'person',
      id: 'p9',
      name: null,
      country: null,
      origin: 'placeholder',
      data: {},
      sources: [{ file: 'participations.csv', line: 3 }],
    });
    expect(result.network.getNodeAttribute('exchange:e9', 'origin')).toBe('placeholder');
    expect(result.network.getNodeAttribute('exchange:e9', 'sources')).toEqual([{ file: 'participations.csv', line: 4 }]);
    expect(result.network.getNodeAttribute('person:p1', 'origin')).toBe('record');
    expect(result.network.size).toBe(3);
  });

  test('references create nodes with origin reference when the referenced file is not given', async () => {
    const result = await importChecked({
      participations: textSource('participations.csv', 'person,exchange,role\np1,e1,host\np2,e1,guest\n'),
      memberships: textSource('memberships.csv', 'person,group\np1,g1\n'),
      ties: textSource('ties.csv', 'source,target\np1,p3\n'),
    });
    expect(result.problems).toEqual([]);
    // Memberships are imported before participations, which come before ties.
    expect(result.network.nodes()).toEqual(['person:p1', 'group:g1', 'exchange:e1', 'person:p2', 'person:p3']);
    expect(result.network.mapNodes((_key, a) => a.origin)).toEqual(['reference', 'reference', 'reference', 'reference', 'reference']);
    expect({ ...result.network.getNodeAttributes('exchange:e1') }).toEqual({
      type: 'exchange',
      id: 'e1',
      name: null,
      kind: null,
      programme: null,
      hostCountry: null,
      start: null,
      end: null,
      origin: 'reference',
      data: {},
      sources: [{ file: 'participations.csv', line: 2 }],
    });
    expect(result.network.getNodeAttribute('group:g1', 'sources')).toEqual([{ file: 'memberships.csv', line: 2 }]);
    expect(result.network.getNodeAttribute('person:p3', 'sources')).toEqual([{ file: 'ties.csv', line: 2 }]);
  });

  test('a rejected row creates no node from its references', async () => {
    const result = await importChecked({ ties: textSource('ties.csv', 'source,target,weight\na,b,heavy\nc,d,2\n') });
    expect(result.network.nodes()).toEqual(['person:c', 'person:d']);
  });

  test('invalid-date, with the column named as in the file', async () => {
    const result = await importChecked({
      people: textSource('people.csv', 'id\np1\n'),
      exchanges: textSource(
        'exchanges.csv',
        'id,Start,End\ne1,2016-13-01,\ne2,2016-05-01,next spring\ne3,12/05/2016,2016-02-30\ne4,2016-05-01,2016-05-03\n',
      ),
    });
    expect(located(result.problems)).toEqual([
      { file: 'exchanges.csv', line: 2, column: 'Start', value: '2016-13-01', code: 'invalid-date', scope: 'row' },
      { file: 'exchanges.csv', line: 3, column: 'End', value: 'next spring', code: 'invalid-date', scope: 'row' },
      { file: 'exchanges.csv', line: 4, column: 'Start', value: '12/05/2016', code: 'invalid-date', scope: 'row' },
      { file: 'exchanges.csv', line: 4, column: 'End', value: '2016-02-30', code: 'invalid-date', scope: 'row' },
    ]);
    expect(result.problems[0]?.message).toBe(
      "'2016-13-01' is not a date: expected an ISO 8601 date (2016-05-01, 2016-05 or 2016), a datetime (2016-05-01T09:30:00, with Z or +02:00 for an offset) or Unix seconds (1462089600)",
    );
    expect(result.files[1]).toMatchObject({ rowsRead: 4, rowsAccepted: 1, rowsRejected: 3 });
  });

  test('end-before-start in exchanges, participations, memberships and ties', async () => {
    const result = await importChecked({
      exchanges: textSource('exchanges.csv', 'id,start,end\ne1,2016-05-02,2016-05-01\ne2,2016-05-01,2016-05-01\n'),
      participations: textSource('participations.csv', 'person,exchange,start,end\np1,e2,2016-05-01T10:00Z,2016-05-01T09:59Z\n'),
      memberships: textSource('memberships.csv', 'person,group,from,to\np1,g1,2017,2016\n'),
      ties: textSource('ties.csv', 'source,target,start,end\np1,p2,1462089600,1462089599\n'),
    });
    expect(located(result.problems)).toEqual([
      { file: 'exchanges.csv', line: 2, column: 'end', value: '2016-05-01', code: 'end-before-start', scope: 'row' },
      { file: 'memberships.csv', line: 2, column: 'to', value: '2016', code: 'end-before-start', scope: 'row' },
      { file: 'participations.csv', line: 2, column: 'end', value: '2016-05-01T09:59Z', code: 'end-before-start', scope: 'row' },
      { file: 'ties.csv', line: 2, column: 'end', value: '1462089599', code: 'end-before-start', scope: 'row' },
    ]);
    expect(result.problems[0]?.message).toBe('the end (2016-05-01T23:59:59.999Z) is before the start (2016-05-02T00:00:00.000Z)');
    // An exchange on a single day is fine: the end date means the end of that day.
    expect(nodeOf(result.network, 'exchange', 'e2').start).toBe(Date.UTC(2016, 4, 1));
    expect(nodeOf(result.network, 'exchange', 'e2').end).toBe(Date.UTC(2016, 4, 2) - 1);
  });

  test("invalid-weight: 'heavy', '0', '-1', '1,5' (and valid weights)", async () => {
    const text = 'source,target,weight\na,b,heavy\na,b,0\na,b,-1\na,b,"1,5"\na,b,2.5\na,b,\na,b,1e1\na,b,Infinity\n';
    const result = await importChecked({ ties: textSource('ties.csv', text) });
    expect(located(result.problems)).toEqual([
      { file: 'ties.csv', line: 2, column: 'weight', value: 'heavy', code: 'invalid-weight', scope: 'row' },
      { file: 'ties.csv', line: 3, column: 'weight', value: '0', code: 'invalid-weight', scope: 'row' },
      { file: 'ties.csv', line: 4, column: 'weight', value: '-1', code: 'invalid-weight', scope: 'row' },
      { file: 'ties.csv', line: 5, column: 'weight', value: '1,5', code: 'invalid-weight', scope: 'row' },
      { file: 'ties.csv', line: 9, column: 'weight', value: 'Infinity', code: 'invalid-weight', scope: 'row' },
    ]);
    expect(result.problems[3]?.message).toBe("'1,5' is not a weight: expected a positive number such as 1 or 2.5 (with a decimal point)");
    expect(result.files[0]).toMatchObject({ rowsRead: 8, rowsAccepted: 3, rowsRejected: 5 });
    // 2.5 as written, 1 by default for an empty weight, 1e1 = 10.
    expect(result.network.mapEdges((_key, a) => (a.type === 'tie' ? a.weight : null))).toEqual([2.5, 1, 10]);
    expect(result.network.edges()).toEqual(['tie#0', 'tie#1', 'tie#2']);
  });

  test('self-tie', async () => {
    const result = await importChecked({ ties: textSource('ties.csv', 'source,target\na,b\n a ,a\n') });
    expect(located(result.problems)).toEqual([{ file: 'ties.csv', line: 3, column: 'target', value: 'a', code: 'self-tie', scope: 'row' }]);
    expect(result.problems[0]?.message).toBe("a tie from 'a' to itself: a tie joins two different people");
    expect(result.files[0]).toMatchObject({ rowsRead: 2, rowsAccepted: 1, rowsRejected: 1 });
  });

  test('duplicate-participation: same person, exchange and role; another role is another participation', async () => {
    const text = 'person,exchange,role\np1,e1,participant\np1,e1,group-leader\np1,e1,participant\np1,e2,participant\n';
    const result = await importChecked({
      participations: textSource('participations.csv', text),
      ties: textSource('ties.csv', 'source,target\n'),
    });
    expect(located(result.problems)).toEqual([
      { file: 'participations.csv', line: 4, column: null, value: null, code: 'duplicate-participation', scope: 'row' },
    ]);
    expect(result.problems[0]?.message).toBe('the same person, exchange and role as line 2');
    expect(result.files[0]).toMatchObject({ rowsRead: 4, rowsAccepted: 3, rowsRejected: 1 });
    expect(result.network.edges()).toEqual(['participation#0', 'participation#1', 'participation#2']);
  });

  test('duplicate-membership: same person, group, role and dates', async () => {
    const text = 'person,group,role,from,to\np1,g1,member,2016,2017\np1,g1,member,2016,2018\np1,g1,member,2016-01-01,2017-12-31\n';
    const result = await importChecked({
      memberships: textSource('memberships.csv', text),
      ties: textSource('ties.csv', 'source,target\n'),
    });
    // Line 4 writes the same period as line 2 in other words: it is the same membership.
    expect(located(result.problems)).toEqual([
      { file: 'memberships.csv', line: 4, column: null, value: null, code: 'duplicate-membership', scope: 'row' },
    ]);
    expect(result.problems[0]?.message).toBe('the same person, group, role and dates as line 2');
    expect(result.files[0]).toMatchObject({ rowsRead: 3, rowsAccepted: 2, rowsRejected: 1 });
  });

  test('a row with several problems is rejected once and reports each, in column order', async () => {
    const result = await importChecked({
      people: textSource('people.csv', 'id\np1\n'),
      ties: textSource('ties.csv', 'source,target,start,weight\np9,p9,soon,0\n'),
    });
    expect(result.problems.map((p) => [p.line, p.code, p.column, p.value])).toEqual([
      [2, 'self-tie', 'target', 'p9'],
      [2, 'unknown-person', 'source', 'p9'],
      [2, 'unknown-person', 'target', 'p9'],
      [2, 'invalid-date', 'start', 'soon'],
      [2, 'invalid-weight', 'weight', '0'],
    ]);
    expect(result.files[1]).toMatchObject({ rowsRead: 1, rowsAccepted: 0, rowsRejected: 1 });
  });
});

describe('strict and lenient modes', () => {
  const dirty = () => ({
    people: textSource('people.csv', 'id,name\np1,Ann\np1,Again\n,Nobody\n'),
    ties: textSource('ties.csv', 'source,target,weight\np1,p2,heavy\n'),
  });

  test('strict mode throws an ImportError carrying the first problem', async () => {
    const error: unknown = await importNetwork(dirty(), { mode: 'strict' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(ImportError);
    const e = error as ImportError;
    expect(e.name).toBe('ImportError');
    expect([e.file, e.line, e.column, e.value, e.code]).toEqual(['people.csv', 3, 'id', 'p1', 'duplicate-id']);
    expect(e.message).toBe("people.csv:3 (column 'id'): duplicate person id 'p1' (first at line 2)");
    expect(e.problem).toEqual({
      file: 'people.csv',
      line: 3,
      column: 'id',
      value: 'p1',
      code: 'duplicate-id',
      message: "duplicate person id 'p1' (first at line 2)",
      scope: 'row',
    });
  });

  test('strict mode throws for file problems and for a package without people', async () => {
    await expect(importNetwork({ people: textSource('people.csv', '') }, { mode: 'strict' })).rejects.toMatchObject({
      name: 'ImportError',
      file: 'people.csv',
      line: null,
      column: null,
      value: null,
      code: 'empty-file',
    });
    await expect(importNetwork({ people: textSource('people.csv', 'id\n"p1\n') }, { mode: 'strict' })).rejects.toMatchObject({
      code: 'csv-syntax',
      line: 2,
    });
    await expect(importNetwork({}, { mode: 'strict' })).rejects.toBeInstanceOf(ImportError);
  });

  test('strict mode on clean data returns the network with no problems', async () => {
    const result = await importNetwork({ people: textSource('people.csv', PEOPLE) }, { mode: 'strict' });
    expect(result.problems).toEqual([]);
    expect(result.network.order).toBe(3);
  });

  test('lenient mode (the default) collects every problem in file order then line order', async () => {
    const result = await importChecked(dirty());
    expect(located(result.problems)).toEqual([
      { file: 'people.csv', line: 3, column: 'id', value: 'p1', code: 'duplicate-id', scope: 'row' },
      { file: 'people.csv', line: 4, column: 'id', value: '', code: 'empty-id', scope: 'row' },
      { file: 'ties.csv', line: 2, column: 'target', value: 'p2', code: 'unknown-person', scope: 'row' },
      { file: 'ties.csv', line: 2, column: 'weight', value: 'heavy', code: 'invalid-weight', scope: 'row' },
    ]);
    expect(result.files.map((f) => [f.rowsRead, f.rowsAccepted, f.rowsRejected])).toEqual([
      [3, 1, 2],
      [1, 0, 1],
    ]);
  });

  test('problemLocation', () => {
    const p: Pick<ImportProblem, 'file' | 'line' | 'column'> = { file: 'ties.csv', line: 7, column: 'weight' };
    expect(problemLocation(p)).toBe("ties.csv:7 (column 'weight')");
    expect(problemLocation({ file: 'ties.csv', line: null, column: null })).toBe('ties.csv');
  });

  test('options are checked', async () => {
    const people = { people: textSource('people.csv', PEOPLE) };
    // @ts-expect-error: a mode that does not exist
    await expect(importNetwork(people, { mode: 'loose' })).rejects.toThrow(
      "bridgegraph/import: mode must be 'strict' or 'lenient', not 'loose'.",
    );
    // @ts-expect-error: an unknownReferences that does not exist
    await expect(importNetwork(people, { unknownReferences: 'ignore' })).rejects.toThrow(
      "bridgegraph/import: unknownReferences must be 'reject' or 'placeholder', not 'ignore'.",
    );
    await expect(importNetwork(people, { timeZone: 'Mars/Olympus' })).rejects.toThrow(
      "bridgegraph/time: unknown time zone 'Mars/Olympus' (expected an IANA name such as 'UTC' or 'Europe/Berlin').",
    );
  });
});

describe('what an accepted row becomes', () => {
  test('a whole data package', async () => {
    const result = await importChecked(
      {
        people: textSource('people.csv', PEOPLE),
        groups: textSource('groups.csv', 'id,name,kind\ng1,Chess club,club\n'),
        exchanges: textSource(
          'exchanges.csv',
          'id,name,kind,program,start,end,host_country\ne1,Summer camp,youth-exchange,Erasmus+,2016-07-01,2016-07-14,PL\n',
        ),
        participations: textSource('participations.csv', 'person,exchange,role\np1,e1,participant\np2,e1,host\n'),
        memberships: textSource('memberships.csv', 'person,group,role,from,to\np3,g1,chair,2015-09,\n'),
        ties: textSource('ties.csv', 'source,target,kind,start,end,weight\np1,p2,friendship,2016-07-03,,3\n'),
      },
      { name: 'camp' },
    );
    expect(result.problems).toEqual([]);
    const n = result.network;
    expect(n.getAttribute('name')).toBe('camp');
    expect({ ...n.getNodeAttributes('exchange:e1') }).toEqual({
      type: 'exchange',
      id: 'e1',
      name: 'Summer camp',
      kind: 'youth-exchange',
      programme: 'Erasmus+',
      hostCountry: 'PL',
      start: Date.UTC(2016, 6, 1),
      end: Date.UTC(2016, 6, 15) - 1,
      origin: 'record',
      data: {
        id: 'e1',
        name: 'Summer camp',
        kind: 'youth-exchange',
        program: 'Erasmus+',
        start: '2016-07-01',
        end: '2016-07-14',
        host_country: 'PL',
      },
      sources: [{ file: 'exchanges.csv', line: 2 }],
    });
    expect({ ...n.getNodeAttributes('group:g1') }).toEqual({
      type: 'group',
      id: 'g1',
      name: 'Chess club',
      kind: 'club',
      origin: 'record',
      data: { id: 'g1', name: 'Chess club', kind: 'club' },
      sources: [{ file: 'groups.csv', line: 2 }],
    });
    expect(n.extremities('membership#0')).toEqual(['person:p3', 'group:g1']);
    expect({ ...n.getEdgeAttributes('membership#0') }).toEqual({
      type: 'membership',
      role: 'chair',
      start: Date.UTC(2015, 8, 1),
      end: null,
      data: { person: 'p3', group: 'g1', role: 'chair', from: '2015-09', to: '' },
      sources: [{ file: 'memberships.csv', line: 2 }],
    });
    expect(n.extremities('participation#1')).toEqual(['person:p2', 'exchange:e1']);
    expect(edgeOf(n, 'participation', 1).role).toBe('host');
    expect({ ...n.getEdgeAttributes('tie#0') }).toEqual({
      type: 'tie',
      kind: 'friendship',
      start: Date.UTC(2016, 6, 3),
      end: null,
      weight: 3,
      data: { source: 'p1', target: 'p2', kind: 'friendship', start: '2016-07-03', end: '', weight: '3' },
      sources: [{ file: 'ties.csv', line: 2 }],
    });
    expect([n.order, n.size]).toEqual([5, 4]);
  });

  test('the same pair may have many ties; a tie is undirected and keeps source and target as written', async () => {
    const result = await importChecked({ ties: textSource('ties.csv', 'source,target\na,b\nb,a\na,b\n') });
    expect(result.network.edges()).toEqual(['tie#0', 'tie#1', 'tie#2']);
    expect(result.network.extremities('tie#1')).toEqual(['person:b', 'person:a']);
    expect(result.network.type).toBe('undirected');
    expect(result.network.multi).toBe(true);
  });
});

describe('references to rejected records', () => {
  test('rejected-reference: a participation in an exchange whose own row was rejected says why', async () => {
    const result = await importChecked({
      people: textSource('people.csv', PEOPLE),
      exchanges: textSource('exchanges.csv', 'id,start,end\nx1,2016-05-03,2016-05-01\nx2,2016-05-01,2016-05-02\n'),
      participations: textSource('participations.csv', 'person,exchange\np1,x1\np2,x2\np3,x3\n'),
    });
    expect(located(result.problems)).toEqual([
      { file: 'exchanges.csv', line: 2, column: 'end', value: '2016-05-01', code: 'end-before-start', scope: 'row' },
      { file: 'participations.csv', line: 2, column: 'exchange', value: 'x1', code: 'rejected-reference', scope: 'row' },
      { file: 'participations.csv', line: 4, column: 'exchange', value: 'x3', code: 'unknown-exchange', scope: 'row' },
    ]);
    expect(result.problems[1]?.message).toBe("the exchange 'x1' was rejected (exchanges.csv line 2), so this row is rejected too");
    expect(result.files.map((f) => [f.rowsRead, f.rowsAccepted, f.rowsRejected])).toEqual([
      [3, 3, 0],
      [2, 1, 1],
      [3, 1, 2],
    ]);
  });

  test('a duplicate id does not make references to the first record rejected', async () => {
    const result = await importChecked({
      people: textSource('people.csv', 'id\np1\np1\n'),
      ties: textSource('ties.csv', 'source,target\np1,p2\n'),
    });
    expect(result.problems.map((p) => [p.code, p.file, p.line])).toEqual([
      ['duplicate-id', 'people.csv', 3],
      ['unknown-person', 'ties.csv', 2],
    ]);
  });

  test('with placeholders, a reference to a rejected record keeps the row', async () => {
    const result = await importChecked(
      {
        people: textSource('people.csv', PEOPLE),
        exchanges: textSource('exchanges.csv', 'id,start,end\nx1,2016-05-03,2016-05-01\n'),
        participations: textSource('participations.csv', 'person,exchange\np1,x1\n'),
      },
      { unknownReferences: 'placeholder' },
    );
    expect(result.problems.map((p) => p.code)).toEqual(['end-before-start']);
    expect(nodeOf(result.network, 'exchange', 'x1')).toMatchObject({ origin: 'placeholder', start: null });
  });
});

describe('ambiguous and ragged headers', () => {
  test('duplicate-column: two columns that differ only in case for a standard column', async () => {
    const result = await importChecked({ people: textSource('people.csv', 'ID,name,id\np1,Ann,p2\n') });
    expect(located(result.problems)).toEqual([
      { file: 'people.csv', line: 1, column: 'id', value: 'id', code: 'duplicate-column', scope: 'file' },
    ]);
    expect(result.problems[0]?.message).toBe(
      "the columns 'ID' and 'id' (position 3) differ only in case, so it is unclear which one to read",
    );
  });

  test('columns that differ only in case and are not standard are both kept', async () => {
    const result = await importChecked({ people: textSource('people.csv', 'id,Note,note\np1,A,b\n') });
    expect(result.problems).toEqual([]);
    expect({ ...nodeOf(result.network, 'person', 'p1').data }).toEqual({ id: 'p1', Note: 'A', note: 'b' });
  });

  test('ragged-row: a row of one field is named in the singular', async () => {
    const result = await importChecked({ people: textSource('people.csv', 'id,name\np1\n') });
    expect(result.problems[0]?.message).toBe('the row has 1 field but the header has 2');
  });
});
