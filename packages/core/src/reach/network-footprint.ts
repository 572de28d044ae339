import { buildIndex, type GraphIndex } from '../metrics/graph-index.js';
import { eiIndexOnIndex } from '../metrics/group/ei-index.js';
import type { PeopleNetwork } from '../projection/types.js';
import { groupDistances } from './group-distance.js';

/** The measures of a people's network that the counterfactual of `programmeReach` compares. */
export interface NetworkFootprint {
  /** Pairs of different groups with at least one tie between their members (the edges of `groupNetwork`). */
  connectedGroupPairs: number;
  /** Pairs of different groups joined by a path (see `groupDistances`). */
  reachableGroupPairs: number;
  /** Mean hop distance over the reachable pairs of groups; null when none is reachable. */
  meanGroupDistance: number | null;
  /** People in the largest connected component (isolated people are components of one), as graphology-components' `largestConnectedComponent`. */
  largestComponent: number;
  /** Whole-network E-I index, ties counted (not weighted), ties touching ungrouped people left out; null when undefined. */
  eiIndex: number | null;
}

/** The unweighted index of a people's network with these groups (person id → group). */
export function groupedIndex(people: PeopleNetwork, groups: ReadonlyMap<string, string | null>): GraphIndex {
  return buildIndex(people, { getEdgeWeight: null, getGroup: (node) => groups.get(node) ?? null });
}

function largestComponentOnIndex(index: GraphIndex): number {
  const { order, offsets, neighbors } = index;
  const seen = new Uint8Array(order);
  const queue = new Int32Array(order);
  let largest = 0;
  for (let s = 0; s < order; s++) {
    if (seen[s] === 1) continue;
    seen[s] = 1;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++] as number;
      for (let at = offsets[v] as number; at < (offsets[v + 1] as number); at++) {
        const u = neighbors[at] as number;
        if (seen[u] === 0) {
          seen[u] = 1;
          queue[tail++] = u;
        }
      }
    }
    if (tail > largest) largest = tail;
  }
  return largest;
}

function connectedGroupPairsOnIndex(index: GraphIndex): number {
  const { order, offsets, neighbors, groups } = index;
  const g = index.groupNames.length;
  const tied = new Uint8Array(g * g);
  let count = 0;
  for (let i = 0; i < order; i++) {
    const a = groups[i] as number;
    if (a < 0) continue;
    for (let at = offsets[i] as number; at < (offsets[i + 1] as number); at++) {
      const b = groups[neighbors[at] as number] as number;
      if (b <= a) continue; // ungrouped (-1), the same group, or counted from the other side
      if (tied[a * g + b] === 0) {
        tied[a * g + b] = 1;
        count++;
      }
    }
  }
  return count;
}

/** Measures the network of an index (unweighted, with groups): see {@link NetworkFootprint}. */
export function footprintOnIndex(index: GraphIndex): NetworkFootprint {
  const distances = groupDistances(index);
  return {
    connectedGroupPairs: connectedGroupPairsOnIndex(index),
    reachableGroupPairs: distances.reachablePairs,
    meanGroupDistance: distances.meanDistance,
    largestComponent: largestComponentOnIndex(index),
    eiIndex: eiIndexOnIndex(index, { permutations: 0 }).network.ei,
  };
}

/** Measures a people's network, its people grouped by `groups` (person id → group or null). */
export function networkFootprint(people: PeopleNetwork, groups: ReadonlyMap<string, string | null>): NetworkFootprint {
  return footprintOnIndex(groupedIndex(people, groups));
}
