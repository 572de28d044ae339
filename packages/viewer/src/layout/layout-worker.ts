import { computeLayout } from './force-layout.js';
import { type LayoutRequest, type LayoutResponse, runLayoutRequest } from './layout-protocol.js';

// The Web Worker entry of the layout: receives one `LayoutRequest` per message and posts back a
// `LayoutResponse` with the positions' buffer transferred (not copied). Create it with Vite's
// `new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' })`.

/** The worker's global scope, as much of it as is used (typed here so the package needs no webworker lib). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutResponse, transfer?: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  const response = runLayoutRequest(event.data, computeLayout);
  if (response.positions !== undefined) scope.postMessage(response, [response.positions.buffer]);
  else scope.postMessage(response);
};
