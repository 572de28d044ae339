import type { ExchangeNetwork } from '../model/types.js';
import { addCoParticipation, type CoParticipationOptions, coParticipationSettings } from './co-participation.js';
import { checkChoice, checkList, overlaps, passes } from './filters.js';
import { buildPeopleNetwork, earlier, indexPeople, type Pairs, pairEvidence } from './pairs.js';
import type { PeopleNetwork } from './types.js';

/** Which evidence of contact makes the people's network. */
export type PeopleNetworkSources = 'both' | 'ties' | 'participations';

export interface PeopleNetworkOptions extends CoParticipationOptions {
  /**
   * Default `both`: direct ties and co-participation; `ties`: direct ties only; `participations`:
   * co-participation only (the same as `coParticipation`).
   */
  sources?: PeopleNetworkSources;
  /** Keep only direct ties of these kinds. Default null: every kind. */
  tieKinds?: readonly string[] | null;
}

const DEFAULTS = {
  sources: 'both',
  tieKinds: null,
} as const satisfies Pick<Required<PeopleNetworkOptions>, 'sources' | 'tieKinds'>;

/**
 * The people's network used by every metric. Two people are joined by their direct ties and by the
 * exchanges they shared, with `weight = tieWeight + coParticipation`: the summed weights of their
 * ties plus their co-participation (see `coParticipation`). `window` applies to ties too: a tie is
 * kept when [start, end] overlaps it, a missing end meaning the tie still runs (and a missing start
 * that it ran since some unknown date); undated ties are kept only when no window is given.
 * `firstContact` is the earliest start of their ties and shared exchanges. Every person is a node.
 */
export function peopleNetwork(network: ExchangeNetwork, options: PeopleNetworkOptions = {}): PeopleNetwork {
  const settings = coParticipationSettings(options);
  const sources = checkChoice(options.sources ?? DEFAULTS.sources, 'sources', ['both', 'ties', 'participations']);
  const tieKinds = checkList(options.tieKinds ?? DEFAULTS.tieKinds, 'tieKinds');
  const people = indexPeople(network);
  const order = people.nodes.length;
  const pairs: Pairs = new Map();
  if (sources !== 'ties') addCoParticipation(network, people, pairs, settings);
  if (sources !== 'participations') {
    network.forEachEdge((edge, t, source, target) => {
      if (t.type !== 'tie' || !passes(t.kind, tieKinds)) return;
      if (settings.window !== null && !overlaps(t.start, t.end, settings.window)) return;
      const pair = pairEvidence(pairs, order, people.position.get(source) as number, people.position.get(target) as number);
      pair.tieWeight += t.weight;
      pair.ties.push(edge);
      pair.firstTie = earlier(pair.firstTie, t.start);
    });
  }
  return buildPeopleNetwork(people, pairs);
}
