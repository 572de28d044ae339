import type { AbstractGraph } from 'graphology-types';
import type { Instant, RecordData } from '../model/types.js';

/** A person in the people's network (the node key is the person's id). */
export interface PersonNode {
  id: string;
  name: string | null;
  country: string | null;
  /** Every column of the person's record (see `PersonAttributes.data`). */
  data: RecordData;
}

/**
 * A tie between two people in the people's network: what joined them and how strongly.
 * `weight` combines direct ties and co-participation by the rule in `docs/metrics.md`.
 */
export interface PeopleTie {
  weight: number;
  /** Sum of the weights of the direct ties between the two people (0 when none). */
  tieWeight: number;
  /** Shared exchanges: their number, or Newman's sum of 1/(n-1) when that weighting is chosen. */
  coParticipation: number;
  /** Ids of the exchanges both took part in, in chronological order (then by id). */
  exchanges: string[];
  /** Keys of the direct ties between them in the exchange network. */
  ties: string[];
  /** The earliest date on which they were in contact through any of these, or null if undated. */
  firstContact: Instant;
}

/** The people's network: an undirected simple graph of people (keys are person ids). */
export type PeopleNetwork = AbstractGraph<PersonNode, PeopleTie>;

/** A group of people in the group network (the node key is the group's value, e.g. a country). */
export interface GroupNode {
  /** Number of people in the group. */
  people: number;
  /** Number of people-network ties between two members of the group. */
  internalTies: number;
  /** Sum of the weights of those ties. */
  internalWeight: number;
}

/** The ties of the people's network between two different groups. */
export interface GroupTie {
  /** Number of people-network ties between a member of one group and a member of the other. */
  ties: number;
  /** Sum of their weights. */
  weight: number;
}

/** Attributes of the group network as a whole. */
export interface GroupNetworkAttributes {
  /** People left out because they have no group. */
  ungroupedPeople: number;
  /** People-network ties left out because at least one of their two people has no group. */
  ungroupedTies: number;
}

/** The group network: an undirected simple graph of groups (keys are group values), without self-loops. */
export type GroupNetwork = AbstractGraph<GroupNode, GroupTie, GroupNetworkAttributes>;
