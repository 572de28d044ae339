#!/usr/bin/env node
// The README's first command (after setup): summarise and analyse the bundled sample programme,
// then say how to open the viewer on it. It never blocks, so `npm run demo && npm test` works.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'packages', 'cli', 'bin', 'bridgegraph.js');
const sample = 'datasets/sample-programme';

function bridgegraph(...args) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

bridgegraph('summary', sample);
console.log('');
bridgegraph('analyze', sample, '--out', 'out/sample-programme', '--group-by', 'country');
bridgegraph('reach', sample, '--by', 'programme', '--out', 'out/sample-programme');
console.log(`
Tables for your statistics package are in out/sample-programme/ (people.csv, groups.csv,
network.json, programmes.csv, first-contacts.csv); docs/metrics.md says what every
column means.

To watch the network grow over time in the viewer, run
  npx bridgegraph serve ${sample}
and open the address it prints (http://127.0.0.1:8080/ by default).`);
