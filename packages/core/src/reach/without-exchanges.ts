import { exchangeKey } from '../model/keys.js';
import type { ExchangeNetwork } from '../model/types.js';

/**
 * A copy of the network without these exchanges and the participations in them (people, groups,
 * ties and memberships stay). The source network is not changed. Unknown ids are ignored.
 */
export function withoutExchanges(network: ExchangeNetwork, ids: Iterable<string>): ExchangeNetwork {
  const copy = network.copy() as ExchangeNetwork;
  for (const id of ids) {
    const key = exchangeKey(id);
    if (copy.hasNode(key)) copy.dropNode(key);
  }
  return copy;
}
