import type { ExchangeNetwork, Instant } from '../model/types.js';
import type { CoParticipationSettings } from '../projection/co-participation.js';
import { overlaps, passes } from '../projection/filters.js';
import { earlier } from '../projection/pairs.js';

/** An exchange that passes the filters, and who was there from when. */
export interface ExchangePresence {
  id: string;
  kind: string | null;
  programme: string | null;
  start: Instant;
  end: Instant;
  /**
   * Person id to the moment they were there: the earliest start of their participations that pass
   * the filters (a participation's own start, else the exchange's; when no start is known, the end).
   * Null when none of those is dated.
   */
  present: Map<string, Instant>;
  /** Whether the exchange's own period overlaps the window (true without a window). */
  inWindow: boolean;
}

/**
 * Who took part in each exchange, under the same filters and dating rules as the people's network
 * (`addCoParticipation` in projection/co-participation.ts): exchanges of the kinds and programmes
 * kept, participations of the roles kept whose period overlaps the window. In the network's order.
 * The date of a shared exchange for a pair is the later of the two people's `present` dates.
 */
export function exchangePresence(network: ExchangeNetwork, settings: CoParticipationSettings): ExchangePresence[] {
  const out: ExchangePresence[] = [];
  network.forEachNode((exchangeKey, x) => {
    if (x.type !== 'exchange' || !passes(x.kind, settings.kinds) || !passes(x.programme, settings.programmes)) return;
    const present = new Map<string, Instant>();
    network.forEachEdge(exchangeKey, (_edge, p, source, target) => {
      if (p.type !== 'participation' || !passes(p.role, settings.roles)) return;
      const start = p.start ?? x.start;
      const end = p.end ?? x.end;
      if (settings.window !== null && !overlaps(start ?? end, end ?? start, settings.window)) return;
      const person = network.getNodeAttribute(source === exchangeKey ? target : source, 'id') as string;
      const since = start ?? end;
      present.set(person, present.has(person) ? earlier(present.get(person) as Instant, since) : since);
    });
    const inWindow = settings.window === null || overlaps(x.start ?? x.end, x.end ?? x.start, settings.window);
    out.push({ id: x.id, kind: x.kind, programme: x.programme, start: x.start, end: x.end, present, inWindow });
  });
  return out;
}

/** The later of two instants, an unknown one giving way to a known one (as the people's network dates a shared exchange). */
export function later(a: Instant, b: Instant): Instant {
  return a === null ? b : b === null ? a : Math.max(a, b);
}
