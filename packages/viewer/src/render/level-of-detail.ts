import type { Frame, Scene } from '../scene/types.js';

// Level of detail while the timeline plays: when more ties are on screen than a budget, only the
// budget's worth is drawn, chosen by priority (and people lose their thin outline when many are
// drawn). Pure: the scene and frame are only read.

const MODULE = 'bridgegraph/viewer/level-of-detail';

/** The defaults of the viewer's `maxAnimatedTies` and `maxAnimatedOutlines` (see `ViewerOptions`). */
export const LEVEL_OF_DETAIL_DEFAULTS = {
  /** Ties drawn per frame while playing. */
  maxAnimatedTies: 10_000,
  /** People drawn with their thin white outline while playing, at most. */
  maxAnimatedOutlines: 1_000,
} as const;

/** Edge numbers by drawing priority (bridges, then cross-group, then the rest; the latest first contact first), per scene. */
const priorities = new WeakMap<Scene, Int32Array>();

function priorityOrder(scene: Scene): Int32Array {
  const cached = priorities.get(scene);
  if (cached !== undefined) return cached;
  const { edges } = scene;
  const rank = (e: number) => {
    const edge = edges[e];
    return edge?.bridge ? 0 : edge?.crossGroup ? 1 : 2;
  };
  const first = (e: number) => edges[e]?.firstContact ?? Number.NEGATIVE_INFINITY;
  const order = new Int32Array(edges.length);
  for (let e = 0; e < order.length; e++) order[e] = e;
  order.sort((a, b) => rank(a) - rank(b) || first(b) - first(a) || a - b);
  priorities.set(scene, order);
  return order;
}

/**
 * The ties to draw when at most `maxTies` may be (those with opacity > 0 in `frame`), or null
 * when all of them fit. The kept ties are, in order: bridges, cross-group ties, the other ties;
 * within each kind the most recent first contact first (undated last), then the lower index.
 * The result is sorted by edge number, so drawing keeps the scene's order.
 */
export function thinTies(scene: Scene, frame: Frame, maxTies: number = LEVEL_OF_DETAIL_DEFAULTS.maxAnimatedTies): Int32Array | null {
  if (!(typeof maxTies === 'number' && maxTies >= 0))
    throw new TypeError(`${MODULE}: maxTies must be a number ≥ 0; got ${String(maxTies)}.`);
  const alpha = frame.edgeAlpha;
  let shown = 0;
  for (let e = 0; e < alpha.length; e++) if ((alpha[e] as number) > 0) shown++;
  if (shown <= maxTies) return null;
  const order = priorityOrder(scene);
  const kept = new Int32Array(Math.floor(maxTies));
  let n = 0;
  for (let k = 0; k < order.length && n < kept.length; k++) {
    const e = order[k] as number;
    if ((alpha[e] as number) > 0) kept[n++] = e;
  }
  return kept.sort();
}
