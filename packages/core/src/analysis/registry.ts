/** The metrics `analyze` can compute, by id (the values of `--metrics`). */
export const METRIC_IDS = [
  'degree',
  'strength',
  'betweenness',
  'closeness',
  'eigenvector',
  'pagerank',
  'structural-holes',
  'ei-index',
  'participation',
  'communities',
  'brokerage',
  'reach',
  'bridges',
  'local-bridges',
  'assortativity',
] as const;

export type MetricId = (typeof METRIC_IDS)[number];

/**
 * A metric described as data, so that the command line, the viewer's menus and the docs are all
 * generated from one list.
 */
export interface MetricDescriptor {
  id: MetricId;
  label: string;
  /** One sentence: what it measures, for menus and `--help`. */
  description: string;
  /** Whether it needs a grouping attribute (`groupBy`). */
  needsGroups: boolean;
  /** The columns of people.csv it fills (empty when it only adds to groups.csv or network.json). */
  personColumns: readonly string[];
  /** The fields of groups.csv and network.json it fills. */
  groupColumns: readonly string[];
  networkFields: readonly string[];
  /** Where the definition comes from. */
  citation: string;
}

export const METRICS: readonly MetricDescriptor[] = [
  {
    id: 'degree',
    label: 'Degree',
    description: 'Number of different people a person is tied to.',
    needsGroups: false,
    personColumns: ['degree'],
    groupColumns: [],
    networkFields: [],
    citation: 'Freeman (1979), Social Networks 1:215-239',
  },
  {
    id: 'strength',
    label: 'Strength',
    description: "Sum of the weights of a person's ties (shared exchanges plus direct tie weights).",
    needsGroups: false,
    personColumns: ['strength'],
    groupColumns: [],
    networkFields: [],
    citation: 'Barrat et al. (2004), PNAS 101:3747-3752',
  },
  {
    id: 'betweenness',
    label: 'Betweenness',
    description: 'Share of shortest paths between other people that pass through a person (normalised as networkx).',
    needsGroups: false,
    personColumns: ['betweenness'],
    groupColumns: [],
    networkFields: [],
    citation: 'Freeman (1977), Sociometry 40:35-41; Brandes (2001), J. Math. Sociol. 25:163-177',
  },
  {
    id: 'closeness',
    label: 'Closeness',
    description: 'How near a person is to everyone they can reach (Wasserman-Faust correction for disconnected networks).',
    needsGroups: false,
    personColumns: ['closeness'],
    groupColumns: [],
    networkFields: [],
    citation: 'Wasserman and Faust (1994), Social Network Analysis, p. 201',
  },
  {
    id: 'eigenvector',
    label: 'Eigenvector centrality',
    description: 'A person is central when tied to central people.',
    needsGroups: false,
    personColumns: ['eigenvector'],
    groupColumns: [],
    networkFields: [],
    citation: 'Bonacich (1972), J. Math. Sociol. 2:113-120',
  },
  {
    id: 'pagerank',
    label: 'PageRank',
    description: 'Stationary share of a random walk that follows ties (damping 0.85).',
    needsGroups: false,
    personColumns: ['pagerank'],
    groupColumns: [],
    networkFields: [],
    citation: 'Brin and Page (1998), Computer Networks 30:107-117',
  },
  {
    id: 'structural-holes',
    label: "Burt's structural holes",
    description: 'Constraint, effective size, efficiency and hierarchy: how far a person spans otherwise unconnected contacts.',
    needsGroups: false,
    personColumns: ['constraint', 'effective_size', 'efficiency', 'hierarchy'],
    groupColumns: [],
    networkFields: [],
    citation: 'Burt (1992), Structural Holes, Harvard University Press',
  },
  {
    id: 'ei-index',
    label: 'E-I index',
    description: 'Ties to other groups minus ties within, over all ties: -1 all inside, +1 all across; with a permutation test.',
    needsGroups: true,
    personColumns: ['internal_ties', 'external_ties', 'ei_index'],
    groupColumns: ['internal_ties', 'external_ties', 'ei_index'],
    networkFields: ['ei_index'],
    citation: 'Krackhardt and Stern (1988), Social Psychology Quarterly 51:123-140',
  },
  {
    id: 'participation',
    label: 'Participation coefficient',
    description: "How evenly a person's ties spread over groups: 0 all in one group, near 1 spread over many.",
    needsGroups: true,
    personColumns: ['participation', 'participation_community'],
    groupColumns: [],
    networkFields: [],
    citation: 'Guimerà and Amaral (2005), Nature 433:895-900',
  },
  {
    id: 'communities',
    label: 'Louvain communities',
    description: 'Communities found by the Louvain method (seeded), and their modularity.',
    needsGroups: false,
    personColumns: ['community'],
    groupColumns: [],
    networkFields: ['modularity', 'communities'],
    citation: 'Blondel et al. (2008), J. Stat. Mech. P10008; Newman and Girvan (2004), Phys. Rev. E 69:026113',
  },
  {
    id: 'brokerage',
    label: 'Gould-Fernandez brokerage',
    description:
      'How often a person sits between two others, by the groups of the three: coordinator, itinerant, representative, gatekeeper, liaison.',
    needsGroups: true,
    personColumns: ['broker_coordinator', 'broker_itinerant', 'broker_representative', 'broker_gatekeeper', 'broker_liaison'],
    groupColumns: [],
    networkFields: [],
    citation: 'Gould and Fernandez (1989), Sociological Methodology 19:89-126',
  },
  {
    id: 'reach',
    label: 'Reach',
    description: 'How many other people, groups and countries a person reaches in one and in two steps.',
    needsGroups: false,
    personColumns: ['reach_1', 'reach_2', 'reach_groups_1', 'reach_groups_2', 'reach_countries_1', 'reach_countries_2'],
    groupColumns: [],
    networkFields: [],
    citation: 'Borgatti (2006), Computational and Mathematical Organization Theory 12:21-34',
  },
  {
    id: 'bridges',
    label: 'Bridges and articulation points',
    description: 'Ties and people whose removal would split the network.',
    needsGroups: false,
    personColumns: [],
    groupColumns: [],
    networkFields: ['bridges', 'articulation_points'],
    citation: 'Hopcroft and Tarjan (1973), Communications of the ACM 16:372-378',
  },
  {
    id: 'local-bridges',
    label: 'Local bridges',
    description: 'Ties whose two ends share no contact, with the span: how far apart they would be without it.',
    needsGroups: false,
    personColumns: [],
    groupColumns: [],
    networkFields: ['local_bridges'],
    citation: 'Granovetter (1973), American Journal of Sociology 78:1360-1380',
  },
  {
    id: 'assortativity',
    label: 'Attribute assortativity',
    description: 'Whether people tie within their group more than chance would have it: 1 only within, 0 as chance, negative across.',
    needsGroups: true,
    personColumns: [],
    groupColumns: [],
    networkFields: ['assortativity'],
    citation: 'Newman (2003), Phys. Rev. E 67:026126',
  },
];

/** The descriptor of a metric id, or an error naming the known ids. */
export function metricDescriptor(id: string): MetricDescriptor {
  const found = METRICS.find((m) => m.id === id);
  if (!found) throw new RangeError(`bridgegraph/analysis: unknown metric '${id}'; known metrics: ${METRIC_IDS.join(', ')}.`);
  return found;
}

/** The columns of people.csv, in their documented, stable order. */
export const PERSON_COLUMNS = [
  'id',
  'group',
  'degree',
  'strength',
  'betweenness',
  'closeness',
  'eigenvector',
  'pagerank',
  'constraint',
  'effective_size',
  'efficiency',
  'hierarchy',
  'internal_ties',
  'external_ties',
  'ei_index',
  'participation',
  'community',
  'broker_coordinator',
  'broker_itinerant',
  'broker_representative',
  'broker_gatekeeper',
  'broker_liaison',
  'reach_1',
  'reach_2',
] as const;

/** Columns of people.csv after the contract's, added since (never renamed or removed). */
export const PERSON_EXTRA_COLUMNS = [
  'betweenness_raw',
  'reach_groups_1',
  'reach_groups_2',
  'broker_coordinator_z',
  'broker_itinerant_z',
  'broker_representative_z',
  'broker_gatekeeper_z',
  'broker_liaison_z',
  'participation_community',
  'reach_countries_1',
  'reach_countries_2',
] as const;

/** The columns of groups.csv, in their documented, stable order. */
export const GROUP_COLUMNS = ['group', 'people', 'internal_ties', 'external_ties', 'ei_index', 'groups_reached'] as const;
