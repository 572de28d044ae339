import type {
  ExchangeAttributes,
  GroupAttributes,
  MembershipAttributes,
  ParticipationAttributes,
  PersonAttributes,
  TieAttributes,
} from './types.js';

// One constructor per node and edge type, so that every producer (import, JSON, later
// projections) writes attributes with the same keys in the same order: same input, same bytes.

type Fields<T> = Omit<T, 'type'>;

export function personAttributes(a: Fields<PersonAttributes>): PersonAttributes {
  return { type: 'person', id: a.id, name: a.name, country: a.country, origin: a.origin, data: a.data, sources: a.sources };
}

export function groupAttributes(a: Fields<GroupAttributes>): GroupAttributes {
  return { type: 'group', id: a.id, name: a.name, kind: a.kind, origin: a.origin, data: a.data, sources: a.sources };
}

export function exchangeAttributes(a: Fields<ExchangeAttributes>): ExchangeAttributes {
  return {
    type: 'exchange',
    id: a.id,
    name: a.name,
    kind: a.kind,
    programme: a.programme,
    hostCountry: a.hostCountry,
    start: a.start,
    end: a.end,
    origin: a.origin,
    data: a.data,
    sources: a.sources,
  };
}

export function participationAttributes(a: Fields<ParticipationAttributes>): ParticipationAttributes {
  return { type: 'participation', role: a.role, start: a.start, end: a.end, data: a.data, sources: a.sources };
}

export function membershipAttributes(a: Fields<MembershipAttributes>): MembershipAttributes {
  return { type: 'membership', role: a.role, start: a.start, end: a.end, data: a.data, sources: a.sources };
}

export function tieAttributes(a: Fields<TieAttributes>): TieAttributes {
  return { type: 'tie', kind: a.kind, start: a.start, end: a.end, weight: a.weight, data: a.data, sources: a.sources };
}
