import type { ExchangeNetwork, Instant } from '../model/types.js';
import { type Bounds, checkChoice, checkList, checkWindow, overlaps, passes, type TimeWindow } from './filters.js';
import { buildPeopleNetwork, earlier, indexPeople, type Pairs, type PeopleIndex, pairEvidence } from './pairs.js';
import type { PeopleNetwork } from './types.js';

/** How a shared exchange counts: 1 each (`count`), or 1/(n-1) for an exchange of n people (`newman`). */
export type CoParticipationWeighting = 'count' | 'newman';

export interface CoParticipationOptions {
  /**
   * Keep only the participations whose period overlaps this window (both ends included). A
   * participation is dated by its own start and end where it has them, else by its exchange's; a
   * period with one known date is that instant. Undated participations are kept only when no
   * window is given. Default null: every participation, dated or not.
   */
  window?: TimeWindow | null;
  /** Keep only exchanges of these kinds. Default null: every kind. */
  kinds?: readonly string[] | null;
  /** Keep only exchanges of these programmes. Default null: every programme. */
  programmes?: readonly string[] | null;
  /** Keep only participations in these roles; a person counts in an exchange if any of their participations passes. Default null: every role. */
  roles?: readonly string[] | null;
  /** Default `count`: the weight of a pair is the number of exchanges they shared. */
  weighting?: CoParticipationWeighting;
}

const DEFAULTS = {
  window: null,
  kinds: null,
  programmes: null,
  roles: null,
  weighting: 'count',
} as const satisfies Required<CoParticipationOptions>;

/** Checked co-participation options. */
export interface CoParticipationSettings {
  window: Bounds | null;
  kinds: ReadonlySet<string> | null;
  programmes: ReadonlySet<string> | null;
  roles: ReadonlySet<string> | null;
  weighting: CoParticipationWeighting;
}

export function coParticipationSettings(options: CoParticipationOptions): CoParticipationSettings {
  return {
    window: checkWindow(options.window ?? DEFAULTS.window),
    kinds: checkList(options.kinds ?? DEFAULTS.kinds, 'kinds'),
    programmes: checkList(options.programmes ?? DEFAULTS.programmes, 'programmes'),
    roles: checkList(options.roles ?? DEFAULTS.roles, 'roles'),
    weighting: checkChoice(options.weighting ?? DEFAULTS.weighting, 'weighting', ['count', 'newman']),
  };
}

function later(a: Instant, b: Instant): Instant {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

/**
 * Adds to `pairs` every exchange two people shared. Each person counts once per exchange, from the
 * earliest start of their participations that pass the filters; the date of the exchange for a pair
 * is the later of their two starts (the exchange's start unless the participations have own dates).
 */
export function addCoParticipation(network: ExchangeNetwork, people: PeopleIndex, pairs: Pairs, settings: CoParticipationSettings): void {
  const order = people.nodes.length;
  network.forEachNode((exchangeKey, x) => {
    if (x.type !== 'exchange' || !passes(x.kind, settings.kinds) || !passes(x.programme, settings.programmes)) return;
    const present = new Map<number, Instant>();
    network.forEachEdge(exchangeKey, (_edge, p, source, target) => {
      if (p.type !== 'participation' || !passes(p.role, settings.roles)) return;
      const start = p.start ?? x.start;
      const end = p.end ?? x.end;
      if (settings.window !== null && !overlaps(start ?? end, end ?? start, settings.window)) return;
      const person = people.position.get(source === exchangeKey ? target : source) as number;
      const since = start ?? end;
      present.set(person, present.has(person) ? earlier(present.get(person) as Instant, since) : since);
    });
    if (present.size < 2) return;
    const share = settings.weighting === 'newman' ? 1 / (present.size - 1) : 1;
    const members = [...present];
    for (let a = 0; a < members.length; a++) {
      const [i, since] = members[a] as [number, Instant];
      for (let b = a + 1; b < members.length; b++) {
        const [j, otherSince] = members[b] as [number, Instant];
        pairEvidence(pairs, order, i, j).shared.push({ id: x.id, date: later(since, otherSince), share });
      }
    }
  });
}

/**
 * The co-participation network: people tied when they took part in the same exchange, weighted by
 * the number of exchanges they shared (networkx `bipartite.weighted_projected_graph`) or, with
 * `weighting: 'newman'`, by the sum over those exchanges of 1/(n-1), n being the number of people of
 * the exchange who pass the filters (networkx `bipartite.collaboration_weighted_projected_graph`).
 * Every person is a node, in the exchange network's order; each edge lists its exchanges.
 */
export function coParticipation(network: ExchangeNetwork, options: CoParticipationOptions = {}): PeopleNetwork {
  const settings = coParticipationSettings(options);
  const people = indexPeople(network);
  const pairs: Pairs = new Map();
  addCoParticipation(network, people, pairs, settings);
  return buildPeopleNetwork(people, pairs);
}
