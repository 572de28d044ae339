import type { GraphIndex } from '../metrics/graph-index.js';
import { mergeRanges, type PairWindows } from './pair-windows.js';
import { windowComponents } from './window-components.js';

// The counts of the timeline that are always there (people, active people, ties, ties across and
// inside groups, components), for one window from its people's network, or for every window at
// once from the windows in which each pair is tied.

/** The counts of one window's people's network (ties counted, never weighted). */
export interface Counts {
  people: number;
  active: number;
  ties: number;
  crossGroupTies: number;
  ungrouped: number;
  components: number;
  largestComponent: number;
  /** By group number: people, active people, ties inside, ties to another group. */
  groups: { people: number; active: number; internal: number; external: number }[];
}

/** The counts read off the unweighted index of one window's people's network. */
export function countIndex(index: GraphIndex): Counts {
  const { order, offsets, neighbors, groups } = index;
  const byGroup = index.groupNames.map(() => ({ people: 0, active: 0, internal: 0, external: 0 }));
  let active = 0;
  let crossGroupTies = 0;
  let ungrouped = 0;
  for (let i = 0; i < order; i++) {
    const gi = groups[i] as number;
    const degree = (offsets[i + 1] as number) - (offsets[i] as number);
    if (degree > 0) active++;
    if (gi < 0) {
      ungrouped++;
      continue;
    }
    const g = byGroup[gi] as Counts['groups'][number];
    g.people++;
    if (degree > 0) g.active++;
    for (let at = offsets[i] as number; at < (offsets[i + 1] as number); at++) {
      const j = neighbors[at] as number;
      const gj = groups[j] as number;
      if (gj < 0) continue;
      if (gj === gi) {
        if (j > i) g.internal++;
      } else {
        g.external++;
        if (j > i) crossGroupTies++;
      }
    }
  }
  // Connected components by breadth-first search; an isolated person is a component of one.
  const seen = new Uint8Array(order);
  const queue = new Int32Array(order);
  let components = 0;
  let largestComponent = 0;
  for (let s = 0; s < order; s++) {
    if (seen[s]) continue;
    components++;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    seen[s] = 1;
    while (head < tail) {
      const v = queue[head++] as number;
      for (let at = offsets[v] as number; at < (offsets[v + 1] as number); at++) {
        const w = neighbors[at] as number;
        if (!seen[w]) {
          seen[w] = 1;
          queue[tail++] = w;
        }
      }
    }
    if (tail > largestComponent) largestComponent = tail;
  }
  return { people: order, active, ties: index.size, crossGroupTies, ungrouped, components, largestComponent, groups: byGroup };
}

/** Adds 1 over windows f..l to a difference array (row `row` of width `width`). */
function addRange(diff: Int32Array, row: number, width: number, f: number, l: number): void {
  diff[row * width + f] = (diff[row * width + f] as number) + 1;
  diff[row * width + l + 1] = (diff[row * width + l + 1] as number) - 1;
}

/** The running sums of a difference array, row by row, in place. */
function accumulate(diff: Int32Array, width: number): void {
  for (let at = 0; at < diff.length; at += width)
    for (let k = 1; k < width; k++) diff[at + k] = (diff[at + k] as number) + (diff[at + k - 1] as number);
}

/**
 * The counts of every window from the windows in which each pair is tied (see `pairWindows`):
 * equal to `countIndex` of each window's people's network, without building it. `groups` gives
 * each person's group number (-1 for none), in the person order of the pairs, and `groupCount` the
 * number of groups. A pair counts as a tie over its ranges; a person is active over the union of
 * their pairs' ranges; sums over windows by difference arrays, components by `windowComponents`.
 */
export function countPairWindows(pairs: PairWindows, groups: Int32Array, groupCount: number): Counts[] {
  const windows = pairs.windows;
  const order = groups.length;
  const width = windows + 1;
  const ties = new Int32Array(width);
  const cross = new Int32Array(width);
  const active = new Int32Array(width);
  const internal = new Int32Array(groupCount * width);
  const external = new Int32Array(groupCount * width);
  const groupActive = new Int32Array(groupCount * width);

  // Each person's ranges (those of their pairs), grouped by person.
  const personOffsets = new Int32Array(order + 1);
  for (let p = 0; p < pairs.count; p++) {
    const n = (pairs.offsets[p + 1] as number) - (pairs.offsets[p] as number);
    const s = pairs.source[p] as number;
    const t = pairs.target[p] as number;
    personOffsets[s + 1] = (personOffsets[s + 1] as number) + n;
    personOffsets[t + 1] = (personOffsets[t + 1] as number) + n;
  }
  for (let i = 0; i < order; i++) personOffsets[i + 1] = (personOffsets[i + 1] as number) + (personOffsets[i] as number);
  const fill = personOffsets.slice(0, order);
  const personRanges = new Int32Array(2 * (personOffsets[order] as number));
  const give = (person: number, f: number, l: number) => {
    const at = 2 * (fill[person] as number);
    fill[person] = (fill[person] as number) + 1;
    personRanges[at] = f;
    personRanges[at + 1] = l;
  };

  for (let p = 0; p < pairs.count; p++) {
    const s = pairs.source[p] as number;
    const t = pairs.target[p] as number;
    const gs = groups[s] as number;
    const gt = groups[t] as number;
    for (let r = pairs.offsets[p] as number; r < (pairs.offsets[p + 1] as number); r++) {
      const f = pairs.first[r] as number;
      const l = pairs.last[r] as number;
      addRange(ties, 0, width, f, l);
      give(s, f, l);
      give(t, f, l);
      if (gs < 0 || gt < 0) continue;
      if (gs === gt) addRange(internal, gs, width, f, l);
      else {
        addRange(cross, 0, width, f, l);
        addRange(external, gs, width, f, l);
        addRange(external, gt, width, f, l);
      }
    }
  }
  for (let i = 0; i < order; i++) {
    const from = 2 * (personOffsets[i] as number);
    const segment = personRanges.subarray(from, 2 * (personOffsets[i + 1] as number));
    const length = mergeRanges(segment);
    const g = groups[i] as number;
    for (let a = 0; a < length; a += 2) {
      addRange(active, 0, width, segment[a] as number, segment[a + 1] as number);
      if (g >= 0) addRange(groupActive, g, width, segment[a] as number, segment[a + 1] as number);
    }
  }
  for (const diff of [ties, cross, active, internal, external, groupActive]) accumulate(diff, width);

  const groupPeople = new Int32Array(groupCount);
  let ungrouped = 0;
  for (let i = 0; i < order; i++) {
    const g = groups[i] as number;
    if (g < 0) ungrouped++;
    else groupPeople[g] = (groupPeople[g] as number) + 1;
  }
  const { components, largest } = windowComponents(order, pairs);
  const out: Counts[] = [];
  for (let k = 0; k < windows; k++) {
    const byGroup: Counts['groups'] = [];
    for (let g = 0; g < groupCount; g++) {
      byGroup.push({
        people: groupPeople[g] as number,
        active: groupActive[g * width + k] as number,
        internal: internal[g * width + k] as number,
        external: external[g * width + k] as number,
      });
    }
    out.push({
      people: order,
      active: active[k] as number,
      ties: ties[k] as number,
      crossGroupTies: cross[k] as number,
      ungrouped,
      components: components[k] as number,
      largestComponent: largest[k] as number,
      groups: byGroup,
    });
  }
  return out;
}
