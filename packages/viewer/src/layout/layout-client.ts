import { computeLayout, LAYOUT_DEFAULTS, type LayoutOptions } from './force-layout.js';
import { type LayoutRequest, type LayoutResponse, runLayoutRequest } from './layout-protocol.js';

// Runs the layout off the main thread: in a Web Worker when a factory is given and workers exist,
// else synchronously (Node, tests, or pages without workers), with the same result either way.

/** The part of a Worker the client uses (so that tests can pass a fake). */
export interface LayoutWorker {
  postMessage(message: LayoutRequest, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<LayoutResponse>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

/** Makes a worker, e.g. `() => new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' })`; null when none. */
export type LayoutWorkerFactory = () => LayoutWorker;

export interface LayoutInWorkerOptions extends Pick<LayoutOptions, 'seed' | 'iterations' | 'initial' | 'fixed'> {
  weights?: Float64Array | null;
  /** Creates the worker; without one (or when creating it fails) the layout runs synchronously. */
  createWorker?: LayoutWorkerFactory | null;
  /** Abandons the layout (the worker is terminated and the promise rejected). */
  signal?: AbortSignal;
}

let nextId = 1;

/**
 * Positions of `nodes` nodes joined by `edges` ([s0, t0, ...]) as [x0, y0, x1, y1, ...], computed
 * in a worker (one per call, terminated when done) or, where none can be made, synchronously. The
 * typed arrays passed are copied before being sent, so the caller keeps them.
 */
export function layoutInWorker(nodes: number, edges: Int32Array, options: LayoutInWorkerOptions = {}): Promise<Float64Array> {
  const request: LayoutRequest = {
    id: nextId++,
    nodes,
    edges: edges.slice(),
    weights: options.weights?.slice() ?? null,
    seed: options.seed ?? LAYOUT_DEFAULTS.seed,
    iterations: options.iterations ?? null,
    initial: options.initial?.slice() ?? null,
    fixed: options.fixed?.slice() ?? null,
  };
  const settle = (response: LayoutResponse): Float64Array => {
    if (response.positions === undefined) throw new Error(`bridgegraph/viewer/layout: ${response.error ?? 'the layout failed.'}`);
    return response.positions;
  };
  let worker: LayoutWorker | null = null;
  if (options.createWorker != null) {
    try {
      worker = options.createWorker();
    } catch {
      worker = null;
    }
  }
  if (worker === null) {
    return new Promise((resolve, reject) => {
      if (options.signal?.aborted) reject(options.signal.reason);
      else {
        try {
          resolve(settle(runLayoutRequest(request, computeLayout)));
        } catch (error) {
          reject(error);
        }
      }
    });
  }
  const active = worker;
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = () => {
      done = true;
      active.terminate();
    };
    active.addEventListener('message', (event: MessageEvent<LayoutResponse>) => {
      if (done || event.data.id !== request.id) return;
      finish();
      try {
        resolve(settle(event.data));
      } catch (error) {
        reject(error);
      }
    });
    active.addEventListener('error', (event: ErrorEvent) => {
      if (done) return;
      finish();
      reject(new Error(`bridgegraph/viewer/layout: the layout worker failed: ${event.message}`));
    });
    options.signal?.addEventListener('abort', () => {
      if (done) return;
      finish();
      reject(options.signal?.reason);
    });
    if (options.signal?.aborted) {
      finish();
      reject(options.signal.reason);
      return;
    }
    const transfer: Transferable[] = [request.edges.buffer];
    for (const array of [request.weights, request.initial, request.fixed]) if (array !== null) transfer.push(array.buffer);
    active.postMessage(request, transfer);
  });
}
