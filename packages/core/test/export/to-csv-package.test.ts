import { loadNetwork } from '@bridgegraph/core/node';
import { describe, expect, test } from 'vitest';
import { toCsvPackage } from '../../src/export/to-csv-package.js';
import { createNetwork, networkFromJSON } from '../../src/index.js';
import { HOSTILE, importTexts, SAMPLE, withoutSources } from './round-trip-helpers.js';

describe('toCsvPackage', () => {
  test('the sample programme round-trips: package → network → package → the same network', async () => {
    const { network, problems } = await loadNetwork([SAMPLE]);
    expect(problems).toEqual([]);
    const files = toCsvPackage(network);
    expect(Object.keys(files)).toEqual(['people.csv', 'exchanges.csv', 'participations.csv', 'ties.csv', 'groups.csv', 'memberships.csv']);
    const again = await importTexts(files, 'sample-programme');
    expect(again.problems).toEqual([]);
    expect(withoutSources(again.network)).toEqual(withoutSources(network));
    // Written again, the package is the same text: the writer is deterministic and stable.
    expect(toCsvPackage(again.network)).toEqual(files);
  });

  test('a hostile package round-trips: quotes, commas, line breaks, emoji, formulas, __proto__, odd headers', async () => {
    const first = await importTexts(HOSTILE);
    expect(first.problems).toEqual([]);
    const files = toCsvPackage(first.network);
    const again = await importTexts(files);
    expect(again.problems).toEqual([]);
    expect(withoutSources(again.network)).toEqual(withoutSources(first.network));
    const people = again.network.getNodeAttributes('person:=cmd');
    expect(people.name).toBe('=HYPERLINK("http://x")');
    expect(Object.hasOwn(again.network.getNodeAttributes('person:P1').data, '__proto__')).toBe(true);
  });

  test('ids and text are written as they are, not formula-escaped: the package is data to be read back', async () => {
    const first = await importTexts(HOSTILE);
    const people = toCsvPackage(first.network)['people.csv'] as string;
    expect(people.split('\n')).toContain('=cmd,"=HYPERLINK(""http://x"")",FR,,🎉 party,');
    expect(people).not.toContain("'=cmd");
  });

  test('standard columns keep the names of the data (ID, program, from, to) and come first', async () => {
    const first = await importTexts(HOSTILE);
    const files = toCsvPackage(first.network);
    expect(files['people.csv']?.split('\n')[0]).toBe('ID,Name,country,__proto__,note with spaces,"a;b"');
    expect(files['exchanges.csv']?.split('\n')[0]).toBe('id,name,program,start,end,host_country,extra');
    expect(files['memberships.csv']?.split('\n')[0]).toBe('person,group,role,from,to');
  });

  test('instants from other time zones or forms are written as ISO 8601: the date alone on day boundaries', () => {
    const network = networkFromJSON({
      format: 'bridgegraph-network',
      version: 1,
      attributes: {},
      nodes: [
        { key: 'person:A', attributes: { type: 'person', id: 'A', name: null, country: null, origin: 'record', data: {}, sources: [] } },
        { key: 'person:B', attributes: { type: 'person', id: 'B', name: null, country: null, origin: 'record', data: {}, sources: [] } },
        {
          key: 'exchange:X',
          attributes: {
            type: 'exchange',
            id: 'X',
            name: null,
            kind: null,
            programme: null,
            hostCountry: null,
            start: Date.UTC(2016, 4, 1),
            end: Date.UTC(2016, 4, 2) - 1,
            origin: 'record',
            data: { start: '2016-05-01 02:00', end: '2016-05-02' },
            sources: [],
          },
        },
      ],
      edges: [
        {
          key: 'tie#0',
          source: 'person:A',
          target: 'person:B',
          attributes: { type: 'tie', kind: null, start: Date.UTC(2016, 4, 1, 9, 30), end: null, weight: 2, data: {}, sources: [] },
        },
      ],
    });
    const files = toCsvPackage(network);
    expect(files['exchanges.csv']).toBe('id,start,end\nX,2016-05-01,2016-05-01\n');
    expect(files['ties.csv']).toBe('source,target,start,weight\nA,B,2016-05-01T09:30:00.000Z,2\n');
    expect(files['people.csv']).toBe('id\nA\nB\n');
  });

  test('people made from references are left to the references; an id with surrounding spaces fails loudly', async () => {
    const edgeList = await importTexts({ 'ties.csv': 'source,target\nA,B\n' });
    expect(Object.keys(toCsvPackage(edgeList.network))).toEqual(['ties.csv']);
    const network = createNetwork();
    network.addNode('person: A', { type: 'person', id: ' A', name: null, country: null, origin: 'record', data: {}, sources: [] });
    expect(() => toCsvPackage(network)).toThrow(/bridgegraph\/export\/to-csv-package: the person id " A"/);
  });
});
