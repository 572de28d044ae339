import type { computeLayout } from './force-layout.js';

// The messages between the layout client and the layout worker.

/** What the worker is asked: a graph of `nodes` nodes and its ties, as typed arrays (transferable). */
export interface LayoutRequest {
  /** Matches the response to its request. */
  id: number;
  nodes: number;
  /** Pairs of node numbers [s0, t0, s1, t1, ...]. */
  edges: Int32Array;
  /** One weight per tie, or null for all 1. */
  weights: Float64Array | null;
  seed: number;
  /** Ticks, or null for the default (`defaultIterations`). */
  iterations: number | null;
  /** Starting positions [x0, y0, ...] (NaN where unknown) and which of them stay fixed; null for none. */
  initial: Float64Array | null;
  fixed: Uint8Array | null;
}

/** The worker's answer: positions [x0, y0, x1, y1, ...], or the error's message. */
export interface LayoutResponse {
  id: number;
  positions?: Float64Array;
  error?: string;
}

/** Runs one request with `layout` (the worker and the fallback share this). */
export function runLayoutRequest(request: LayoutRequest, layout: typeof computeLayout): LayoutResponse {
  try {
    const positions = layout(request.nodes, request.edges, {
      seed: request.seed,
      weights: request.weights,
      initial: request.initial,
      fixed: request.fixed,
      ...(request.iterations === null ? {} : { iterations: request.iterations }),
    });
    return { id: request.id, positions };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}
