import type { PeopleNetwork } from '../projection/types.js';

/**
 * The pairs of people (as person ids) whose only contacts are some of these exchanges: no other
 * shared exchange and no direct tie. Removing those exchanges (and the participations in them)
 * removes exactly these pairs from the people's network.
 */
export function pairsOnlyThrough(people: PeopleNetwork, ids: ReadonlySet<string>): [string, string][] {
  const out: [string, string][] = [];
  people.forEachEdge((_edge, tie, a, b) => {
    if (tie.ties.length === 0 && tie.exchanges.length > 0 && tie.exchanges.every((x) => ids.has(x))) out.push([a, b]);
  });
  return out;
}
