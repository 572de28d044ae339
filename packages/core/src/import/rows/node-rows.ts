import { exchangeAttributes, groupAttributes, personAttributes } from '../../model/attributes.js';
import { nodeKey } from '../../model/keys.js';
import type { NodeAttributes } from '../../model/types.js';
import { rememberRejected } from '../references.js';
import type { ImportState, RowContext } from '../row-context.js';

/** Rejects a row whose id is empty or already defined; returns the id otherwise. */
function newId(state: ImportState, row: RowContext, type: NodeAttributes['type']): string | null {
  const id = row.id('id', `${type} id`);
  if (id === null) return null;
  const key = nodeKey(type, id);
  if (state.network.hasNode(key)) {
    const first = state.network.getNodeAttributes(key).sources[0];
    const where = first ? ` (first at line ${first.line})` : '';
    row.problem('duplicate-id', 'id', id, `duplicate ${type} id '${id}'${where}`);
    return null;
  }
  return id;
}

/** A row of people.csv: id, name, country and any other columns. */
export function importPersonRow(state: ImportState, row: RowContext): void {
  const id = newId(state, row, 'person');
  if (row.problems.length > 0 || id === null) {
    rememberRejected(state, row, 'person');
    return;
  }
  state.network.addNode(
    nodeKey('person', id),
    personAttributes({
      id,
      name: row.text('name'),
      country: row.text('country'),
      origin: 'record',
      data: row.data,
      sources: [{ file: row.file, line: row.line }],
    }),
  );
}

/** A row of groups.csv: id, name, kind and any other columns. */
export function importGroupRow(state: ImportState, row: RowContext): void {
  const id = newId(state, row, 'group');
  if (row.problems.length > 0 || id === null) {
    rememberRejected(state, row, 'group');
    return;
  }
  state.network.addNode(
    nodeKey('group', id),
    groupAttributes({
      id,
      name: row.text('name'),
      kind: row.text('kind'),
      origin: 'record',
      data: row.data,
      sources: [{ file: row.file, line: row.line }],
    }),
  );
}

/** A row of exchanges.csv: id, name, kind, programme, start, end, host_country and any other columns. */
export function importExchangeRow(state: ImportState, row: RowContext): void {
  const id = newId(state, row, 'exchange');
  const start = row.instant('start', 'start', state.timeZone);
  const end = row.instant('end', 'end', state.timeZone);
  row.period(start, end, 'end');
  if (row.problems.length > 0 || id === null) {
    rememberRejected(state, row, 'exchange');
    return;
  }
  state.network.addNode(
    nodeKey('exchange', id),
    exchangeAttributes({
      id,
      name: row.text('name'),
      kind: row.text('kind'),
      programme: row.text('programme'),
      hostCountry: row.text('host_country'),
      start,
      end,
      origin: 'record',
      data: row.data,
      sources: [{ file: row.file, line: row.line }],
    }),
  );
}
