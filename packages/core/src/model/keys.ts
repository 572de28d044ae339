import type { NodeType } from './types.js';

const PREFIX: Record<NodeType, string> = { person: 'person:', group: 'group:', exchange: 'exchange:' };

/** The node key of the person with this id. */
export function personKey(id: string): string {
  return PREFIX.person + id;
}

/** The node key of the group with this id. */
export function groupKey(id: string): string {
  return PREFIX.group + id;
}

/** The node key of the exchange with this id. */
export function exchangeKey(id: string): string {
  return PREFIX.exchange + id;
}

/** The node key of a node of this type and id. */
export function nodeKey(type: NodeType, id: string): string {
  return PREFIX[type] + id;
}
