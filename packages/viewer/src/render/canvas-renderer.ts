import type { ZoomTransform } from 'd3';
import type { Frame, Scene } from '../scene/types.js';
import { EDGE_STYLE, type Encodings, type MarkerShape } from './encodings.js';

/** What one drawing needs; the renderer only reads it (the scene and frame are never edited). */
export interface DrawState {
  scene: Scene;
  frame: Frame;
  encodings: Encodings;
  /** Base positions of the nodes on the canvas (CSS px) before zoom: x0, y0, x1, y1... */
  positions: Float64Array;
  /** Node passes the filters (1) or not (0); null when nothing is filtered. */
  visible: Uint8Array | null;
  transform: ZoomTransform;
  width: number;
  height: number;
  pixelRatio: number;
  background: string;
  /** Indices of the top brokers (ringed). */
  brokers: ReadonlySet<number>;
  highlighted: ReadonlySet<number>;
  selected: number | null;
  hovered: number | null;
  /** How many of the largest visible nodes get a label. */
  labels: number;
  /** Edge widths follow the weight (group view). */
  weightedEdges: boolean;
  /** With `weightedEdges`: the weight of each edge now (e.g. ties visible in the frame); else the edges' `weight`. */
  edgeWeights?: Float32Array | null;
  /** Only these ties (edge numbers, ascending) are drawn, e.g. from `thinTies` while playing; null or absent for all. */
  ties?: Int32Array | null;
  /** The keyboard cursor (a node number), drawn with a dashed focus ring; null or absent for none. */
  cursor?: number | null;
  /** Draw people's thin white outline (rings of the selected, highlighted and brokers are always drawn). Default true. */
  outlines?: boolean;
}

/** Node numbers by size, largest first (equal sizes by number), per scene: the candidates for labels. */
const sizeOrders = new WeakMap<DrawState['scene'], Int32Array>();

function bySize(scene: DrawState['scene']): Int32Array {
  let order = sizeOrders.get(scene);
  if (order === undefined) {
    const size = (i: number) => scene.nodes[i]?.size ?? 0;
    order = Int32Array.from(scene.nodes, (_, i) => i).sort((a, b) => size(b) - size(a) || a - b);
    sizeOrders.set(scene, order);
  }
  return order;
}

/**
 * Adds the path of a marker of radius `r` centred on (x, y), sized to about the circle's area (picking
 * treats every shape as its circle). Begins a new path; fill or stroke it after.
 */
export function traceMarker(ctx: CanvasRenderingContext2D, shape: MarkerShape, x: number, y: number, r: number): void {
  ctx.beginPath();
  switch (shape) {
    case 'square': {
      const h = r * 0.886;
      ctx.rect(x - h, y - h, 2 * h, 2 * h);
      return;
    }
    case 'diamond': {
      const h = r * 1.2;
      ctx.moveTo(x, y - h);
      ctx.lineTo(x + h, y);
      ctx.lineTo(x, y + h);
      ctx.lineTo(x - h, y);
      ctx.closePath();
      return;
    }
    case 'triangle':
    case 'triangle-down': {
      // An equilateral triangle of circumradius R, centred on its centroid.
      const R = r * 1.3;
      const s = shape === 'triangle' ? 1 : -1;
      const dx = R * 0.866;
      ctx.moveTo(x, y - s * R);
      ctx.lineTo(x + dx, y + (s * R) / 2);
      ctx.lineTo(x - dx, y + (s * R) / 2);
      ctx.closePath();
      return;
    }
    default:
      ctx.arc(x, y, r, 0, 2 * Math.PI);
  }
}

/** Draws a frame on a 2D canvas: background, ties (internal, cross-group, bridges), people, rings, labels. */
export function drawFrame(ctx: CanvasRenderingContext2D, state: DrawState): void {
  const { scene, frame, encodings, positions, visible, transform, pixelRatio } = state;
  ctx.save();
  ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  ctx.globalAlpha = 1;
  ctx.fillStyle = state.background;
  ctx.fillRect(0, 0, state.width, state.height);
  ctx.translate(transform.x, transform.y);
  ctx.scale(transform.k, transform.k);
  const k = transform.k;
  const shown = (i: number) => (visible === null || visible[i] === 1) && (frame.nodeAlpha[i] ?? 0) > 0;

  let maxWeight = 1;
  if (state.weightedEdges) for (const edge of scene.edges) if (edge.weight > maxWeight) maxWeight = edge.weight;

  // Ties: internal first, then cross-group (dashed), then bridges on top.
  for (const pass of ['internal', 'crossGroup', 'bridge'] as const) {
    const style = EDGE_STYLE[pass];
    ctx.strokeStyle = style.color;
    ctx.setLineDash(style.dash.map((d) => d / k));
    const count = state.ties ? state.ties.length : scene.edges.length;
    for (let n = 0; n < count; n++) {
      const e = state.ties ? (state.ties[n] as number) : n;
      const edge = scene.edges[e];
      const alpha = frame.edgeAlpha[e] ?? 0;
      if (!edge || alpha <= 0 || edge.source === edge.target) continue;
      const kind = edge.bridge ? 'bridge' : edge.crossGroup && !state.weightedEdges ? 'crossGroup' : 'internal';
      if (kind !== pass || !shown(edge.source) || !shown(edge.target)) continue;
      const weight = state.edgeWeights?.[e] ?? edge.weight;
      if (state.weightedEdges && weight <= 0) continue;
      const base = state.weightedEdges ? 1 + 7 * Math.sqrt(weight / maxWeight) : pass === 'bridge' ? 2.2 : 1;
      ctx.lineWidth = base / k;
      ctx.globalAlpha = alpha * (pass === 'bridge' ? 0.9 : pass === 'crossGroup' ? 0.4 : 0.5);
      ctx.beginPath();
      ctx.moveTo(positions[2 * edge.source] as number, positions[2 * edge.source + 1] as number);
      ctx.lineTo(positions[2 * edge.target] as number, positions[2 * edge.target + 1] as number);
      ctx.stroke();
    }
  }
  ctx.setLineDash([]);

  // Internal ties of a group (self-edges, group view only): a ring around the node, as wide as their count.
  if (state.weightedEdges) {
    ctx.strokeStyle = EDGE_STYLE.internal.color;
    for (let e = 0; e < scene.edges.length; e++) {
      const edge = scene.edges[e];
      const alpha = frame.edgeAlpha[e] ?? 0;
      if (!edge || edge.source !== edge.target || alpha <= 0 || !shown(edge.source)) continue;
      const weight = state.edgeWeights?.[e] ?? edge.weight;
      if (weight <= 0) continue;
      const lineWidth = (1 + 7 * Math.sqrt(weight / maxWeight)) / k;
      const r = encodings.radius(scene.nodes[edge.source]?.size ?? null) / Math.sqrt(k);
      ctx.lineWidth = lineWidth;
      ctx.globalAlpha = alpha * 0.6;
      ctx.beginPath();
      ctx.arc(positions[2 * edge.source] as number, positions[2 * edge.source + 1] as number, r + 1 / k + lineWidth / 2, 0, 2 * Math.PI);
      ctx.stroke();
    }
  }

  // People (without their thin white outline when `outlines` is false: the level of detail while playing).
  const outlines = state.outlines ?? true;
  let lastFill: string | null = null;
  for (let i = 0; i < scene.nodes.length; i++) {
    const node = scene.nodes[i];
    if (!node || !shown(i)) continue;
    const x = positions[2 * i] as number;
    const y = positions[2 * i + 1] as number;
    const r = encodings.radius(node.size) / Math.sqrt(k);
    ctx.globalAlpha = frame.nodeAlpha[i] ?? 0;
    // Assigning a colour parses it: only when it changes.
    const fill = encodings.color(node.group);
    if (fill !== lastFill) {
      ctx.fillStyle = fill;
      lastFill = fill;
    }
    traceMarker(ctx, encodings.shape(node.group), x, y, r);
    ctx.fill();
    let ring: string | null = null;
    let ringWidth = 1.5;
    if (i === state.selected) {
      ring = EDGE_STYLE.selectedRing;
      ringWidth = 3;
    } else if (state.highlighted.has(i) || i === state.hovered) {
      ring = EDGE_STYLE.highlightRing;
      ringWidth = 2.5;
    } else if (state.brokers.has(i)) ring = EDGE_STYLE.brokerRing;
    if (ring === null && !outlines) continue;
    ctx.strokeStyle = ring ?? '#ffffff';
    ctx.lineWidth = (ring ? ringWidth : 0.75) / k;
    ctx.stroke();
  }

  // The keyboard cursor: a dashed ring outside the node.
  const cursor = state.cursor ?? null;
  const cursorNode = cursor === null ? undefined : scene.nodes[cursor];
  if (cursor !== null && cursorNode && shown(cursor)) {
    const r = encodings.radius(cursorNode.size) / Math.sqrt(k);
    ctx.globalAlpha = 1;
    ctx.strokeStyle = EDGE_STYLE.cursorRing;
    ctx.lineWidth = 2.5 / k;
    ctx.setLineDash([4 / k, 3 / k]);
    ctx.beginPath();
    ctx.arc(positions[2 * cursor] as number, positions[2 * cursor + 1] as number, r + 5 / k, 0, 2 * Math.PI);
    ctx.stroke();
    ctx.setLineDash([]);
  }

  // Labels for the largest visible nodes (and the selected/highlighted ones), drawn as text.
  const labelled = new Set<number>();
  const ranked = bySize(scene);
  for (let r = 0; r < ranked.length && labelled.size < state.labels; r++) if (shown(ranked[r] as number)) labelled.add(ranked[r] as number);
  if (state.selected !== null && shown(state.selected)) labelled.add(state.selected);
  if (cursor !== null && shown(cursor)) labelled.add(cursor);
  for (const i of state.highlighted) if (shown(i)) labelled.add(i);
  ctx.globalAlpha = 1;
  ctx.font = `${12 / k}px system-ui, sans-serif`;
  ctx.textBaseline = 'middle';
  ctx.lineWidth = 3 / k;
  ctx.strokeStyle = 'rgba(255,255,255,0.85)';
  ctx.fillStyle = '#111';
  for (const i of labelled) {
    const node = scene.nodes[i];
    if (!node) continue;
    const text = node.name ?? node.id;
    const x = (positions[2 * i] as number) + encodings.radius(node.size) / Math.sqrt(k) + 3 / k;
    const y = positions[2 * i + 1] as number;
    ctx.strokeText(text, x, y);
    ctx.fillText(text, x, y);
  }
  ctx.restore();
}

/**
 * Fits scene coordinates into a width × height box with a margin; returns base canvas positions.
 * Only the nodes that can be drawn count for the box (`counts[i]` 1), when given.
 */
export function fitPositions(scene: Scene, width: number, height: number, margin = 24, counts: Uint8Array | null = null): Float64Array {
  const out = new Float64Array(scene.nodes.length * 2);
  let x0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < scene.nodes.length; i++) {
    const n = scene.nodes[i];
    if (!n || (counts !== null && counts[i] !== 1) || !Number.isFinite(n.x) || !Number.isFinite(n.y)) continue;
    x0 = Math.min(x0, n.x);
    x1 = Math.max(x1, n.x);
    y0 = Math.min(y0, n.y);
    y1 = Math.max(y1, n.y);
  }
  if (!Number.isFinite(x0)) return out;
  const w = Math.max(x1 - x0, 1e-9);
  const h = Math.max(y1 - y0, 1e-9);
  const scale = Math.min((width - 2 * margin) / w, (height - 2 * margin) / h);
  const s = Number.isFinite(scale) && scale > 0 && x1 > x0 ? scale : 1;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  scene.nodes.forEach((n, i) => {
    out[2 * i] = width / 2 + ((Number.isFinite(n.x) ? n.x : cx) - cx) * s;
    out[2 * i + 1] = height / 2 + ((Number.isFinite(n.y) ? n.y : cy) - cy) * s;
  });
  return out;
}
