import {
  exchangeAttributes,
  groupAttributes,
  membershipAttributes,
  participationAttributes,
  personAttributes,
  tieAttributes,
} from '../model/attributes.js';
import { createNetwork } from '../model/create-network.js';
import type { EdgeAttributes, ExchangeAttributes, ExchangeNetwork, Instant, NodeAttributes, Provenance } from '../model/types.js';
import { type Bounds, checkWindow, overlaps, type TimeWindow } from '../projection/filters.js';
import { plainRecord } from '../utils/plain-record.js';

const MODULE = 'bridgegraph/temporal/slice';

/**
 * Whether a participation is present in the window: it is dated by its own start and end where it
 * has them, else by its exchange's; a period with only one known date is that instant (an event,
 * not an open-ended state); undated, it is never in a window. The rule of `peopleNetwork`.
 */
export function participationPresent(start: Instant, end: Instant, exchange: ExchangeAttributes, window: Bounds): boolean {
  const s = start ?? exchange.start;
  const e = end ?? exchange.end;
  return overlaps(s ?? e, e ?? s, window);
}

/**
 * Whether a tie or membership is present in the window: its [start, end] overlaps it (both ends
 * included); a missing end means it still runs, a missing start that it began at an unknown date
 * before its end; with neither date it is never in a window. The rule of `peopleNetwork` for ties.
 */
export function statePresent(start: Instant, end: Instant, window: Bounds): boolean {
  return overlaps(start, end, window);
}

/** Whether an exchange is present in the window by its own dates (one known date is that instant). */
export function exchangePresent(exchange: ExchangeAttributes, window: Bounds): boolean {
  return overlaps(exchange.start ?? exchange.end, exchange.end ?? exchange.start, window);
}

function copyData(data: Record<string, string>): Record<string, string> {
  return plainRecord(Object.entries(data));
}

function copySources(sources: readonly Provenance[]): Provenance[] {
  return sources.map((s) => ({ file: s.file, line: s.line }));
}

function copyNode(a: NodeAttributes): NodeAttributes {
  const common = { data: copyData(a.data), sources: copySources(a.sources) };
  if (a.type === 'person') return personAttributes({ ...a, ...common });
  if (a.type === 'group') return groupAttributes({ ...a, ...common });
  return exchangeAttributes({ ...a, ...common });
}

function copyEdge(a: EdgeAttributes): EdgeAttributes {
  const common = { data: copyData(a.data), sources: copySources(a.sources) };
  if (a.type === 'tie') return tieAttributes({ ...a, ...common });
  if (a.type === 'membership') return membershipAttributes({ ...a, ...common });
  return participationAttributes({ ...a, ...common });
}

/**
 * A NEW exchange network holding what is present in `window` (closed on both sides, in ms; a
 * missing or null bound leaves that side open). The source is never changed, and the slice shares
 * no attribute object with it. Node and edge keys, their order and their attributes (dates
 * included: they are not clipped to the window) are those of the source.
 *
 * - **People and groups**: all of them, present or not, so that counts of people are comparable
 *   from one window to the next (a person without any edge in the window is an isolated node).
 * - **Participations**: those whose period overlaps the window, dated by their own start and end
 *   where they have them, else by their exchange's; one known date is that instant.
 * - **Exchanges**: those whose own period overlaps the window (one known date is that instant),
 *   and those with a participation present (whatever their own dates say).
 * - **Ties and memberships**: those whose [start, end] overlaps the window. A missing end means
 *   still running (present in every window from its start on); a missing start means begun at an
 *   unknown date (present in every window up to its end).
 * - **Undated** exchanges, participations, ties and memberships (no date at all, nor an exchange
 *   date for a participation) are in no window: when and whether they happened is unknown. A window
 *   with no bound at all keeps everything, dated or not (a copy).
 *
 * With these rules `peopleNetwork(sliceNetwork(network, w))` equals `peopleNetwork(network, { window: w })`.
 */
export function sliceNetwork(network: ExchangeNetwork, window: TimeWindow): ExchangeNetwork {
  if (window === null || window === undefined || typeof window !== 'object')
    throw new TypeError(`${MODULE}: window must be an object { start, end } in milliseconds; got ${String(window)}.`);
  const bounds = checkWindow(window);
  const edges: [string, string, string, EdgeAttributes][] = [];
  const exchangesWithParticipation = new Set<string>();
  network.forEachEdge((edge, a, source, target, sa, ta) => {
    if (bounds !== null) {
      if (a.type !== 'participation') {
        if (!statePresent(a.start, a.end, bounds)) return;
      } else {
        const exchange = sa.type === 'exchange' ? sa : ta;
        if (exchange.type !== 'exchange') throw new TypeError(`${MODULE}: participation '${edge}' does not touch an exchange.`);
        if (!participationPresent(a.start, a.end, exchange, bounds)) return;
        exchangesWithParticipation.add(sa.type === 'exchange' ? source : target);
      }
    }
    edges.push([edge, source, target, a]);
  });

  const slice = createNetwork({ ...network.getAttributes() });
  network.forEachNode((key, a) => {
    if (a.type === 'exchange' && bounds !== null && !exchangePresent(a, bounds) && !exchangesWithParticipation.has(key)) return;
    slice.addNode(key, copyNode(a));
  });
  for (const [edge, source, target, a] of edges) slice.addUndirectedEdgeWithKey(edge, source, target, copyEdge(a));
  return slice;
}

/**
 * The network at one instant (ms): the slice of the window [instant, instant], what is running at
 * that moment: exchanges under way, ties and memberships begun and not ended (see `sliceNetwork`).
 */
export function networkAt(network: ExchangeNetwork, instant: number): ExchangeNetwork {
  if (typeof instant !== 'number' || !Number.isFinite(instant))
    throw new TypeError(`${MODULE}: instant must be a number of milliseconds since the epoch; got ${String(instant)}.`);
  return sliceNetwork(network, { start: instant, end: instant });
}
