import { membershipAttributes, participationAttributes, tieAttributes } from '../../model/attributes.js';
import { parseInstant } from '../../time/parse-instant.js';
import { commitReferences, resolveReference } from '../references.js';
import type { ImportState, RowContext } from '../row-context.js';

/** The end of the period a valid time value names (the day's end for a date), once its start was read. */
function endOfInstant(text: string | null, start: number | null, timeZone: string): number | null {
  if (text === null || start === null) return null;
  const parsed = parseInstant(text, { role: 'end', timeZone });
  return parsed.ok ? parsed.value : null;
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function duplicateOf(seen: Map<string, number>, key: string, line: number): number | null {
  const first = seen.get(key);
  if (first !== undefined) return first;
  seen.set(key, line);
  return null;
}

/** A row of participations.csv: person, exchange, role, optional start and end. */
export function importParticipationRow(state: ImportState, row: RowContext): void {
  const person = resolveReference(state, row, 'person', 'person');
  const exchange = resolveReference(state, row, 'exchange', 'exchange');
  const start = row.instant('start', 'start', state.timeZone);
  const end = row.instant('end', 'end', state.timeZone);
  row.period(start, end, 'end');
  const role = row.text('role');
  if (row.problems.length > 0 || person === null || exchange === null) return;
  const first = duplicateOf(state.seenParticipations, JSON.stringify([person.key, exchange.key, role]), row.line);
  if (first !== null) {
    row.problem('duplicate-participation', null, null, `the same person, exchange and role as line ${first}`);
    return;
  }
  commitReferences(state, [person, exchange]);
  state.network.addEdgeWithKey(
    `participation#${state.nextEdge.participation++}`,
    person.key,
    exchange.key,
    participationAttributes({
      role,
      start,
      end,
      data: row.data,
      sources: [{ file: row.file, line: row.line }],
    }),
  );
}

/** A row of memberships.csv: person, group, role, start (or from), end (or to). */
export function importMembershipRow(state: ImportState, row: RowContext): void {
  const person = resolveReference(state, row, 'person', 'person');
  const group = resolveReference(state, row, 'group', 'group');
  const start = row.instant('start', 'start', state.timeZone);
  const end = row.instant('end', 'end', state.timeZone);
  row.period(start, end, 'end');
  const role = row.text('role');
  if (row.problems.length > 0 || person === null || group === null) return;
  const first = duplicateOf(state.seenMemberships, JSON.stringify([person.key, group.key, role, start, end]), row.line);
  if (first !== null) {
    row.problem('duplicate-membership', null, null, `the same person, group, role and dates as line ${first}`);
    return;
  }
  commitReferences(state, [person, group]);
  state.network.addEdgeWithKey(
    `membership#${state.nextEdge.membership++}`,
    person.key,
    group.key,
    membershipAttributes({
      role,
      start,
      end,
      data: row.data,
      sources: [{ file: row.file, line: row.line }],
    }),
  );
}

/** A row of ties.csv: source, target, kind, start and end (or one time), weight. */
export function importTieRow(state: ImportState, row: RowContext): void {
  const sourceId = row.text('source');
  const targetId = row.text('target');
  if (sourceId !== null && sourceId === targetId) {
    row.problem('self-tie', 'target', targetId, `a tie from '${sourceId}' to itself: a tie joins two different people`);
  }
  const source = resolveReference(state, row, 'person', 'source');
  const target = resolveReference(state, row, 'person', 'target');
  // A contact at one moment may give a single `time` instead of `start` and `end`.
  const atTime = row.text('start') === null && row.text('end') === null && row.text('time') !== null;
  const start = row.instant(atTime ? 'time' : 'start', 'start', state.timeZone);
  const end = atTime ? endOfInstant(row.text('time'), start, state.timeZone) : row.instant('end', 'end', state.timeZone);
  row.period(start, end, 'end');
  let weight = 1;
  const weightText = row.text('weight');
  if (weightText !== null) {
    weight = NUMBER.test(weightText) ? Number(weightText) : Number.NaN;
    if (!(Number.isFinite(weight) && weight > 0)) {
      row.problem(
        'invalid-weight',
        'weight',
        weightText,
        `'${weightText}' is not a weight: expected a positive number such as 1 or 2.5 (with a decimal point)`,
      );
    }
  }
  if (row.problems.length > 0 || source === null || target === null) return;
  commitReferences(state, [source, target]);
  state.network.addEdgeWithKey(
    `tie#${state.nextEdge.tie++}`,
    source.key,
    target.key,
    tieAttributes({
      kind: row.text('kind'),
      start,
      end,
      weight,
      data: row.data,
      sources: [{ file: row.file, line: row.line }],
    }),
  );
}
