import { write } from 'graphology-gexf';
import type { EdgeAttributes, ExchangeNetwork, NodeAttributes } from '../model/types.js';
import {
  DATA_ID_PREFIX,
  dataColumns,
  dataTitle,
  EDGE_FIELDS,
  edgeSpell,
  FIELD_ID_PREFIX,
  fieldText,
  NODE_FIELDS,
} from './exported-fields.js';
import { xmlAttribute, xmlSafe } from './xml-text.js';

export interface GexfOptions {
  /** Indent the XML (default true). */
  pretty?: boolean;
}

const DEFAULTS = { pretty: true } as const;
const MODULE = 'bridgegraph/export/to-gexf';
/** Stands for an empty data value, which the writer would leave out: replaced by `value=""` in its output (NUL cannot be in XML, so it cannot be data). */
const EMPTY = '\u0000empty\u0000';

/** An instant as a GEXF `datetime` (ISO 8601 in UTC with milliseconds, which Gephi's timeline reads). */
function datetime(value: number | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}

function spellAttributes(start: number | null, end: number | null): string {
  const s = datetime(start);
  const e = datetime(end);
  return `${s === null ? '' : `start="${s}" `}${e === null ? '' : `end="${e}" `}`;
}

/**
 * The network as GEXF 1.3 for Gephi, dynamic (`mode="dynamic"`, `timeformat="datetime"`): exchanges,
 * ties, participations and memberships carry `start`/`end` from their own dates (a participation
 * without dates takes its exchange's, marked by the edge attribute `spellFrom` = `exchange`); people
 * and groups have no interval, so they are present throughout. Nodes carry `type, id, name,
 * country, kind, programme, hostCountry, origin` and every data column; edges `type, role, kind`,
 * their data columns and, for ties, the GEXF `weight`. Attribute ids are `f-<field>` and `d-<n>`
 * (titles are the names), so any column name is safe. Characters XML 1.0 forbids (most C0
 * controls) are written as U+FFFD. {@link fromGexf} reads the file back.
 */
export function toGexf(network: ExchangeNetwork, options: GexfOptions = {}): string {
  if (options.pretty !== undefined && typeof options.pretty !== 'boolean') throw new TypeError(`${MODULE}: pretty must be a boolean.`);
  const pretty = options.pretty ?? DEFAULTS.pretty;
  const columns = dataColumns(network);
  const nodeTitles = new Map<string, string>();
  const edgeTitles = new Map<string, string>();
  const nodeStandard = new Set<string>(NODE_FIELDS);
  const edgeStandard = new Set<string>([...EDGE_FIELDS, 'spellFrom', 'weight']);
  for (const f of nodeStandard) nodeTitles.set(FIELD_ID_PREFIX + f, f);
  columns.node.forEach((c, i) => {
    nodeTitles.set(DATA_ID_PREFIX + i, dataTitle(c, nodeStandard));
  });
  for (const f of edgeStandard) if (f !== 'weight') edgeTitles.set(FIELD_ID_PREFIX + f, f);
  columns.edge.forEach((c, i) => {
    edgeTitles.set(DATA_ID_PREFIX + i, dataTitle(c, edgeStandard));
  });
  const nodeColumn = new Map(columns.node.map((c, i) => [c, DATA_ID_PREFIX + i]));
  const edgeColumn = new Map(columns.edge.map((c, i) => [c, DATA_ID_PREFIX + i]));

  const nodeSpells: string[] = [];
  const edgeSpells: string[] = [];
  network.forEachNode((_key, a) => nodeSpells.push(a.type === 'exchange' ? spellAttributes(a.start, a.end) : ''));
  const spellFrom = new Map<string, boolean>();
  network.forEachEdge((key, a, source, target) => {
    const spell = edgeSpell(network, source, target, a);
    if (spell.fromExchange) spellFrom.set(key, true);
    edgeSpells.push(spellAttributes(spell.start, spell.end));
  });

  const formatNode = (_key: string, a: NodeAttributes) => {
    const attributes = Object.create(null) as Record<string, string>;
    for (const f of NODE_FIELDS) {
      const value = fieldText(a, f);
      if (value !== null) attributes[FIELD_ID_PREFIX + f] = value;
    }
    for (const [column, value] of Object.entries(a.data)) attributes[nodeColumn.get(column) as string] = value === '' ? EMPTY : value;
    return { label: a.name ?? a.id, attributes };
  };
  const formatEdge = (key: string, a: EdgeAttributes) => {
    const attributes = Object.create(null) as Record<string, string>;
    for (const f of EDGE_FIELDS) {
      const value = fieldText(a, f);
      if (value !== null) attributes[FIELD_ID_PREFIX + f] = value;
    }
    if (spellFrom.has(key)) attributes[`${FIELD_ID_PREFIX}spellFrom`] = 'exchange';
    for (const [column, value] of Object.entries(a.data)) attributes[edgeColumn.get(column) as string] = value === '' ? EMPTY : value;
    return a.type === 'tie' ? { weight: a.weight, attributes } : { attributes };
  };

  let xml = write(network, { version: '1.3', pretty, formatNode, formatEdge });
  // graphology-gexf's writer has no options for dynamics or attribute titles, so we add `mode`, spells and titles to its output.
  xml = xml.replace(/<graph defaultedgetype="([a-z]+)"/, '<graph defaultedgetype="$1" mode="dynamic" timeformat="datetime"');
  let n = 0;
  xml = xml.replace(/<node id=/g, () => `<node ${nodeSpells[n++] ?? ''}id=`);
  let e = 0;
  xml = xml.replace(/<edge id=/g, () => `<edge ${edgeSpells[e++] ?? ''}id=`);
  xml = xml.replaceAll(`value="${EMPTY}"`, 'value=""');
  if (n !== network.order || e !== network.size) throw new Error(`${MODULE}: the GEXF writer's output has an unexpected shape.`);
  let modelClass: 'node' | 'edge' = 'node';
  xml = xml.replace(/<attributes class="(node|edge)"|<attribute id="([^"]*)" title="\2"/g, (whole, cls?: string, id?: string) => {
    if (cls !== undefined) {
      modelClass = cls as 'node' | 'edge';
      return whole;
    }
    const title = (modelClass === 'node' ? nodeTitles : edgeTitles).get(id as string) ?? (id as string);
    return `<attribute id="${id}" title="${xmlAttribute(title)}"`;
  });
  return `${xmlSafe(xml)}\n`;
}
