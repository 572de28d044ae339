import { describe, expect, test } from 'vitest';
import { analysisFiles } from '../../src/analysis/analysis-files.js';
import { analyze, analyzePeople } from '../../src/analysis/analyze.js';
import { GROUP_COLUMNS, PERSON_COLUMNS } from '../../src/analysis/registry.js';
import { textSource } from '../../src/import/csv-source.js';
import { importNetwork } from '../../src/import/import-network.js';
import { peopleNetwork } from '../../src/projection/people-network.js';

// Five people: a triangle a-b-c in DE (exchange x1), a tie c-d across to FR, d-e in FR, and f alone.
async function small() {
  const { network, problems } = await importNetwork({
    people: textSource('people.csv', 'id,country,org\na,DE,o1\nb,DE,o1\nc,DE,o2\nd,FR,o2\ne,FR,o3\nf,,o3\n'),
    exchanges: textSource('exchanges.csv', 'id,kind,start,end\nx1,camp,2016-05-01,2016-05-03\n'),
    participations: textSource('participations.csv', 'person,exchange\na,x1\nb,x1\nc,x1\n'),
    ties: textSource('ties.csv', 'source,target,weight\nc,d,2\nd,e,1\n'),
  });
  expect(problems).toEqual([]);
  return network;
}

describe('analyze', () => {
  test('people.csv has the contract columns first, in order, one row per person, isolated people included', async () => {
    const files = analysisFiles(analyze(await small(), { permutations: 0 }));
    const [header, ...lines] = files['people.csv'].trimEnd().split('\n');
    expect(header?.split(',').slice(0, PERSON_COLUMNS.length)).toEqual([...PERSON_COLUMNS]);
    expect(lines.map((l) => l.split(',')[0])).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(files['groups.csv'].split('\n')[0]).toBe(GROUP_COLUMNS.join(','));
  });

  test('hand-computed values on the small network', async () => {
    const { people, groups, network } = analyze(await small(), { permutations: 0 });
    const byId = Object.fromEntries(people.map((p) => [p.id, p]));
    // Degrees: a 2, b 2, c 3, d 2, e 1, f 0.
    expect(people.map((p) => p.degree)).toEqual([2, 2, 3, 2, 1, 0]);
    // c lies on every shortest path from {a, b} to {d, e} (4 pairs) and d on those from {a, b, c} to e (3 pairs):
    // normalised by 2 / ((n-1)(n-2)) = 2 / 20.
    expect(byId.c?.betweenness_raw).toBe(4);
    expect(byId.c?.betweenness).toBeCloseTo(0.4, 15);
    expect(byId.d?.betweenness).toBeCloseTo(0.3, 15);
    // E-I: c has 2 internal ties and 1 external: (1 - 2) / 3.
    expect([byId.c?.internal_ties, byId.c?.external_ties, byId.c?.ei_index]).toEqual([2, 1, -1 / 3]);
    // f has no group and no ties.
    expect(byId.f).toMatchObject({ group: null, degree: 0, ei_index: null, reach_1: 0, reach_2: 0 });
    // Communities {a, b, c}, {d, e}, {f}; countries split the same way, so c's participation is
    // 1 - (2/3)^2 - (1/3)^2 = 4/9 against either, and d's 1 - (1/2)^2 - (1/2)^2 = 1/2.
    expect(people.map((p) => p.community)).toEqual([0, 0, 0, 1, 1, 2]);
    expect(byId.c?.participation).toBeCloseTo(4 / 9, 15);
    expect(byId.c?.participation_community).toBeCloseTo(4 / 9, 15);
    expect(byId.d?.participation_community).toBe(0.5);
    expect(byId.c?.reach_1).toBe(3);
    expect(byId.c?.reach_2).toBe(4);
    // Countries among c and the people within 1 step (a, b, d): DE and FR; within 2 also e (FR).
    expect([byId.c?.reach_countries_1, byId.c?.reach_countries_2, byId.a?.reach_countries_1]).toEqual([2, 2, 1]);
    // Groups: DE has 3 internal ties (the triangle) and 1 external (c-d); FR 1 internal, 1 external.
    expect(groups).toEqual([
      { group: 'DE', people: 3, internal_ties: 3, external_ties: 1, ei_index: -0.5, groups_reached: 1 },
      { group: 'FR', people: 2, internal_ties: 1, external_ties: 1, ei_index: 0, groups_reached: 1 },
    ]);
    expect(network).toMatchObject({
      nodes: 6,
      edges: 5,
      density: 5 / 15,
      components: 2,
      groups: 2,
      ungrouped_people: 1,
      bridges: [
        ['c', 'd'],
        ['d', 'e'],
      ],
      articulation_points: ['c', 'd'],
    });
    // Whole network: 4 internal ties, 1 external.
    expect(network.ei_index).toMatchObject({ observed: -0.6, internal_ties: 4, external_ties: 1, excluded_ties: 0, permutations: 0 });
    expect(network.local_bridges).toEqual([
      { source: 'c', target: 'd', span: null },
      { source: 'd', target: 'e', span: null },
    ]);
  });

  test('weighted: strength adds the tie weights and shared exchanges', async () => {
    const { people } = analyze(await small(), { weighted: true, permutations: 0, metrics: ['strength'] });
    expect(people.map((p) => p.strength)).toEqual([2, 2, 4, 3, 1, 0]);
  });

  test('metrics not asked for leave their columns empty; group metrics without groups are skipped and said so', async () => {
    const network = await small();
    const only = analyze(network, { metrics: ['degree'] });
    expect(only.people[0]).toMatchObject({ degree: 2, betweenness: null, constraint: null, ei_index: null });
    expect(only.network.ei_index).toBeNull();
    const ungrouped = analyze(network, { groupBy: null, metrics: ['degree', 'ei-index', 'brokerage'] });
    expect(ungrouped.network.skipped.map((s) => s.metric)).toEqual(['ei-index', 'brokerage']);
    expect(ungrouped.groups).toEqual([]);
    expect(() => analyze(network, { metrics: ['nonsense' as never] })).toThrow("bridgegraph/analysis: unknown metric 'nonsense'.");
  });

  test('any column of people.csv can define the groups; countries reached are still counted', async () => {
    const { groups, people } = analyze(await small(), { groupBy: 'org', permutations: 0 });
    // a reaches b (o1) and c (o2) in one step: groups o1, o2; countries DE only.
    expect([people[0]?.reach_groups_1, people[0]?.reach_countries_1]).toEqual([2, 1]);
    expect(groups.map((g) => [g.group, g.people])).toEqual([
      ['o1', 2],
      ['o2', 2],
      ['o3', 2],
    ]);
  });

  test('same input and seed give the same bytes; the seed drives the permutation test', async () => {
    const network = await small();
    const once = analysisFiles(analyze(network, { seed: 7, permutations: 200 }));
    const again = analysisFiles(analyze(network, { seed: 7, permutations: 200 }));
    expect(again).toEqual(once);
    const other = analyze(network, { seed: 8, permutations: 200 });
    expect(JSON.parse(once['network.json']).ei_index.permutations).toBe(200);
    expect(other.network.options.seed).toBe(8);
  });

  test('analyzePeople takes a people network built by hand; no NaN reaches the files', async () => {
    const people = peopleNetwork(await small(), { sources: 'ties' });
    const files = analysisFiles(analyzePeople(people, { permutations: 10 }));
    expect(files['people.csv']).not.toMatch(/NaN|Infinity|undefined/);
    expect(files['network.json']).not.toMatch(/NaN|Infinity/);
  });
});
