import { compareInstants } from '../model/queries.js';
import type { Instant } from '../model/types.js';
import type { ExchangePresence } from './exchange-presence.js';

/** A person's first exchange. */
export interface FirstExchange {
  exchange: ExchangePresence;
  /** When they were there: see `ExchangePresence.present`. */
  since: Instant;
}

/**
 * Each person's first exchange among those given (person id → exchange): the one they were at
 * earliest (`present` dates), ties of date broken by exchange id, undated participations last.
 * Everyone who took part in at least one of the exchanges has exactly one first exchange.
 */
export function firstExchanges(presence: readonly ExchangePresence[]): Map<string, FirstExchange> {
  const out = new Map<string, FirstExchange>();
  for (const exchange of presence) {
    for (const [person, since] of exchange.present) {
      const best = out.get(person);
      if (best === undefined || compareInstants(since, best.since) < 0 || (since === best.since && exchange.id < best.exchange.id))
        out.set(person, { exchange, since });
    }
  }
  return out;
}
