import type { Analysis, ExchangeNetwork } from '@bridgegraph/core';

// Optional fields added by the scene engineer (existing fields unchanged):
// - SceneOptions.layout ('sync' | 'none') and SceneOptions.layoutIterations: build the scene without
//   a layout (positions 0) and place it later with `placeScene(scene, await layoutInWorker(...))`.
// - FrameOptions.showIsolated: draw (and count) people with no tie at all times. Default false.
// The contract between the viewer's pure part (scene, frames, layout: testable in Node) and its
// drawing part (canvas, controls, DOM). The network is never edited: everything here is derived.

/** A person as drawn: fixed position for the whole time span, and when they first appear. */
export interface SceneNode {
  /** The person's id (as in the data). */
  id: string;
  name: string | null;
  /** The value of the colour attribute (`colorBy`), or null. */
  group: string | null;
  x: number;
  y: number;
  /** The first instant the person is in contact with anyone (ms), or null when never or undated. */
  activeFrom: number | null;
  /** The value of the size metric (`sizeBy`), or null. */
  size: number | null;
}

/** A tie between two people as drawn, with the periods in which it exists. */
export interface SceneEdge {
  /** Indices into `Scene.nodes`. */
  source: number;
  target: number;
  weight: number;
  /** The contact periods of the pair, flattened [start0, end0, start1, end1, ...], sorted by start (ms). */
  periods: Float64Array;
  /** First contact of the pair (ms) or null. */
  firstContact: number | null;
  /** The two people's groups differ (both known). */
  crossGroup: boolean;
  /** A bridge of the whole network (its removal splits a component). */
  bridge: boolean;
}

/** Everything derived once from the network for the whole time span. */
export interface Scene {
  nodes: SceneNode[];
  edges: SceneEdge[];
  /** The data's time span, or null when nothing is dated. */
  span: { start: number; end: number } | null;
  /** Distinct values of the colour attribute, sorted. */
  groups: string[];
}

/** How a frame is taken from the scene. */
export interface FrameOptions {
  /** `cumulative`: everything up to the time; `sliding`: only what runs within `windowMs` before it. */
  mode: 'cumulative' | 'sliding';
  /** Width of the sliding window in ms. */
  windowMs: number;
  /** Duration of the fade-in/fade-out (ms of data time) for appearing and disappearing ties. */
  fadeMs?: number;
  /** Draw and count people who have no tie at all, at every time. Default false: they are never drawn. */
  showIsolated?: boolean;
}

/** What is drawn at one instant. */
export interface Frame {
  time: number;
  /** Opacity of each node and edge in [0, 1] (0 = not drawn), aligned with the scene's arrays. */
  nodeAlpha: Float32Array;
  edgeAlpha: Float32Array;
  /** Live counters at this time. */
  counters: { people: number; groups: number; crossGroupTies: number; ties: number };
}

/** Options for deriving a scene. */
export interface SceneOptions {
  /** Attribute that colours people (read on the person, then in their data). Default `country`. */
  colorBy?: string;
  /** A column of `analysis.people` (e.g. `betweenness`), `degree`, or null for equal sizes. Default `degree`. */
  sizeBy?: string | null;
  /** Positions to use instead of computing a layout, by person id. */
  positions?: Readonly<Record<string, { x: number; y: number }>>;
  /** Seed of the layout. */
  seed?: number;
  /** Results of `analyze` for sizes and highlights. */
  analysis?: Analysis;
  /**
   * `sync` (default): compute the force layout now (for people not in `positions`); `none`: leave
   * them at (0, 0), to be placed later, e.g. by `layoutInWorker` then `placeScene`.
   */
  layout?: 'sync' | 'none';
  /** Ticks of the layout. Default `defaultIterations(people)`: 300 up to 5,000 people, fewer above (75 for 20,000). */
  layoutIterations?: number;
}

export type { Analysis, ExchangeNetwork };
