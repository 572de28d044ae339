#!/usr/bin/env node
// Installs the workspace with the pinned pnpm and builds every package.
// Used by `npm run demo` and `npm test`, so a fresh clone needs only Node and npm.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PNPM = 'pnpm@12.4.2';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) {
    console.error(`setup: '${command} ${commandArgs.join(' ')}' failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

if (!args.has('--no-install')) {
  const frozen = existsSync(join(root, 'pnpm-lock.yaml')) ? ['--frozen-lockfile'] : [];
  run('npx', ['-y', PNPM, 'install', '--reporter=silent', ...frozen]);
}
const tsc = join(root, 'node_modules', '.bin', 'tsc');
run(tsc, ['-b', 'packages/core', 'packages/cli', 'packages/viewer']);
// The viewer's demo app (served by `bridgegraph serve`) and its one-file library bundle (examples/).
const vite = join(root, 'packages', 'viewer', 'node_modules', '.bin', 'vite');
for (const config of ['vite.config.ts', 'vite.lib.config.ts']) {
  run(vite, ['build', '--config', join('packages', 'viewer', config), '--logLevel', 'warn']);
}
