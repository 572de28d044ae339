import { exchangeKey, groupKey, personKey } from './keys.js';
import type {
  ExchangeAttributes,
  ExchangeNetwork,
  GroupAttributes,
  Instant,
  MembershipAttributes,
  ParticipationAttributes,
  PersonAttributes,
} from './types.js';

/** A person and the edge that links them to the group or exchange asked about. */
export interface Linked<N, E> {
  node: N;
  edge: E;
}

function requireNode(network: ExchangeNetwork, key: string, what: string): void {
  if (!network.hasNode(key)) throw new Error(`bridgegraph/queries: unknown ${what} '${key.slice(key.indexOf(':') + 1)}'.`);
}

/** Every person of the network, in insertion order. */
export function people(network: ExchangeNetwork): PersonAttributes[] {
  const out: PersonAttributes[] = [];
  network.forEachNode((_key, attributes) => {
    if (attributes.type === 'person') out.push(attributes);
  });
  return out;
}

/** Every group of the network, in insertion order. */
export function groups(network: ExchangeNetwork): GroupAttributes[] {
  const out: GroupAttributes[] = [];
  network.forEachNode((_key, attributes) => {
    if (attributes.type === 'group') out.push(attributes);
  });
  return out;
}

/** Every exchange of the network, in insertion order. */
export function exchanges(network: ExchangeNetwork): ExchangeAttributes[] {
  const out: ExchangeAttributes[] = [];
  network.forEachNode((_key, attributes) => {
    if (attributes.type === 'exchange') out.push(attributes);
  });
  return out;
}

/** The members of a group, each with their membership (a person appears once per membership). */
export function peopleOfGroup(network: ExchangeNetwork, groupId: string): Linked<PersonAttributes, MembershipAttributes>[] {
  const key = groupKey(groupId);
  requireNode(network, key, 'group');
  const out: Linked<PersonAttributes, MembershipAttributes>[] = [];
  network.forEachEdge(key, (_edge, edge, _source, _target, sourceAttributes, targetAttributes) => {
    if (edge.type !== 'membership') return;
    const other = sourceAttributes.type === 'person' ? sourceAttributes : targetAttributes;
    if (other.type === 'person') out.push({ node: other, edge });
  });
  return out;
}

/** The groups a person belongs to, each with the membership. */
export function groupsOfPerson(network: ExchangeNetwork, personId: string): Linked<GroupAttributes, MembershipAttributes>[] {
  const key = personKey(personId);
  requireNode(network, key, 'person');
  const out: Linked<GroupAttributes, MembershipAttributes>[] = [];
  network.forEachEdge(key, (_edge, edge, _source, _target, sourceAttributes, targetAttributes) => {
    if (edge.type !== 'membership') return;
    const other = sourceAttributes.type === 'group' ? sourceAttributes : targetAttributes;
    if (other.type === 'group') out.push({ node: other, edge });
  });
  return out;
}

/** The exchanges a person took part in, each with the participation, in chronological order. */
export function exchangesOfPerson(network: ExchangeNetwork, personId: string): Linked<ExchangeAttributes, ParticipationAttributes>[] {
  const key = personKey(personId);
  requireNode(network, key, 'person');
  const out: Linked<ExchangeAttributes, ParticipationAttributes>[] = [];
  network.forEachEdge(key, (_edge, edge, _source, _target, sourceAttributes, targetAttributes) => {
    if (edge.type !== 'participation') return;
    const other = sourceAttributes.type === 'exchange' ? sourceAttributes : targetAttributes;
    if (other.type === 'exchange') out.push({ node: other, edge });
  });
  return out.sort((a, b) => compareInstants(a.node.start, b.node.start));
}

/** The participants of an exchange, each with their participation (and so their role). */
export function participantsOfExchange(network: ExchangeNetwork, exchangeId: string): Linked<PersonAttributes, ParticipationAttributes>[] {
  const key = exchangeKey(exchangeId);
  requireNode(network, key, 'exchange');
  const out: Linked<PersonAttributes, ParticipationAttributes>[] = [];
  network.forEachEdge(key, (_edge, edge, _source, _target, sourceAttributes, targetAttributes) => {
    if (edge.type !== 'participation') return;
    const other = sourceAttributes.type === 'person' ? sourceAttributes : targetAttributes;
    if (other.type === 'person') out.push({ node: other, edge });
  });
  return out;
}

/** The earliest and latest instants of a network, or `null` when nothing in it is dated. */
export interface TimeSpan {
  start: number;
  end: number;
}

/**
 * The time span of the network: from the earliest to the latest date on any exchange,
 * participation, membership or tie. Undated elements do not count.
 */
export function timeSpan(network: ExchangeNetwork): TimeSpan | null {
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  const visit = (a: Instant, b: Instant) => {
    for (const t of [a, b]) {
      if (t === null) continue;
      if (t < start) start = t;
      if (t > end) end = t;
    }
  };
  network.forEachNode((_key, attributes) => {
    if (attributes.type === 'exchange') visit(attributes.start, attributes.end);
  });
  network.forEachEdge((_key, attributes) => visit(attributes.start, attributes.end));
  return start === Number.POSITIVE_INFINITY ? null : { start, end };
}

/** Orders instants ascending, unknown (`null`) last. */
export function compareInstants(a: Instant, b: Instant): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}
