import type { AbstractGraph, Attributes } from 'graphology-types';
import { type NetworkJSON, networkFromJSON } from '../io/network-json.js';
import { personAttributes, tieAttributes } from '../model/attributes.js';
import { createNetwork } from '../model/create-network.js';
import { nodeKey } from '../model/keys.js';
import type { EdgeAttributes, ExchangeNetwork, NodeAttributes } from '../model/types.js';
import { plainRecord } from '../utils/plain-record.js';

/** A network read from a GEXF or GraphML file, with what could not be kept as it was. */
export interface GraphReadResult {
  network: ExchangeNetwork;
  /** What was skipped or changed while reading a file not written by Bridgegraph (self-loops, invalid weights); empty for our own files. */
  warnings: string[];
}

/** How a file names its attributes: per attribute key of the parsed graph, the title to show and whether it is a standard field or a data column. */
export interface AttributeNaming {
  /** The standard field an attribute key holds (`type`, `id`, `start`...), or undefined. */
  field: (key: string) => string | undefined;
  /** The data column an attribute key holds, or undefined. */
  column: (key: string) => string | undefined;
  /** The title to use for any attribute key of a foreign file. */
  title: (key: string) => string;
}

/** The dates of each node and edge, in the parsed graph's order, as read from the file (null when absent). */
export interface Dates {
  nodes: { start: number | null; end: number | null }[];
  edges: { start: number | null; end: number | null }[];
}

/** How the nodes' and the edges' attributes are named. */
export type Naming = { node: AttributeNaming; edge: AttributeNaming };

const NODE_TYPES = new Set(['person', 'group', 'exchange']);
const EDGE_TYPES = new Set(['participation', 'membership', 'tie']);

/** Sets a key of a record made by `plainRecord` (so `__proto__` is an ordinary key). */
function setData(data: Record<string, string>, key: string, value: string): void {
  Object.defineProperty(data, key, { value, enumerable: true, writable: true, configurable: true });
}

function text(value: unknown): string {
  if (Array.isArray(value)) return value.map(text).join('|');
  return typeof value === 'string' ? value : String(value);
}

function fields(attributes: Attributes, naming: AttributeNaming): { fields: Map<string, string>; data: Record<string, string> } {
  const out = new Map<string, string>();
  const data = plainRecord<string>();
  for (const key of Object.keys(attributes)) {
    const field = naming.field(key);
    if (field !== undefined) out.set(field, text(attributes[key]));
    const column = naming.column(key);
    if (column !== undefined) setData(data, column, text(attributes[key]));
  }
  return { fields: out, data };
}

/** Whether every node and edge has a Bridgegraph type and every node key is `<type>:<id>`: a file we wrote. */
function isOurs(graph: AbstractGraph, naming: Naming): boolean {
  if (graph.order === 0) return false;
  for (const { node: key, attributes: a } of graph.nodeEntries()) {
    const f = fields(a, naming.node).fields;
    const type = f.get('type');
    const id = f.get('id');
    if (type === undefined || !NODE_TYPES.has(type) || id === undefined || key !== nodeKey(type as NodeAttributes['type'], id))
      return false;
  }
  for (const { attributes } of graph.edgeEntries()) {
    const type = fields(attributes, naming.edge).fields.get('type');
    if (type === undefined || !EDGE_TYPES.has(type)) return false;
  }
  return true;
}

/** The value of the attribute titled `title` (case-insensitive), if any. */
function byTitle(a: Attributes, naming: AttributeNaming, title: string): unknown {
  const key = Object.keys(a).find((k) => naming.title(k).toLowerCase() === title);
  return key === undefined ? undefined : a[key];
}

const orNull = (value: string | undefined): string | null => value ?? null;

/** A file we wrote, read back as the network it came from, checked like our JSON. */
function ownNetwork(graph: AbstractGraph, naming: Naming, dates: Dates, name: string | undefined, module: string): GraphReadResult {
  const json: NetworkJSON = {
    format: 'bridgegraph-network',
    version: 1,
    attributes: name === undefined ? {} : { name },
    nodes: [],
    edges: [],
  };
  let i = 0;
  graph.forEachNode((key, a) => {
    const { fields: f, data } = fields(a, naming.node);
    const spell = dates.nodes[i++] ?? { start: null, end: null };
    const common = { id: f.get('id') as string, name: orNull(f.get('name')), origin: f.get('origin') ?? 'record', data, sources: [] };
    const type = f.get('type');
    const attributes =
      type === 'person'
        ? { type, ...common, country: orNull(f.get('country')) }
        : type === 'group'
          ? { type, ...common, kind: orNull(f.get('kind')) }
          : {
              type,
              ...common,
              kind: orNull(f.get('kind')),
              programme: orNull(f.get('programme')),
              hostCountry: orNull(f.get('hostCountry')),
              start: spell.start,
              end: spell.end,
            };
    json.nodes.push({ key, attributes: attributes as unknown as NodeAttributes });
  });
  let j = 0;
  graph.forEachEdge((key, a, source, target) => {
    const { fields: f, data } = fields(a, naming.edge);
    const spell = dates.edges[j++] ?? { start: null, end: null };
    const own = f.get('spellFrom') === 'exchange' ? { start: null, end: null } : spell;
    const type = f.get('type');
    const attributes =
      type === 'tie'
        ? {
            type,
            kind: orNull(f.get('kind')),
            ...own,
            weight: typeof a.weight === 'number' ? a.weight : Number(f.get('weight') ?? 1),
            data,
            sources: [],
          }
        : { type, role: orNull(f.get('role')), ...own, data, sources: [] };
    json.edges.push({ key, source, target, attributes: attributes as unknown as EdgeAttributes });
  });
  try {
    return { network: networkFromJSON(json), warnings: [] };
  } catch (error) {
    throw new Error(
      `${module}: the file looks written by Bridgegraph but is not a valid network: ${(error as Error).message.replace(/^bridgegraph\/json: /, '')}`,
    );
  }
}

/** A file from another tool: every node a person (id = node id, name = label), every edge a tie, every attribute kept in `data`. */
function foreignNetwork(graph: AbstractGraph, naming: Naming, dates: Dates, name: string | undefined): GraphReadResult {
  const network = createNetwork(name === undefined ? {} : { name });
  const warnings: string[] = [];
  graph.forEachNode((key, a) => {
    const data = plainRecord<string>();
    for (const k of Object.keys(a)) setData(data, naming.node.title(k), text(a[k]));
    const label = byTitle(a, naming.node, 'label') ?? byTitle(a, naming.node, 'name');
    network.addNode(
      nodeKey('person', key),
      personAttributes({
        id: key,
        name: label === undefined || label === '' ? null : text(label),
        country: null,
        origin: 'record',
        data,
        sources: [],
      }),
    );
  });
  let n = 0;
  let j = 0;
  graph.forEachEdge((key, a, source, target) => {
    const spell = dates.edges[j++] ?? { start: null, end: null };
    if (source === target) {
      warnings.push(`edge '${key}' joins '${source}' to itself: skipped (a tie joins two different people)`);
      return;
    }
    const data = plainRecord<string>();
    for (const k of Object.keys(a)) setData(data, naming.edge.title(k), text(a[k]));
    const written = byTitle(a, naming.edge, 'weight');
    let weight = written === undefined ? 1 : Number(written);
    if (!(Number.isFinite(weight) && weight > 0)) {
      warnings.push(
        `edge '${key}' has weight ${text(written)}: read as 1 (a tie's weight is a positive number; the value is kept in data)`,
      );
      weight = 1;
    }
    const start = spell.start;
    let end = spell.end;
    if (end !== null && start !== null && end < start) {
      warnings.push(`edge '${key}' ends before it starts: its end is read as unknown`);
      end = null;
    }
    network.addEdgeWithKey(
      `tie#${n++}`,
      nodeKey('person', source),
      nodeKey('person', target),
      tieAttributes({ kind: typeof a.kind === 'string' && a.kind !== '' ? a.kind : null, start, end, weight, data, sources: [] }),
    );
  });
  return { network, warnings };
}

/**
 * A network from a graph parsed by graphology-gexf or graphology-graphml. A file we wrote (every
 * node typed and keyed `<type>:<id>`) is read back as the network it came from, checked like our
 * JSON; any other file becomes a people-only network: every node a person (id = node id, name =
 * label), every edge a tie, every attribute kept in `data`.
 */
export function networkFromGraph(
  graph: AbstractGraph,
  naming: Naming,
  dates: Dates,
  name: string | undefined,
  module: string,
): GraphReadResult {
  return isOurs(graph, naming) ? ownNetwork(graph, naming, dates, name, module) : foreignNetwork(graph, naming, dates, name);
}
