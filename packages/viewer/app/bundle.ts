// The entry of the one-file library bundle (vite.lib.config.ts): the viewer plus the core's loaders.
export { analyze, importNetwork, networkFromJSON, roleFromFileName, textSource } from '@bridgegraph/core';
export { createViewer } from '../src/create-viewer.js';
export { loadDataPackage, loadFiles, loadSample } from './load-data.js';
