import {
  createNetwork,
  type ExchangeNetwork,
  NETWORK_JSON_FORMAT,
  NETWORK_JSON_VERSION,
  type NetworkJSON,
  networkFromJSON,
  networkToJSON,
  stringifyNetwork,
  textSource,
} from '@bridgegraph/core';
import { describe, expect, test } from 'vitest';
import { importChecked } from '../helpers.js';

async function samplePackage(): Promise<ExchangeNetwork> {
  const result = await importChecked(
    {
      people: textSource(
        'people.csv',
        'id,name,country,__proto__,constructor\np1,Ann,DE,"{""polluted"":true}",Object\np2,"Bo ""B"" Smith",UA,,\np3,,,x,y\n',
      ),
      groups: textSource('groups.csv', 'id,name,kind\ng1,Chess club,club\n'),
      exchanges: textSource(
        'exchanges.csv',
        'id,name,kind,programme,start,end,host_country\ne1,Camp,youth-exchange,Erasmus+,2016-07-01,2016-07-14,PL\ne2,,,,,,\n',
      ),
      participations: textSource(
        'participations.csv',
        'person,exchange,role,start,end\np1,e1,participant,,\np2,e1,host,2016-07-02,2016-07-03\np9,e2,,,\n',
      ),
      memberships: textSource('memberships.csv', 'person,group,role,from,to\np3,g1,chair,2015-09,\n'),
      ties: textSource('ties.csv', 'source,target,kind,time,weight,__proto__\np1,p2,contact,1462089600.25,2.5,z\np2,p3,friendship,,,\n'),
    },
    { name: 'sample', unknownReferences: 'placeholder' },
  );
  expect(result.problems).toEqual([]);
  return result.network;
}

describe('round trip', () => {
  test('CSV -> network -> JSON -> network gives an identical network', async () => {
    const network = await samplePackage();
    const text = stringifyNetwork(network);
    const back = networkFromJSON(text);
    expect(stringifyNetwork(back)).toBe(text);
    expect(networkToJSON(back)).toEqual(networkToJSON(network));
    expect(stringifyNetwork(back, { pretty: true })).toBe(stringifyNetwork(network, { pretty: true }));
    // And again, from the object rather than the text.
    const again = networkFromJSON(networkToJSON(back));
    expect(stringifyNetwork(again)).toBe(text);
    expect([back.order, back.size]).toEqual([network.order, network.size]);
    expect(back.nodes()).toEqual(network.nodes());
    expect(back.edges()).toEqual(network.edges());
    expect(back.type).toBe('undirected');
    expect(back.multi).toBe(true);
    expect(back.getAttribute('name')).toBe('sample');
  });

  test('a __proto__ column survives the round trip as data and pollutes nothing', async () => {
    const network = await samplePackage();
    const text = stringifyNetwork(network);
    expect(text).toContain('"__proto__":"{\\"polluted\\":true}"');
    const back = networkFromJSON(text);
    const data = back.getNodeAttribute('person:p1', 'data');
    expect(Object.keys(data)).toEqual(['id', 'name', 'country', '__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(data, '__proto__')?.value).toBe('{"polluted":true}');
    expect(data.constructor).toBe('Object');
    expect(Object.getPrototypeOf(data)).toBeNull();
    expect(Object.getOwnPropertyDescriptor(back.getEdgeAttribute('tie#0', 'data'), '__proto__')?.value).toBe('z');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('the JSON text of a small network, exactly', () => {
    const network = createNetwork({ name: 'tiny' });
    network.addNode('person:a', {
      type: 'person',
      id: 'a',
      name: 'Ann',
      country: 'DE',
      origin: 'record',
      data: { id: 'a', name: 'Ann', country: 'DE' },
      sources: [{ file: 'people.csv', line: 2 }],
    });
    network.addNode('person:b', { type: 'person', id: 'b', name: null, country: null, origin: 'reference', data: {}, sources: [] });
    network.addEdgeWithKey('tie#0', 'person:a', 'person:b', {
      type: 'tie',
      kind: null,
      start: 1_462_060_800_000,
      end: 1_462_147_199_999,
      weight: 1,
      data: { source: 'a', target: 'b' },
      sources: [{ file: 'ties.csv', line: 2 }],
    });
    expect(stringifyNetwork(network)).toBe(
      '{"format":"bridgegraph-network","version":1,"attributes":{"name":"tiny"},' +
        '"nodes":[{"key":"person:a","attributes":{"type":"person","id":"a","name":"Ann","country":"DE","origin":"record","data":{"id":"a","name":"Ann","country":"DE"},"sources":[{"file":"people.csv","line":2}]}},' +
        '{"key":"person:b","attributes":{"type":"person","id":"b","name":null,"country":null,"origin":"reference","data":{},"sources":[]}}],' +
        '"edges":[{"key":"tie#0","source":"person:a","target":"person:b","attributes":{"type":"tie","kind":null,"start":1462060800000,"end":1462147199999,"weight":1,"data":{"source":"a","target":"b"},"sources":[{"file":"ties.csv","line":2}]}}]}\n',
    );
    const pretty = stringifyNetwork(network, { pretty: true });
    expect(pretty.startsWith('{\n  "format": "bridgegraph-network",\n  "version": 1,\n')).toBe(true);
    expect(pretty.endsWith('}\n')).toBe(true);
    expect(JSON.parse(pretty)).toEqual(JSON.parse(stringifyNetwork(network)));
  });

  test('attributes are written in one order whatever order the reader met them in', () => {
    const shuffled = {
      edges: [],
      nodes: [
        { attributes: { sources: [], data: {}, origin: 'record', country: null, name: null, id: 'a', type: 'person' }, key: 'person:a' },
      ],
      attributes: { name: 'n' },
      version: 1,
      format: 'bridgegraph-network',
    };
    expect(stringifyNetwork(networkFromJSON(shuffled))).toBe(
      '{"format":"bridgegraph-network","version":1,"attributes":{"name":"n"},"nodes":[{"key":"person:a","attributes":{"type":"person","id":"a","name":null,"country":null,"origin":"record","data":{},"sources":[]}}],"edges":[]}\n',
    );
  });

  test('an empty network', () => {
    const json = networkToJSON(createNetwork());
    expect(json).toEqual({ format: NETWORK_JSON_FORMAT, version: NETWORK_JSON_VERSION, attributes: {}, nodes: [], edges: [] });
    expect(networkFromJSON(json).order).toBe(0);
    expect([NETWORK_JSON_FORMAT, NETWORK_JSON_VERSION]).toEqual(['bridgegraph-network', 1]);
  });
});

describe('networkFromJSON rejects documents of another shape, naming the path', () => {
  const person = (id: string) => ({
    key: `person:${id}`,
    attributes: { type: 'person', id, name: null, country: null, origin: 'record', data: {}, sources: [{ file: 'people.csv', line: 2 }] },
  });
  const tie = (key: string, source: string, target: string, extra: Record<string, unknown> = {}) => ({
    key,
    source,
    target,
    attributes: { type: 'tie', kind: null, start: null, end: null, weight: 1, data: {}, sources: [], ...extra },
  });
  const doc = (patch: Partial<Record<keyof NetworkJSON, unknown>>): Record<string, unknown> => ({
    format: 'bridgegraph-network',
    version: 1,
    attributes: {},
    nodes: [person('a'), person('b')],
    edges: [tie('tie#0', 'person:a', 'person:b')],
    ...patch,
  });

  test('the reference document is accepted', () => {
    expect(networkFromJSON(doc({})).size).toBe(1);
  });

  test.each<[string, unknown, string]>([
    ['not an object', [], 'the document must be a bridgegraph-network document (its "format" field says "bridgegraph-network")'],
    ['null', null, 'the document must be a bridgegraph-network document (its "format" field says "bridgegraph-network")'],
    [
      'another format',
      doc({ format: 'graphology' }),
      'the document must be a bridgegraph-network document (its "format" field says "bridgegraph-network")',
    ],
    ['another version', doc({ version: 2 }), 'version must be 1 (this document has 2)'],
    ['a version as text', doc({ version: '1' }), 'version must be 1 (this document has "1")'],
    ['nodes not an array', doc({ nodes: {} }), 'nodes must be an array'],
    ['edges missing', doc({ edges: undefined }), 'edges must be an array'],
    ['a node not an object', doc({ nodes: [person('a'), 7] }), 'nodes[1] must be an object'],
    ['a node key not a string', doc({ nodes: [{ ...person('a'), key: 1 }] }), 'nodes[0].key must be a string'],
    ['a node key twice', doc({ nodes: [person('a'), person('a')] }), "nodes[1].key must be unique ('person:a' appears twice)"],
    ['node attributes missing', doc({ nodes: [{ key: 'person:a' }] }), 'nodes[0].attributes must be an object'],
    [
      'an unknown node type',
      doc({ nodes: [person('a'), { key: 'person:b', attributes: { ...person('b').attributes, type: 'robot' } }] }),
      "nodes[1].attributes.type must be 'person', 'group' or 'exchange'",
    ],
    [
      'a name that is a number',
      doc({ nodes: [{ key: 'person:a', attributes: { ...person('a').attributes, name: 5 } }] }),
      'nodes[0].attributes.name must be a string',
    ],
    [
      'an unknown origin',
      doc({ nodes: [{ key: 'person:a', attributes: { ...person('a').attributes, origin: 'made-up' } }] }),
      "nodes[0].attributes.origin must be 'record', 'reference' or 'placeholder'",
    ],
    [
      'a data value that is not a string',
      doc({ nodes: [{ key: 'person:a', attributes: { ...person('a').attributes, data: { id: 'a', age: 41 } } }] }),
      'nodes[0].attributes.data["age"] must be a string',
    ],
    [
      'a bad source',
      doc({ nodes: [{ key: 'person:a', attributes: { ...person('a').attributes, sources: [{ file: 'people.csv' }] } }] }),
      'nodes[0].attributes.sources[0] must be an object {file, line}',
    ],
    [
      'an exchange start as text',
      doc({
        nodes: [
          {
            key: 'exchange:e',
            attributes: {
              type: 'exchange',
              id: 'e',
              name: null,
              kind: null,
              programme: null,
              hostCountry: null,
              start: '2016',
              end: null,
              origin: 'record',
              data: {},
              sources: [],
            },
          },
        ],
        edges: [],
      }),
      'nodes[0].attributes.start must be a number of milliseconds or null',
    ],
    [
      'an edge to an unknown node',
      doc({ edges: [tie('tie#0', 'person:a', 'person:z')] }),
      "edges[0].target must be the key of a node ('person:z' is not one)",
    ],
    [
      'an edge from an unknown node',
      doc({ edges: [tie('tie#0', 'person:y', 'person:a')] }),
      "edges[0].source must be the key of a node ('person:y' is not one)",
    ],
    [
      'an edge key twice',
      doc({ edges: [tie('tie#0', 'person:a', 'person:b'), tie('tie#0', 'person:b', 'person:a')] }),
      "edges[1].key must be unique ('tie#0' appears twice)",
    ],
    ['a self-loop', doc({ edges: [tie('tie#0', 'person:a', 'person:a')] }), 'edges[0] must be an edge between two different nodes'],
    [
      'a zero weight',
      doc({ edges: [tie('tie#0', 'person:a', 'person:b', { weight: 0 })] }),
      'edges[0].attributes.weight must be a positive number',
    ],
    [
      'a weight as text',
      doc({ edges: [tie('tie#0', 'person:a', 'person:b', { weight: '2' })] }),
      'edges[0].attributes.weight must be a positive number',
    ],
    [
      'an end as text',
      doc({ edges: [tie('tie#0', 'person:a', 'person:b', { end: '2016' })] }),
      'edges[0].attributes.end must be a number of milliseconds or null',
    ],
    [
      'an unknown edge type',
      doc({ edges: [tie('tie#0', 'person:a', 'person:b', { type: 'friend' })] }),
      "edges[0].attributes.type must be 'participation', 'membership' or 'tie'",
    ],
    [
      'a role that is not text',
      doc({ edges: [tie('tie#0', 'person:a', 'person:b', { type: 'membership', role: 3 })] }),
      'edges[0].attributes.role must be a string',
    ],
    [
      'a membership between two people',
      doc({ edges: [tie('membership#0', 'person:a', 'person:b', { type: 'membership', role: null })] }),
      'edges[0] must be an edge joining a group and a person, as a membership does (it joins a person and a person)',
    ],
    [
      'a tie between a person and an exchange',
      doc({
        nodes: [
          person('a'),
          {
            key: 'exchange:x',
            attributes: {
              type: 'exchange',
              id: 'x',
              name: null,
              kind: null,
              programme: null,
              hostCountry: null,
              start: null,
              end: null,
              origin: 'record',
              data: {},
              sources: [],
            },
          },
        ],
        edges: [tie('tie#0', 'person:a', 'exchange:x')],
      }),
      'edges[0] must be an edge joining a person and a person, as a tie does (it joins an exchange and a person)',
    ],
  ])('%s', (_what, json, message) => {
    expect(() => networkFromJSON(json)).toThrow(`bridgegraph/json: ${message}.`);
    try {
      networkFromJSON(json);
    } catch (error) {
      expect((error as Error).name).toBe('JsonShapeError');
    }
  });

  test('text that is not JSON', () => {
    expect(() => networkFromJSON('{"format":')).toThrow(SyntaxError);
  });
});
