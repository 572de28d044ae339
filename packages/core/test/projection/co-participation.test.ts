import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ExchangeNetwork, type ImportProblem, stringifyNetwork } from '@bridgegraph/core';
import { loadNetwork } from '@bridgegraph/core/node';
import { beforeAll, describe, expect, test } from 'vitest';
import { coParticipation } from '../../src/projection/co-participation.js';
import { at, edgesOf, networkOf, weightsOf } from './network-of.js';

const PEOPLE = 'id,name,country\na,Ana,DE\nb,Bo,UA\nc,Cy,DE\nd,Di,PL\n';
const EXCHANGES = [
  'id,kind,programme,start,end',
  'x1,youth-exchange,Erasmus+,2016-07-01,2016-07-10',
  'x2,study-visit,Sport4All,2016-05-01,2016-05-03',
  '',
].join('\n');
// x1: a, b, c (c hosts); x2: a, b; d took part in nothing.
const PARTICIPATIONS = 'person,exchange,role\na,x1,participant\nb,x1,participant\nc,x1,host\na,x2,participant\nb,x2,participant\n';

describe('coParticipation', () => {
  test('an exchange of 3 people is a triangle of weight 1; every person is a node, in order', async () => {
    const network = await networkOf({ people: PEOPLE, exchanges: EXCHANGES, participations: 'person,exchange\na,x1\nb,x1\nc,x1\n' });
    const people = coParticipation(network);
    expect(people.nodes()).toEqual(['a', 'b', 'c', 'd']);
    expect(people.getNodeAttributes('d')).toEqual({ id: 'd', name: 'Di', country: 'PL', data: { id: 'd', name: 'Di', country: 'PL' } });
    expect(people.degree('d')).toBe(0);
    expect(weightsOf(people)).toEqual([
      ['a', 'b', 1],
      ['a', 'c', 1],
      ['b', 'c', 1],
    ]);
    expect(people.getEdgeAttributes('a', 'b')).toEqual({
      weight: 1,
      tieWeight: 0,
      coParticipation: 1,
      exchanges: ['x1'],
      ties: [],
      firstContact: at('2016-07-01'),
    });
    // Newman: each of the 3 divides themself among the 2 others, 1/(3-1).
    expect(weightsOf(coParticipation(network, { weighting: 'newman' }))).toEqual([
      ['a', 'b', 0.5],
      ['a', 'c', 0.5],
      ['b', 'c', 0.5],
    ]);
  });

  test('two exchanges shared by a pair: weight 2, exchanges in chronological order, firstContact the earliest', async () => {
    const network = await networkOf({ people: PEOPLE, exchanges: EXCHANGES, participations: PARTICIPATIONS });
    const people = coParticipation(network);
    expect(edgesOf(people).map(([s, t, a]) => [s, t, a.weight, a.exchanges, a.firstContact])).toEqual([
      ['a', 'b', 2, ['x2', 'x1'], at('2016-05-01')],
      ['a', 'c', 1, ['x1'], at('2016-07-01')],
      ['b', 'c', 1, ['x1'], at('2016-07-01')],
    ]);
    // Newman: x1 (3 people) gives 1/2 to each pair, x2 (2 people) gives 1 to a-b.
    const newman = coParticipation(network, { weighting: 'newman' });
    expect(edgesOf(newman).map(([s, t, a]) => [s, t, a.weight, a.coParticipation, a.tieWeight])).toEqual([
      ['a', 'b', 1.5, 1.5, 0],
      ['a', 'c', 0.5, 0.5, 0],
      ['b', 'c', 0.5, 0.5, 0],
    ]);
  });

  test('exchanges on the same date are listed by id; undated ones last', async () => {
    const exchanges = 'id,start,end\nx4,2016-03-01,2016-03-02\nx9,,\nx3,2016-03-01,2016-03-05\nx0,2017-01-01,2017-01-01\n';
    const participations = 'person,exchange\na,x4\nb,x4\na,x9\nb,x9\na,x3\nb,x3\na,x0\nb,x0\n';
    const network = await networkOf({ people: PEOPLE, exchanges, participations });
    expect(coParticipation(network).getEdgeAttributes('a', 'b')).toMatchObject({
      weight: 4,
      exchanges: ['x3', 'x4', 'x0', 'x9'],
      firstContact: at('2016-03-01'),
    });
  });

  test('a person with two roles in one exchange counts once (and once in n for Newman)', async () => {
    const participations = `${PARTICIPATIONS}a,x1,group-leader\n`;
    const network = await networkOf({ people: PEOPLE, exchanges: EXCHANGES, participations });
    expect(weightsOf(coParticipation(network))).toEqual([
      ['a', 'b', 2],
      ['a', 'c', 1],
      ['b', 'c', 1],
    ]);
    expect(weightsOf(coParticipation(network, { weighting: 'newman' }))).toEqual([
      ['a', 'b', 1.5],
      ['a', 'c', 0.5],
      ['b', 'c', 0.5],
    ]);
  });

  test('kinds and programmes keep the exchanges named', async () => {
    const network = await networkOf({ people: PEOPLE, exchanges: EXCHANGES, participations: PARTICIPATIONS });
    const onlyX2 = [['a', 'b', 1]];
    expect(weightsOf(coParticipation(network, { kinds: ['study-visit'] }))).toEqual(onlyX2);
    expect(weightsOf(coParticipation(network, { programmes: ['Sport4All'] }))).toEqual(onlyX2);
    expect(weightsOf(coParticipation(network, { kinds: ['youth-exchange'], programmes: ['Sport4All'] }))).toEqual([]);
    expect(weightsOf(coParticipation(network, { kinds: ['study-visit', 'youth-exchange'] }))).toEqual(weightsOf(coParticipation(network)));
    // Filters never drop people: all four are still nodes.
    expect(coParticipation(network, { kinds: ['camp'] }).order).toBe(4);
  });

  test('roles: a person counts in an exchange if any of their participations passes', async () => {
    const participations = `${PARTICIPATIONS}a,x1,group-leader\n`;
    const network = await networkOf({ people: PEOPLE, exchanges: EXCHANGES, participations });
    // c only hosted x1: out. a led and took part in x1: in.
    expect(weightsOf(coParticipation(network, { roles: ['participant'] }))).toEqual([['a', 'b', 2]]);
    expect(weightsOf(coParticipation(network, { roles: ['group-leader', 'host'] }))).toEqual([['a', 'c', 1]]);
    // n counts the people who pass: x1 has a and b only, so Newman gives them 1 there.
    expect(weightsOf(coParticipation(network, { roles: ['participant'], weighting: 'newman' }))).toEqual([['a', 'b', 2]]);
  });

  test('window: periods overlap it (ends included), participation dates first, undated kept only without a window', async () => {
    const exchanges = [
      'id,start,end',
      'x1,2016-07-01,2016-07-10',
      'x2,2016-05-01,2016-05-03',
      'x3,,', // undated
      '',
    ].join('\n');
    // c came to x1 for its last two days only; c and d met at the undated x3.
    const participations = 'person,exchange,start,end\na,x1,,\nb,x1,,\nc,x1,2016-07-09,2016-07-10\na,x2,,\nb,x2,,\nc,x3,,\nd,x3,,\n';
    const network = await networkOf({ people: PEOPLE, exchanges, participations });
    const all = coParticipation(network);
    expect(weightsOf(all)).toEqual([
      ['a', 'b', 2],
      ['a', 'c', 1],
      ['b', 'c', 1],
      ['c', 'd', 1],
    ]);
    // The pair's date at an exchange is when both were there: c arrived on the 9th.
    expect(all.getEdgeAttribute('a', 'c', 'firstContact')).toBe(at('2016-07-09'));
    expect(all.getEdgeAttributes('c', 'd')).toMatchObject({ exchanges: ['x3'], firstContact: null });
    // A window with no bound is no window.
    expect(weightsOf(coParticipation(network, { window: {} }))).toEqual(weightsOf(all));
    expect(weightsOf(coParticipation(network, { window: { start: null, end: null } }))).toEqual(weightsOf(all));

    // Up to 2016-07-08: x2 and the start of x1, without c.
    expect(weightsOf(coParticipation(network, { window: { end: at('2016-07-08T23:59:59.999Z') } }))).toEqual([['a', 'b', 2]]);
    // The window's end on x1's first millisecond: x1 counts (closed periods), x3 (undated) does not.
    expect(weightsOf(coParticipation(network, { window: { start: at('2016-06-01'), end: at('2016-07-01') } }))).toEqual([['a', 'b', 1]]);
    // From the 9th: x1 with c.
    expect(edgesOf(coParticipation(network, { window: { start: at('2016-07-09') } })).map(([s, t, a]) => [s, t, a.exchanges])).toEqual([
      ['a', 'b', ['x1']],
      ['a', 'c', ['x1']],
      ['b', 'c', ['x1']],
    ]);
    // Right after x2's last millisecond (its end date covers the whole day).
    expect(weightsOf(coParticipation(network, { window: { start: at('2016-05-04'), end: at('2016-06-30') } }))).toEqual([]);
  });

  test('options are checked', async () => {
    const network = await networkOf({ people: PEOPLE, exchanges: EXCHANGES, participations: PARTICIPATIONS });
    const bad: [string, unknown][] = [
      ['weighting', { weighting: 'jaccard' }],
      ['kinds', { kinds: [] }],
      ['roles', { roles: 'host' }],
      ['window.end', { window: { start: 10, end: 5 } }],
      ['window.start', { window: { start: '2016-01-01' } }],
    ];
    for (const [name, options] of bad) {
      expect(() => coParticipation(network, options as never), name).toThrow(
        new RegExp(`^bridgegraph/projection: ${name.replace('.', '\\.')}`),
      );
    }
  });

  test('the exchange network is left as it was', async () => {
    const network = await networkOf({ people: PEOPLE, exchanges: EXCHANGES, participations: PARTICIPATIONS });
    const before = stringifyNetwork(network);
    const people = coParticipation(network);
    people.getNodeAttributes('a').data.name = 'changed';
    expect(stringifyNetwork(network)).toBe(before);
  });
});

// Reference: networkx 2.8.8 on Davis, Gardner and Gardner's Southern Women (18 women, 14 events).
// The fixture is made by ../fixtures/reference/make_projection_fixtures.py (see its docstring).
describe('coParticipation on Davis Southern Women equals networkx', () => {
  const here = dirname(fileURLToPath(import.meta.url));
  const reference = JSON.parse(readFileSync(resolve(here, '../fixtures/reference/davis-projections.json'), 'utf8')) as {
    tool: string;
    nodes: string[];
    count: { edges: [string, string, number][] };
    newman: { edges: [string, string, number][] };
  };
  let network: ExchangeNetwork;
  let problems: readonly ImportProblem[];
  beforeAll(async () => {
    ({ network, problems } = await loadNetwork([resolve(here, '../../../../datasets/davis-southern-women')]));
  });
  type Edge = [string, string, number];
  const sorted = (edges: Edge[]): Edge[] => edges.map(([a, b, w]): Edge => (a < b ? [a, b, w] : [b, a, w])).sort();

  test('the data loads cleanly, with the same women', () => {
    expect(problems).toEqual([]);
    expect(reference.tool).toBe('networkx');
    expect(coParticipation(network).nodes()).toEqual(reference.nodes);
  });

  test('count: weighted_projected_graph, exactly', () => {
    const ours = sorted(weightsOf(coParticipation(network)));
    expect(ours).toHaveLength(139);
    expect(ours).toEqual(reference.count.edges);
  });

  test('newman: collaboration_weighted_projected_graph, to 1e-12', () => {
    const ours = sorted(weightsOf(coParticipation(network, { weighting: 'newman' })));
    expect(ours.map(([a, b]) => [a, b])).toEqual(reference.newman.edges.map(([a, b]) => [a, b]));
    ours.forEach(([a, b, w], i) => {
      expect(Math.abs(w - (reference.newman.edges[i]?.[2] as number)), `${a}-${b}`).toBeLessThanOrEqual(1e-12);
    });
  });
});
