#!/usr/bin/env node
// Import benchmark: rows per second and peak memory of importNetwork on a generated
// participations file, against a bare csv-parse pass over the same file in the same run.
// Run with `npm run bench` (or `node --expose-gc packages/core/bench/import.bench.mjs [rows]`).
import { createReadStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importNetwork } from '@bridgegraph/core';
import { fileSource } from '@bridgegraph/core/node';
import { parse } from 'csv-parse';

const rows = Number(process.argv[2] ?? 1_000_000);
const people = Math.round(rows / 2.3);
const exchangeCount = Math.max(1, Math.round(rows / 25));

// Seeded linear congruential generator (as d3's lcg) so every run reads the same file.
let state = 42;
const random = () => {
  state = (1664525 * state + 1013904223) % 4294967296;
  return state / 4294967296;
};

function writeFiles(dir) {
  const roles = ['participant', 'group-leader', 'host', 'facilitator'];
  let participations = 'person,exchange,role\n';
  const chunks = [];
  for (let i = 0; i < rows; i++) {
    participations += `P${Math.floor(random() * people)},X${Math.floor(random() * exchangeCount)},${roles[Math.floor(random() * 4)]}\n`;
    if (participations.length > 1 << 20) {
      chunks.push(participations);
      participations = '';
    }
  }
  chunks.push(participations);
  writeFileSync(join(dir, 'participations.csv'), chunks.join(''));
  let peopleCsv = 'id,name,country\n';
  for (let i = 0; i < people; i++) peopleCsv += `P${i},Person ${i},C${i % 12}\n`;
  writeFileSync(join(dir, 'people.csv'), peopleCsv);
}

function peakTracker() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  return () => {
    clearInterval(timer);
    return Math.max(peak, process.memoryUsage().rss);
  };
}

const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const gc = globalThis.gc ?? (() => {});

const dir = mkdtempSync(join(tmpdir(), 'bridgegraph-bench-'));
try {
  writeFiles(dir);
  const file = join(dir, 'participations.csv');
  const size = statSync(file).size;

  gc();
  let t = performance.now();
  let parsed = 0;
  for await (const _record of createReadStream(file).pipe(parse())) parsed++;
  const bareSeconds = (performance.now() - t) / 1000;

  gc();
  const before = process.memoryUsage().rss;
  const stopPeak = peakTracker();
  t = performance.now();
  const result = await importNetwork(
    { people: fileSource(join(dir, 'people.csv')), participations: fileSource(file) },
    { unknownReferences: 'reject' },
  );
  const importSeconds = (performance.now() - t) / 1000;
  const peak = stopPeak();
  gc();
  const after = process.memoryUsage().rss;
  const report = result.files.find((f) => f.role === 'participations');

  const figures = {
    rows,
    fileBytes: size,
    people,
    exchanges: exchangeCount,
    nodes: result.network.order,
    edges: result.network.size,
    rowsAccepted: report.rowsAccepted,
    rowsRejected: report.rowsRejected,
    bareCsvParseRowsPerSecond: Math.round(parsed / bareSeconds),
    importRowsPerSecond: Math.round(rows / importSeconds),
    ratioToBareCsvParse: Number((bareSeconds / importSeconds).toFixed(3)),
    rssBefore: before,
    rssPeak: peak,
    rssAfterWithGraph: after,
  };
  console.log(`import of ${rows} participations (${mib(size)} file; ${people} people, ${exchangeCount} exchanges)`);
  console.log(
    `  graph: ${figures.nodes} nodes, ${figures.edges} edges; ${report.rowsAccepted} accepted, ${report.rowsRejected} rejected (duplicates)`,
  );
  console.log(`  bare csv-parse: ${figures.bareCsvParseRowsPerSecond} rows/s`);
  console.log(
    `  importNetwork:  ${figures.importRowsPerSecond} rows/s (${figures.ratioToBareCsvParse} of csv-parse's throughput, validation and graph building included)`,
  );
  console.log(`  memory: ${mib(before)} before, ${mib(peak)} peak, ${mib(after)} after with the graph held`);
  console.log(JSON.stringify({ benchmark: 'import', ...figures }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
