// Builds the demo app (app/) into dist-app/: `vite build --config vite.config.ts`.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
// csv-parse is the core's dependency: its browser build, wrapped by app/csv-parse-browser.js.
const csvParseBrowser = createRequire(here('../core/package.json')).resolve('csv-parse/browser/esm');

export default defineConfig({
  root: here('./app'),
  // Relative asset URLs: the built app works under any path (`bridgegraph serve`, a static host).
  base: './',
  resolve: {
    // The workspace packages' TypeScript sources; core's CSV parser in its browser build.
    conditions: ['source', 'browser', 'module', 'import', 'default'],
    alias: [
      { find: /^csv-parse$/, replacement: here('./app/csv-parse-browser.js') },
      { find: /^csv-parse-browser-esm$/, replacement: csvParseBrowser },
    ],
  },
  server: { host: '127.0.0.1', fs: { allow: [here('../..')] } },
  preview: { host: '127.0.0.1' },
  build: {
    outDir: here('./dist-app'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  logLevel: 'warn',
});
