export { alphaDecayFor, computeLayout, defaultIterations, LAYOUT_DEFAULTS, type LayoutOptions } from './force-layout.js';
export { type LayoutInWorkerOptions, type LayoutWorker, type LayoutWorkerFactory, layoutInWorker } from './layout-client.js';
export type { LayoutRequest, LayoutResponse } from './layout-protocol.js';
