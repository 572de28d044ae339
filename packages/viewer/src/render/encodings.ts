import { type ScaleOrdinal, type ScalePower, scaleOrdinal, scaleSqrt, schemeTableau10 } from 'd3';
import type { Scene } from '../scene/types.js';

/** The Okabe-Ito palette: eight colours told apart with every common colour-vision deficiency. */
export const OKABE_ITO: readonly string[] = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#000000'];

/** The default palette: d3's Tableau 10 (colour-blind-aware, ten colours). */
export const DEFAULT_PALETTE: readonly string[] = schemeTableau10;

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

/** d3 scales for a scene: ordinal colour over its groups, square-root radius over its sizes. */
export function encodingsFor(
  scene: Scene,
  palette: readonly string[] = DEFAULT_PALETTE,
  radiusRange: [number, number] = [3, 16],
): Encodings {
  const colorScale = scaleOrdinal<string, string>().domain(scene.groups).range(palette);
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
    radius: (size) => (size === null || !Number.isFinite(size) || max <= 0 ? fallback : sizeScale(size)),
  };
}
