import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadNetwork } from '@bridgegraph/core/node';
import { describe, expect, test } from 'vitest';
import { groupNetwork } from '../../src/projection/group-network.js';
import { peopleNetwork } from '../../src/projection/people-network.js';
import { handMadePackage } from '../hand-made-package.js';
import { importChecked } from '../helpers.js';
import { networkOf } from './network-of.js';

describe('groupNetwork', () => {
  // The people's network of the hand-made package (see people-network.test.ts): ana(DE)-bo(UA) 3,
  // ana(DE)-cy(DE) 3, bo(UA)-cy(DE) 2, di(PL)-ed(no country) 1.
  test('country by country, counted by hand', async () => {
    const { network } = await importChecked(handMadePackage());
    const groups = groupNetwork(peopleNetwork(network), { groupBy: 'country' });
    expect(groups.getAttributes()).toEqual({ ungroupedPeople: 1, ungroupedTies: 1 });
    expect(groups.nodes()).toEqual(['DE', 'PL', 'UA']);
    expect(groups.mapNodes((group, a) => [group, a])).toEqual([
      ['DE', { people: 2, internalTies: 1, internalWeight: 3 }],
      ['PL', { people: 1, internalTies: 0, internalWeight: 0 }],
      ['UA', { people: 1, internalTies: 0, internalWeight: 0 }],
    ]);
    expect(groups.mapEdges((_edge, a, s, t) => [s, t, a])).toEqual([['DE', 'UA', { ties: 2, weight: 5 }]]);
    expect(groups.selfLoopCount).toBe(0);
  });

  test('groupBy reads the node attribute, then data; blank means no group; or a function', async () => {
    const network = await networkOf({
      people: 'id,country,club\na,DE,red\nb,FR,blue\nc,DE, \nd,,red\n',
      ties: 'source,target,weight\na,b,2\na,c,1\nb,d,4\nc,d,1\na,d,3\n',
    });
    const people = peopleNetwork(network);
    // By club (from data): c's club is blank.
    const byClub = groupNetwork(people, { groupBy: 'club' });
    expect(byClub.getAttributes()).toEqual({ ungroupedPeople: 1, ungroupedTies: 2 });
    expect(byClub.mapNodes((group, a) => [group, a])).toEqual([
      ['blue', { people: 1, internalTies: 0, internalWeight: 0 }],
      ['red', { people: 2, internalTies: 1, internalWeight: 3 }],
    ]);
    expect(byClub.mapEdges((_edge, a, s, t) => [s, t, a])).toEqual([['blue', 'red', { ties: 2, weight: 6 }]]);
    // By a function: the first letter of the id, upper-cased, none for d.
    const byLetter = groupNetwork(people, { groupBy: (id) => (id === 'd' ? null : id.toUpperCase()) });
    expect(byLetter.nodes()).toEqual(['A', 'B', 'C']);
    expect(byLetter.getAttributes()).toEqual({ ungroupedPeople: 1, ungroupedTies: 3 });
    expect(byLetter.mapEdges((_edge, a, s, t) => [s, t, a.ties, a.weight])).toEqual([
      ['A', 'B', 1, 2],
      ['A', 'C', 1, 1],
    ]);
  });

  test('on the sample programme every person and tie is accounted for', async () => {
    const here = dirname(fileURLToPath(import.meta.url));
    const { network } = await loadNetwork([resolve(here, '../../../../datasets/sample-programme')]);
    const people = peopleNetwork(network);
    const groups = groupNetwork(people, { groupBy: 'country' });
    expect(groups.order).toBe(12);
    let members = 0;
    let ties = 0;
    let weight = 0;
    groups.forEachNode((_group, a) => {
      members += a.people;
      ties += a.internalTies;
      weight += a.internalWeight;
    });
    groups.forEachEdge((_edge, a) => {
      ties += a.ties;
      weight += a.weight;
    });
    expect(members + groups.getAttribute('ungroupedPeople')).toBe(people.order);
    expect(ties + groups.getAttribute('ungroupedTies')).toBe(people.size);
    expect(weight).toBe(people.reduceEdges((sum, _edge, a) => sum + a.weight, 0));
  });

  test('groupBy is required', async () => {
    const { network } = await importChecked(handMadePackage());
    const people = peopleNetwork(network);
    expect(() => groupNetwork(people, { groupBy: '' })).toThrow(/^bridgegraph\/projection: groupBy must be/);
    expect(() => groupNetwork(people, {} as never)).toThrow(/^bridgegraph\/projection: groupBy must be/);
  });
});
