import { UndirectedGraph } from 'graphology';
import type { GroupNetwork, GroupNetworkAttributes, GroupNode, GroupTie, PeopleNetwork, PersonNode } from './types.js';

/** Reads a person's group: an attribute name (on the node, then in its `data`), or a function. */
export type GroupBy = string | ((id: string, attributes: PersonNode) => string | null);

export interface GroupNetworkOptions {
  /** Required. An empty or blank group (or null) means the person has none. */
  groupBy: GroupBy;
}

function groupReader(groupBy: GroupBy): (id: string, attributes: PersonNode) => string | null {
  if (typeof groupBy === 'function') return groupBy;
  if (typeof groupBy !== 'string' || groupBy === '') {
    throw new TypeError(`bridgegraph/projection: groupBy must be an attribute name or a function; got ${String(groupBy)}.`);
  }
  return (_id, attributes) => {
    const own = Object.hasOwn(attributes, groupBy) ? (attributes as unknown as Record<string, unknown>)[groupBy] : undefined;
    const value = own ?? attributes.data?.[groupBy];
    return value === null || value === undefined ? null : String(value);
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The group network of a people's network (for example country by country): one node per group
 * (sorted), with its number of people and the ties inside it; one edge per pair of different groups
 * joined by ties, with their number and summed weight. People without a group are left out, and
 * counted in the graph attributes with the ties they had.
 */
export function groupNetwork(people: PeopleNetwork, options: GroupNetworkOptions): GroupNetwork {
  const read = groupReader(options?.groupBy);
  const groupOf = new Map<string, string>();
  const nodes = new Map<string, GroupNode>();
  const attributes: GroupNetworkAttributes = { ungroupedPeople: 0, ungroupedTies: 0 };
  people.forEachNode((id, a) => {
    const group = read(id, a);
    if (group === null || group.trim() === '') {
      attributes.ungroupedPeople++;
      return;
    }
    groupOf.set(id, group);
    const node = nodes.get(group) ?? { people: 0, internalTies: 0, internalWeight: 0 };
    node.people++;
    nodes.set(group, node);
  });

  const between = new Map<string, Map<string, GroupTie>>();
  people.forEachEdge((_edge, tie, source, target) => {
    const g = groupOf.get(source);
    const h = groupOf.get(target);
    if (g === undefined || h === undefined) {
      attributes.ungroupedTies++;
    } else if (g === h) {
      const node = nodes.get(g) as GroupNode;
      node.internalTies++;
      node.internalWeight += tie.weight;
    } else {
      const [a, b] = compare(g, h) < 0 ? [g, h] : [h, g];
      const row = between.get(a) ?? new Map<string, GroupTie>();
      between.set(a, row);
      const edge = row.get(b) ?? { ties: 0, weight: 0 };
      edge.ties++;
      edge.weight += tie.weight;
      row.set(b, edge);
    }
  });

  const graph = new UndirectedGraph<GroupNode, GroupTie, GroupNetworkAttributes>({ allowSelfLoops: false });
  graph.replaceAttributes(attributes);
  for (const group of [...nodes.keys()].sort(compare)) graph.addNode(group, nodes.get(group) as GroupNode);
  let n = 0;
  for (const a of [...between.keys()].sort(compare)) {
    const row = between.get(a) as Map<string, GroupTie>;
    for (const b of [...row.keys()].sort(compare)) graph.addEdgeWithKey(`pair#${n++}`, a, b, row.get(b) as GroupTie);
  }
  return graph;
}
