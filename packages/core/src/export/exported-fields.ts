import type { EdgeAttributes, ExchangeNetwork, NodeAttributes } from '../model/types.js';

// What GEXF and GraphML files carry besides the graph: the same fields, declared the same way.

/** The standard node fields written as attributes, by their titles in the file. */
export const NODE_FIELDS = ['type', 'id', 'name', 'country', 'kind', 'programme', 'hostCountry', 'origin'] as const;
/** The standard edge fields written as attributes (weight and dates are written apart). */
export const EDGE_FIELDS = ['type', 'role', 'kind'] as const;

/** Prefixes of attribute ids: standard fields `f-<title>`, data columns `d-<n>`, so that no title (`__proto__`, `id`, `a b`) is ever an id. */
export const FIELD_ID_PREFIX = 'f-';
export const DATA_ID_PREFIX = 'd-';

const DATA_TITLE_PREFIX = 'data.';

/**
 * The title a data column is written with: its name, or `data.<name>` when the name is that of a
 * standard field written beside it (`name`, `start`...) or itself starts with `data.`, so titles
 * are unique (tools such as networkx key attributes by title). {@link columnOfTitle} undoes it.
 */
export function dataTitle(column: string, standard: ReadonlySet<string>): string {
  return standard.has(column) || column.startsWith(DATA_TITLE_PREFIX) ? DATA_TITLE_PREFIX + column : column;
}

/** The data column a title written by {@link dataTitle} names. */
export function columnOfTitle(title: string): string {
  return title.startsWith(DATA_TITLE_PREFIX) ? title.slice(DATA_TITLE_PREFIX.length) : title;
}

/** A field's value as text, or null when unknown or absent. */
export function fieldText(attributes: NodeAttributes | EdgeAttributes, field: string): string | null {
  const value = (attributes as unknown as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : null;
}

/** Every data column of the nodes, then of the edges, in first-seen order. */
export function dataColumns(network: ExchangeNetwork): { node: string[]; edge: string[] } {
  const node = new Set<string>();
  const edge = new Set<string>();
  network.forEachNode((_key, a) => {
    for (const column of Object.keys(a.data)) node.add(column);
  });
  network.forEachEdge((_key, a) => {
    for (const column of Object.keys(a.data)) edge.add(column);
  });
  return { node: [...node], edge: [...edge] };
}

/** The dates an edge is drawn with: its own, or for a participation without dates those of its exchange. */
export function edgeSpell(
  network: ExchangeNetwork,
  source: string,
  target: string,
  a: EdgeAttributes,
): { start: number | null; end: number | null; fromExchange: boolean } {
  if (a.type !== 'participation' || a.start !== null || a.end !== null) return { start: a.start, end: a.end, fromExchange: false };
  const s = network.getNodeAttributes(source);
  const exchange = s.type === 'exchange' ? s : network.getNodeAttributes(target);
  if (exchange.type !== 'exchange' || (exchange.start === null && exchange.end === null))
    return { start: null, end: null, fromExchange: false };
  return { start: exchange.start, end: exchange.end, fromExchange: true };
}
