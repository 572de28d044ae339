import { type ScaleOrdinal, type ScalePower, scaleOrdinal, scaleSqrt } from 'd3';
import type { Scene } from '../scene/types.js';

/**
 * The Okabe-Ito palette (Okabe and Ito 2008; Wong 2011, Nature Methods 8:441): eight colours told
 * apart with every common colour-vision deficiency. Black is last, so that it is used only from the
 * 8th group on: black people are harder to tell from the dark ties, bridges and broker rings.
 */
export const OKABE_ITO: readonly string[] = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#000000'];

/** The default palette: Okabe-Ito (colour-blind-safe, eight colours; shapes tell apart further groups). */
export const DEFAULT_PALETTE: readonly string[] = OKABE_ITO;

/** The marker shapes, in order: groups 1 to n (n = the palette's length) are circles, the next n squares... */
export const MARKER_SHAPES = ['circle', 'square', 'triangle', 'diamond', 'triangle-down'] as const;

export type MarkerShape = (typeof MARKER_SHAPES)[number];

export interface GroupMarker {
  /** Index into the palette. */
  color: number;
  shape: MarkerShape;
  /** This colour × shape pair is also used by an earlier group (more groups than palette × shapes). */
  repeated: boolean;
}

/**
 * The marker of the group at `index` (in the sorted group order) with a palette of `paletteLength`
 * colours: colours cycle within each block of `paletteLength` groups, the shape changes from block to
 * block (circle, square, triangle, diamond, downward triangle). Every group has its own colour × shape
 * pair up to `paletteLength × MARKER_SHAPES.length` groups; beyond that the shapes cycle (`repeated`).
 */
export function groupMarker(index: number, paletteLength: number): GroupMarker {
  const n = Math.max(1, Math.floor(paletteLength));
  const i = Math.max(0, Math.floor(index));
  const block = Math.floor(i / n);
  return {
    color: i % n,
    shape: MARKER_SHAPES[block % MARKER_SHAPES.length] as MarkerShape,
    repeated: block >= MARKER_SHAPES.length,
  };
}

/** The colour of a person whose group is unknown. */
export const UNKNOWN_COLOR = '#b0b0b0';

/** Drawing styles of ties and highlights (one place, shared by the renderer and the legend). */
export const EDGE_STYLE = {
  internal: { color: '#8c8c8c', dash: [] as number[] },
  crossGroup: { color: '#c2410c', dash: [4, 3] },
  bridge: { color: '#7f1d1d', dash: [] as number[] },
  brokerRing: '#111111',
  highlightRing: '#f59e0b',
  selectedRing: '#2563eb',
  cursorRing: '#7c3aed',
} as const;

export interface Encodings {
  color: (group: string | null) => string;
  /** The marker shape of a group (circle for unknown or unlisted groups). */
  shape: (group: string | null) => MarkerShape;
  /** More groups than palette colours × shapes: some colour × shape pairs repeat. */
  markersRepeat: boolean;
  radius: (size: number | null) => number;
  colorScale: ScaleOrdinal<string, string>;
  sizeScale: ScalePower<number, number>;
}

/** A radius range that suits `count` nodes drawn in a width × height box (CSS px). */
export function radiusRangeFor(count: number, width: number, height: number): [number, number] {
  const spacing = Math.sqrt((Math.max(width, 1) * Math.max(height, 1)) / Math.max(count, 1));
  const max = Math.min(16, Math.max(4, spacing * 0.3));
  return [Math.max(1.5, max / 4), max];
}

/**
 * d3 scales for a scene: ordinal colour over its groups (with a shape per block of palette-length
 * groups, see `groupMarker`), square-root radius over its sizes.
 */
export function encodingsFor(
  scene: Scene,
  palette: readonly string[] = DEFAULT_PALETTE,
  radiusRange: [number, number] = [3, 16],
): Encodings {
  const colors = palette.length > 0 ? palette : DEFAULT_PALETTE;
  const colorScale = scaleOrdinal<string, string>().domain(scene.groups).range(colors);
  const shapes = new Map<string, MarkerShape>();
  scene.groups.forEach((g, i) => {
    if (!shapes.has(g)) shapes.set(g, groupMarker(i, colors.length).shape);
  });
  const markersRepeat = scene.groups.length > 0 && groupMarker(scene.groups.length - 1, colors.length).repeated;
  let max = 0;
  for (const node of scene.nodes) if (node.size !== null && Number.isFinite(node.size) && node.size > max) max = node.size;
  const sizeScale = scaleSqrt()
    .domain([0, max > 0 ? max : 1])
    .range(radiusRange)
    .clamp(true);
  const fallback = max > 0 ? radiusRange[0] : (radiusRange[0] + radiusRange[1]) / 3;
  return {
    colorScale,
    sizeScale,
    color: (group) => (group === null ? UNKNOWN_COLOR : colorScale(group)),
    shape: (group) => (group === null ? 'circle' : (shapes.get(group) ?? 'circle')),
    markersRepeat,
    radius: (size) => (size === null || !Number.isFinite(size) || max <= 0 ? fallback : sizeScale(size)),
  };
}
