export type { ExchangeNetwork } from '@bridgegraph/core';
export { createViewer, type Viewer, type ViewerEvent, type ViewerListener, type ViewerOptions } from './create-viewer.js';
export * from './layout/index.js';
export * from './scene/index.js';
