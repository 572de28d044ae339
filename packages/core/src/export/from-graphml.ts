import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import type { AbstractGraph, GraphConstructor } from 'graphology-types';
import { columnOfTitle, DATA_ID_PREFIX, FIELD_ID_PREFIX } from './exported-fields.js';
import { type GraphReadResult, networkFromGraph } from './network-from-graph.js';
import { checkWellFormed, scanStartTags, xmlAttribute } from './xml-text.js';

const MODULE = 'bridgegraph/export/from-graphml';

function instant(value: unknown): number | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

/**
 * Reads a GraphML file through graphology-graphml. A file written by {@link toGraphml} gives back
 * the network it came from (without `sources`); any other gives a people-only network (every node
 * a person, every edge a tie, attributes kept in `data`). A file that is not well-formed GraphML
 * throws an error naming this module.
 */
export function fromGraphml(text: string): GraphReadResult {
  if (typeof text !== 'string') throw new TypeError(`${MODULE}: expected the text of a GraphML file.`);
  if (!/<graphml[\s>]/.test(text) || !/<graph[\s/>]/.test(text))
    throw new Error(`${MODULE}: not a GraphML file (no <graphml> element with a <graph>).`);
  checkWellFormed(text, MODULE);
  // graphology-graphml names attributes by `attr.name`, which can be `__proto__`: we have it name them by key id instead, and map back.
  const names = { node: new Map<string, string>(), edge: new Map<string, string>(), graph: new Map<string, string>() };
  let keyed = '';
  let last = 0;
  for (const tag of scanStartTags(text, 'key')) {
    const id = tag.attributes.id;
    if (id === undefined) continue;
    const cls = tag.attributes.for === 'edge' ? 'edge' : tag.attributes.for === 'graph' ? 'graph' : 'node';
    names[cls].set(id, tag.attributes['attr.name'] ?? id);
    const rest = Object.entries(tag.attributes)
      .filter(([k]) => k !== 'attr.name')
      .map(([k, v]) => ` ${k}="${xmlAttribute(v)}"`)
      .join('');
    keyed += `${text.slice(last, tag.index)}<key${rest} attr.name="${xmlAttribute(id)}"${text.slice(tag.index, tag.index + tag.length).endsWith('/>') ? '/>' : '>'}`;
    last = tag.index + tag.length;
  }
  keyed += text.slice(last);
  let graph: AbstractGraph;
  try {
    graph = parse(Graph as unknown as GraphConstructor, keyed) as AbstractGraph;
  } catch (error) {
    throw new Error(`${MODULE}: not a readable GraphML file: ${(error as Error).message.replace(/^graphology-graphml\/parser: /, '')}`);
  }
  const field = (cls: 'node' | 'edge') => (key: string) => {
    const prefix = `${cls === 'node' ? 'n' : 'e'}${FIELD_ID_PREFIX}`;
    return key.startsWith(prefix) && names[cls].has(key) ? key.slice(prefix.length) : undefined;
  };
  const column = (cls: 'node' | 'edge') => (key: string) =>
    key.startsWith(`${cls === 'node' ? 'n' : 'e'}${DATA_ID_PREFIX}`) && names[cls].has(key)
      ? columnOfTitle(names[cls].get(key) as string)
      : undefined;
  const fieldOf = { node: field('node'), edge: field('edge') };
  const dates = {
    nodes: [] as { start: number | null; end: number | null }[],
    edges: [] as { start: number | null; end: number | null }[],
  };
  graph.forEachNode((_k, a) => {
    dates.nodes.push({ start: instant(a['nf-start']), end: instant(a['nf-end']) });
  });
  graph.forEachEdge((_k, a) => {
    dates.edges.push({ start: instant(a['ef-start']), end: instant(a['ef-end']) });
  });
  const name = graph.getAttribute('g-name');
  return networkFromGraph(
    graph,
    {
      node: { field: fieldOf.node, column: column('node'), title: (k) => names.node.get(k) ?? k },
      edge: {
        field: (k) => fieldOf.edge(k) ?? (k === 'weight' ? 'weight' : undefined),
        column: column('edge'),
        title: (k) => names.edge.get(k) ?? k,
      },
    },
    dates,
    typeof name === 'string' ? name : undefined,
    MODULE,
  );
}
