// The page side of browser.bench.mjs: loads a generated network, draws it with the viewer (layout
// in a Web Worker) or with a plain d3 SVG baseline, and samples frame durations through
// requestAnimationFrame while the timeline plays. Node drives it through `window.bench`.
import { createViewer, networkFromJSON } from '/lib/bridgegraph-viewer.js';

const stage = document.getElementById('stage');
const HEIGHT = 520;
/** Upper bound on sampled frames (a bounded loop even if rAF were to run far faster than 60 Hz). */
const MAX_FRAMES = 20_000;

/** The scene of the last viewer run (positions, groups, ties), for the SVG baseline of the same network. */
let lastScene = null;

const nextFrame = () => new Promise((done) => requestAnimationFrame(done));

/**
 * Calls `update(now)` (if given) in every animation frame for `sampleMs`, or until `running()` is
 * false, and returns the durations between consecutive frames (ms).
 */
async function sampleFrames(sampleMs, { update = null, running = () => true } = {}) {
  const durations = [];
  let previous = await nextFrame();
  const start = previous;
  for (let i = 0; i < MAX_FRAMES; i++) {
    const now = await nextFrame();
    durations.push(now - previous);
    previous = now;
    if (now - start >= sampleMs || !running()) break;
    update?.(now - start);
  }
  return { durations, elapsedMs: previous - start };
}

function summarise({ durations, elapsedMs }) {
  const sorted = [...durations].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return {
    frames: durations.length,
    sampledSeconds: elapsedMs / 1000,
    medianMs: at(0.5),
    p95Ms: at(0.95),
    maxMs: sorted[sorted.length - 1] ?? Number.NaN,
    fps: durations.length / (elapsedMs / 1000),
  };
}

async function loadNetwork(name) {
  const t0 = performance.now();
  const text = await (await fetch(`/data/${name}.json`)).text();
  const network = networkFromJSON(text);
  return { network, loadMs: performance.now() - t0, bytes: text.length };
}

/**
 * The viewer on canvas: creation, the worker layout (until `ready`), then frames while playing the
 * whole span; with `fullDetail`, the level of detail is off (every tie and outline drawn).
 */
async function runCanvas(name, { sampleMs, fullDetail = false }) {
  const viewerOptions = fullDetail ? { maxAnimatedTies: Number.POSITIVE_INFINITY, maxAnimatedOutlines: Number.POSITIVE_INFINITY } : {};
  const { network, loadMs, bytes } = await loadNetwork(name);
  stage.replaceChildren();
  const t0 = performance.now();
  const viewer = createViewer(stage, network, {
    layoutWorker: () => new Worker('/layout-worker.js', { type: 'module' }),
    // The whole span plays in a little more than the sample, so the sample sees the timeline fill up.
    playDurationMs: sampleMs * 1.1,
    ...viewerOptions,
  });
  const t1 = performance.now();
  await viewer.ready;
  const t2 = performance.now();
  await nextFrame();
  await nextFrame();
  const scene = viewer.scene;
  lastScene = {
    span: scene.span,
    nodes: scene.nodes.map((n) => ({ x: n.x, y: n.y, group: n.group })),
    edges: scene.edges.map((e) => ({ source: e.source, target: e.target, first: e.firstContact, crossGroup: e.crossGroup })),
    groups: scene.groups,
  };
  viewer.play();
  const frames = summarise(await sampleFrames(sampleMs, { running: () => viewer.isPlaying() }));
  viewer.pause();
  const counters = document.querySelector('.bg-counters')?.textContent ?? '';
  viewer.destroy();
  return {
    people: scene.nodes.length,
    ties: scene.edges.length,
    crossGroupTies: scene.edges.filter((e) => e.crossGroup).length,
    groups: scene.groups.length,
    jsonBytes: bytes,
    loadSeconds: loadMs / 1000,
    createSeconds: (t1 - t0) / 1000,
    layoutSeconds: (t2 - t1) / 1000,
    frames,
    countersAtEnd: counters,
  };
}

/**
 * The baseline: the same people and ties as plain SVG circles and lines, created once, then
 * updated in every frame with d3 selections by time (cumulative, with the viewer's fade).
 */
async function runSvg({ sampleMs, width }) {
  const d3 = globalThis.d3;
  const scene = lastScene;
  if (!scene?.span) throw new Error('bench-page: run the canvas viewer first (the baseline reuses its layout).');
  stage.replaceChildren();
  const { start, end } = scene.span;
  const spanMs = Math.max(end - start, 1);
  const fadeMs = spanMs / 50;
  const margin = 24;
  const x = d3.scaleLinear(
    d3.extent(scene.nodes, (n) => n.x),
    [margin, width - margin],
  );
  const y = d3.scaleLinear(
    d3.extent(scene.nodes, (n) => n.y),
    [margin, HEIGHT - margin],
  );
  const color = d3.scaleOrdinal(scene.groups, d3.schemeTableau10);
  const firstSeen = new Float64Array(scene.nodes.length).fill(Number.POSITIVE_INFINITY);
  for (const e of scene.edges) {
    const first = e.first ?? Number.NEGATIVE_INFINITY;
    firstSeen[e.source] = Math.min(firstSeen[e.source], first);
    firstSeen[e.target] = Math.min(firstSeen[e.target], first);
  }
  const nodes = scene.nodes.map((n, i) => ({ ...n, first: firstSeen[i] }));
  const svg = d3.select(stage).append('svg').attr('width', width).attr('height', HEIGHT).style('background', '#fff');
  const lines = svg
    .append('g')
    .selectAll('line')
    .data(scene.edges)
    .join('line')
    .attr('x1', (e) => x(nodes[e.source].x))
    .attr('y1', (e) => y(nodes[e.source].y))
    .attr('x2', (e) => x(nodes[e.target].x))
    .attr('y2', (e) => y(nodes[e.target].y))
    .attr('stroke', (e) => (e.crossGroup ? '#d62728' : '#999'))
    .attr('stroke-dasharray', (e) => (e.crossGroup ? '4 3' : null));
  const circles = svg
    .append('g')
    .selectAll('circle')
    .data(nodes.filter((n) => Number.isFinite(n.first)))
    .join('circle')
    .attr('cx', (n) => x(n.x))
    .attr('cy', (n) => y(n.y))
    .attr('r', 3)
    .attr('fill', (n) => color(n.group))
    .attr('stroke', '#fff');
  const alpha = (first, t) => (first > t ? 0 : fadeMs <= 0 || t - first >= fadeMs ? 1 : 0.2 + (0.8 * (t - first)) / fadeMs);
  const update = (elapsed) => {
    const t = Math.min(end, start + (elapsed * spanMs) / (sampleMs * 1.1));
    lines.attr('display', (e) => ((e.first ?? Number.NEGATIVE_INFINITY) <= t ? null : 'none'));
    lines.attr('stroke-opacity', (e) => 0.5 * alpha(e.first ?? Number.NEGATIVE_INFINITY, t));
    circles.attr('display', (n) => (n.first <= t ? null : 'none'));
    circles.attr('opacity', (n) => alpha(n.first, t));
  };
  update(0);
  await nextFrame();
  const frames = summarise(await sampleFrames(sampleMs, { update }));
  stage.replaceChildren();
  return { frames };
}

window.bench = { runCanvas, runSvg, ready: true };
