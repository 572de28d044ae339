#!/usr/bin/env node
// Frame benchmark: `frameAt` on a synthetic scene of N people and M ties (default 20,000 and
// 100,000, each tie with 1 to 3 contact periods over ten years), in both modes, reusing the frame
// (`into`) as the viewer does, printing the median time per frame (a 50 fps budget is 20 ms).
// Build first (`node_modules/.bin/tsc -b packages/viewer`), then
// `node packages/viewer/bench/frame.bench.mjs [people] [ties]`.
import { frameAt } from '../dist/scene/frame-at.js';

const people = Number(process.argv[2] ?? 20_000);
const ties = Number(process.argv[3] ?? 100_000);
let state = 7;
const random = () => {
  state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
  return state / 2 ** 32;
};
const DAY = 86_400_000;
const start = Date.UTC(2015, 0, 1);
const years = 10 * 365 * DAY;
const groups = Array.from({ length: 12 }, (_, i) => `G${i}`);
const nodes = Array.from({ length: people }, (_, i) => ({
  id: `p${i}`,
  name: null,
  group: groups[i % 12],
  x: 0,
  y: 0,
  activeFrom: null,
  size: null,
}));
const edges = [];
for (let k = 0; k < ties; k++) {
  const s = Math.floor(random() * people);
  const t = (s + 1 + Math.floor(random() * (people - 1))) % people;
  const periods = [];
  let at = start + random() * years;
  for (let p = 0, n = 1 + Math.floor(random() * 3); p < n; p++) {
    periods.push(at, at + random() * 14 * DAY);
    at += random() * 365 * DAY;
  }
  edges.push({
    source: s,
    target: t,
    weight: 1,
    periods: Float64Array.from(periods),
    firstContact: periods[0],
    crossGroup: s % 12 !== t % 12,
    bridge: false,
  });
}
const scene = { nodes, edges, span: { start, end: start + years }, groups };

for (const options of [
  { mode: 'cumulative', windowMs: 0, fadeMs: 30 * DAY },
  { mode: 'sliding', windowMs: 90 * DAY, fadeMs: 30 * DAY },
]) {
  let frame = frameAt(scene, start, options);
  const times = [];
  for (let i = 0; i <= 200; i++) {
    const t = start + (years * i) / 200;
    const t0 = process.hrtime.bigint();
    frame = frameAt(scene, t, options, frame);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${people} people, ${ties} ties, ${options.mode}: median ${times[100].toFixed(2)} ms, max ${times[200].toFixed(2)} ms per frame (last frame: ${frame.counters.ties} ties)`,
  );
}
