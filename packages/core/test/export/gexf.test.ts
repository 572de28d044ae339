import { loadNetwork } from '@bridgegraph/core/node';
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import type { GraphConstructor } from 'graphology-types';
import { describe, expect, test } from 'vitest';
import { fromGexf } from '../../src/export/from-gexf.js';
import { toGexf } from '../../src/export/to-gexf.js';
import { checkWellFormed, scanStartTags } from '../../src/export/xml-text.js';
import { networkFromJSON } from '../../src/index.js';
import { HOSTILE, importTexts, SAMPLE, withoutSources } from './round-trip-helpers.js';

const parseGexf = (text: string) => parse(Graph as unknown as GraphConstructor, text);

describe('toGexf', () => {
  test('writes GEXF 1.3 in dynamic mode with datetime spells', async () => {
    const { network } = await loadNetwork([SAMPLE]);
    const gexf = toGexf(network);
    expect(gexf).toContain('<gexf version="1.3" xmlns="http://gexf.net/1.3"');
    expect(gexf).toContain('<graph defaultedgetype="undirected" mode="dynamic" timeformat="datetime">');
    // X001 ran from 2015-02-26 to 2015-03-03 (whole days).
    expect(gexf).toContain('<node start="2015-02-26T00:00:00.000Z" end="2015-03-03T23:59:59.999Z" id="exchange:X001"');
    // People and groups have no interval.
    expect(gexf).toMatch(/<node id="person:P0001" label="Iván Peña Ortega">/);
    checkWellFormed(gexf, 'test');
  });

  test("graphology-gexf's parser reads it back with attributes intact; spells match the network", async () => {
    const { network } = await loadNetwork([SAMPLE]);
    const gexf = toGexf(network);
    const graph = parseGexf(gexf);
    expect(graph.order).toBe(network.order);
    expect(graph.size).toBe(network.size);
    const titles = new Map(
      scanStartTags(gexf.slice(0, gexf.indexOf('<attributes class="edge"')), 'attribute').map((t) => [t.attributes.id, t.attributes.title]),
    );
    const p = graph.getNodeAttributes('person:P0001');
    const byTitle = Object.fromEntries(Object.entries(p).map(([k, v]) => [titles.get(k) ?? k, v]));
    expect(p.label).toBe('Iván Peña Ortega');
    expect(p['f-type']).toBe('person');
    expect(p['f-country']).toBe('ES');
    expect(byTitle).toMatchObject({ gender: 'male', birth_year: '1997', organisation: 'Club Deportivo Triana' });
    const spells = scanStartTags(gexf, 'edge');
    let i = 0;
    network.forEachEdge((key, a) => {
      const spell = spells[i++]?.attributes ?? {};
      expect(spell.id).toBe(key);
      expect(graph.getEdgeAttribute(key, 'f-type')).toBe(a.type);
      if (a.type === 'tie') expect(graph.getEdgeAttribute(key, 'weight')).toBe(a.weight);
      if (a.type !== 'participation') {
        expect(spell.start).toBe(a.start === null ? undefined : new Date(a.start).toISOString());
        expect(spell.end).toBe(a.end === null ? undefined : new Date(a.end).toISOString());
      }
    });
  });

  test('participations without dates take their exchange’s spell, and read back without dates', async () => {
    const { network } = await loadNetwork([SAMPLE]);
    const gexf = toGexf(network);
    const first = scanStartTags(gexf, 'edge').find((t) => t.attributes.id === 'participation#0')?.attributes;
    expect(first).toMatchObject({ start: '2015-02-26T00:00:00.000Z', end: '2015-03-03T23:59:59.999Z' });
    expect(fromGexf(gexf).network.getEdgeAttributes('participation#0')).toMatchObject({ start: null, end: null });
  });

  test('round trip: fromGexf gives back the network (except sources)', async () => {
    const { network } = await loadNetwork([SAMPLE]);
    const back = fromGexf(toGexf(network));
    expect(back.warnings).toEqual([]);
    expect(withoutSources(back.network)).toEqual(withoutSources(network));
  });

  test('hostile text stays well-formed XML and round-trips: <, &, ]]>, quotes, line breaks, __proto__ and spaced columns', async () => {
    const { network } = await importTexts(HOSTILE);
    const gexf = toGexf(network, { pretty: false });
    checkWellFormed(gexf, 'test');
    expect(parseGexf(gexf).order).toBe(network.order);
    expect(withoutSources(fromGexf(gexf).network)).toEqual(withoutSources(network));
  });

  test('characters XML 1.0 forbids are written as U+FFFD', () => {
    const network = networkFromJSON({
      format: 'bridgegraph-network',
      version: 1,
      attributes: { name: 'bell\u0007' },
      nodes: [
        {
          key: 'person:A\u0001',
          attributes: {
            type: 'person',
            id: 'A\u0001',
            name: 'x\u0000y\u001b',
            country: null,
            origin: 'record',
            data: { 'c\u0002': 'v\uD800' },
            sources: [],
          },
        },
      ],
      edges: [],
    });
    const gexf = toGexf(network);
    checkWellFormed(gexf, 'test');
    const back = fromGexf(gexf).network;
    expect(back.getNodeAttributes('person:A\uFFFD')).toMatchObject({
      id: 'A\uFFFD',
      name: 'x\uFFFDy\uFFFD',
      data: { 'c\uFFFD': 'v\uFFFD' },
    });
  });
});

describe('fromGexf', () => {
  test('a foreign file becomes a people-only network with its attributes in data; self-loops are skipped with a warning', () => {
    const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">
    <attributes class="node"><attribute id="0" title="city" type="string"/></attributes>
    <nodes>
      <node id="a" label="Ana"><attvalues><attvalue for="0" value="Lyon"/></attvalues></node>
      <node id="b"/>
    </nodes>
    <edges>
      <edge id="e1" source="a" target="b" weight="2.5" start="2016-05-01" end="2016-05-03"/>
      <edge id="e2" source="b" target="b"/>
      <edge id="e3" source="b" target="a" weight="-1"/>
    </edges>
  </graph>
</gexf>`;
    const { network, warnings } = fromGexf(gexf);
    expect(network.getNodeAttributes('person:a')).toMatchObject({
      type: 'person',
      id: 'a',
      name: 'Ana',
      data: { city: 'Lyon', label: 'Ana' },
    });
    expect(network.getNodeAttributes('person:b').name).toBeNull();
    expect(network.size).toBe(2);
    expect(network.getEdgeAttributes('tie#0')).toMatchObject({
      type: 'tie',
      weight: 2.5,
      start: Date.UTC(2016, 4, 1),
      end: Date.UTC(2016, 4, 3),
    });
    expect(network.getEdgeAttributes('tie#1')).toMatchObject({ weight: 1 });
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/joins 'b' to itself/);
    expect(warnings[1]).toMatch(/weight -1/);
  });

  test('intervals in double time are not taken for dates, with a warning', () => {
    const gexf =
      '<gexf version="1.3"><graph defaultedgetype="undirected" mode="dynamic" timeformat="double"><nodes><node id="a"/><node id="b"/></nodes><edges><edge id="e" source="a" target="b" start="3.0" end="5.0"/></edges></graph></gexf>';
    const { network, warnings } = fromGexf(gexf);
    expect(network.getEdgeAttributes('tie#0')).toMatchObject({ start: null, end: null });
    expect(warnings).toEqual(["1 time interval(s) in timeformat 'double' were not read: only date and datetime intervals are dates"]);
  });

  test('malformed files are refused with a clear error', () => {
    expect(() => fromGexf('hello')).toThrow(/bridgegraph\/export\/from-gexf: not a GEXF file/);
    expect(() => fromGexf('<gexf><graph><nodes><node id="a"></nodes></graph></gexf>')).toThrow(
      /from-gexf: not well-formed XML at line 1: <\/nodes> where <\/node> was expected/,
    );
    expect(() => fromGexf('<gexf><graph><nodes><node id="a" label="x & y"/></nodes></graph></gexf>')).toThrow(
      /an '&' that starts no reference/,
    );
    expect(() => fromGexf('<gexf><graph>')).toThrow(/<graph> is never closed/);
    expect(() => fromGexf('<gexf><graph><edges><edge source="a" target="b"/></edges></graph></gexf>')).toThrow(
      /from-gexf: not a readable GEXF file: .*inexisting node/,
    );
  });
});
