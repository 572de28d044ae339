export { type ColumnMapping, type ColumnMappings, REQUIRED_COLUMNS, roleFromFileName, STANDARD_COLUMNS } from './import/columns.js';
export { type CsvSource, FILE_ROLES, type FileRole, textSource } from './import/csv-source.js';
export { type DataPackage, type FileReport, type ImportOptions, type ImportResult, importNetwork } from './import/import-network.js';
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
export { type NetworkSummary, summarizeNetwork, type ValueCount } from './summary/summarize-network.js';
export {
  EXPECTED_INSTANT,
  formatInstant,
  type InstantRole,
  type ParsedInstant,
  type ParseInstantOptions,
  parseInstant,
} from './time/parse-instant.js';
export { assertTimeZone } from './time/time-zone.js';
export { type CoParticipationOptions, type CoParticipationWeighting, coParticipation } from './projection/co-participation.js';
export type { TimeWindow } from './projection/filters.js';
export { type GroupBy, type GroupNetworkOptions, groupNetwork } from './projection/group-network.js';
export { type PeopleNetworkOptions, type PeopleNetworkSources, peopleNetwork } from './projection/people-network.js';
export type { GroupNetwork, GroupNetworkAttributes, GroupNode, GroupTie, PeopleNetwork, PeopleTie, PersonNode } from './projection/types.js';
export { type CsvCell, csvCell, toCsv } from './export/csv-table.js';
export {
  type EdgeWeightGetter,
  edgeWeight,
  type GraphIndex,
  type GroupGetter,
  type IndexOptions,
  buildIndex,
  toNodeRecord,
} from './metrics/graph-index.js';
export { GROUP_COLUMNS, METRIC_IDS, type MetricDescriptor, type MetricId, METRICS, metricDescriptor, PERSON_COLUMNS } from './analysis/registry.js';
