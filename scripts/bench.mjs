#!/usr/bin/env node
// `npm run bench` / `pnpm bench`: every benchmark, one after the other (never in tests). Each prints
// its figures and its ratio against a baseline measured in the same run. Give names to run only
// some: `npm run bench -- import timeline`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BENCHES = {
  import: ['packages/core/bench/import.bench.mjs', '1000000'],
  timeline: ['packages/core/bench/timeline.bench.mjs'],
  'viewer-scene': ['packages/viewer/bench/scene.bench.mjs'],
  'viewer-frame': ['packages/viewer/bench/frame.bench.mjs'],
  'viewer-layout': ['packages/viewer/bench/layout.bench.mjs'],
  'viewer-browser': ['packages/viewer/bench/browser.bench.mjs'],
};
const wanted = process.argv.slice(2);
for (const [name, [file, ...args]] of Object.entries(BENCHES)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  if (!existsSync(join(root, file))) {
    console.log(`\n== ${name}: skipped (${file} is not there)`);
    continue;
  }
  console.log(`\n== ${name}`);
  const result = spawnSync(process.execPath, ['--expose-gc', file, ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) console.log(`== ${name}: exited with ${result.status ?? result.signal}`);
}
