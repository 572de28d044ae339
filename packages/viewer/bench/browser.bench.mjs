#!/usr/bin/env node
// Browser benchmark of the viewer in headless Chromium (a benchmark, not a test: it asserts nothing).
// Generates two seeded community-structured exchange networks (2,000 people / ~10,000 ties and
// 20,000 / ~100,000) with the core, serves a small page (bench/page/) with the one-file library
// bundle on 127.0.0.1 only, and measures for each: the layout in the Web Worker (until
// `viewer.ready`), frame durations through requestAnimationFrame while the timeline plays (median,
// 95th percentile, frames per second) with the viewer's default level of detail and with it off,
// the same for a plain d3 SVG baseline of the same network and layout, and the peak JS heap (CDP Performance.getMetrics). Prints the figures and writes them
// to .artifacts/bench/viewer-browser.json so runs can be compared.
//
// Build first (`node scripts/setup.mjs --no-install`: dist-lib and the demo app's layout worker),
// then `node packages/viewer/bench/browser.bench.mjs [--sample-ms 5000] [--only small|large]`.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importNetwork, stringifyNetwork, textSource } from '@bridgegraph/core';
import { chromium } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const here = dirname(fileURLToPath(import.meta.url));
const viewerDir = resolve(here, '..');
const repoRoot = resolve(viewerDir, '../..');
const outFile = join(repoRoot, '.artifacts/bench/viewer-browser.json');

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const SAMPLE_MS = Number(flag('--sample-ms', 5000));
const ONLY = flag('--only', null);
/** Longest a single step in the page may take before the run is abandoned (the browser is still closed). */
const STEP_TIMEOUT_MS = 180_000;

const SIZES = [
  { name: 'small', people: 2_000, ties: 10_000, targets: { fps: 50 } },
  { name: 'large', people: 20_000, ties: 100_000, targets: { fps: 15, layoutSeconds: 10 } },
].filter((s) => ONLY === null || s.name === ONLY);

// --- Data: a seeded generator (LCG, as d3's lcg.js), never Math.random. ---

function lcg(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const DAY = 86_400_000;
const START = Date.UTC(2015, 0, 1);
const SPAN = 10 * 365 * DAY;
const COUNTRIES = ['AM', 'AT', 'DE', 'ES', 'FR', 'GE', 'IT', 'NL', 'PL', 'PT', 'TR', 'UA'];
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

/**
 * A community-structured exchange network as CSV text: people in communities of about 50 (each
 * with a home country, 80% of its people from there), exchanges of three people (about 60% of the
 * pairs) and direct ties (40%), 85% of them inside a community, dated over ten years.
 */
function generateCsv(people, ties, seed) {
  const random = lcg(seed);
  const pick = (n) => Math.floor(random() * n);
  const communities = Math.max(1, Math.round(people / 50));
  const community = (i) => i % communities;
  /** A person of the same community as `i` (85%) or anyone (15%), never `i` itself. */
  const partner = (i) => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const j = random() < 0.85 ? (pick(Math.ceil(people / communities)) * communities + community(i)) % people : pick(people);
      if (j !== i) return j;
    }
    return (i + 1) % people;
  };
  const id = (i) => `P${String(i).padStart(5, '0')}`;

  const peopleRows = ['id,name,country'];
  for (let i = 0; i < people; i++) {
    const home = COUNTRIES[community(i) % COUNTRIES.length];
    peopleRows.push(`${id(i)},Person ${i},${random() < 0.8 ? home : COUNTRIES[pick(COUNTRIES.length)]}`);
  }
  const exchangeCount = Math.round((0.6 * ties) / 3);
  const exchangeRows = ['id,name,kind,programme,start,end,host_country'];
  const participationRows = ['person,exchange,role'];
  for (let x = 0; x < exchangeCount; x++) {
    const start = START + pick(SPAN - 15 * DAY);
    const host = pick(people);
    const kind = ['study-visit', 'youth-exchange', 'training'][pick(3)];
    exchangeRows.push(
      `X${x},Exchange ${x},${kind},Programme ${pick(4)},${iso(start)},${iso(start + (2 + pick(12)) * DAY)},${COUNTRIES[pick(12)]}`,
    );
    const members = new Set([host]);
    for (let attempt = 0; members.size < 3 && attempt < 20; attempt++) members.add(partner(host));
    for (const m of members) participationRows.push(`${id(m)},X${x},${m === host ? 'host' : 'participant'}`);
  }
  const tieRows = ['source,target,kind,start,end'];
  for (let k = 0, direct = ties - exchangeCount * 3; k < direct; k++) {
    const s = pick(people);
    const start = START + pick(SPAN);
    const end = random() < 0.5 ? '' : iso(Math.min(START + SPAN, start + pick(2 * 365) * DAY));
    tieRows.push(`${id(s)},${id(partner(s))},${random() < 0.5 ? 'friendship' : 'collaboration'},${iso(start)},${end}`);
  }
  return {
    people: peopleRows.join('\n'),
    exchanges: exchangeRows.join('\n'),
    participations: participationRows.join('\n'),
    ties: tieRows.join('\n'),
  };
}

async function generateNetworkJson(size) {
  const csv = generateCsv(size.people, size.ties, 20_251_125 + size.people);
  const result = await importNetwork(
    Object.fromEntries(Object.entries(csv).map(([role, text]) => [role, textSource(`${role}.csv`, text)])),
    { unknownReferences: 'reject' },
  );
  if (result.problems.length > 0)
    throw new Error(`browser.bench: the generated data has problems, e.g. ${JSON.stringify(result.problems.slice(0, 3))}`);
  return stringifyNetwork(result.network);
}

// --- Files served on 127.0.0.1: the page, the library bundle, the layout worker, d3, the data. ---

function builtFiles() {
  const lib = join(viewerDir, 'dist-lib/bridgegraph-viewer.js');
  const assets = join(viewerDir, 'dist-app/assets');
  const worker = existsSync(assets) ? readdirSync(assets).find((f) => /^layout-worker-.*\.js$/.test(f)) : undefined;
  if (!existsSync(lib) || worker === undefined)
    throw new Error('browser.bench: build first with `node scripts/setup.mjs --no-install` (dist-lib and dist-app are missing).');
  return {
    '/': { type: 'text/html; charset=utf-8', body: readFileSync(join(here, 'page/index.html')) },
    '/bench-page.js': { type: 'text/javascript; charset=utf-8', body: readFileSync(join(here, 'page/bench-page.js')) },
    '/lib/bridgegraph-viewer.js': { type: 'text/javascript; charset=utf-8', body: readFileSync(lib) },
    // The demo app's worker (Vite bundles it self-contained, d3-force inside); the lib bundle has none.
    '/layout-worker.js': { type: 'text/javascript; charset=utf-8', body: readFileSync(join(assets, worker)) },
    '/d3.min.js': { type: 'text/javascript; charset=utf-8', body: readFileSync(join(viewerDir, 'node_modules/d3/dist/d3.min.js')) },
  };
}

function serve(files) {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = files[path];
    if (file === undefined) response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    else response.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done(server));
  });
}

/** `promise`, or a rejection after `ms` naming `what`. */
function within(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error(`browser.bench: ${what} took longer than ${ms / 1000} s.`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Samples the page's JS heap through CDP every 100 ms while `task` runs; returns its result and the peak (bytes). */
async function withPeakHeap(cdp, task) {
  let peak = 0;
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    peak = Math.max(peak, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
  };
  await read();
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    read()
      .catch(() => undefined)
      .finally(() => {
        busy = false;
      });
  }, 100);
  try {
    const result = await task();
    await read();
    return { result, peakHeapBytes: peak };
  } finally {
    clearInterval(timer);
  }
}

// --- The run. ---

const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : String(x));

async function main() {
  if (!existsSync(CHROMIUM)) throw new Error(`browser.bench: ${CHROMIUM} is missing (run node scripts/ensure-chromium.mjs as root).`);
  const files = builtFiles();
  const generated = [];
  for (const size of SIZES) {
    const t0 = performance.now();
    files[`/data/${size.name}.json`] = { type: 'application/json', body: await generateNetworkJson(size) };
    generated.push({ name: size.name, seconds: (performance.now() - t0) / 1000 });
    console.log(
      `generated ${size.name}: ${size.people} people, target ${size.ties} ties (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
    );
  }

  const server = await serve(files);
  const origin = `http://127.0.0.1:${server.address().port}/`;
  let browser = null;
  const results = [];
  const errors = [];
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const version = browser.version();
    for (const size of SIZES) {
      // A fresh page per size, so the heap of one does not count for the other.
      const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
      page.on('pageerror', (error) => errors.push(`${size.name}: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${size.name}: ${message.text()}`);
      });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(origin);
      await page.waitForFunction(() => window.bench?.ready === true, undefined, { timeout: 30_000 });
      const canvas = await withPeakHeap(cdp, () =>
        within(
          page.evaluate(([name, sampleMs]) => window.bench.runCanvas(name, { sampleMs }), [size.name, SAMPLE_MS]),
          STEP_TIMEOUT_MS,
          `the canvas viewer on ${size.name}`,
        ),
      );
      const full = await withPeakHeap(cdp, () =>
        within(
          page.evaluate(([name, sampleMs]) => window.bench.runCanvas(name, { sampleMs, fullDetail: true }), [size.name, SAMPLE_MS]),
          STEP_TIMEOUT_MS,
          `the canvas viewer at full detail on ${size.name}`,
        ),
      );
      const svg = await withPeakHeap(cdp, () =>
        within(
          page.evaluate((sampleMs) => window.bench.runSvg({ sampleMs, width: 1200 }), SAMPLE_MS),
          STEP_TIMEOUT_MS,
          `the SVG baseline on ${size.name}`,
        ),
      );
      await page.close();
      const c = canvas.result;
      const d = full.result;
      const s = svg.result;
      const result = {
        name: size.name,
        people: c.people,
        ties: c.ties,
        crossGroupTies: c.crossGroupTies,
        groups: c.groups,
        jsonMB: c.jsonBytes / 2 ** 20,
        loadSeconds: c.loadSeconds,
        createSeconds: c.createSeconds,
        layoutSeconds: c.layoutSeconds,
        layoutSecondsSecondRun: d.layoutSeconds,
        canvas: { ...c.frames, peakHeapMB: canvas.peakHeapBytes / 2 ** 20 },
        canvasFullDetail: { ...d.frames, peakHeapMB: full.peakHeapBytes / 2 ** 20 },
        svg: { ...s.frames, peakHeapMB: svg.peakHeapBytes / 2 ** 20 },
        fpsRatioCanvasToSvg: c.frames.fps / s.frames.fps,
        targets: size.targets,
        meetsFps: c.frames.fps >= size.targets.fps,
        meetsLayout: size.targets.layoutSeconds === undefined ? null : c.layoutSeconds < size.targets.layoutSeconds,
        countersAtEnd: c.countersAtEnd,
      };
      results.push(result);
      console.log(
        [
          `\n${size.name}: ${result.people} people, ${result.ties} ties (${result.crossGroupTies} cross-group), ${result.groups} countries; JSON ${f1(result.jsonMB)} MB`,
          `  load+parse ${result.loadSeconds.toFixed(2)} s, createViewer ${result.createSeconds.toFixed(2)} s, layout in the worker ${result.layoutSeconds.toFixed(2)} s${size.targets.layoutSeconds ? ` (target < ${size.targets.layoutSeconds} s)` : ''}`,
          `  canvas viewer: median ${f1(c.frames.medianMs)} ms, p95 ${f1(c.frames.p95Ms)} ms, ${f1(c.frames.fps)} fps over ${c.frames.frames} frames (target ≥ ${size.targets.fps} fps: ${result.meetsFps ? 'met' : 'MISSED'}); peak heap ${mb(canvas.peakHeapBytes)}`,
          `  canvas viewer, level of detail off: median ${f1(d.frames.medianMs)} ms, p95 ${f1(d.frames.p95Ms)} ms, ${f1(d.frames.fps)} fps over ${d.frames.frames} frames (layout again ${d.layoutSeconds.toFixed(2)} s)`,
          `  d3 SVG baseline: median ${f1(s.frames.medianMs)} ms, p95 ${f1(s.frames.p95Ms)} ms, ${f1(s.frames.fps)} fps over ${s.frames.frames} frames; peak heap ${mb(svg.peakHeapBytes)}`,
          `  canvas / SVG: ${result.fpsRatioCanvasToSvg.toFixed(1)}× the frames per second`,
        ].join('\n'),
      );
    }
    mkdirSync(dirname(outFile), { recursive: true });
    const report = {
      date: new Date().toISOString(),
      chromium: version,
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? null,
      sampleMs: SAMPLE_MS,
      generated,
      results,
      errors,
    };
    writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nwritten to ${outFile}`);
    if (errors.length > 0) {
      console.error(`page errors:\n  ${errors.join('\n  ')}`);
      process.exitCode = 1;
    }
  } finally {
    await browser?.close();
    await new Promise((done) => server.close(done));
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
