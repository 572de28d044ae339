import { type CsvSource, detectDelimiter, type ExchangeNetwork, textSource } from '@bridgegraph/core';
import { describe, expect, test } from 'vitest';
import { bytesSource, importChecked, nodeOf } from '../helpers.js';

/** id -> [line, name] of every person, in insertion order. */
function lines(network: ExchangeNetwork): Record<string, [number | undefined, string | null]> {
  const out: Record<string, [number | undefined, string | null]> = {};
  network.forEachNode((_key, a) => {
    out[a.id] = [a.sources[0]?.line, a.name];
  });
  return out;
}

async function readPeople(source: CsvSource) {
  return importChecked({ people: source });
}

describe('rows and lines', () => {
  test('the header is line 1 and the first record line 2', async () => {
    const result = await readPeople(textSource('people.csv', 'id,name\np1,Ann\np2,Bo\n'));
    expect(lines(result.network)).toEqual({ p1: [2, 'Ann'], p2: [3, 'Bo'] });
    expect(result.files[0]).toEqual({
      file: 'people.csv',
      role: 'people',
      delimiter: ',',
      rowsRead: 2,
      rowsAccepted: 2,
      rowsRejected: 0,
      complete: true,
    });
  });

  test('blank lines are not rows but still count as lines', async () => {
    const result = await readPeople(textSource('people.csv', 'id,name\n\np1,Ann\n\n\np2,Bo\n\n'));
    expect(result.files[0]?.rowsRead).toBe(2);
    expect(lines(result.network)).toEqual({ p1: [3, 'Ann'], p2: [6, 'Bo'] });
  });

  test('a line of spaces is a row (with one field): it is read and rejected as ragged', async () => {
    const result = await readPeople(textSource('people.csv', 'id,name\np1,Ann\n   \np2,Bo\n'));
    expect(result.problems.map((p) => [p.line, p.code, p.value])).toEqual([[3, 'ragged-row', '1']]);
    expect(result.files[0]).toMatchObject({ rowsRead: 3, rowsAccepted: 2, rowsRejected: 1 });
  });

  test('a multi-line quoted field: the record has the line it starts on, the next record the right line', async () => {
    const text = 'id,name\np1,"Ann\nMarie\n\nSmith"\np2,Bo\n\np3,"C\ny"\np4,Di';
    const result = await readPeople(textSource('people.csv', text));
    // p1 spans lines 2-5, p2 is line 6, line 7 is blank, p3 spans lines 8-9, p4 is line 10.
    expect(lines(result.network)).toEqual({ p1: [2, 'Ann\nMarie\n\nSmith'], p2: [6, 'Bo'], p3: [8, 'C\ny'], p4: [10, 'Di'] });
    expect(result.files[0]?.rowsRead).toBe(4);
  });

  test('CRLF line ends', async () => {
    const result = await readPeople(textSource('people.csv', 'id,name\r\np1,Ann\r\np2,Bo\r\n'));
    expect(lines(result.network)).toEqual({ p1: [2, 'Ann'], p2: [3, 'Bo'] });
  });

  test('CRLF with blank lines and quoted line breaks', async () => {
    // 1 header, 2 blank, 3-5 p1 (two quoted CRLFs), 6 blank, 7 p2, 8-9 p3, 10 p4 without a final line end.
    const text = 'id,name\r\n\r\np1,"a\r\n\r\nb"\r\n\r\np2,c\r\np3,"d\re"\r\np4,f';
    const result = await readPeople(textSource('people.csv', text));
    expect(lines(result.network)).toEqual({ p1: [3, 'a\r\n\r\nb'], p2: [7, 'c'], p3: [8, 'd\re'], p4: [10, 'f'] });
    expect(result.files[0]).toMatchObject({ rowsRead: 4, rowsAccepted: 4, rowsRejected: 0 });
  });

  test('old Mac CR line ends', async () => {
    const result = await readPeople(textSource('people.csv', 'id,name\rp1,Ann\r\rp2,Bo\r'));
    expect(lines(result.network)).toEqual({ p1: [2, 'Ann'], p2: [4, 'Bo'] });
  });

  test('a UTF-8 byte order mark, as text and as bytes', async () => {
    const asText = await readPeople(textSource('people.csv', '\uFEFFid,name\np1,Ann\n'));
    expect(lines(asText.network)).toEqual({ p1: [2, 'Ann'] });
    expect(asText.network.getNodeAttribute('person:p1', 'data')).toEqual({ id: 'p1', name: 'Ann' });
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('id,name\np1,Ann\n')]);
    const asBytes = await readPeople(bytesSource('people.csv', bytes));
    expect(Object.keys(asBytes.network.getNodeAttribute('person:p1', 'data'))).toEqual(['id', 'name']);
    expect(asBytes.problems).toEqual([]);
  });

  test('semicolon, tab and pipe delimiters are detected from the header line', async () => {
    const semicolon = await readPeople(textSource('people.csv', 'id;name;country\np1;Smith, Ann;DE\n'));
    expect(semicolon.files[0]?.delimiter).toBe(';');
    expect(semicolon.network.getNodeAttributes('person:p1')).toMatchObject({ name: 'Smith, Ann', country: 'DE' });
    const tab = await readPeople(textSource('people.tsv', 'id\tname\np1\tAnn; Bo, Cy\n'));
    expect(tab.files[0]?.delimiter).toBe('\t');
    expect(tab.network.getNodeAttribute('person:p1', 'name')).toBe('Ann; Bo, Cy');
    const pipe = await readPeople(textSource('people.txt', 'id|name\np1|Ann\n'));
    expect(pipe.files[0]?.delimiter).toBe('|');
  });

  test('a delimiter given on the source wins over detection', async () => {
    // Detection would pick the comma (two against one semicolon).
    expect(detectDelimiter('id;name,a,b')).toBe(',');
    const result = await readPeople(textSource('people.csv', 'id;name,a,b\np1;Ann,c,d\n', { delimiter: ';' }));
    expect(result.problems).toEqual([]);
    expect(result.files[0]?.delimiter).toBe(';');
    expect(result.network.getNodeAttribute('person:p1', 'data')).toEqual({ id: 'p1', 'name,a,b': 'Ann,c,d' });
  });

  test('quoted fields containing delimiters, doubled quotes and line breaks', async () => {
    const text = 'id,name,note\np1,"Smith, ""Jo""","a;b\tc"\np2,"",""""\n';
    const result = await readPeople(textSource('people.csv', text));
    expect(result.network.getNodeAttribute('person:p1', 'data')).toEqual({ id: 'p1', name: 'Smith, "Jo"', note: 'a;b\tc' });
    expect(result.network.getNodeAttribute('person:p1', 'name')).toBe('Smith, "Jo"');
    expect(result.network.getNodeAttribute('person:p2', 'data')).toEqual({ id: 'p2', name: '', note: '"' });
    expect(result.network.getNodeAttribute('person:p2', 'name')).toBeNull();
  });

  test('a quoted header with a delimiter inside does not fool delimiter detection', async () => {
    const result = await readPeople(textSource('people.csv', '"id;x;y",id,name\na,p1,Ann\n'));
    expect(result.files[0]?.delimiter).toBe(',');
    expect(lines(result.network)).toEqual({ p1: [2, 'Ann'] });
  });

  test('values are kept as written (not trimmed) in data; typed fields are trimmed', async () => {
    const result = await readPeople(textSource('people.csv', 'id,name,country\n p1 ,  Ann  , DE\n'));
    const a = nodeOf(result.network, 'person', 'p1');
    expect([a.id, a.name, a.country]).toEqual(['p1', 'Ann', 'DE']);
    expect(a.data).toEqual({ id: ' p1 ', name: '  Ann  ', country: ' DE' });
  });

  test('non-ASCII text, split across chunks in the middle of a character', async () => {
    const bytes = new TextEncoder().encode('id,name\np1,Zoë Łukasiewicz 東京\np2,Ωmega\n');
    // Cut inside the two bytes of 'ë' and the three of '東'.
    const cutA = bytes.indexOf(0xc3) + 1;
    const cutB = bytes.indexOf(0xe6) + 2;
    const source = bytesSource('people.csv', bytes.slice(0, cutA), bytes.slice(cutA, cutB), bytes.slice(cutB));
    const result = await readPeople(source);
    expect(lines(result.network)).toEqual({ p1: [2, 'Zoë Łukasiewicz 東京'], p2: [3, 'Ωmega'] });
  });

  test('one byte per chunk gives the same result as one chunk', async () => {
    const text = 'id;name\r\np1;"A\r\nB"\r\n\r\np2;"x;""y"""\r\n';
    const bytes = new TextEncoder().encode(text);
    const whole = await readPeople(textSource('people.csv', text));
    const split = await readPeople(bytesSource('people.csv', ...Array.from(bytes, (b) => new Uint8Array([b]))));
    expect(lines(split.network)).toEqual({ p1: [2, 'A\r\nB'], p2: [5, 'x;"y"'] });
    expect(split.files).toEqual(whole.files);
    expect(lines(split.network)).toEqual(lines(whole.network));
  });

  test('a header with a quoted line break, cut by a chunk inside the quotes: the delimiter is still found', async () => {
    const text = 'id;"full\r\nname"\r\np1;Ann\r\n';
    const cut = text.indexOf('\r') + 1;
    const encoder = new TextEncoder();
    const result = await readPeople(bytesSource('people.csv', encoder.encode(text.slice(0, cut)), encoder.encode(text.slice(cut))));
    expect(result.files[0]?.delimiter).toBe(';');
    expect(result.network.getNodeAttribute('person:p1', 'data')).toEqual({ id: 'p1', 'full\r\nname': 'Ann' });
    expect(lines(result.network)).toEqual({ p1: [3, null] });
  });

  test('after a header that stops the file, nothing further is reported, however the file is cut', async () => {
    // The header lacks 'target'; line 2 would be a syntax error, but it is never read.
    const text = 'source,x\na,b"c\n';
    const whole = await importChecked({ ties: textSource('ties.csv', text) });
    const encoder = new TextEncoder();
    const split = await importChecked({ ties: bytesSource('ties.csv', encoder.encode('source,x\n'), encoder.encode('a,b"c\n')) });
    for (const result of [whole, split]) {
      expect(result.problems.map((p) => [p.code, p.line, p.column])).toEqual([['missing-column', 1, 'target']]);
      expect(result.files[0]).toMatchObject({ rowsRead: 0, complete: false });
    }
  });

  test('a file that ends without a line end', async () => {
    const result = await readPeople(textSource('people.csv', 'id,name\np1,Ann'));
    expect(lines(result.network)).toEqual({ p1: [2, 'Ann'] });
  });

  test('a header without records', async () => {
    const result = await readPeople(textSource('people.csv', 'id,name\n'));
    expect(result.problems).toEqual([]);
    expect(result.files[0]).toMatchObject({ rowsRead: 0, rowsAccepted: 0, rowsRejected: 0, complete: true });
  });
});

describe('headerless files', () => {
  test('the header comes from the source and the first line is data, line 1', async () => {
    const result = await importChecked({
      ties: textSource('contacts.dat', '100\ta\tb\n\n160\tb\tc\n', { header: ['time', 'source', 'target'] }),
    });
    expect(result.problems).toEqual([]);
    expect(result.files[0]).toMatchObject({ delimiter: '\t', rowsRead: 2, rowsAccepted: 2 });
    expect(result.network.mapEdges((_k, a) => [a.sources, a.start, a.end])).toEqual([
      [[{ file: 'contacts.dat', line: 1 }], 100_000, 100_000],
      [[{ file: 'contacts.dat', line: 3 }], 160_000, 160_000],
    ]);
    expect(result.network.getEdgeAttribute('tie#0', 'data')).toEqual({ time: '100', source: 'a', target: 'b' });
  });

  test('header problems of a headerless file have no line', async () => {
    const result = await importChecked({ people: textSource('people.dat', 'p1,Ann\n', { header: ['ident', 'name'] }) });
    expect(result.problems.map((p) => [p.code, p.line, p.column])).toEqual([['missing-column', null, 'id']]);
    expect(result.files[0]).toMatchObject({ rowsRead: 0, complete: false });
  });

  test('ragged rows and line numbers in a headerless file', async () => {
    const result = await importChecked({ people: textSource('people.dat', 'p1,Ann\np2\np3,Cy\n', { header: ['id', 'name'] }) });
    expect(result.problems.map((p) => [p.code, p.line, p.value])).toEqual([['ragged-row', 2, '1']]);
    expect(lines(result.network)).toEqual({ p1: [1, 'Ann'], p3: [3, 'Cy'] });
  });

  test('an empty headerless file is an empty package file, not a problem', async () => {
    const result = await importChecked({ people: textSource('people.dat', '', { header: ['id'] }) });
    expect(result.problems).toEqual([]);
    expect(result.files[0]).toMatchObject({ rowsRead: 0, complete: true });
  });
});

describe('detectDelimiter', () => {
  test.each([
    ['id,name,country', ','],
    ['id;name;country', ';'],
    ['id\tname\tcountry', '\t'],
    ['id|name', '|'],
    ['id', ','],
    ['', ','],
    ['"a,b,c";d', ';'],
    ['a;b,c;d', ';'],
    ['a,b;c,d', ','],
  ])('%j -> %j', (line, expected) => {
    expect(detectDelimiter(line)).toBe(expected);
  });

  test('a tie between candidates goes to the first of comma, semicolon, tab, pipe', () => {
    expect(detectDelimiter('a;b,c')).toBe(',');
    expect(detectDelimiter('a\tb|c')).toBe('\t');
  });
});
