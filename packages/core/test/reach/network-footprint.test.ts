import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExchangeNetwork } from '@bridgegraph/core';
import { loadNetwork } from '@bridgegraph/core/node';
import { largestConnectedComponent } from 'graphology-components';
import { singleSourceLength } from 'graphology-shortest-path';
import { beforeAll, describe, expect, test } from 'vitest';
import { eiIndex } from '../../src/metrics/group/ei-index.js';
import { groupNetwork } from '../../src/projection/group-network.js';
import { peopleNetwork } from '../../src/projection/people-network.js';
import type { PeopleNetwork } from '../../src/projection/types.js';
import { groupsOfPeople } from '../../src/reach/group-of.js';
import { indexWithoutPairs } from '../../src/reach/index-without-pairs.js';
import { footprintOnIndex, groupedIndex, networkFootprint } from '../../src/reach/network-footprint.js';
import { pairsOnlyThrough } from '../../src/reach/pairs-only-through.js';
import { withoutExchanges } from '../../src/reach/without-exchanges.js';
import { twoProgrammes } from './two-programmes.js';

/** The footprint computed the slow way, with graphology-components, groupNetwork, eiIndex and graphology-shortest-path. */
function reference(people: PeopleNetwork) {
  const country = (id: string) => people.getNodeAttribute(id, 'country');
  const groups = [...new Set(people.mapNodes((id) => country(id)).filter((c): c is string => c !== null && c !== ''))].sort();
  const best = new Map<string, number>();
  people.forEachNode((source) => {
    const g = country(source);
    if (!g) return;
    for (const [target, d] of Object.entries(singleSourceLength(people, source))) {
      const h = country(target);
      if (!h || h <= g) continue;
      const key = `${g} ${h}`;
      if (!best.has(key) || d < (best.get(key) as number)) best.set(key, d);
    }
  });
  const distances = [...best.values()];
  return {
    connectedGroupPairs: groupNetwork(people, { groupBy: 'country' }).size,
    reachableGroupPairs: distances.length,
    meanGroupDistance: distances.length === 0 ? null : distances.reduce((s, d) => s + d, 0) / distances.length,
    largestComponent: largestConnectedComponent(people).length,
    eiIndex: eiIndex(people, { getGroup: 'country', permutations: 0 }).network.ei,
    groups: groups.length,
  };
}

describe('the network without some exchanges', () => {
  let sample: ExchangeNetwork;
  beforeAll(async () => {
    const here = dirname(fileURLToPath(import.meta.url));
    sample = (await loadNetwork([resolve(here, '../../../../datasets/sample-programme')])).network;
  });

  test('dropping the pairs only they joined gives the index of the network rebuilt without them', async () => {
    const cases = [
      { network: await twoProgrammes(), removals: [['x1'], ['x2', 'x3'], ['x3'], []] },
      {
        network: sample,
        removals: [
          sample
            .filterNodes((_k, a) => a.type === 'exchange' && a.programme === 'Green Hands Camps')
            .map((k) => k.slice('exchange:'.length)),
          ['X001'],
          Array.from({ length: 40 }, (_, i) => `X${String(2 * i + 1).padStart(3, '0')}`),
        ],
      },
    ];
    for (const { network, removals } of cases) {
      for (const options of [{}, { roles: ['participant', 'host'] }, { window: { start: Date.UTC(2018, 0, 1) } }]) {
        const people = peopleNetwork(network, options);
        const groups = groupsOfPeople(people, 'country', 'test');
        const index = groupedIndex(people, groups);
        const position = new Map(index.nodes.map((id, i) => [id, i]));
        for (const ids of removals) {
          const lost = pairsOnlyThrough(people, new Set(ids)).map(
            ([a, b]) => [position.get(a) as number, position.get(b) as number] as const,
          );
          const derived = indexWithoutPairs(index, lost);
          const rebuilt = groupedIndex(peopleNetwork(withoutExchanges(network, ids), options), groups);
          expect(derived.nodes).toEqual(rebuilt.nodes);
          expect(derived.size).toBe(rebuilt.size);
          expect(Array.from(derived.offsets)).toEqual(Array.from(rebuilt.offsets));
          expect(Array.from(derived.neighbors)).toEqual(Array.from(rebuilt.neighbors));
          expect(Array.from(derived.groups)).toEqual(Array.from(rebuilt.groups));
        }
      }
    }
  });

  test('the footprint matches graphology-components, groupNetwork, eiIndex and graphology-shortest-path', async () => {
    for (const network of [sample, await twoProgrammes(), withoutExchanges(await twoProgrammes(), ['x2', 'x3'])]) {
      const people = peopleNetwork(network);
      const { groups, ...expected } = reference(people);
      const footprint = networkFootprint(people, groupsOfPeople(people, 'country', 'test'));
      expect(footprint).toEqual(expected);
      if (network === sample) {
        // 12 countries: 63 of their 66 pairs are tied directly, the other 3 are two steps apart.
        expect(groups).toBe(12);
        expect(footprint).toMatchObject({
          connectedGroupPairs: 63,
          reachableGroupPairs: 66,
          meanGroupDistance: 69 / 66,
          largestComponent: 547,
        });
      }
    }
  });

  test('withoutExchanges leaves the source network as it was', async () => {
    const network = await twoProgrammes();
    const before = JSON.stringify(network.export());
    const copy = withoutExchanges(network, ['x1', 'nope']);
    expect(copy.hasNode('exchange:x1')).toBe(false);
    expect(copy.size).toBe(network.size - 3);
    expect(JSON.stringify(network.export())).toBe(before);
    // An index without nothing is the index itself.
    const index = groupedIndex(peopleNetwork(network), new Map());
    expect(indexWithoutPairs(index, [])).toBe(index);
    expect(footprintOnIndex(index)).toMatchObject({
      connectedGroupPairs: 0,
      reachableGroupPairs: 0,
      meanGroupDistance: null,
      eiIndex: null,
    });
  });
});
