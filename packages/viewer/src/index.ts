export type { ExchangeNetwork } from '@bridgegraph/core';
export { createViewer, type Viewer, type ViewerEvent, type ViewerListener, type ViewerOptions } from './create-viewer.js';
export * from './layout/index.js';
export {
  DEFAULT_PALETTE,
  type GroupMarker,
  groupMarker,
  MARKER_SHAPES,
  type MarkerShape,
  OKABE_ITO,
} from './render/encodings.js';
export * from './scene/index.js';
