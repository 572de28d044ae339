// The viewer is built in its own issue; this shell fixes the package's place in the workspace.
export type { ExchangeNetwork } from '@bridgegraph/core';
export * from './layout/index.js';
export * from './scene/index.js';
