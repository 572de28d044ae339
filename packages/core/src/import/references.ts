import { exchangeAttributes, groupAttributes, personAttributes } from '../model/attributes.js';
import { nodeKey } from '../model/keys.js';
import type { NodeAttributes } from '../model/types.js';
import { plainRecord } from '../utils/plain-record.js';
import type { ImportState, RowContext } from './row-context.js';

type RefType = 'person' | 'exchange' | 'group';

/** A resolved reference: the node key, and the node to create when the row is accepted. */
export interface Reference {
  key: string;
  create: NodeAttributes | null;
}

const FILE_OF: Record<RefType, 'people' | 'exchanges' | 'groups'> = {
  person: 'people',
  exchange: 'exchanges',
  group: 'groups',
};

function blankNode(type: RefType, id: string, origin: 'reference' | 'placeholder', row: RowContext): NodeAttributes {
  // A node made from a reference has no record of its own: its source is the row that named it.
  const common = { id, name: null, data: plainRecord<string>(), sources: [{ file: row.file, line: row.line }], origin };
  if (type === 'person') return personAttributes({ ...common, country: null });
  if (type === 'group') return groupAttributes({ ...common, kind: null });
  return exchangeAttributes({ ...common, kind: null, programme: null, hostCountry: null, start: null, end: null });
}

/**
 * Resolves a reference to a person, exchange or group. When the referenced file was not given,
 * the node is created from the reference; when it was given, an unknown id is a problem, or a
 * placeholder when `unknownReferences` is `placeholder`.
 */
export function resolveReference(state: ImportState, row: RowContext, type: RefType, column: string): Reference | null {
  const id = row.id(column, type);
  if (id === null) return null;
  const key = nodeKey(type, id);
  const existing = state.network.hasNode(key) ? state.network.getNodeAttributes(key) : null;
  if (existing !== null) {
    if (existing.type !== type) throw new Error(`bridgegraph/import: node '${key}' is not a ${type}.`);
    return { key, create: null };
  }
  if (!state.given[FILE_OF[type]]) return { key, create: blankNode(type, id, 'reference', row) };
  if (state.unknownReferences === 'placeholder') return { key, create: blankNode(type, id, 'placeholder', row) };
  const rejected = state.rejected.get(key);
  if (rejected !== undefined) {
    row.problem(
      'rejected-reference',
      column,
      id,
      `the ${type} '${id}' was rejected (${rejected.file} line ${rejected.line}), so this row is rejected too`,
    );
  } else {
    row.problem(`unknown-${type}`, column, id, `no ${type} with id '${id}' in ${FILE_OF[type]}`);
  }
  return null;
}

/**
 * Remembers that the row defining a person, exchange or group was rejected, so that rows
 * referring to it say why they are rejected rather than calling the id unknown.
 */
export function rememberRejected(state: ImportState, row: RowContext, type: RefType): void {
  const id = row.text('id');
  if (id === null) return;
  const key = nodeKey(type, id);
  if (!state.network.hasNode(key) && !state.rejected.has(key)) state.rejected.set(key, { file: row.file, line: row.line });
}

/** Adds the nodes of accepted references that do not exist yet. */
export function commitReferences(state: ImportState, references: readonly Reference[]): void {
  for (const ref of references) {
    if (ref.create !== null && !state.network.hasNode(ref.key)) state.network.addNode(ref.key, ref.create);
  }
}
