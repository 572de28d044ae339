import {
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  randomLcg,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3';

// A force-directed layout of the whole time span (every tie at once), so that a person keeps their
// place as time moves. d3-force run synchronously for a fixed number of ticks, deterministic for a
// seed: initial positions and d3's jiggle both draw from a seeded linear congruential generator.

const MODULE = 'bridgegraph/viewer/layout';

export interface LayoutOptions {
  /** Seed of the initial positions and of d3's jiggle. Default 1. */
  seed?: number;
  /** Number of ticks. Default `defaultIterations(nodeCount)`: 300 up to 5,000 nodes, fewer above (75 for 20,000). */
  iterations?: number;
  /** Weight of each tie (aligned with the pairs of `edges`); stronger ties pull harder. Default all 1. */
  weights?: Float64Array | readonly number[] | null;
  /** Starting positions [x0, y0, x1, y1, ...]; NaN where unknown (then a seeded random start). */
  initial?: Float64Array | null;
  /** Nodes to keep at their `initial` position (1 = fixed). */
  fixed?: Uint8Array | null;
  /** Barnes-Hut approximation of the repulsion (d3's theta). Default 0.9 up to 2,000 nodes, 1.5 above. */
  theta?: number;
}

export const LAYOUT_DEFAULTS = {
  seed: 1,
  iterations: 300,
  theta: 0.9,
  /** Above this many nodes, a coarser Barnes-Hut approximation (`largeTheta`): about half the time per tick. */
  largeNetwork: 2000,
  largeTheta: 1.5,
  /** Budget of the default number of ticks: about this many node-ticks (300 ticks up to 5,000 nodes). */
  nodeTicks: 1_500_000,
  minIterations: 60,
  /** Desired length of a tie. */
  linkDistance: 30,
  /** Repulsion between people (negative: they push apart). */
  charge: -30,
  /** Pull towards the centre, which keeps separate components together on screen. */
  gravity: 0.05,
} as const;

interface LayoutNode extends SimulationNodeDatum {
  index: number;
}

function fail(message: string): never {
  throw new TypeError(`${MODULE}: ${message}`);
}

/**
 * Ticks used when none are asked: 300 up to 5,000 nodes, then fewer in inverse proportion to the
 * number of nodes (150 for 10,000, 75 for 20,000; at least 60), since a tick costs about
 * O(n log n): this keeps the layout of 20,000 people within seconds.
 */
export function defaultIterations(nodeCount: number): number {
  const budget = Math.round(LAYOUT_DEFAULTS.nodeTicks / Math.max(1, nodeCount));
  return Math.max(LAYOUT_DEFAULTS.minIterations, Math.min(LAYOUT_DEFAULTS.iterations, budget));
}

/** The alpha decay that takes d3's alpha from 1 to its minimum (0.001) in `iterations` ticks. */
export function alphaDecayFor(iterations: number): number {
  return 1 - 0.001 ** (1 / iterations);
}

/**
 * Positions of `nodeCount` nodes joined by `edges` (pairs of node numbers, flattened
 * [s0, t0, s1, t1, ...]), as [x0, y0, x1, y1, ...]. Self-pairs and out-of-range numbers are
 * refused. The same inputs and seed always give the same positions.
 */
export function computeLayout(nodeCount: number, edges: Int32Array | readonly number[], options: LayoutOptions = {}): Float64Array {
  if (!Number.isInteger(nodeCount) || nodeCount < 0) fail(`nodeCount must be a non-negative integer; got ${String(nodeCount)}.`);
  if (edges.length % 2 !== 0) fail('edges must hold pairs of node numbers.');
  const seed = options.seed ?? LAYOUT_DEFAULTS.seed;
  const iterations = options.iterations ?? defaultIterations(nodeCount);
  if (!Number.isFinite(seed)) fail(`seed must be a finite number; got ${String(seed)}.`);
  if (!Number.isInteger(iterations) || iterations < 0) fail(`iterations must be a non-negative integer; got ${String(iterations)}.`);
  const theta = options.theta ?? (nodeCount > LAYOUT_DEFAULTS.largeNetwork ? LAYOUT_DEFAULTS.largeTheta : LAYOUT_DEFAULTS.theta);
  const weights = options.weights ?? null;
  const edgeCount = edges.length / 2;
  if (weights !== null && weights.length !== edgeCount) fail(`weights must have one value per edge (${edgeCount}); got ${weights.length}.`);
  const initial = options.initial ?? null;
  if (initial !== null && initial.length !== nodeCount * 2) fail(`initial must hold ${nodeCount * 2} numbers; got ${initial.length}.`);
  const fixed = options.fixed ?? null;

  const random = randomLcg(seed);
  // Seeded start in a disc whose area grows with the number of nodes.
  const radius = LAYOUT_DEFAULTS.linkDistance * Math.sqrt(nodeCount + 1);
  const nodes: LayoutNode[] = new Array(nodeCount);
  for (let i = 0; i < nodeCount; i++) {
    const r = radius * Math.sqrt(random());
    const angle = 2 * Math.PI * random();
    const x0 = initial?.[2 * i];
    const y0 = initial?.[2 * i + 1];
    const known = x0 !== undefined && y0 !== undefined && Number.isFinite(x0) && Number.isFinite(y0);
    const node: LayoutNode = { index: i, x: known ? x0 : r * Math.cos(angle), y: known ? y0 : r * Math.sin(angle) };
    if (known && fixed !== null && fixed[i] === 1) {
      node.fx = x0;
      node.fy = y0;
    }
    nodes[i] = node;
  }
  const links: SimulationLinkDatum<LayoutNode>[] = [];
  const strengthFactor: number[] = [];
  const degree = new Int32Array(nodeCount);
  for (let k = 0; k < edgeCount; k++) {
    const s = edges[2 * k] as number;
    const t = edges[2 * k + 1] as number;
    if (!Number.isInteger(s) || !Number.isInteger(t) || s < 0 || t < 0 || s >= nodeCount || t >= nodeCount || s === t) {
      fail(`edge ${k} (${s}, ${t}) must join two different nodes in 0..${nodeCount - 1}.`);
    }
    degree[s] = (degree[s] as number) + 1;
    degree[t] = (degree[t] as number) + 1;
    const w = weights === null ? 1 : (weights[k] as number);
    // 1 for a weight of 1, towards 2 for heavy ties, below 1 for light ones.
    strengthFactor.push(Number.isFinite(w) && w > 0 ? (2 * w) / (w + 1) : 1);
    links.push({ source: s, target: t, index: k });
  }

  const simulation = forceSimulation<LayoutNode>(nodes)
    .randomSource(random)
    .alphaDecay(alphaDecayFor(Math.max(1, iterations)))
    .force(
      'link',
      forceLink<LayoutNode, SimulationLinkDatum<LayoutNode>>(links)
        .distance(LAYOUT_DEFAULTS.linkDistance)
        .strength((link) => {
          const s = (link.source as LayoutNode).index;
          const t = (link.target as LayoutNode).index;
          // d3's default (1 / the smaller degree) scaled by the tie's weight, capped at 1.
          const base = 1 / Math.min(degree[s] as number, degree[t] as number);
          return Math.min(1, base * (strengthFactor[link.index as number] as number));
        }),
    )
    .force('charge', forceManyBody<LayoutNode>().strength(LAYOUT_DEFAULTS.charge).theta(theta))
    .force('x', forceX<LayoutNode>(0).strength(LAYOUT_DEFAULTS.gravity))
    .force('y', forceY<LayoutNode>(0).strength(LAYOUT_DEFAULTS.gravity))
    .stop();
  simulation.tick(iterations);

  const out = new Float64Array(nodeCount * 2);
  for (let i = 0; i < nodeCount; i++) {
    const node = nodes[i] as LayoutNode;
    out[2 * i] = node.x as number;
    out[2 * i + 1] = node.y as number;
  }
  return out;
}
