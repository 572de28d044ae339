export { analysisFiles } from './analysis/analysis-files.js';
export {
  type Analysis,
  type AnalyzeOptions,
  analyze,
  analyzePeople,
  type GroupRow,
  type NetworkResult,
  type PersonRow,
} from './analysis/analyze.js';
export {
  GROUP_COLUMNS,
  METRIC_IDS,
  METRICS,
  type MetricDescriptor,
  type MetricId,
  metricDescriptor,
  PERSON_COLUMNS,
  PERSON_EXTRA_COLUMNS,
} from './analysis/registry.js';
export { type CsvCell, csvCell, toCsv } from './export/csv-table.js';
export { fromGexf } from './export/from-gexf.js';
export { fromGraphml } from './export/from-graphml.js';
export type { GraphReadResult } from './export/network-from-graph.js';
export { type CsvPackage, toCsvPackage } from './export/to-csv-package.js';
export { type GexfOptions, toGexf } from './export/to-gexf.js';
export { toGraphml } from './export/to-graphml.js';
export { type ColumnMapping, type ColumnMappings, REQUIRED_COLUMNS, roleFromFileName, STANDARD_COLUMNS } from './import/columns.js';
export type { SourceEncoding } from './import/csv-source.js';
export { type CsvSource, FILE_ROLES, type FileRole, textSource } from './import/csv-source.js';
export {
  type DataPackage,
  type FileReport,
  type ImportOptions,
  type ImportProgress,
  type ImportResult,
  importNetwork,
} from './import/import-network.js';
export { ImportError, type ImportProblem, type ProblemCode, problemLocation } from './import/problems.js';
export { detectDelimiter } from './import/read-csv.js';
export {
  NETWORK_JSON_FORMAT,
  NETWORK_JSON_VERSION,
  type NetworkJSON,
  networkFromJSON,
  networkToJSON,
  stringifyNetwork,
} from './io/network-json.js';
export { type BridgesOnIndexResult, type BridgesResult, bridges, bridgesOnIndex } from './metrics/edge/bridges.js';
export { type LocalBridge, type LocalBridgeOnIndex, localBridges, localBridgesOnIndex } from './metrics/edge/local-bridges.js';
export {
  type AssortativityIndexOptions,
  type AssortativityOptions,
  type AssortativityResult,
  assortativity,
  assortativityOnIndex,
} from './metrics/graph/assortativity.js';
export {
  type CommunitiesIndexOptions,
  type CommunitiesOnIndexResult,
  type CommunitiesOptions,
  type CommunitiesResult,
  communities,
  communitiesOnIndex,
} from './metrics/graph/communities.js';
export { type ModularityIndexOptions, type ModularityOptions, modularity, modularityOnIndex } from './metrics/graph/modularity.js';
export {
  buildIndex,
  type EdgeWeightGetter,
  edgeWeight,
  type GraphIndex,
  type GroupGetter,
  type IndexOptions,
  toNodeRecord,
} from './metrics/graph-index.js';
export {
  type EiGroup,
  type EiIndexIndexOptions,
  type EiIndexOnIndexResult,
  type EiIndexOptions,
  type EiIndexResult,
  type EiNetwork,
  type EiPermutationTest,
  eiIndex,
  eiIndexOnIndex,
} from './metrics/group/ei-index.js';
export {
  type ParticipationCoefficientIndexOptions,
  type ParticipationCoefficientOptions,
  participationCoefficient,
  participationCoefficientOnIndex,
  type UngroupedNeighbors,
} from './metrics/group/participation-coefficient.js';
export {
  type BetweennessOnIndexResult,
  type BetweennessOptions,
  type BetweennessValues,
  betweenness,
  betweennessOnIndex,
} from './metrics/node/betweenness.js';
export {
  BROKERAGE_ROLES,
  type BrokerageIndexOptions,
  type BrokerageOnIndex,
  type BrokerageOptions,
  type BrokerageResult,
  type BrokerageRole,
  type BrokerageScore,
  type BrokerageScores,
  brokerage,
  brokerageOnIndex,
} from './metrics/node/brokerage.js';
export { type ClosenessIndexOptions, type ClosenessOptions, closeness, closenessOnIndex } from './metrics/node/closeness.js';
export { type DegreeOnIndexResult, type DegreeOptions, type DegreeValues, degree, degreeOnIndex } from './metrics/node/degree.js';
export { type EigenvectorIndexOptions, type EigenvectorOptions, eigenvector, eigenvectorOnIndex } from './metrics/node/eigenvector.js';
export { type PagerankIndexOptions, type PagerankOptions, pagerank, pagerankOnIndex } from './metrics/node/pagerank.js';
export {
  type Reach,
  type ReachIndexOptions,
  type ReachOnIndexResult,
  type ReachOptions,
  reach,
  reachOnIndex,
} from './metrics/node/reach.js';
export {
  constraint,
  constraintOnIndex,
  effectiveSize,
  effectiveSizeOnIndex,
  efficiency,
  efficiencyOnIndex,
  hierarchy,
  hierarchyOnIndex,
  type StructuralHoles,
  type StructuralHolesOptions,
  structuralHolesOnIndex,
} from './metrics/node/structural-holes.js';
export { createNetwork } from './model/create-network.js';
export { exchangeKey, groupKey, nodeKey, personKey } from './model/keys.js';
export {
  compareInstants,
  exchanges,
  exchangesOfPerson,
  groups,
  groupsOfPerson,
  type Linked,
  participantsOfExchange,
  people,
  peopleOfGroup,
  type TimeSpan,
  timeSpan,
} from './model/queries.js';
export type {
  EdgeAttributes,
  EdgeType,
  ExchangeAttributes,
  ExchangeNetwork,
  GroupAttributes,
  Instant,
  MembershipAttributes,
  NetworkAttributes,
  NodeAttributes,
  NodeType,
  ParticipationAttributes,
  PersonAttributes,
  Provenance,
  RecordData,
  TieAttributes,
} from './model/types.js';
export { type CoParticipationOptions, type CoParticipationWeighting, coParticipation } from './projection/co-participation.js';
export type { TimeWindow } from './projection/filters.js';
export { type GroupBy, type GroupNetworkOptions, groupNetwork } from './projection/group-network.js';
export { type PeopleNetworkOptions, type PeopleNetworkSources, peopleNetwork } from './projection/people-network.js';
export type {
  GroupNetwork,
  GroupNetworkAttributes,
  GroupNode,
  GroupTie,
  PeopleNetwork,
  PeopleTie,
  PersonNode,
} from './projection/types.js';
export type { ReachWindow } from './reach/check-windows.js';
export {
  type FirstContactByGroupPairOptions,
  firstContactByGroupPair,
  type GroupPairFirstContact,
} from './reach/first-contact-by-group-pair.js';
export {
  type ContactVia,
  compareFirstContacts,
  type FirstContact,
  type FirstContactsOptions,
  firstContacts,
} from './reach/first-contacts.js';
export { type DateForm, type DateRole, dateForm, formatDate, isDayBoundary } from './reach/format-date.js';
export { type NetworkFootprint, networkFootprint } from './reach/network-footprint.js';
export { type NewCrossGroupTiesOptions, type NewCrossGroupTiesRow, newCrossGroupTies } from './reach/new-cross-group-ties.js';
export { type PersistenceOptions, type PersistenceRow, persistence } from './reach/persistence.js';
export {
  type ProgrammeReachOptions,
  type ProgrammeReachRow,
  programmeReach,
  REACH_UNITS,
  type ReachUnit,
} from './reach/programme-reach.js';
export {
  FIRST_CONTACT_COLUMNS,
  FIRST_CONTACT_EXTRA_COLUMNS,
  PROGRAMME_COLUMNS,
  PROGRAMME_COUNTERFACTUAL_COLUMNS,
  PROGRAMME_EXTRA_COLUMNS,
  type ReachTables,
  reachFiles,
  viaLabel,
} from './reach/reach-files.js';
export type { ContactFilterOptions, ReachFilterOptions } from './reach/reach-filters.js';
export {
  type TimeToFirstCrossGroupTieOptions,
  type TimeToFirstCrossGroupTieRow,
  timeToFirstCrossGroupTie,
} from './reach/time-to-first-cross-group-tie.js';
export { withoutExchanges } from './reach/without-exchanges.js';
export { type NetworkSummary, summarizeNetwork, type ValueCount } from './summary/summarize-network.js';
export {
  CONTACT_SEQUENCE_DEFAULTS,
  type ContactSequence,
  type ContactSequenceOptions,
  type ContactSources,
  contactCount,
  contactSequence,
  type PairContacts,
  pairContacts,
  type UndatedContacts,
  type Via,
} from './temporal/contacts.js';
export {
  type Arrival,
  canReach,
  type Departure,
  earliestArrival,
  latestDeparture,
  type PersonGroupBy,
  pathTo,
  REACHABILITY_DEFAULTS,
  type ReachabilityOptions,
  type ReachSizeRow,
  type ReachSizesOptions,
  reachableFrom,
  reachableSetSizes,
  type TemporalSet,
  type TemporalSetOptions,
} from './temporal/reachability.js';
export { exchangePresent, networkAt, participationPresent, sliceNetwork, statePresent } from './temporal/slice.js';
export { TIMELINE_COLUMNS, type TimelineOptions, type TimelineRow, timeline } from './temporal/timeline.js';
export { formatWindowBound, type TimelineCsvOptions, timelineCsv, type WindowDateForm, windowDateForm } from './temporal/timeline-csv.js';
export {
  CALENDAR_UNITS,
  type CalendarUnit,
  type Period,
  type TimeWindowsOptions,
  timeWindows,
  type WindowMode,
  type WindowStep,
} from './temporal/windows.js';
export {
  EXPECTED_INSTANT,
  formatInstant,
  type InstantRole,
  type ParsedInstant,
  type ParseInstantOptions,
  parseInstant,
} from './time/parse-instant.js';
export { assertTimeZone } from './time/time-zone.js';
export { createRandom, DEFAULT_SEED, type Random } from './utils/random.js';
