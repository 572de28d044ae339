import type { AbstractGraph, Attributes } from 'graphology-types';

/**
 * A moment in time: milliseconds since 1970-01-01T00:00:00Z (UTC), or `null` when unknown.
 * See `docs/data-format.md` for how dates, datetimes and Unix seconds are read.
 */
export type Instant = number | null;

/** Where a node or edge came from: the file's name and the line of its record (the header is line 1). */
export interface Provenance {
  file: string;
  line: number;
}

/**
 * Every column of a source record, by column name, exactly as read (trimmed of nothing).
 * Created without a prototype, so a column named `__proto__` or `constructor` is plain data.
 */
export type RecordData = Record<string, string>;

/** The three kinds of node in an exchange network. */
export type NodeType = 'person' | 'group' | 'exchange';
/** The three kinds of edge in an exchange network. */
export type EdgeType = 'participation' | 'membership' | 'tie';

interface CommonAttributes {
  /** Every column of the source record (empty for nodes created from a reference only). */
  data: RecordData;
  /** Where the record came from; empty for nodes created from a reference only. */
  sources: Provenance[];
}

/** A person: a participant, host, leader or contact. */
export interface PersonAttributes extends CommonAttributes {
  type: 'person';
  /** The person's id as written in the data (the node key is `person:<id>`). */
  id: string;
  name: string | null;
  country: string | null;
  /**
   * How the person entered the network: `record` (a row of people.csv), `reference` (named by a
   * tie, participation or membership when no people file was given) or `placeholder` (an unknown
   * reference kept because `unknownReferences` was `placeholder`).
   */
  origin: 'record' | 'reference' | 'placeholder';
}

/** A group: an organisation, a school, a club, a delegation, a community. */
export interface GroupAttributes extends CommonAttributes {
  type: 'group';
  id: string;
  name: string | null;
  /** The kind of group as written in the data (for example `organisation`). */
  kind: string | null;
  origin: 'record' | 'reference' | 'placeholder';
}

/** An exchange: an event, visit, camp, tournament or meeting that people took part in. */
export interface ExchangeAttributes extends CommonAttributes {
  type: 'exchange';
  id: string;
  name: string | null;
  /** The kind of exchange as written in the data (for example `youth-exchange`). */
  kind: string | null;
  programme: string | null;
  hostCountry: string | null;
  start: Instant;
  end: Instant;
  origin: 'record' | 'reference' | 'placeholder';
}

export type NodeAttributes = PersonAttributes | GroupAttributes | ExchangeAttributes;

/** A person took part in an exchange. */
export interface ParticipationAttributes extends CommonAttributes {
  type: 'participation';
  role: string | null;
  /** Own dates where the data gives them; otherwise those of the exchange apply. */
  start: Instant;
  end: Instant;
}

/** A person belonged to a group, from `start` to `end` (either may be unknown). */
export interface MembershipAttributes extends CommonAttributes {
  type: 'membership';
  role: string | null;
  start: Instant;
  end: Instant;
}

/** A direct tie between two people (a contact, a friendship, a collaboration). Undirected. */
export interface TieAttributes extends CommonAttributes {
  type: 'tie';
  /** The kind of tie as written in the data (for example `friendship`). */
  kind: string | null;
  start: Instant;
  end: Instant;
  weight: number;
}

export type EdgeAttributes = ParticipationAttributes | MembershipAttributes | TieAttributes;

/** Attributes of the network as a whole. */
export interface NetworkAttributes extends Attributes {
  /** A name for the network (for example the folder it was read from). */
  name?: string;
}

/**
 * An exchange network: an undirected graphology multigraph whose nodes are people, groups and
 * exchanges (keys `person:<id>`, `group:<id>`, `exchange:<id>`) and whose edges are
 * participations (person–exchange), memberships (person–group) and ties (person–person).
 */
export type ExchangeNetwork = AbstractGraph<NodeAttributes, EdgeAttributes, NetworkAttributes>;
