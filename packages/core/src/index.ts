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
