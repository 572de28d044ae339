#!/usr/bin/env node
// Makes sure Debian's Chromium is there for the viewer's browser tests: installs it with apt-get when
// it is missing and we run as root (CI); otherwise says why the browser tests will be skipped.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';

function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

if (existsSync(CHROMIUM)) {
  console.log(`ensure-chromium: ${CHROMIUM} is there.`);
} else if (process.platform !== 'linux' || typeof process.getuid !== 'function' || process.getuid() !== 0) {
  console.log(
    `ensure-chromium: ${CHROMIUM} is missing and this is not root on Linux; the viewer's browser tests will be skipped (install Debian's chromium to run them).`,
  );
} else if (!existsSync('/usr/bin/apt-get')) {
  console.log(`ensure-chromium: ${CHROMIUM} is missing and apt-get is not available; the viewer's browser tests will be skipped.`);
} else {
  console.log(`ensure-chromium: installing chromium with apt-get…`);
  const ok = run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'chromium']);
  if (ok && existsSync(CHROMIUM)) console.log(`ensure-chromium: installed ${CHROMIUM}.`);
  else console.log(`ensure-chromium: could not install chromium; the viewer's browser tests will be skipped.`);
}
