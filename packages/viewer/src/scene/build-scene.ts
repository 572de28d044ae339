import {
  bridgesOnIndex,
  buildIndex,
  type ExchangeNetwork,
  type Instant,
  type PeopleTie,
  type PersonAttributes,
  peopleNetwork,
  type TieAttributes,
  timeSpan,
} from '@bridgegraph/core';
import { computeLayout } from '../layout/force-layout.js';
import { mergePeriods } from './periods.js';
import type { Scene, SceneEdge, SceneNode, SceneOptions } from './types.js';

// The scene: everything drawn, derived once from the network for its whole time span. The
// network (and the analysis) are only read.

const MODULE = 'bridgegraph/viewer/scene';

export const SCENE_DEFAULTS = {
  colorBy: 'country',
  sizeBy: 'degree',
  seed: 1,
  layout: 'sync',
} as const;

function fail(message: string): never {
  throw new TypeError(`${MODULE}: ${message}`);
}

/** The value of `attribute` for a person: their own field (`country`, `name`, ...) if they have it, else the column of their record; blank is null. */
export function personValue(person: PersonAttributes, attribute: string): string | null {
  const own =
    Object.hasOwn(person, attribute) && attribute !== 'data' && attribute !== 'sources'
      ? (person as unknown as Record<string, unknown>)[attribute]
      : undefined;
  const value = own !== undefined ? own : Object.hasOwn(person.data, attribute) ? person.data[attribute] : undefined;
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value);
  return text.trim() === '' ? null : text;
}

/** When one person was at one exchange: [earliest start, latest end] of their participations there, or null if undated. */
type Presence = [number, number] | null;

/** Each person's presence at each exchange (person key → exchange id → presence), from the participations' own dates or else the exchange's. */
function presences(network: ExchangeNetwork): Map<string, Map<string, Presence>> {
  const byPerson = new Map<string, Map<string, Presence>>();
  network.forEachEdge((_edge, p, source, target, sa, ta) => {
    if (p.type !== 'participation') return;
    const [personKey, x] = sa.type === 'person' ? [source, ta] : [target, sa];
    if (x.type !== 'exchange') return;
    const start = p.start ?? x.start;
    const end = p.end ?? x.end;
    // One known date alone is that instant.
    const period: Presence = start === null && end === null ? null : [start ?? (end as number), end ?? (start as number)];
    let map = byPerson.get(personKey);
    if (map === undefined) {
      map = new Map();
      byPerson.set(personKey, map);
    }
    const seen = map.get(x.id);
    if (seen === undefined || seen === null) map.set(x.id, period);
    else if (period !== null) map.set(x.id, [Math.min(seen[0], period[0]), Math.max(seen[1], period[1])]);
  });
  return byPerson;
}

/**
 * The contact periods of one pair, flattened and merged (see `buildScene`): per shared exchange
 * from the later of their two arrivals to the earlier of their two departures (an instant when
 * they were there at different times; one undated presence gives the other's), per direct tie its
 * start to its end (open sides infinite). A pair with no dated contact is present at all times.
 */
function pairPeriods(
  network: ExchangeNetwork,
  tie: PeopleTie,
  a: Map<string, Presence> | undefined,
  b: Map<string, Presence> | undefined,
): Float64Array {
  const periods: number[] = [];
  for (const id of tie.exchanges) {
    const pa = a?.get(id) ?? null;
    const pb = b?.get(id) ?? null;
    if (pa === null && pb === null) continue;
    if (pa === null || pb === null) {
      const only = (pa ?? pb) as [number, number];
      periods.push(only[0], only[1]);
      continue;
    }
    const start = Math.max(pa[0], pb[0]);
    periods.push(start, Math.max(start, Math.min(pa[1], pb[1])));
  }
  for (const key of tie.ties) {
    const t = network.getEdgeAttributes(key) as TieAttributes;
    if (t.start === null && t.end === null) continue;
    periods.push(t.start ?? Number.NEGATIVE_INFINITY, t.end ?? Number.POSITIVE_INFINITY);
  }
  if (periods.length === 0) return Float64Array.of(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
  return mergePeriods(periods);
}

function earlier(a: Instant, b: Instant): Instant {
  return a === null ? b : b === null ? a : Math.min(a, b);
}

/**
 * The scene of an exchange network: what the viewer draws, for the whole time span.
 *
 * - Nodes: every person, in the network's order, with their group (`colorBy`, read on the person
 *   then in their record; blank is null), size (`sizeBy`: `degree` in the people's network, a
 *   column of `analysis.people`, or null), and `activeFrom`, the earliest first contact of their
 *   ties (null when none is dated or they have no tie).
 * - Edges: the ties of the people's network (`peopleNetwork` with its defaults: direct ties and
 *   shared exchanges), with their weight and first contact as there, and their contact periods:
 *   per shared exchange, from the later of the two people's arrivals to the earlier of their two
 *   departures (participations' own dates, else the exchange's; a single known date is an
 *   instant; when they were there at different times, the instant the later one arrived); per
 *   direct tie, its start to its end (a missing end means the tie still runs: +Infinity; a missing
 *   start, -Infinity). Periods are sorted and merged where they overlap or touch. Undated contacts
 *   of a pair that also has dated ones are left out of its periods; a pair with no dated contact
 *   at all has the one period [-Infinity, +Infinity]: present at all times.
 * - `crossGroup` when both groups are known and differ; `bridge` from `analysis.network.bridges`
 *   when given, else computed (`bridgesOnIndex`).
 * - Positions from `positions` (by person id), else a force layout of every tie at once (seeded),
 *   so that nobody moves as time moves; people missing from `positions` are laid out around the
 *   others, which stay fixed. With `layout: 'none'`, every position is 0 (see `placeScene`).
 */
export function buildScene(network: ExchangeNetwork, options: SceneOptions = {}): Scene {
  if (options === null || typeof options !== 'object') fail(`options must be an object; got ${String(options)}.`);
  const colorBy = options.colorBy ?? SCENE_DEFAULTS.colorBy;
  const sizeBy = options.sizeBy === undefined ? SCENE_DEFAULTS.sizeBy : options.sizeBy;
  const layout = options.layout ?? SCENE_DEFAULTS.layout;
  if (typeof colorBy !== 'string') fail(`colorBy must be a string; got ${String(colorBy)}.`);
  if (sizeBy !== null && typeof sizeBy !== 'string') fail(`sizeBy must be a string or null; got ${String(sizeBy)}.`);
  if (layout !== 'sync' && layout !== 'none') fail(`layout must be 'sync' or 'none'; got ${String(layout)}.`);

  const people = peopleNetwork(network);
  const position = new Map<string, number>();
  const nodes: SceneNode[] = [];
  const keys: string[] = [];
  network.forEachNode((key, a) => {
    if (a.type !== 'person') return;
    position.set(a.id, nodes.length);
    keys.push(key);
    nodes.push({ id: a.id, name: a.name, group: personValue(a, colorBy), x: 0, y: 0, activeFrom: null, size: null });
  });

  const present = presences(network);
  const edges: SceneEdge[] = [];
  people.forEachEdge((_key, tie, source, target) => {
    const s = position.get(source) as number;
    const t = position.get(target) as number;
    const gs = (nodes[s] as SceneNode).group;
    const gt = (nodes[t] as SceneNode).group;
    edges.push({
      source: s,
      target: t,
      weight: tie.weight,
      periods: pairPeriods(network, tie, present.get(keys[s] as string), present.get(keys[t] as string)),
      firstContact: tie.firstContact,
      crossGroup: gs !== null && gt !== null && gs !== gt,
      bridge: false,
    });
    for (const i of [s, t]) {
      const node = nodes[i] as SceneNode;
      node.activeFrom = earlier(node.activeFrom, tie.firstContact);
    }
  });

  markBridges(people, edges, nodes, position, options);
  setSizes(people, nodes, sizeBy, options);
  placeNodes(nodes, edges, position, layout, options);

  const groups = [...new Set(nodes.map((n) => n.group).filter((g): g is string => g !== null))].sort();
  return { nodes, edges, span: timeSpan(network), groups };
}

function markBridges(
  people: ReturnType<typeof peopleNetwork>,
  edges: SceneEdge[],
  nodes: readonly SceneNode[],
  position: ReadonlyMap<string, number>,
  options: SceneOptions,
): void {
  const pairKey = (i: number, j: number) => (i < j ? i * nodes.length + j : j * nodes.length + i);
  const bridges = new Set<number>();
  const given = options.analysis?.network.bridges ?? null;
  if (given !== null) {
    for (const [a, b] of given) {
      const i = position.get(a);
      const j = position.get(b);
      if (i !== undefined && j !== undefined) bridges.add(pairKey(i, j));
    }
  } else {
    const index = buildIndex(people);
    for (const [i, j] of bridgesOnIndex(index).bridges) {
      bridges.add(pairKey(position.get(index.nodes[i] as string) as number, position.get(index.nodes[j] as string) as number));
    }
  }
  for (const edge of edges) edge.bridge = bridges.has(pairKey(edge.source, edge.target));
}

function setSizes(people: ReturnType<typeof peopleNetwork>, nodes: SceneNode[], sizeBy: string | null, options: SceneOptions): void {
  if (sizeBy === null) return;
  if (sizeBy === 'degree') {
    for (const node of nodes) node.size = people.degree(node.id);
    return;
  }
  const rows = options.analysis?.people ?? [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const node of nodes) {
    const value = (byId.get(node.id) as Record<string, unknown> | undefined)?.[sizeBy];
    node.size = typeof value === 'number' && Number.isFinite(value) ? value : null;
  }
}

function placeNodes(
  nodes: SceneNode[],
  edges: readonly SceneEdge[],
  position: ReadonlyMap<string, number>,
  layout: 'sync' | 'none',
  options: SceneOptions,
): void {
  const given = options.positions ?? null;
  const initial = new Float64Array(nodes.length * 2).fill(Number.NaN);
  const fixed = new Uint8Array(nodes.length);
  let missing = nodes.length;
  if (given !== null) {
    for (const [id, p] of Object.entries(given)) {
      const i = position.get(id);
      if (i === undefined || p === null || typeof p !== 'object' || !Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
      initial[2 * i] = p.x;
      initial[2 * i + 1] = p.y;
      if (fixed[i] === 0) missing--;
      fixed[i] = 1;
    }
  }
  let xy: Float64Array = initial;
  if (missing > 0 && layout === 'sync') {
    xy = computeLayout(nodes.length, layoutEdges(edges), {
      seed: options.seed ?? SCENE_DEFAULTS.seed,
      weights: Float64Array.from(edges, (e) => e.weight),
      initial,
      fixed,
      ...(options.layoutIterations === undefined ? {} : { iterations: options.layoutIterations }),
    });
  }
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as SceneNode;
    const x = xy[2 * i] as number;
    const y = xy[2 * i + 1] as number;
    node.x = Number.isFinite(x) ? x : 0;
    node.y = Number.isFinite(y) ? y : 0;
  }
}

/** The scene's ties as pairs of node numbers [s0, t0, s1, t1, ...], as `computeLayout` and the layout worker take them. */
export function layoutEdges(edges: readonly SceneEdge[]): Int32Array {
  const out = new Int32Array(edges.length * 2);
  for (let k = 0; k < edges.length; k++) {
    const edge = edges[k] as SceneEdge;
    out[2 * k] = edge.source;
    out[2 * k + 1] = edge.target;
  }
  return out;
}

/** A copy of the scene with the nodes placed at `positions` ([x0, y0, x1, y1, ...], as from the layout); edges are shared. */
export function placeScene(scene: Scene, positions: Float64Array | readonly number[]): Scene {
  if (positions.length !== scene.nodes.length * 2) fail(`positions must hold ${scene.nodes.length * 2} numbers; got ${positions.length}.`);
  return { ...scene, nodes: scene.nodes.map((node, i) => ({ ...node, x: positions[2 * i] as number, y: positions[2 * i + 1] as number })) };
}

/** The scene's positions by person id, for caching and passing back as `positions`. */
export function scenePositions(scene: Scene): Record<string, { x: number; y: number }> {
  const out: Record<string, { x: number; y: number }> = Object.create(null);
  for (const node of scene.nodes) out[node.id] = { x: node.x, y: node.y };
  return out;
}
