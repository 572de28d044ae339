#!/usr/bin/env node
// Layout benchmark: `computeLayout` on a random network of N people and M ties (default 20,000 and
// 100,000: a few dense communities with some ties between them), printing the wall time and the
// peak memory (resident set and V8 heap). Build first (`node_modules/.bin/tsc -b packages/viewer`),
// then `node packages/viewer/bench/layout.bench.mjs [people] [ties] [iterations]`.
import { computeLayout, defaultIterations } from '../dist/layout/force-layout.js';

const people = Number(process.argv[2] ?? 20_000);
const ties = Number(process.argv[3] ?? 100_000);
const iterations = process.argv[4] === undefined ? undefined : Number(process.argv[4]);

// A seeded generator so that every run lays out the same network.
let state = 42;
const random = () => {
  state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
  return state / 2 ** 32;
};
const communities = Math.max(1, Math.round(people / 500));
const edges = new Int32Array(ties * 2);
const weights = new Float64Array(ties);
for (let k = 0; k < ties; k++) {
  const s = Math.floor(random() * people);
  let t;
  do {
    // 90% of ties inside the community (people numbered s mod communities), 10% anywhere.
    t =
      random() < 0.9
        ? (Math.floor(random() * (people / communities)) * communities + (s % communities)) % people
        : Math.floor(random() * people);
  } while (t === s);
  edges[2 * k] = s;
  edges[2 * k + 1] = t;
  weights[k] = 1 + Math.floor(random() * 3);
}

let peakRss = process.memoryUsage().rss;
let peakHeap = process.memoryUsage().heapUsed;
const before = process.memoryUsage();
const start = process.hrtime.bigint();
const positions = computeLayout(people, edges, { seed: 1, iterations, weights });
const ms = Number(process.hrtime.bigint() - start) / 1e6;
const after = process.memoryUsage();
peakRss = Math.max(peakRss, after.rss);
peakHeap = Math.max(peakHeap, after.heapUsed);
const resource = process.resourceUsage();
let finite = true;
for (const v of positions) if (!Number.isFinite(v)) finite = false;
const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
console.log(`${people} people, ${ties} ties, ${iterations ?? `default (${defaultIterations(people)})`} ticks: ${(ms / 1000).toFixed(2)} s`);
console.log(
  `peak resident set ${mb(resource.maxRSS * 1024)}; heap before ${mb(before.heapUsed)}, after ${mb(peakHeap)}; positions finite: ${finite}`,
);
