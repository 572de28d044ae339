// Builds the library as one ES module with d3 and the core inside: dist-lib/bridgegraph-viewer.js.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
// csv-parse is the core's dependency: its browser build, wrapped by app/csv-parse-browser.js.
const csvParseBrowser = createRequire(here('../core/package.json')).resolve('csv-parse/browser/esm');

export default defineConfig({
  resolve: {
    conditions: ['source', 'browser', 'module', 'import', 'default'],
    alias: [
      { find: /^csv-parse$/, replacement: here('./app/csv-parse-browser.js') },
      { find: /^csv-parse-browser-esm$/, replacement: csvParseBrowser },
    ],
  },
  build: {
    outDir: here('./dist-lib'),
    emptyOutDir: true,
    target: 'es2022',
    lib: { entry: here('./app/bundle.ts'), formats: ['es'], fileName: () => 'bridgegraph-viewer.js' },
  },
  logLevel: 'warn',
});
