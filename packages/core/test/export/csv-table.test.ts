import { describe, expect, test } from 'vitest';
import { csvCell, toCsv } from '../../src/export/csv-table.js';

describe('csvCell', () => {
  test('numbers stay numbers, negative ones included; non-finite and empty values are empty', () => {
    expect([1, -0.5, 0, -0, 1e-12, Number.NaN, Number.POSITIVE_INFINITY, null, undefined].map((v) => csvCell(v))).toEqual([
      '1',
      '-0.5',
      '0',
      '0',
      '1e-12',
      '',
      '',
      '',
      '',
    ]);
  });

  test('text that a spreadsheet would run as a formula is prefixed with a quote', () => {
    expect(['=1+1', '+49 30', '-5', '@SUM(A1)', '\tx', '\rx', 'a=b'].map((v) => csvCell(v))).toEqual([
      "'=1+1",
      "'+49 30",
      "'-5",
      "'@SUM(A1)",
      "'\tx",
      '"\'\rx"',
      'a=b',
    ]);
  });

  test('text with delimiters, quotes, line breaks or surrounding spaces is quoted (RFC 4180)', () => {
    expect(['a,b', 'say "hi"', 'two\nlines', ' padded', 'plain', ''].map((v) => csvCell(v))).toEqual([
      '"a,b"',
      '"say ""hi"""',
      '"two\nlines"',
      '" padded"',
      'plain',
      '',
    ]);
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvCell('a;b', ',')).toBe('a;b');
  });

  test('booleans', () => {
    expect([true, false].map((v) => csvCell(v))).toEqual(['true', 'false']);
  });
});

describe('toCsv', () => {
  test('a header, one line per row in column order, a final newline; missing cells empty', () => {
    expect(
      toCsv(
        ['id', 'score', 'note'],
        [
          { id: 'p1', score: 0.25, note: '=cmd' },
          { id: '__proto__', score: null },
        ],
      ),
    ).toBe("id,score,note\np1,0.25,'=cmd\n__proto__,,\n");
  });
});
