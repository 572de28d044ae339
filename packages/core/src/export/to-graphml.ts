import type { ExchangeNetwork } from '../model/types.js';
import { DATA_ID_PREFIX, dataColumns, dataTitle, EDGE_FIELDS, FIELD_ID_PREFIX, fieldText, NODE_FIELDS } from './exported-fields.js';
import { xmlAttribute, xmlText } from './xml-text.js';

/** Key ids: `n`/`e` for the class, then `f-<field>` or `d-<n>` (GraphML key ids are shared by all classes). */
const NODE = 'n';
const EDGE = 'e';

function iso(value: number | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}

/**
 * The network as GraphML (static): nodes carry `type, id, name, country, kind, programme,
 * hostCountry, origin`, edges `type, role, kind, weight`, both their own `start`/`end` as ISO 8601
 * strings and every data column (keys `attr.name` = the column name; ids are generated, so any
 * name is safe). Characters XML 1.0 forbids are written as U+FFFD. {@link fromGraphml} reads it back.
 */
export function toGraphml(network: ExchangeNetwork): string {
  const columns = dataColumns(network);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  const key = (id: string, cls: string, name: string, type = 'string') =>
    lines.push(`  <key id="${id}" for="${cls}" attr.name="${xmlAttribute(name)}" attr.type="${type}"/>`);
  key('g-name', 'graph', 'name');
  const nodeStandard = new Set<string>([...NODE_FIELDS, 'start', 'end']);
  const edgeStandard = new Set<string>([...EDGE_FIELDS, 'start', 'end', 'weight']);
  for (const f of nodeStandard) key(`${NODE}${FIELD_ID_PREFIX}${f}`, 'node', f);
  columns.node.forEach((c, i) => {
    key(`${NODE}${DATA_ID_PREFIX}${i}`, 'node', dataTitle(c, nodeStandard));
  });
  for (const f of edgeStandard) key(`${EDGE}${FIELD_ID_PREFIX}${f}`, 'edge', f, f === 'weight' ? 'double' : 'string');
  columns.edge.forEach((c, i) => {
    key(`${EDGE}${DATA_ID_PREFIX}${i}`, 'edge', dataTitle(c, edgeStandard));
  });
  lines.push('  <graph id="G" edgedefault="undirected">');
  const name = network.getAttribute('name');
  if (typeof name === 'string') lines.push(`    <data key="g-name">${xmlText(name)}</data>`);
  const nodeColumn = new Map(columns.node.map((c, i) => [c, `${NODE}${DATA_ID_PREFIX}${i}`]));
  const edgeColumn = new Map(columns.edge.map((c, i) => [c, `${EDGE}${DATA_ID_PREFIX}${i}`]));
  const data = (id: string, value: string | null) => (value === null ? '' : `<data key="${id}">${xmlText(value)}</data>`);
  network.forEachNode((nodeKey, a) => {
    let body = '';
    for (const f of NODE_FIELDS) body += data(`${NODE}${FIELD_ID_PREFIX}${f}`, fieldText(a, f));
    if (a.type === 'exchange')
      body += data(`${NODE}${FIELD_ID_PREFIX}start`, iso(a.start)) + data(`${NODE}${FIELD_ID_PREFIX}end`, iso(a.end));
    for (const [column, value] of Object.entries(a.data)) body += data(nodeColumn.get(column) as string, value);
    lines.push(`    <node id="${xmlAttribute(nodeKey)}">${body}</node>`);
  });
  network.forEachEdge((edgeKey, a, source, target) => {
    let body = '';
    for (const f of EDGE_FIELDS) body += data(`${EDGE}${FIELD_ID_PREFIX}${f}`, fieldText(a, f));
    body += data(`${EDGE}${FIELD_ID_PREFIX}start`, iso(a.start)) + data(`${EDGE}${FIELD_ID_PREFIX}end`, iso(a.end));
    if (a.type === 'tie') body += data(`${EDGE}${FIELD_ID_PREFIX}weight`, String(a.weight));
    for (const [column, value] of Object.entries(a.data)) body += data(edgeColumn.get(column) as string, value);
    lines.push(`    <edge id="${xmlAttribute(edgeKey)}" source="${xmlAttribute(source)}" target="${xmlAttribute(target)}">${body}</edge>`);
  });
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}
