import { loadNetwork } from '@bridgegraph/core/node';
import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import type { GraphConstructor } from 'graphology-types';
import { describe, expect, test } from 'vitest';
import { fromGraphml } from '../../src/export/from-graphml.js';
import { toGraphml } from '../../src/export/to-graphml.js';
import { checkWellFormed } from '../../src/export/xml-text.js';
import { networkFromJSON } from '../../src/index.js';
import { HOSTILE, importTexts, SAMPLE, withoutSources } from './round-trip-helpers.js';

describe('toGraphml', () => {
  test('writes static GraphML that graphology-graphml reads, with instants as ISO strings', async () => {
    const { network } = await loadNetwork([SAMPLE]);
    const graphml = toGraphml(network);
    checkWellFormed(graphml, 'test');
    expect(graphml).toContain('<key id="nf-start" for="node" attr.name="start" attr.type="string"/>');
    const graph = parse(Graph as unknown as GraphConstructor, graphml);
    expect(graph.order).toBe(network.order);
    expect(graph.size).toBe(network.size);
    expect(graph.getNodeAttributes('exchange:X001')).toMatchObject({
      type: 'exchange',
      name: 'Study Visit Gyumri 2015: Volunteering Policies',
      start: '2015-02-26T00:00:00.000Z',
      end: '2015-03-03T23:59:59.999Z',
      host_city: 'Gyumri',
    });
    expect(graph.getEdgeAttributes('tie#0')).toMatchObject({
      type: 'tie',
      kind: 'collaboration',
      weight: 4,
      start: '2015-02-28T00:00:00.000Z',
    });
  });

  test('round trip: fromGraphml gives back the network (except sources)', async () => {
    const { network } = await loadNetwork([SAMPLE]);
    const back = fromGraphml(toGraphml(network));
    expect(back.warnings).toEqual([]);
    expect(withoutSources(back.network)).toEqual(withoutSources(network));
  });

  test('hostile text stays well-formed and round-trips, __proto__ column included', async () => {
    const { network } = await importTexts(HOSTILE);
    const graphml = toGraphml(network);
    checkWellFormed(graphml, 'test');
    const back = fromGraphml(graphml).network;
    expect(withoutSources(back)).toEqual(withoutSources(network));
    expect(Object.hasOwn(back.getNodeAttributes('person:P1').data, '__proto__')).toBe(true);
    expect(back.getNodeAttributes('person:P<&>').name).toBe(']]> & <tag>');
  });

  test('characters XML 1.0 forbids are written as U+FFFD; carriage returns survive', () => {
    const network = networkFromJSON({
      format: 'bridgegraph-network',
      version: 1,
      attributes: {},
      nodes: [
        {
          key: 'person:A',
          attributes: {
            type: 'person',
            id: 'A',
            name: 'x\u0000y\r\nz',
            country: null,
            origin: 'record',
            data: { c: '\u001b[31m' },
            sources: [],
          },
        },
      ],
      edges: [],
    });
    const graphml = toGraphml(network);
    checkWellFormed(graphml, 'test');
    expect(fromGraphml(graphml).network.getNodeAttributes('person:A')).toMatchObject({ name: 'x\uFFFDy\r\nz', data: { c: '\uFFFD[31m' } });
  });
});

describe('fromGraphml', () => {
  test('a foreign file becomes a people-only network with its attributes in data', () => {
    const graphml = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <key id="d1" for="node" attr.name="__proto__" attr.type="string"/>
  <key id="d2" for="edge" attr.name="weight" attr.type="double"/>
  <graph id="G" edgedefault="undirected">
    <node id="a"><data key="d0">Ana</data><data key="d1">polluted?</data></node>
    <node id="b"/>
    <edge source="a" target="b"><data key="d2">3</data></edge>
  </graph>
</graphml>`;
    const { network, warnings } = fromGraphml(graphml);
    expect(warnings).toEqual([]);
    const a = network.getNodeAttributes('person:a');
    expect(a.name).toBe('Ana');
    expect(Object.hasOwn(a.data, '__proto__')).toBe(true);
    expect(a.data.label).toBe('Ana');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(network.getEdgeAttributes('tie#0')).toMatchObject({ weight: 3, data: { weight: '3' } });
  });

  test('malformed files are refused with a clear error', () => {
    expect(() => fromGraphml('<gexf/>')).toThrow(/bridgegraph\/export\/from-graphml: not a GraphML file/);
    expect(() => fromGraphml('<graphml><graph><node id="a"></graph></graphml>')).toThrow(/from-graphml: not well-formed XML at line 1/);
  });
});
