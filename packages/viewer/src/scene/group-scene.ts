import { mergePeriods } from './periods.js';
import type { Frame, Scene, SceneEdge, SceneNode } from './types.js';

// The group-to-group view (countries, by default) derived from a person scene: one node per group,
// one edge per pair of groups with ties between their members, and one self-edge per group with
// internal ties. Its shape is a Scene's, so `frameAt` takes it as it is.

/** A scene of groups, with how it maps back to the person scene it came from. */
export interface GroupScene extends Scene {
  /** For each edge of the person scene, the number of the group edge it counts in, or -1 (a person without a group). */
  edgeOfPersonEdge: Int32Array;
  /** For each person of the person scene, the number of their group node, or -1. */
  nodeOfPerson: Int32Array;
}

/**
 * The group-to-group scene of a person scene. Nodes: one per group (in `scene.groups` order; `id`,
 * `name` and `group` are the group's value), at the centroid of its members, `size` = number of
 * members, `activeFrom` = the earliest of its members'. Edges: one per pair of groups joined by at
 * least one tie (source < target), with `weight` = the number of those ties (for edge widths;
 * `groupTieCounts` gives the number visible in a frame), `periods` = the union of theirs,
 * `firstContact` = the earliest of theirs (null when one of them is undated: that pair of groups is
 * always there), `crossGroup` true, `bridge` false; then one self-edge (source = target) per group
 * with internal ties, `crossGroup` false, so that a group with only internal ties is visible: the
 * drawing skips or rings them. People without a group, and their ties, are left out.
 *
 * In a frame of this scene, `counters.people` and `counters.groups` both count the groups shown,
 * `ties` the group edges shown (self-edges included) and `crossGroupTies` the pairs of groups
 * shown: for the live counters of people and ties, take a frame of the person scene.
 */
export function groupScene(scene: Scene): GroupScene {
  const groupIndex = new Map(scene.groups.map((g, i) => [g, i]));
  const nodeOfPerson = Int32Array.from(scene.nodes, (n) => (n.group === null ? -1 : (groupIndex.get(n.group) ?? -1)));
  const count = scene.groups.length;
  const sumX = new Float64Array(count);
  const sumY = new Float64Array(count);
  const members = new Int32Array(count);
  const activeFrom: (number | null)[] = new Array(count).fill(null);
  scene.nodes.forEach((node, i) => {
    const g = nodeOfPerson[i] as number;
    if (g < 0) return;
    sumX[g] = (sumX[g] as number) + node.x;
    sumY[g] = (sumY[g] as number) + node.y;
    members[g] = (members[g] as number) + 1;
    const a = activeFrom[g] as number | null;
    if (node.activeFrom !== null && (a === null || node.activeFrom < a)) activeFrom[g] = node.activeFrom;
  });
  const nodes: SceneNode[] = scene.groups.map((g, i) => ({
    id: g,
    name: g,
    group: g,
    x: (sumX[i] as number) / Math.max(1, members[i] as number),
    y: (sumY[i] as number) / Math.max(1, members[i] as number),
    activeFrom: activeFrom[i] as number | null,
    size: members[i] as number,
  }));

  interface Pending {
    source: number;
    target: number;
    ties: number;
    periods: number[];
    first: number | null;
    undated: boolean;
  }
  const pending = new Map<number, Pending>();
  const edgeOfPending: Pending[] = new Array(scene.edges.length);
  scene.edges.forEach((edge, k) => {
    const a = nodeOfPerson[edge.source] as number;
    const b = nodeOfPerson[edge.target] as number;
    if (a < 0 || b < 0) return;
    const [s, t] = a <= b ? [a, b] : [b, a];
    const key = s * count + t;
    let group = pending.get(key);
    if (group === undefined) {
      group = { source: s, target: t, ties: 0, periods: [], first: null, undated: false };
      pending.set(key, group);
    }
    group.ties++;
    for (const x of edge.periods) group.periods.push(x);
    if (edge.firstContact === null) group.undated = true;
    else if (group.first === null || edge.firstContact < group.first) group.first = edge.firstContact;
    edgeOfPending[k] = group;
  });
  // Pairs of different groups first (by source, then target), then the self-edges by group.
  const sorted = [...pending.values()].sort(
    (x, y) => Number(x.source === x.target) - Number(y.source === y.target) || x.source - y.source || x.target - y.target,
  );
  const number = new Map(sorted.map((g, i) => [g, i]));
  const edges: SceneEdge[] = sorted.map((g) => ({
    source: g.source,
    target: g.target,
    weight: g.ties,
    periods: mergePeriods(g.periods),
    firstContact: g.undated ? null : g.first,
    crossGroup: g.source !== g.target,
    bridge: false,
  }));
  const edgeOfPersonEdge = new Int32Array(scene.edges.length).fill(-1);
  for (let k = 0; k < scene.edges.length; k++) {
    const g = edgeOfPending[k];
    if (g !== undefined) edgeOfPersonEdge[k] = number.get(g) as number;
  }
  return { nodes, edges, span: scene.span, groups: [...scene.groups], edgeOfPersonEdge, nodeOfPerson };
}

/**
 * The number of ties of each group edge that are drawn in a frame of the person scene (opacity
 * > 0, so ties fading out count until they are gone), e.g. for edge widths that follow the timeline. `into` is filled in place
 * when given. With `people` (one entry per person of the person scene, 1 = kept, e.g. by filters),
 * only ties between two kept people count; null or absent keeps everyone.
 */
export function groupTieCounts(
  groups: GroupScene,
  personFrame: Frame,
  into?: Float32Array,
  people?: Uint8Array | null,
  personEdges?: readonly { source: number; target: number }[],
): Float32Array {
  const out = into !== undefined && into.length === groups.edges.length ? into : new Float32Array(groups.edges.length);
  out.fill(0);
  const alpha = personFrame.edgeAlpha;
  const map = groups.edgeOfPersonEdge;
  const kept = people ?? null;
  if (kept !== null && personEdges === undefined) throw new TypeError('groupTieCounts: `people` needs `personEdges`.');
  for (let k = 0; k < map.length; k++) {
    const g = map[k] as number;
    if (g < 0 || (alpha[k] as number) <= 0) continue;
    if (kept !== null) {
      const e = personEdges?.[k];
      if (!e || kept[e.source] !== 1 || kept[e.target] !== 1) continue;
    }
    out[g] = (out[g] as number) + 1;
  }
  return out;
}
