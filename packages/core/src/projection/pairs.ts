import { UndirectedGraph } from 'graphology';
import { compareInstants } from '../model/queries.js';
import type { ExchangeNetwork, Instant } from '../model/types.js';
import { plainRecord } from '../utils/plain-record.js';
import type { PeopleNetwork, PeopleTie, PersonNode } from './types.js';

// The evidence gathered for each pair of people before the people's network is built, shared by
// coParticipation and peopleNetwork so that both build their graph the same way.

/** Every person of an exchange network, numbered in its node order. */
export interface PeopleIndex {
  /** Person node key (`person:<id>`) to number. */
  position: ReadonlyMap<string, number>;
  nodes: readonly PersonNode[];
}

/** One exchange two people shared: its id, the date they were both there, and what it adds. */
export interface SharedExchange {
  id: string;
  date: Instant;
  share: number;
}

/** What joins two people. */
export interface PairEvidence {
  tieWeight: number;
  ties: string[];
  /** The earliest start of their direct ties. */
  firstTie: Instant;
  shared: SharedExchange[];
}

/** Evidence by pair, keyed by `i * order + j` for the people numbered i < j. */
export type Pairs = Map<number, PairEvidence>;

export function indexPeople(network: ExchangeNetwork): PeopleIndex {
  const position = new Map<string, number>();
  const nodes: PersonNode[] = [];
  network.forEachNode((key, a) => {
    if (a.type !== 'person') return;
    position.set(key, nodes.length);
    nodes.push({ id: a.id, name: a.name, country: a.country, data: plainRecord(Object.entries(a.data)) });
  });
  return { position, nodes };
}

/** The evidence for the pair of people numbered i and j (in either order), created empty if new. */
export function pairEvidence(pairs: Pairs, order: number, i: number, j: number): PairEvidence {
  const key = i < j ? i * order + j : j * order + i;
  let pair = pairs.get(key);
  if (pair === undefined) {
    pair = { tieWeight: 0, ties: [], firstTie: null, shared: [] };
    pairs.set(key, pair);
  }
  return pair;
}

/** The earlier of two instants, ignoring unknown ones. */
export function earlier(a: Instant, b: Instant): Instant {
  return a === null ? b : b === null ? a : Math.min(a, b);
}

function chronological(a: SharedExchange, b: SharedExchange): number {
  return compareInstants(a.date, b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The people's network: every person (isolated ones too) in the exchange network's order, and one
 * edge per pair with evidence, keyed `pair#N` in the order of the pair's two positions.
 */
export function buildPeopleNetwork(people: PeopleIndex, pairs: Pairs): PeopleNetwork {
  const graph = new UndirectedGraph<PersonNode, PeopleTie>({ allowSelfLoops: false });
  for (const node of people.nodes) graph.addNode(node.id, node);
  const order = people.nodes.length;
  let n = 0;
  for (const key of [...pairs.keys()].sort((a, b) => a - b)) {
    const pair = pairs.get(key) as PairEvidence;
    const shared = pair.shared.sort(chronological);
    let coParticipation = 0;
    let firstContact = pair.firstTie;
    for (const s of shared) {
      coParticipation += s.share;
      firstContact = earlier(firstContact, s.date);
    }
    const source = people.nodes[Math.floor(key / order)] as PersonNode;
    const target = people.nodes[key % order] as PersonNode;
    graph.addEdgeWithKey(`pair#${n++}`, source.id, target.id, {
      weight: pair.tieWeight + coParticipation,
      tieWeight: pair.tieWeight,
      coParticipation,
      exchanges: shared.map((s) => s.id),
      ties: pair.ties,
      firstContact,
    });
  }
  return graph;
}
