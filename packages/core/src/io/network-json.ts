import {
  exchangeAttributes,
  groupAttributes,
  membershipAttributes,
  participationAttributes,
  personAttributes,
  tieAttributes,
} from '../model/attributes.js';
import { createNetwork } from '../model/create-network.js';
import type { EdgeAttributes, ExchangeNetwork, NetworkAttributes, NodeAttributes, Provenance, RecordData } from '../model/types.js';
import { plainRecord } from '../utils/plain-record.js';

/** The name and version of the JSON schema written by {@link networkToJSON}. */
export const NETWORK_JSON_FORMAT = 'bridgegraph-network';
export const NETWORK_JSON_VERSION = 1;

/** A network as JSON (schema `bridgegraph-network`, version 1; see `docs/data-format.md`). */
export interface NetworkJSON {
  format: typeof NETWORK_JSON_FORMAT;
  version: typeof NETWORK_JSON_VERSION;
  attributes: NetworkAttributes;
  nodes: { key: string; attributes: NodeAttributes }[];
  edges: { key: string; source: string; target: string; attributes: EdgeAttributes }[];
}

/** The network as a JSON-ready object that {@link networkFromJSON} reads back without loss. */
export function networkToJSON(network: ExchangeNetwork): NetworkJSON {
  const nodes: NetworkJSON['nodes'] = [];
  const edges: NetworkJSON['edges'] = [];
  network.forEachNode((key, attributes) => nodes.push({ key, attributes }));
  network.forEachEdge((key, attributes, source, target) => edges.push({ key, source, target, attributes }));
  return { format: NETWORK_JSON_FORMAT, version: NETWORK_JSON_VERSION, attributes: { ...network.getAttributes() }, nodes, edges };
}

/** The network as JSON text (two-space indented when `pretty`). */
export function stringifyNetwork(network: ExchangeNetwork, options: { pretty?: boolean } = {}): string {
  return `${JSON.stringify(networkToJSON(network), null, options.pretty ? 2 : undefined)}\n`;
}

class JsonShapeError extends Error {
  constructor(path: string, expected: string) {
    super(`bridgegraph/json: ${path} must be ${expected}.`);
    this.name = 'JsonShapeError';
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new JsonShapeError(path, 'a string');
  return value;
}

function strOrNull(value: unknown, path: string): string | null {
  if (value === null) return null;
  return str(value, path);
}

function instant(value: unknown, path: string): number | null {
  if (value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new JsonShapeError(path, 'a number of milliseconds or null');
  return value;
}

function origin(value: unknown, path: string): 'record' | 'reference' | 'placeholder' {
  if (value !== 'record' && value !== 'reference' && value !== 'placeholder')
    throw new JsonShapeError(path, "'record', 'reference' or 'placeholder'");
  return value;
}

function recordData(value: unknown, path: string): RecordData {
  if (!isObject(value)) throw new JsonShapeError(path, 'an object of strings');
  return plainRecord(Object.keys(value).map((k) => [k, str(value[k], `${path}[${JSON.stringify(k)}]`)] as const));
}

function sources(value: unknown, path: string): Provenance[] {
  if (!Array.isArray(value)) throw new JsonShapeError(path, 'an array');
  return value.map((s, i) => {
    if (!isObject(s) || typeof s.file !== 'string' || typeof s.line !== 'number')
      throw new JsonShapeError(`${path}[${i}]`, 'an object {file, line}');
    return { file: s.file, line: s.line };
  });
}

function nodeAttributes(a: unknown, path: string): NodeAttributes {
  if (!isObject(a)) throw new JsonShapeError(path, 'an object');
  const common = {
    id: str(a.id, `${path}.id`),
    name: strOrNull(a.name, `${path}.name`),
    origin: origin(a.origin, `${path}.origin`),
    data: recordData(a.data, `${path}.data`),
    sources: sources(a.sources, `${path}.sources`),
  };
  switch (a.type) {
    case 'person':
      return personAttributes({ ...common, country: strOrNull(a.country, `${path}.country`) });
    case 'group':
      return groupAttributes({ ...common, kind: strOrNull(a.kind, `${path}.kind`) });
    case 'exchange':
      return exchangeAttributes({
        ...common,
        kind: strOrNull(a.kind, `${path}.kind`),
        programme: strOrNull(a.programme, `${path}.programme`),
        hostCountry: strOrNull(a.hostCountry, `${path}.hostCountry`),
        start: instant(a.start, `${path}.start`),
        end: instant(a.end, `${path}.end`),
      });
    default:
      throw new JsonShapeError(`${path}.type`, "'person', 'group' or 'exchange'");
  }
}

function edgeAttributes(a: unknown, path: string): EdgeAttributes {
  if (!isObject(a)) throw new JsonShapeError(path, 'an object');
  const common = {
    start: instant(a.start, `${path}.start`),
    end: instant(a.end, `${path}.end`),
    data: recordData(a.data, `${path}.data`),
    sources: sources(a.sources, `${path}.sources`),
  };
  switch (a.type) {
    case 'participation':
      return participationAttributes({ role: strOrNull(a.role, `${path}.role`), ...common });
    case 'membership':
      return membershipAttributes({ role: strOrNull(a.role, `${path}.role`), ...common });
    case 'tie': {
      if (typeof a.weight !== 'number' || !(a.weight > 0) || !Number.isFinite(a.weight))
        throw new JsonShapeError(`${path}.weight`, 'a positive number');
      return tieAttributes({ kind: strOrNull(a.kind, `${path}.kind`), weight: a.weight, ...common });
    }
    default:
      throw new JsonShapeError(`${path}.type`, "'participation', 'membership' or 'tie'");
  }
}

/** The node types each edge type joins, in alphabetical order. */
const ENDPOINTS: Record<EdgeAttributes['type'], string> = {
  participation: 'an exchange and a person',
  membership: 'a group and a person',
  tie: 'a person and a person',
};

/** Reads a network from the object {@link networkToJSON} wrote (or its parsed text), checking its shape. */
export function networkFromJSON(json: unknown): ExchangeNetwork {
  const value = typeof json === 'string' ? (JSON.parse(json) as unknown) : json;
  if (!isObject(value) || value.format !== NETWORK_JSON_FORMAT)
    throw new JsonShapeError('the document', `a ${NETWORK_JSON_FORMAT} document (its "format" field says "${NETWORK_JSON_FORMAT}")`);
  if (value.version !== NETWORK_JSON_VERSION)
    throw new JsonShapeError('version', `${NETWORK_JSON_VERSION} (this document has ${JSON.stringify(value.version)})`);
  if (!Array.isArray(value.nodes)) throw new JsonShapeError('nodes', 'an array');
  if (!Array.isArray(value.edges)) throw new JsonShapeError('edges', 'an array');
  const attributes = isObject(value.attributes) ? value.attributes : {};
  const network = createNetwork(typeof attributes.name === 'string' ? { name: attributes.name } : {});
  value.nodes.forEach((node: unknown, i: number) => {
    const path = `nodes[${i}]`;
    if (!isObject(node)) throw new JsonShapeError(path, 'an object');
    const key = str(node.key, `${path}.key`);
    if (network.hasNode(key)) throw new JsonShapeError(`${path}.key`, `unique ('${key}' appears twice)`);
    network.addNode(key, nodeAttributes(node.attributes, `${path}.attributes`));
  });
  value.edges.forEach((edge: unknown, i: number) => {
    const path = `edges[${i}]`;
    if (!isObject(edge)) throw new JsonShapeError(path, 'an object');
    const key = str(edge.key, `${path}.key`);
    const source = str(edge.source, `${path}.source`);
    const target = str(edge.target, `${path}.target`);
    if (!network.hasNode(source)) throw new JsonShapeError(`${path}.source`, `the key of a node ('${source}' is not one)`);
    if (!network.hasNode(target)) throw new JsonShapeError(`${path}.target`, `the key of a node ('${target}' is not one)`);
    if (network.hasEdge(key)) throw new JsonShapeError(`${path}.key`, `unique ('${key}' appears twice)`);
    if (source === target) throw new JsonShapeError(path, 'an edge between two different nodes');
    const attributes = edgeAttributes(edge.attributes, `${path}.attributes`);
    const ends = [network.getNodeAttribute(source, 'type'), network.getNodeAttribute(target, 'type')]
      .sort()
      .map((t) => (t === 'exchange' ? 'an exchange' : `a ${t}`))
      .join(' and ');
    const expected = ENDPOINTS[attributes.type];
    if (ends !== expected) throw new JsonShapeError(path, `an edge joining ${expected}, as a ${attributes.type} does (it joins ${ends})`);
    network.addEdgeWithKey(key, source, target, attributes);
  });
  return network;
}
