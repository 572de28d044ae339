#!/usr/bin/env node
// Timeline benchmark: `timeline` (counts for every window at once, windows' networks built only
// for metrics) against `timelineFromScratch` (every window's people's network built, analysed and
// counted) in the same run, on a dataset (default datasets/sample-programme), by month, cumulative,
// with the counts only and with E-I. Checks that both give the same rows, and prints the median
// time of each and their ratio. Build first (`npm run build`), then
// `node packages/core/bench/timeline.bench.mjs [dataset] [every] [mode]`.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadNetwork } from '@bridgegraph/core/node';
// Not part of the public API: the plain path is exported by the module only, for tests and this benchmark.
import { timeline, timelineFromScratch } from '../dist/temporal/timeline.js';

const here = dirname(fileURLToPath(import.meta.url));
const dataset = resolve(process.argv[2] ?? resolve(here, '../../../datasets/sample-programme'));
const every = process.argv[3] ?? 'month';
const mode = process.argv[4] ?? 'cumulative';

const { network } = await loadNetwork([dataset]);

/** Median wall time in ms of `runs` calls after one warm-up call, and the last result. */
function measure(fn, runs) {
  let result = fn();
  const times = [];
  for (let r = 0; r < runs; r++) {
    const t = process.hrtime.bigint();
    result = fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], result };
}

const cases = [
  { name: 'counts only', options: { every, mode } },
  { name: '--metrics ei-index', options: { every, mode, metrics: ['ei-index'] } },
];
console.log(`${dataset}, every ${every}, ${mode}`);
for (const { name, options } of cases) {
  const scratch = measure(() => timelineFromScratch(network, options), 5);
  const fast = measure(() => timeline(network, options), 5);
  if (JSON.stringify(fast.result) !== JSON.stringify(scratch.result)) throw new Error(`${name}: the rows differ`);
  const windows = new Set(fast.result.map((r) => r.window_start * 1e13 + r.window_end)).size;
  console.log(
    `${name.padEnd(20)} ${String(windows).padStart(5)} windows ${String(fast.result.length).padStart(7)} rows | ` +
      `from scratch ${scratch.ms.toFixed(1).padStart(8)} ms | timeline ${fast.ms.toFixed(1).padStart(8)} ms | ` +
      `${(scratch.ms / fast.ms).toFixed(1)}× faster, same rows`,
  );
}
