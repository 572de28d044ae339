// Checks of the bundled data packages under datasets/: the sample programme is
// reproduced byte for byte by its generator, the classic data sets have their
// known sizes, and every reference resolves.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import { generate, generateDirty, SEED } from '../sample-programme/generate.mjs';

const DATASETS = fileURLToPath(new URL('..', import.meta.url));
const CLEAN = join(DATASETS, 'sample-programme');
const DIRTY = join(DATASETS, 'sample-programme-dirty');
const DAVIS = join(DATASETS, 'davis-southern-women');
const FLORENCE = join(DATASETS, 'florentine-families');

// A small RFC 4180 reader: returns records with the physical line each starts on.
function parseCsv(text) {
  const records = [];
  let fields = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let startLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n') {
      fields.push(field);
      records.push({ line: startLine, fields });
      fields = [];
      field = '';
      line++;
      startLine = line;
    } else if (c === '\r') throw new Error(`carriage return on line ${line}`);
    else field += c;
  }
  if (field !== '' || fields.length) {
    fields.push(field);
    records.push({ line: startLine, fields });
  }
  return records;
}

function readTable(dir, file) {
  const [header, ...records] = parseCsv(readFileSync(join(dir, file), 'utf8'));
  const rows = records.map((r) => Object.fromEntries(header.fields.map((h, j) => [h, r.fields[j]])));
  return { header: header.fields, records, rows };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
function isDate(s) {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function expectUnique(values) {
  expect(new Set(values).size).toBe(values.length);
}

describe('sample-programme generator', () => {
  const clean = generate({ seed: SEED });
  const dirty = generateDirty({ seed: SEED });

  it('reproduces the committed clean files byte for byte', () => {
    const committed = readdirSync(CLEAN)
      .filter((f) => f.endsWith('.csv'))
      .sort();
    expect(Object.keys(clean).sort()).toEqual(committed);
    for (const [file, text] of Object.entries(clean)) {
      expect(Buffer.from(text, 'utf8').equals(readFileSync(join(CLEAN, file))), file).toBe(true);
    }
  });

  it('reproduces the committed dirty files and expected-problems.json byte for byte', () => {
    const committed = readdirSync(DIRTY)
      .filter((f) => f.endsWith('.csv') || f.endsWith('.json'))
      .sort();
    expect(Object.keys(dirty).sort()).toEqual(committed);
    for (const [file, text] of Object.entries(dirty)) {
      expect(Buffer.from(text, 'utf8').equals(readFileSync(join(DIRTY, file))), file).toBe(true);
    }
  });

  it('is deterministic and depends on the seed', () => {
    expect(generate({ seed: SEED })).toEqual(clean);
    expect(generate({ seed: SEED + 1 })['people.csv']).not.toBe(clean['people.csv']);
  });

  it('writes LF line endings and a final newline', () => {
    for (const text of [...Object.values(clean), ...Object.values(dirty)]) {
      expect(text.includes('\r')).toBe(false);
      expect(text.endsWith('\n')).toBe(true);
      expect(text.endsWith('\n\n')).toBe(false);
    }
  });
});

describe('sample-programme (clean) integrity', () => {
  const people = readTable(CLEAN, 'people.csv');
  const exchanges = readTable(CLEAN, 'exchanges.csv');
  const participations = readTable(CLEAN, 'participations.csv');
  const ties = readTable(CLEAN, 'ties.csv');
  const groups = readTable(CLEAN, 'groups.csv');
  const memberships = readTable(CLEAN, 'memberships.csv');
  const personIds = new Set(people.rows.map((p) => p.id));
  const exchangeIds = new Set(exchanges.rows.map((x) => x.id));
  const groupIds = new Set(groups.rows.map((g) => g.id));

  it('has the documented size', () => {
    expect(people.rows).toHaveLength(600);
    expect(new Set(people.rows.map((p) => p.country)).size).toBe(12);
    expect(exchanges.rows).toHaveLength(80);
    expect(new Set(exchanges.rows.map((x) => x.kind))).toEqual(
      new Set(['youth-exchange', 'study-visit', 'sports-tournament', 'volunteer-camp']),
    );
    expect(new Set(exchanges.rows.map((x) => x.programme)).size).toBe(4);
    expect(groups.rows).toHaveLength(24);
    expect(ties.rows.length).toBeGreaterThanOrEqual(200);
  });

  it('has a value for every header column on every row', () => {
    for (const table of [people, exchanges, participations, ties, groups, memberships]) {
      for (const r of table.records) expect(r.fields.length, `line ${r.line}`).toBe(table.header.length);
    }
  });

  it('has unique, non-empty ids', () => {
    for (const table of [people, exchanges, groups]) {
      const ids = table.rows.map((r) => r.id);
      expect(ids.every((id) => id !== '')).toBe(true);
      expectUnique(ids);
    }
    expectUnique(participations.rows.map((pa) => `${pa.person}|${pa.exchange}`));
    expectUnique(ties.rows.map((t) => [t.source, t.target].sort().join('|')));
  });

  it('references only existing people, exchanges and groups', () => {
    for (const pa of participations.rows) {
      expect(personIds.has(pa.person), pa.person).toBe(true);
      expect(exchangeIds.has(pa.exchange), pa.exchange).toBe(true);
    }
    for (const t of ties.rows) {
      expect(personIds.has(t.source), t.source).toBe(true);
      expect(personIds.has(t.target), t.target).toBe(true);
      expect(t.source).not.toBe(t.target);
      expect(exchangeIds.has(t.via_exchange), t.via_exchange).toBe(true);
    }
    for (const m of memberships.rows) {
      expect(personIds.has(m.person), m.person).toBe(true);
      expect(groupIds.has(m.group), m.group).toBe(true);
    }
    for (const x of exchanges.rows) expect(groupIds.has(x.host_organisation)).toBe(true);
  });

  it('has valid dates, in order, within 2015-2024', () => {
    for (const x of exchanges.rows) {
      expect(isDate(x.start) && isDate(x.end), x.id).toBe(true);
      expect(x.start <= x.end, x.id).toBe(true);
      expect(x.start >= '2015-01-01' && x.end <= '2024-12-31', x.id).toBe(true);
    }
    for (const row of [...ties.rows, ...memberships.rows]) {
      expect(isDate(row.start)).toBe(true);
      if (row.end !== '') {
        expect(isDate(row.end)).toBe(true);
        expect(row.start < row.end).toBe(true);
      }
    }
  });

  it('has delegations of 4-12 people, a host delegation and 1-3 visiting ones', () => {
    const byExchange = new Map();
    for (const pa of participations.rows) {
      if (pa.role === 'facilitator') continue;
      const delegations = byExchange.get(pa.exchange) ?? new Map();
      delegations.set(pa.delegation, (delegations.get(pa.delegation) ?? 0) + 1);
      byExchange.set(pa.exchange, delegations);
    }
    for (const x of exchanges.rows) {
      const delegations = byExchange.get(x.id);
      expect(delegations.has(x.host_country), x.id).toBe(true);
      expect(delegations.size - 1).toBeGreaterThanOrEqual(1);
      expect(delegations.size - 1).toBeLessThanOrEqual(3);
      for (const size of delegations.values()) expect(size >= 4 && size <= 12, x.id).toBe(true);
    }
  });

  it('starts every tie after the pair first met at via_exchange, which both attended', () => {
    const attended = new Set(participations.rows.map((pa) => `${pa.person}|${pa.exchange}`));
    const start = new Map(exchanges.rows.map((x) => [x.id, x.start]));
    for (const t of ties.rows) {
      expect(attended.has(`${t.source}|${t.via_exchange}`) && attended.has(`${t.target}|${t.via_exchange}`)).toBe(true);
      expect(t.start > start.get(t.via_exchange)).toBe(true);
      const w = Number(t.weight);
      expect(Number.isInteger(w) && w >= 1 && w <= 5).toBe(true);
    }
  });

  it('has returning alumni and mostly cross-country ties', () => {
    const count = new Map();
    for (const pa of participations.rows) count.set(pa.person, (count.get(pa.person) ?? 0) + 1);
    const returning = [...count.values()].filter((n) => n >= 2).length;
    expect(returning).toBeGreaterThan(100);
    expect(Math.max(...count.values())).toBeLessThanOrEqual(4);
    const country = new Map(people.rows.map((p) => [p.id, p.country]));
    const cross = ties.rows.filter((t) => country.get(t.source) !== country.get(t.target)).length;
    expect(cross / ties.rows.length).toBeGreaterThan(0.5);
  });

  it('keeps quoted names with commas, quotes and apostrophes intact', () => {
    const names = people.rows.map((p) => p.name);
    expect(names.some((n) => n.includes(','))).toBe(true);
    expect(names.some((n) => n.includes('"'))).toBe(true);
    expect(names.some((n) => n.includes("'"))).toBe(true);
    expect(names.some((n) => /\P{ASCII}/u.test(n))).toBe(true);
  });
});

describe('sample-programme-dirty expected problems', () => {
  const problems = JSON.parse(readFileSync(join(DIRTY, 'expected-problems.json'), 'utf8'));

  it('lists 10-15 problems covering every code, in file then line order', () => {
    expect(problems.length).toBeGreaterThanOrEqual(10);
    expect(problems.length).toBeLessThanOrEqual(15);
    expect(new Set(problems.map((p) => p.code))).toEqual(
      new Set([
        'empty-id',
        'duplicate-id',
        'unknown-person',
        'unknown-exchange',
        'invalid-date',
        'end-before-start',
        'invalid-weight',
        'self-tie',
        'ragged-row',
      ]),
    );
    const keys = problems.map((p) => [p.file, p.line]);
    const sorted = keys.slice().sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    expect(keys).toEqual(sorted);
  });

  it('finds each problem at its line and column', () => {
    for (const p of problems) {
      const table = readTable(DIRTY, p.file);
      const record = table.records.find((r) => r.line === p.line);
      expect(record, `${p.file}:${p.line}`).toBeDefined();
      if (p.code === 'ragged-row') {
        expect(p.column).toBeNull();
        expect(String(record.fields.length)).toBe(p.value);
        expect(record.fields.length).not.toBe(table.header.length);
      } else {
        expect(record.fields.length).toBe(table.header.length);
        expect(record.fields[table.header.indexOf(p.column)]).toBe(p.value);
      }
    }
  });

  it('differs from the clean copy only where documented', () => {
    const planted = new Set(problems.map((p) => `${p.file}:${p.line}`));
    for (const file of readdirSync(CLEAN).filter((f) => f.endsWith('.csv'))) {
      const cleanLines = new Set(readFileSync(join(CLEAN, file), 'utf8').split('\n'));
      readFileSync(join(DIRTY, file), 'utf8')
        .split('\n')
        .forEach((text, i) => {
          if (!cleanLines.has(text)) expect(planted.has(`${file}:${i + 1}`), `${file}:${i + 1}`).toBe(true);
        });
    }
  });
});

describe('davis-southern-women', () => {
  const people = readTable(DAVIS, 'people.csv').rows;
  const events = readTable(DAVIS, 'exchanges.csv').rows;
  const attendances = readTable(DAVIS, 'participations.csv').rows;

  it('has 18 women, 14 events and 89 attendances', () => {
    expect(people).toHaveLength(18);
    expect(events).toHaveLength(14);
    expect(attendances).toHaveLength(89);
    expectUnique(people.map((p) => p.id));
    expectUnique(events.map((e) => e.id));
    expectUnique(attendances.map((a) => `${a.person}|${a.exchange}`));
  });

  it('references only listed women and events, with valid dates', () => {
    const w = new Set(people.map((p) => p.id));
    const e = new Set(events.map((x) => x.id));
    for (const a of attendances) expect(w.has(a.person) && e.has(a.exchange)).toBe(true);
    for (const x of events) {
      expect(isDate(x.start) && x.start === x.end).toBe(true);
      const [m, d] = x.date_label.split('/').map(Number);
      expect(x.start.slice(5)).toBe(`${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
      expect(x.kind).toBe('social-event');
    }
  });

  it('has the known event sizes (E8: 14 women) and degrees (Evelyn: 8 events)', () => {
    expect(attendances.filter((a) => a.exchange === 'E8')).toHaveLength(14);
    expect(attendances.filter((a) => a.person === 'W01')).toHaveLength(8);
    expect(people[0].name).toBe('Evelyn');
  });
});

describe('florentine-families', () => {
  const families = readTable(FLORENCE, 'people.csv').rows;
  const ties = readTable(FLORENCE, 'ties.csv').rows;

  it('has 16 families, 20 marriage and 15 business ties', () => {
    expect(families).toHaveLength(16);
    expectUnique(families.map((f) => f.id));
    expect(ties.filter((t) => t.kind === 'marriage')).toHaveLength(20);
    expect(ties.filter((t) => t.kind === 'business')).toHaveLength(15);
    expect(ties).toHaveLength(35);
  });

  it('references only listed families, once per pair and kind, with weight 1 and no dates', () => {
    const ids = new Set(families.map((f) => f.id));
    for (const t of ties) {
      expect(ids.has(t.source) && ids.has(t.target)).toBe(true);
      expect(t.source < t.target).toBe(true);
      expect(t.weight).toBe('1');
      expect(t.start).toBe('');
      expect(t.end).toBe('');
    }
    expectUnique(ties.map((t) => `${t.kind}|${t.source}|${t.target}`));
  });

  it('has the known attributes: Pucci isolated, Medici and Strozzi values', () => {
    expect(ties.some((t) => t.source === 'Pucci' || t.target === 'Pucci')).toBe(false);
    const byId = new Map(families.map((f) => [f.id, f]));
    expect(byId.get('Medici')).toMatchObject({ wealth: '103', priorates: '53', totalties: '54' });
    expect(byId.get('Strozzi')).toMatchObject({ wealth: '146', priorates: '74', totalties: '29' });
    expect(ties.filter((t) => t.source === 'Medici' || t.target === 'Medici')).toHaveLength(11);
  });
});
