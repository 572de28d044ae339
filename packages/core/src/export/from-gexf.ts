import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import type { AbstractGraph, GraphConstructor } from 'graphology-types';
import { columnOfTitle, DATA_ID_PREFIX, FIELD_ID_PREFIX } from './exported-fields.js';
import { type GraphReadResult, networkFromGraph } from './network-from-graph.js';
import { checkWellFormed, scanStartTags } from './xml-text.js';

const MODULE = 'bridgegraph/export/from-gexf';

/** A GEXF `date` or `datetime` (ISO 8601; a date alone is its first millisecond, as Gephi reads it) as an instant. */
function instant(value: string | undefined): number | null {
  if (value === undefined || value.trim() === '') return null;
  const text = value.trim();
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
  return Number.isFinite(ms) ? ms : null;
}

/**
 * Reads a GEXF file (through graphology-gexf's parser, plus the spells and attribute titles it
 * does not return). A file written by {@link toGexf} gives back the network it came from (without
 * `sources`); any other gives a people-only network (see `networkFromGraph`). A file that is not
 * well-formed GEXF throws an error naming this module.
 */
export function fromGexf(text: string): GraphReadResult {
  if (typeof text !== 'string') throw new TypeError(`${MODULE}: expected the text of a GEXF file.`);
  if (!/<gexf[\s>]/.test(text) || !/<graph[\s/>]/.test(text))
    throw new Error(`${MODULE}: not a GEXF file (no <gexf> element with a <graph>).`);
  checkWellFormed(text, MODULE);
  let graph: AbstractGraph;
  try {
    graph = parse(Graph as unknown as GraphConstructor, text, { allowUndeclaredAttributes: true }) as AbstractGraph;
  } catch (error) {
    throw new Error(`${MODULE}: not a readable GEXF file: ${(error as Error).message.replace(/^graphology-gexf\/parser: /, '')}`);
  }

  const titles = { node: new Map<string, string>(), edge: new Map<string, string>() };
  let modelClass: 'node' | 'edge' | null = null;
  for (const tag of scanStartTags(text, 'attributes|attribute')) {
    if (tag.name === 'attributes') modelClass = tag.attributes.class === 'edge' ? 'edge' : tag.attributes.class === 'node' ? 'node' : null;
    else if (modelClass !== null && tag.attributes.id !== undefined)
      titles[modelClass].set(tag.attributes.id, tag.attributes.title ?? tag.attributes.id);
  }
  const graphTag = scanStartTags(text, 'graph')[0]?.attributes ?? {};
  // Spells in `double` or `integer` time have no calendar: they are not read as dates.
  const dated = graphTag.timeformat === undefined || graphTag.timeformat === 'date' || graphTag.timeformat === 'datetime';
  let undated = 0;
  const spells = (name: string) =>
    scanStartTags(text, name).map((t) => {
      if (!dated && (t.attributes.start !== undefined || t.attributes.end !== undefined)) undated++;
      return dated ? { start: instant(t.attributes.start), end: instant(t.attributes.end) } : { start: null, end: null };
    });
  const dates = { nodes: spells('node'), edges: spells('edge') };
  if (dates.nodes.length !== graph.order || dates.edges.length !== graph.size) {
    throw new Error(
      `${MODULE}: could not match the file's <node> and <edge> elements to the parsed graph (comments or CDATA holding tags?).`,
    );
  }
  // Attribute keys of the parsed graph are the declared ids (the parser uses titles only for numeric ids).
  const byClass = (cls: 'node' | 'edge') => ({
    field: (key: string) =>
      key.startsWith(FIELD_ID_PREFIX) && titles[cls].has(key) ? key.slice(FIELD_ID_PREFIX.length) : key === 'weight' ? 'weight' : undefined,
    column: (key: string) =>
      key.startsWith(DATA_ID_PREFIX) && titles[cls].has(key) ? columnOfTitle(titles[cls].get(key) as string) : undefined,
    title: (key: string) => titles[cls].get(key) ?? key,
  });
  const name = graph.getAttribute('name');
  const result = networkFromGraph(
    graph,
    { node: byClass('node'), edge: byClass('edge') },
    dates,
    typeof name === 'string' ? name : undefined,
    MODULE,
  );
  if (undated > 0) {
    result.warnings.push(
      `${undated} time interval(s) in timeformat '${graphTag.timeformat}' were not read: only date and datetime intervals are dates`,
    );
  }
  return result;
}
