import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExchangeNetwork, ImportProblem } from '@bridgegraph/core';
import { loadNetwork } from '@bridgegraph/core/node';
import { beforeAll, describe, expect, test } from 'vitest';
import { coParticipation } from '../../src/projection/co-participation.js';
import { peopleNetwork } from '../../src/projection/people-network.js';
import { handMadePackage } from '../hand-made-package.js';
import { importChecked } from '../helpers.js';
import { at, edgesOf, networkOf, weightsOf } from './network-of.js';

async function handMade(): Promise<ExchangeNetwork> {
  const { network, problems } = await importChecked(handMadePackage());
  expect(problems).toEqual([]);
  return network;
}

/** [source, target, weight, tieWeight, coParticipation, exchanges, ties, firstContact] for every edge. */
function rows(people: ReturnType<typeof peopleNetwork>) {
  return edgesOf(people).map(([s, t, a]) => [s, t, a.weight, a.tieWeight, a.coParticipation, a.exchanges, a.ties, a.firstContact]);
}

describe('peopleNetwork', () => {
  // The hand-made package: x1 (2016-07-01) had ana, bo, cy; x2 (2016-10-03) ana, bo; x3 (undated) and
  // x4 ana alone. Ties: tie#0 ana-bo 2016-07-05 (no end), tie#1 bo-cy undated, tie#2 ana-cy
  // 2016-07-06T10:00Z, tie#3 di-ed undated, tie#4 cy-ana 2013-09-01 to 2015; every weight 1.
  test('weight = tieWeight + coParticipation, worked out by hand', async () => {
    const people = peopleNetwork(await handMade());
    expect(people.nodes()).toEqual(['ana', 'bo', 'cy', 'di', 'ed']);
    expect(rows(people)).toEqual([
      // Met at x1 and x2 and became friends: 2 + 1.
      ['ana', 'bo', 3, 1, 2, ['x1', 'x2'], ['tie#0'], at('2016-07-01')],
      // Two ties (summed) and x1; first contact the colleague tie of 2013.
      ['ana', 'cy', 3, 2, 1, ['x1'], ['tie#2', 'tie#4'], at('2013-09-01')],
      // An undated tie and x1: first contact x1.
      ['bo', 'cy', 2, 1, 1, ['x1'], ['tie#1'], at('2016-07-01')],
      // A tie only: weight = tieWeight.
      ['di', 'ed', 1, 1, 0, [], ['tie#3'], null],
    ]);
  });

  test('Newman weighting combines the same way', async () => {
    // x1 has 3 people (1/2 to each pair), x2 has 2 (1).
    expect(weightsOf(peopleNetwork(await handMade(), { weighting: 'newman' }))).toEqual([
      ['ana', 'bo', 2.5],
      ['ana', 'cy', 2.5],
      ['bo', 'cy', 1.5],
      ['di', 'ed', 1],
    ]);
  });

  test('sources: ties only, or participations only (= coParticipation)', async () => {
    const network = await handMade();
    expect(rows(peopleNetwork(network, { sources: 'ties' }))).toEqual([
      ['ana', 'bo', 1, 1, 0, [], ['tie#0'], at('2016-07-05')],
      ['ana', 'cy', 2, 2, 0, [], ['tie#2', 'tie#4'], at('2013-09-01')],
      ['bo', 'cy', 1, 1, 0, [], ['tie#1'], null],
      ['di', 'ed', 1, 1, 0, [], ['tie#3'], null],
    ]);
    const participations = peopleNetwork(network, { sources: 'participations', weighting: 'newman' });
    expect(edgesOf(participations)).toEqual(edgesOf(coParticipation(network, { weighting: 'newman' })));
    expect(participations.nodes()).toEqual(['ana', 'bo', 'cy', 'di', 'ed']);
  });

  test('tieKinds keeps the ties named; co-participation is untouched', async () => {
    expect(rows(peopleNetwork(await handMade(), { tieKinds: ['friendship'] }))).toEqual([
      ['ana', 'bo', 3, 1, 2, ['x1', 'x2'], ['tie#0'], at('2016-07-01')],
      ['ana', 'cy', 1, 0, 1, ['x1'], [], at('2016-07-01')],
      ['bo', 'cy', 2, 1, 1, ['x1'], ['tie#1'], at('2016-07-01')],
    ]);
  });

  test('window applies to ties: a tie without end still runs, undated ties are left out', async () => {
    const network = await handMade();
    expect(rows(peopleNetwork(network, { window: { start: at('2016-01-01'), end: at('2016-07-31T23:59:59.999Z') } }))).toEqual([
      ['ana', 'bo', 2, 1, 1, ['x1'], ['tie#0'], at('2016-07-01')],
      ['ana', 'cy', 2, 1, 1, ['x1'], ['tie#2'], at('2016-07-01')],
      ['bo', 'cy', 1, 0, 1, ['x1'], [], at('2016-07-01')],
    ]);
    // In 2017 only the friendship of 2016, which has no end, is still there.
    expect(rows(peopleNetwork(network, { window: { start: at('2017-01-01') } }))).toEqual([
      ['ana', 'bo', 1, 1, 0, [], ['tie#0'], at('2016-07-05')],
    ]);
    // Up to the last millisecond of 2015: the colleague tie ending in 2015 (the end date covers the year).
    expect(rows(peopleNetwork(network, { window: { end: at('2015-12-31T23:59:59.999Z') } }))).toEqual([
      ['ana', 'cy', 1, 1, 0, [], ['tie#4'], at('2013-09-01')],
    ]);
  });

  test('a bare edge list is its tie network; parallel ties are summed', async () => {
    const network = await networkOf({ ties: 'source,target,weight,time\na,b,2,2016-05-01\nb,a,3,2016-04-01\nb,c,1,\n' });
    const people = peopleNetwork(network);
    expect(people.nodes()).toEqual(['a', 'b', 'c']);
    expect(rows(people)).toEqual([
      ['a', 'b', 5, 5, 0, [], ['tie#0', 'tie#1'], at('2016-04-01')],
      ['b', 'c', 1, 1, 0, [], ['tie#2'], null],
    ]);
    expect(people.getNodeAttributes('a')).toEqual({ id: 'a', name: null, country: null, data: {} });
  });

  test('options are checked', async () => {
    const network = await handMade();
    expect(() => peopleNetwork(network, { sources: 'exchanges' as never })).toThrow(/^bridgegraph\/projection: sources must be/);
    expect(() => peopleNetwork(network, { tieKinds: [] })).toThrow(/^bridgegraph\/projection: tieKinds is empty/);
    expect(() => peopleNetwork(network, { sources: 'ties', weighting: 'x' as never })).toThrow(/^bridgegraph\/projection: weighting/);
  });
});

// The bundled sample programme: ties.csv says through which exchange each pair met (`via_exchange`,
// the earliest exchange both attended, per datasets/sample-programme/README.md).
describe('peopleNetwork on the sample programme', () => {
  let network: ExchangeNetwork;
  let problems: readonly ImportProblem[];
  beforeAll(async () => {
    const here = dirname(fileURLToPath(import.meta.url));
    ({ network, problems } = await loadNetwork([resolve(here, '../../../../datasets/sample-programme')]));
  });

  test('every tie lists its via_exchange first, and first contact is no later than the tie', () => {
    expect(problems).toEqual([]);
    const people = peopleNetwork(network);
    expect(people.order).toBe(600);
    let checked = 0;
    network.forEachEdge((key, tie, source, target) => {
      if (tie.type !== 'tie' || tie.data.via_exchange === undefined || tie.data.via_exchange === '') return;
      const a = network.getNodeAttribute(source, 'id');
      const b = network.getNodeAttribute(target, 'id');
      const edge = people.getEdgeAttributes(a, b);
      expect(edge.exchanges, `${key} ${a}-${b}`).toContain(tie.data.via_exchange);
      expect(edge.exchanges[0], `${key} ${a}-${b}`).toBe(tie.data.via_exchange);
      expect(edge.ties).toContain(key);
      expect(edge.firstContact).not.toBeNull();
      expect(edge.firstContact as number, `${key} ${a}-${b}`).toBeLessThanOrEqual(tie.start as number);
      checked++;
    });
    expect(checked).toBe(340);
  });

  test('the combination rule holds on every edge, and no tie weight is lost', () => {
    const people = peopleNetwork(network);
    let tieWeights = 0;
    people.forEachEdge((edge, a) => {
      expect(a.weight, edge).toBe(a.tieWeight + a.coParticipation);
      expect(a.coParticipation, edge).toBe(a.exchanges.length);
      tieWeights += a.tieWeight;
    });
    let expected = 0;
    network.forEachEdge((_key, a) => {
      if (a.type === 'tie') expected += a.weight;
    });
    expect(tieWeights).toBe(expected);
    // The README: 53 people never took part in an exchange and ties only join people who met at one.
    expect(people.filterNodes((node) => people.degree(node) === 0)).toHaveLength(53);
  });
});
