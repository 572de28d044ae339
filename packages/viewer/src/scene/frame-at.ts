import type { Frame, FrameOptions, Scene } from './types.js';

// The reducer from a scene and an instant to what is drawn. Everything that does not depend on the
// instant is derived once per scene (and kept in a WeakMap), so a frame costs one pass over the
// ties and one over the people, with no allocation when `into` is passed back.

const MODULE = 'bridgegraph/viewer/frame';

/** Opacity of a tie or person at the instant it appears, when fading in (`fadeMs` > 0); it then rises linearly to 1. */
export const FADE_FLOOR = 0.2;

export const FRAME_DEFAULTS = { fadeMs: 0, showIsolated: false } as const;

interface Prepared {
  /** Edge numbers sorted by first contact (undated first: they are always there). */
  order: Int32Array;
  /** First contact of `order[k]`, -Infinity when undated. */
  first: Float64Array;
  /** Each node's group as an index into `scene.groups`, or -1. */
  group: Int32Array;
  degree: Int32Array;
  /** Scratch, rewritten by every frame. */
  visible: Uint8Array;
  groupSeen: Uint8Array;
}

const prepared = new WeakMap<Scene, Prepared>();

function prepare(scene: Scene): Prepared {
  const cached = prepared.get(scene);
  if (cached !== undefined) return cached;
  const { nodes, edges } = scene;
  const order = new Int32Array(edges.length);
  for (let k = 0; k < order.length; k++) order[k] = k;
  const firstOf = (k: number) => edges[k]?.firstContact ?? Number.NEGATIVE_INFINITY;
  order.sort((a, b) => firstOf(a) - firstOf(b) || a - b);
  const first = Float64Array.from(order, firstOf);
  const groupIndex = new Map(scene.groups.map((g, i) => [g, i]));
  const group = Int32Array.from(nodes, (n) => (n.group === null ? -1 : (groupIndex.get(n.group) ?? -1)));
  const degree = new Int32Array(nodes.length);
  for (const e of edges) {
    degree[e.source] = (degree[e.source] as number) + 1;
    degree[e.target] = (degree[e.target] as number) + 1;
  }
  const result = { order, first, group, degree, visible: new Uint8Array(nodes.length), groupSeen: new Uint8Array(scene.groups.length) };
  prepared.set(scene, result);
  return result;
}

function fail(message: string): never {
  throw new TypeError(`${MODULE}: ${message}`);
}

/** Opacity `elapsed` ms after appearing: FADE_FLOOR rising linearly to 1 over `fadeMs` (1 at once without a fade). */
function fadeIn(elapsed: number, fadeMs: number): number {
  if (fadeMs <= 0 || elapsed >= fadeMs) return 1;
  return FADE_FLOOR + ((1 - FADE_FLOOR) * elapsed) / fadeMs;
}

/** Number of sorted values ≤ x. */
function upperBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * What is drawn at `time` (ms): the opacity of every person and tie and the live counters.
 *
 * - Cumulative: a tie is visible from its first contact on (a tie with no dated first contact
 *   always). Sliding: a tie is visible while one of its periods overlaps [time − windowMs, time]
 *   (a pair with no dated contact has the period [-∞, +∞]: always visible).
 * - Fades (`fadeMs` > 0, in data time): a tie appearing (its first contact in cumulative mode; the
 *   start of the run of periods that keeps it in the window in sliding mode) is drawn at
 *   `FADE_FLOOR`, rising linearly to 1 over `fadeMs`. In sliding mode, a tie that has left the
 *   window (its last period ended windowMs ago) fades out linearly from 1 to 0 over `fadeMs`;
 *   while fading out it is drawn but no longer visible (not counted). No fade without `fadeMs`.
 * - A person is visible when one of their ties is (so, in cumulative mode, from `activeFrom`, or
 *   always when a tie of theirs is undated), and drawn with the largest opacity of their ties.
 *   People with no tie at all are drawn (opacity 1) and counted only with `showIsolated`.
 * - Counters: visible people, distinct groups among them, visible ties, visible cross-group ties.
 *
 * `into`, a frame returned earlier for the same scene, is filled in place and returned (no
 * allocation); otherwise a new frame is made. The scene is never modified.
 */
export function frameAt(scene: Scene, time: number, options: FrameOptions, into?: Frame): Frame {
  if (typeof time !== 'number' || Number.isNaN(time)) fail(`time must be a number; got ${String(time)}.`);
  if (options === null || typeof options !== 'object') fail(`options must be an object; got ${String(options)}.`);
  const { mode } = options;
  if (mode !== 'cumulative' && mode !== 'sliding') fail(`mode must be 'cumulative' or 'sliding'; got ${String(mode)}.`);
  const windowMs = options.windowMs;
  if (mode === 'sliding' && !(typeof windowMs === 'number' && windowMs >= 0))
    fail(`windowMs must be a number ≥ 0; got ${String(windowMs)}.`);
  const fadeMs = options.fadeMs ?? FRAME_DEFAULTS.fadeMs;
  if (!(typeof fadeMs === 'number' && fadeMs >= 0)) fail(`fadeMs must be a number ≥ 0; got ${String(fadeMs)}.`);
  const showIsolated = options.showIsolated ?? FRAME_DEFAULTS.showIsolated;

  const { nodes, edges } = scene;
  const p = prepare(scene);
  const frame: Frame =
    into !== undefined && into.nodeAlpha.length === nodes.length && into.edgeAlpha.length === edges.length
      ? into
      : {
          time,
          nodeAlpha: new Float32Array(nodes.length),
          edgeAlpha: new Float32Array(edges.length),
          counters: { people: 0, groups: 0, crossGroupTies: 0, ties: 0 },
        };
  const { nodeAlpha, edgeAlpha } = frame;
  const visible = p.visible;
  nodeAlpha.fill(0);
  edgeAlpha.fill(0);
  visible.fill(0);
  let ties = 0;
  let crossGroupTies = 0;

  const show = (k: number, alpha: number, counted: boolean) => {
    const edge = edges[k];
    if (edge === undefined) return;
    edgeAlpha[k] = alpha;
    if (alpha > (nodeAlpha[edge.source] as number)) nodeAlpha[edge.source] = alpha;
    if (alpha > (nodeAlpha[edge.target] as number)) nodeAlpha[edge.target] = alpha;
    if (!counted) return;
    ties++;
    if (edge.crossGroup) crossGroupTies++;
    visible[edge.source] = 1;
    visible[edge.target] = 1;
  };

  if (mode === 'cumulative') {
    const count = upperBound(p.first, time);
    for (let r = 0; r < count; r++) show(p.order[r] as number, fadeIn(time - (p.first[r] as number), fadeMs), true);
  } else {
    const from = time - (windowMs as number);
    for (let k = 0; k < edges.length; k++) {
      const periods = (edges[k] as Scene['edges'][number]).periods;
      // The last period that has started by `time` (periods are sorted and disjoint, so ends ascend too).
      let last = -1;
      for (let i = 0; i < periods.length; i += 2) {
        if ((periods[i] as number) <= time) last = i;
        else break;
      }
      if (last < 0) continue;
      const end = periods[last + 1] as number;
      if (end >= from) {
        // Visible: find where the run of periods that has kept it in the window began.
        let begin = last;
        while (begin > 0 && (periods[begin - 1] as number) + (windowMs as number) >= (periods[begin] as number)) begin -= 2;
        show(k, fadeIn(time - (periods[begin] as number), fadeMs), true);
      } else if (fadeMs > 0) {
        const since = from - end;
        if (since < fadeMs) show(k, 1 - since / fadeMs, false);
      }
    }
  }

  let people = 0;
  let groups = 0;
  const groupSeen = p.groupSeen;
  groupSeen.fill(0);
  for (let i = 0; i < nodes.length; i++) {
    if (showIsolated && p.degree[i] === 0) {
      visible[i] = 1;
      nodeAlpha[i] = 1;
    }
    if (visible[i] === 0) continue;
    people++;
    const g = p.group[i] as number;
    if (g >= 0 && groupSeen[g] === 0) {
      groupSeen[g] = 1;
      groups++;
    }
  }
  frame.time = time;
  frame.counters.people = people;
  frame.counters.groups = groups;
  frame.counters.ties = ties;
  frame.counters.crossGroupTies = crossGroupTies;
  return frame;
}
