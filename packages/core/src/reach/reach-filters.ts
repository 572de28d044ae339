import { type CoParticipationSettings, coParticipationSettings } from '../projection/co-participation.js';
import type { TimeWindow } from '../projection/filters.js';
import type { PeopleNetworkOptions, PeopleNetworkSources } from '../projection/people-network.js';

/**
 * Which records count as contact: the filters of the people's network (see `peopleNetwork` and
 * docs/metrics.md, "The people's network"), applied the same way everywhere in reach/.
 */
export interface ReachFilterOptions {
  /** Keep only participations and ties whose period overlaps this window (ends included). Default null: everything, dated or not. */
  window?: TimeWindow | null;
  /** Keep only exchanges of these kinds. Default null: every kind. */
  kinds?: readonly string[] | null;
  /** Keep only exchanges of these programmes. Default null: every programme. */
  programmes?: readonly string[] | null;
  /** Keep only participations in these roles. Default null: every role. */
  roles?: readonly string[] | null;
  /** Keep only direct ties of these kinds. Default null: every kind. */
  tieKinds?: readonly string[] | null;
}

/** The filters plus which evidence makes contact. */
export interface ContactFilterOptions extends ReachFilterOptions {
  /** `both` (default): shared exchanges and direct ties; `ties` or `participations`: only one of them. */
  sources?: PeopleNetworkSources;
}

/** The options to pass to `peopleNetwork` (weights do not matter here: every count is of pairs). */
export function peopleOptions(options: ContactFilterOptions): PeopleNetworkOptions {
  return {
    window: options.window ?? null,
    kinds: options.kinds ?? null,
    programmes: options.programmes ?? null,
    roles: options.roles ?? null,
    tieKinds: options.tieKinds ?? null,
    sources: options.sources ?? 'both',
  };
}

/** The checked exchange filters (they throw `bridgegraph/projection:` errors on bad values). */
export function exchangeSettings(options: ReachFilterOptions): CoParticipationSettings {
  return coParticipationSettings(peopleOptions(options));
}

/** Throws unless `options` is an object (or undefined). */
export function checkOptions(module: string, options: unknown): void {
  if (options === undefined) return;
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw new TypeError(`${module}: options must be an object, got ${String(options)}.`);
}
