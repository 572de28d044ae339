#!/usr/bin/env node
// Scene benchmark: `buildScene` (without the layout) and `groupScene` on a synthetic exchange
// network imported from CSV text: N people in 12 countries, exchanges of 10 people each (enough
// for about M co-participation ties), plus N/2 direct ties; prints the people's network's size and
// the time of each step. Build first (`node_modules/.bin/tsc -b packages/core packages/viewer`),
// then `node packages/viewer/bench/scene.bench.mjs [people] [ties]`.
import { importNetwork, textSource } from '@bridgegraph/core';
import { buildScene } from '../dist/scene/build-scene.js';
import { groupScene } from '../dist/scene/group-scene.js';

const people = Number(process.argv[2] ?? 20_000);
const ties = Number(process.argv[3] ?? 100_000);
let state = 11;
const random = () => {
  state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
  return state / 2 ** 32;
};
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const start = Date.UTC(2015, 0, 1);
const DAY = 86_400_000;
const exchanges = Math.round((ties - people / 2) / 45);
const lines = {
  people: ['id,country'],
  exchanges: ['id,start,end'],
  participations: ['person,exchange'],
  ties: ['source,target,start,end'],
};
for (let i = 0; i < people; i++) lines.people.push(`p${i},C${i % 12}`);
for (let x = 0; x < exchanges; x++) {
  const begin = start + Math.floor(random() * 3650) * DAY;
  lines.exchanges.push(`x${x},${iso(begin)},${iso(begin + 7 * DAY)}`);
  const chosen = new Set();
  while (chosen.size < 10) chosen.add(Math.floor(random() * people));
  for (const p of chosen) lines.participations.push(`p${p},x${x}`);
}
for (let k = 0; k < people / 2; k++) {
  const s = Math.floor(random() * people);
  const t = (s + 1 + Math.floor(random() * (people - 1))) % people;
  lines.ties.push(`p${s},p${t},${iso(start + Math.floor(random() * 3650) * DAY)},`);
}
const files = Object.fromEntries(Object.entries(lines).map(([role, rows]) => [role, textSource(`${role}.csv`, `${rows.join('\n')}\n`)]));
let t = performance.now();
const { network, problems } = await importNetwork(files);
if (problems.length > 0) throw new Error(problems[0].message);
console.log(`import: ${((performance.now() - t) / 1000).toFixed(2)} s`);
t = performance.now();
const scene = buildScene(network, { layout: 'none' });
console.log(
  `buildScene (no layout): ${scene.nodes.length} people, ${scene.edges.length} ties in ${((performance.now() - t) / 1000).toFixed(2)} s`,
);
t = performance.now();
const groups = groupScene(scene);
console.log(`groupScene: ${groups.nodes.length} groups, ${groups.edges.length} group edges in ${(performance.now() - t).toFixed(0)} ms`);
console.log(`peak resident set ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
