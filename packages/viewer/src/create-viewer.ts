import { type Analysis, type ExchangeNetwork, exchanges, timeline } from '@bridgegraph/core';
import { select as d3select, type Quadtree, quadtree, type ZoomBehavior, type ZoomTransform, zoom, zoomIdentity } from 'd3';
import { createMetricChart, type MetricChart, type MetricPoint } from './charts/metric-chart.js';
import { el, labelled, selectOf, setOptions } from './controls/dom.js';
import { renderLegend } from './controls/legend.js';
import { createSidePanel, type Details, personDetails } from './controls/side-panel.js';
import { ensureStyles } from './controls/styles.js';
import { createTimelineControls } from './controls/timeline-controls.js';
import { canvasToPNG } from './export/png.js';
import { type RecordOptions, recordWebM } from './export/webm.js';
import { type LayoutWorkerFactory, layoutInWorker } from './layout/index.js';
import { drawFrame, fitPositions } from './render/canvas-renderer.js';
import { DEFAULT_PALETTE, type Encodings, encodingsFor, radiusRangeFor } from './render/encodings.js';
import { LEVEL_OF_DETAIL_DEFAULTS, thinTies } from './render/level-of-detail.js';
import {
  buildScene,
  cursorOrder,
  frameAt,
  type GroupScene,
  groupScene,
  groupTieCounts,
  layoutEdges,
  placeScene,
  stepCursor,
} from './scene/index.js';
import type { Frame, Scene } from './scene/types.js';

/** Options of {@link createViewer}; every one is optional. */
export interface ViewerOptions {
  /** Results of `analyze` on the same network: sizes, metrics in the panel, top brokers (by betweenness). */
  analysis?: Analysis;
  /** Attribute that colours people (on the person, then in their data). Default `country`. */
  colorBy?: string;
  /** Size metric: `degree`, a column of `analysis.people`, or null for equal sizes. Default `degree`. */
  sizeBy?: string | null;
  /** `cumulative` (default): everything up to the time; `sliding`: only the last `windowMs`. */
  mode?: 'cumulative' | 'sliding';
  /** Width of the sliding window (ms). Default one year. */
  windowMs?: number;
  /** Fade of appearing and disappearing ties (ms of data time). Default: a 50th of the span. */
  fadeMs?: number;
  /** The time shown first (ms). Default: the end of the data's span. */
  time?: number;
  /** Playback speed multiplier. Default 1. */
  speed?: number;
  /** Wall-clock duration of playing the whole span at speed 1 (ms). Default 20,000. */
  playDurationMs?: number;
  /** One step of `step(±1)` (ms). Default: a 50th of the span. */
  stepMs?: number;
  /** Positions by person id, instead of a computed layout. */
  positions?: Readonly<Record<string, { x: number; y: number }>>;
  /** Layout seed. */
  seed?: number;
  /**
   * Makes the Web Worker that computes the layout, so the page stays responsive (e.g. with Vite:
   * `() => new Worker(new URL('@bridgegraph/viewer/layout-worker', import.meta.url), { type: 'module' })`).
   * Without it (or with `positions`), the layout is computed before the viewer appears.
   */
  layoutWorker?: LayoutWorkerFactory;
  /** Draw and count people who have no tie at all, at every time. Default: only when the network has no ties. */
  showIsolated?: boolean;
  /** Colour palette of groups. Default Okabe-Ito (8 colours); beyond the palette's length groups also differ by marker shape. */
  palette?: readonly string[];
  /** How many of the largest people are labelled. Default 8. */
  labels?: number;
  /** How many top brokers (by betweenness in `analysis`) are ringed. Default 5. */
  brokers?: number;
  /** Height of the drawing (CSS px). Default 520. */
  height?: number;
  /**
   * The chart's metric: a metric of core's `timeline` (e.g. `people_active`, `ties`, `density`, `ei_index`).
   * Default `cross_group_ties`. The "Chart" menu lists the cheap ones (see `CHART_METRICS`).
   */
  chartMetric?: string;
  /** Background of the canvas. Default white. */
  background?: string;
  /**
   * Level of detail while the timeline plays (or records): at most this many ties are drawn per
   * frame, bridges first, then cross-group ties, then the others, the most recent first contact
   * first within each (see `thinTies`). Paused, every tie is drawn. Default 10,000; `Infinity` to
   * always draw every tie.
   */
  maxAnimatedTies?: number;
  /**
   * Level of detail while the timeline plays (or records): people keep their thin white outline
   * only when at most this many are drawn (rings of the selected, highlighted and top brokers stay).
   * Paused, every outline is drawn. Default 1,000; `Infinity` to always draw them.
   */
  maxAnimatedOutlines?: number;
}

export type ViewerEvent = 'select' | 'time';
export type ViewerListener<E extends ViewerEvent> = E extends 'select' ? (id: string | null) => void : (time: number) => void;

/** The handle of a viewer. It never edits the network it was given. */
export interface Viewer {
  setTime(time: number): void;
  getTime(): number;
  play(): void;
  pause(): void;
  isPlaying(): boolean;
  setSpeed(speed: number): void;
  /** Moves the time one step forward (1) or back (-1). */
  step(direction: 1 | -1): void;
  setMode(mode: 'cumulative' | 'sliding'): void;
  setColorBy(attribute: string): void;
  setSizeBy(metric: string | null): void;
  /** Switches between people and the group-to-group view. */
  setView(view: 'people' | 'groups'): void;
  /** Charts another metric of core's `timeline` (e.g. `ei_index`); its series is computed once, then cached. */
  setChartMetric(name: string): void;
  /** Rings these ids (people, or groups in the group view); an empty list clears. */
  highlight(ids: readonly string[]): void;
  /** Selects a person (or group) and opens the panel; null closes it. */
  select(id: string | null): void;
  on<E extends ViewerEvent>(event: E, listener: ViewerListener<E>): () => void;
  /** Re-reads the element's size and redraws. */
  resize(): void;
  toPNG(): Promise<Blob>;
  /** Plays the whole span from its start and records it as WebM; rejects where MediaRecorder is missing. */
  recordWebM(options?: RecordOptions): Promise<Blob>;
  /** The scene being drawn (people or groups). */
  readonly scene: Scene;
  /** The canvas drawn on. */
  readonly canvas: HTMLCanvasElement;
  /**
   * In the group view, the number of ties drawn now in each edge of `scene` (filters applied; a
   * group's internal ties in its self-edge); null in the people view.
   */
  groupTies(): number[] | null;
  /** Settles when the layout is in place (at once without a layout worker); rejects if the layout failed. */
  readonly ready: Promise<void>;
  /** Where a node is drawn, in viewport (client) coordinates, or null when unknown or not shown. */
  screenPosition(id: string): { x: number; y: number } | null;
  /** Removes everything the viewer added; safe to call more than once. */
  destroy(): void;
}

const YEAR_MS = 365.25 * 24 * 3600 * 1000;
const ALL = '';

interface PersonFacets {
  programmes: Set<string>;
  kinds: Set<string>;
  country: string | null;
}

function distinctSorted(values: Iterable<string | null | undefined>): string[] {
  const set = new Set<string>();
  for (const v of values) if (v) set.add(v);
  return [...set].sort((a, b) => a.localeCompare(b));
}

const UNIT_MS = { month: YEAR_MS / 12, quarter: YEAR_MS / 4, year: YEAR_MS } as const;

/** A window length in words (`1 year`, `6 months`, `10 days`). */
function describeWindow(ms: number): string {
  const years = ms / YEAR_MS;
  if (Math.abs(years - Math.round(years)) < 0.02 && years >= 1) return `${Math.round(years)} year${Math.round(years) === 1 ? '' : 's'}`;
  const months = ms / UNIT_MS.month;
  if (months >= 1) return `${Math.round(months)} month${Math.round(months) === 1 ? '' : 's'}`;
  const days = Math.max(1, Math.round(ms / 86_400_000));
  return `${days} day${days === 1 ? '' : 's'}`;
}

/** How many entries of `alpha` are > 0 (people or ties drawn in a frame). */
function countDrawn(alpha: Float32Array): number {
  let n = 0;
  for (let i = 0; i < alpha.length; i++) if ((alpha[i] as number) > 0) n++;
  return n;
}

/** The metrics listed in the "Chart" menu (cheap per window), with their labels. */
const CHART_METRICS: readonly (readonly [string, string])[] = [
  ['cross_group_ties', 'Cross-border ties'],
  ['people_active', 'Active people'],
  ['ties', 'Ties'],
  ['density', 'Density'],
  ['components', 'Components'],
  ['largest_component', 'Largest component'],
  ['ei_index', 'E-I index'],
  ['ei_expected', 'Expected E-I'],
];

/** The readable label of a chart metric (`ei_index` → `E-I index`, others from their name). */
function chartLabel(metric: string): string {
  const known = CHART_METRICS.find(([m]) => m === metric)?.[1];
  if (known) return known;
  const words = metric.replaceAll('_', ' ');
  return `${words[0]?.toUpperCase() ?? ''}${words.slice(1)}`;
}

/** Chooses the chart's window step from the span's length. */
function chartStep(span: { start: number; end: number }): 'month' | 'quarter' | 'year' {
  const years = (span.end - span.start) / YEAR_MS;
  return years <= 3 ? 'month' : years <= 12 ? 'quarter' : 'year';
}

/**
 * Renders an exchange network over time in `element`: a canvas with zoom and pan, a timeline,
 * counters, a legend, a chart, search, filters and a panel for the selected person.
 */
export function createViewer(element: HTMLElement, network: ExchangeNetwork, options: ViewerOptions = {}): Viewer {
  const doc = element.ownerDocument;
  const win = doc.defaultView ?? window;
  ensureStyles(doc);
  const analysis = options.analysis;
  let colorBy = options.colorBy ?? 'country';
  let sizeBy: string | null = options.sizeBy === undefined ? 'degree' : options.sizeBy;
  let mode = options.mode ?? 'cumulative';
  const windowMs = options.windowMs ?? YEAR_MS;
  let speed = options.speed ?? 1;
  const playDurationMs = options.playDurationMs ?? 20_000;
  const palette = options.palette ?? DEFAULT_PALETTE;
  const labelCount = options.labels ?? 8;
  const height = options.height ?? 520;
  const background = options.background ?? '#ffffff';
  let chartMetric = options.chartMetric ?? 'cross_group_ties';
  const maxAnimatedTies = options.maxAnimatedTies ?? LEVEL_OF_DETAIL_DEFAULTS.maxAnimatedTies;
  if (!(typeof maxAnimatedTies === 'number' && maxAnimatedTies >= 0))
    throw new TypeError(`bridgegraph/viewer: maxAnimatedTies must be a number ≥ 0; got ${String(maxAnimatedTies)}.`);
  const maxAnimatedOutlines = options.maxAnimatedOutlines ?? LEVEL_OF_DETAIL_DEFAULTS.maxAnimatedOutlines;
  if (!(typeof maxAnimatedOutlines === 'number' && maxAnimatedOutlines >= 0))
    throw new TypeError(`bridgegraph/viewer: maxAnimatedOutlines must be a number ≥ 0; got ${String(maxAnimatedOutlines)}.`);
  let view: 'people' | 'groups' = 'people';

  // --- Scenes (derived; the network is only read). ---
  const useWorker = options.layoutWorker !== undefined && options.positions === undefined;
  let layingOut = useWorker;
  const layoutAbort = new AbortController();
  let personScene = buildScene(network, {
    colorBy,
    sizeBy,
    seed: options.seed,
    analysis,
    positions: options.positions,
    layout: useWorker ? 'none' : 'sync',
  });
  let groupSceneCache: GroupScene | null = null;
  let groupTies: Float32Array | null = null;
  const span = personScene.span;
  const spanLength = span ? Math.max(span.end - span.start, 1) : 1;
  const fadeMs = options.fadeMs ?? spanLength / 50;
  const showIsolated = options.showIsolated ?? personScene.edges.length === 0;
  const stepMs = options.stepMs ?? spanLength / 50;
  if (!span) mode = 'cumulative';
  const clampTime = (t: number) => (span ? Math.min(span.end, Math.max(span.start, t)) : Number.POSITIVE_INFINITY);
  let time = clampTime(options.time ?? span?.end ?? 0);
  const currentScene = (): Scene => {
    if (view === 'people') return personScene;
    groupSceneCache ??= groupScene(personScene);
    return groupSceneCache;
  };

  // Facets for filters: per person, from the core's queries.
  const facets = new Map<string, PersonFacets>();
  network.forEachNode((_key, attrs) => {
    if (attrs.type === 'person') facets.set(attrs.id, { programmes: new Set(), kinds: new Set(), country: attrs.country });
  });
  network.forEachEdge((_key, attrs, source, target) => {
    if (attrs.type !== 'participation') return;
    const [personKey, exchangeKey] = source.startsWith('person:') ? [source, target] : [target, source];
    const person = network.getNodeAttributes(personKey);
    const exchange = network.getNodeAttributes(exchangeKey);
    if (person.type !== 'person' || exchange.type !== 'exchange') return;
    const f = facets.get(person.id);
    if (exchange.programme) f?.programmes.add(exchange.programme);
    if (exchange.kind) f?.kinds.add(exchange.kind);
  });
  const allExchanges = exchanges(network);
  const filters = { programme: ALL, kind: ALL, country: ALL };

  // --- DOM (built with createElement and textContent only). ---
  const root = el('div', { className: 'bg-viewer', attrs: { tabindex: '-1' } });
  const canvas = el('canvas', {
    attrs: {
      tabindex: '0',
      role: 'application',
      'aria-label': 'Exchange network. ] or n: next person, [ or p: previous, Enter: select, Escape: clear, Space: play, arrows: step.',
    },
  });
  // Announces the keyboard cursor (as text).
  const announcer = el('div', { className: 'bg-sr-only', attrs: { 'aria-live': 'polite', 'aria-atomic': 'true', 'data-cursor': '' } });
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  const tooltip = el('div', { className: 'bg-tooltip', attrs: { role: 'tooltip', hidden: '' } });
  const legend = el('div', { className: 'bg-legend' });
  const status = el('div', { className: 'bg-status', text: layingOut ? 'Laying out the network…' : '', attrs: { role: 'status' } });
  status.hidden = !layingOut;
  const stage = el('div', { className: 'bg-stage' }, [canvas, tooltip, legend, status, announcer]);
  const search = el('input', { attrs: { type: 'search', placeholder: 'Search by name', 'aria-label': 'Search by name' } });
  const names = el('datalist', { attrs: { id: `bg-names-${Math.random().toString(36).slice(2)}` } });
  search.setAttribute('list', names.id);
  const personAttributes = distinctSorted([
    'country',
    ...[...facets.keys()].slice(0, 2000).flatMap((id) => {
      const a = network.getNodeAttributes(`person:${id}`);
      return a.type === 'person' ? Object.keys(a.data).filter((k) => k !== 'id' && k !== 'name') : [];
    }),
  ]);
  const colorSelect = selectOf(
    'Colour by',
    personAttributes.map((a) => [a, a] as const),
    colorBy,
  );
  const sizeMetrics = distinctSorted([
    'degree',
    ...(analysis?.people[0] ? Object.keys(analysis.people[0]).filter((k) => k !== 'id' && k !== 'group') : []),
  ]);
  const sizeSelect = selectOf('Size by', [['', 'equal'], ...sizeMetrics.map((m) => [m, m] as const)], sizeBy ?? '');
  const viewSelect = selectOf(
    'View',
    [
      ['people', 'people'],
      ['groups', 'groups'],
    ],
    view,
  );
  const modeSelect = selectOf(
    'Window',
    [
      ['cumulative', 'cumulative'],
      ['sliding', `sliding (${describeWindow(windowMs)})`],
    ],
    mode,
  );
  const facetOptions = (values: string[]) => [[ALL, 'all'] as const, ...values.map((v) => [v, v] as const)];
  const programmeSelect = selectOf('Programme', facetOptions(distinctSorted(allExchanges.map((x) => x.programme))), ALL);
  const kindSelect = selectOf('Exchange kind', facetOptions(distinctSorted(allExchanges.map((x) => x.kind))), ALL);
  const countrySelect = selectOf('Country', facetOptions(distinctSorted([...facets.values()].map((f) => f.country))), ALL);
  const chartOptions = CHART_METRICS.some(([m]) => m === chartMetric)
    ? CHART_METRICS
    : [...CHART_METRICS, [chartMetric, chartLabel(chartMetric)] as const];
  const chartSelect = selectOf('Chart metric', chartOptions, chartMetric);
  const toolbar = el('div', { className: 'bg-toolbar' }, [
    labelled('Search', search),
    names,
    labelled('Colour', colorSelect),
    labelled('Size', sizeSelect),
    labelled('View', viewSelect),
    labelled('Window', modeSelect),
    labelled('Programme', programmeSelect),
    labelled('Kind', kindSelect),
    labelled('Country', countrySelect),
    labelled('Chart', chartSelect),
  ]);
  const counterEls = {
    people: el('span', { attrs: { 'data-counter': 'people' } }),
    groups: el('span', { attrs: { 'data-counter': 'groups' } }),
    crossGroupTies: el('span', { attrs: { 'data-counter': 'cross-group-ties' } }),
    ties: el('span', { attrs: { 'data-counter': 'ties' } }),
  };
  const counters = el('div', { className: 'bg-counters', attrs: { 'aria-live': 'polite' } }, Object.values(counterEls));
  const panel = createSidePanel(() => api.select(null));
  const controls = createTimelineControls({
    onTime: (t) => api.setTime(t),
    onPlayToggle: () => (playing ? api.pause() : api.play()),
    onStep: (d) => api.step(d),
    onSpeed: (s) => api.setSpeed(s),
  });
  controls.setSpan(span);
  const chartWrap = el('div', { className: 'bg-chart-wrap' });
  root.append(toolbar, stage, panel.element, counters, controls.element, chartWrap);
  element.appendChild(root);

  // --- Derived drawing state. ---
  let encodings: Encodings = encodingsFor(personScene, palette);
  let frame: Frame | null = null;
  let frameScene: Scene | null = null;
  let personFrame: Frame | null = null;
  let personFrameScene: Scene | null = null;
  let positions: Float64Array = new Float64Array(0);
  let width = 0;
  let visible: Uint8Array | null = null;
  let transform: ZoomTransform = zoomIdentity;
  let tree: Quadtree<number> | null = null;
  let brokers = new Set<number>();
  let highlightedIds = new Set<string>();
  let selectedId: string | null = null;
  /** The keyboard cursor: a node of the current scene, or null. */
  let cursor: number | null = null;
  /** In the group view with filters: the people kept (aligned with the person scene), else null. */
  let personVisible: Uint8Array | null = null;
  let hovered: number | null = null;
  let playing = false;
  let lastTick = 0;
  let playHandle = 0;
  let drawHandle = 0;
  let destroyed = false;
  let onPlayEnd: (() => void) | null = null;
  const listeners = { select: new Set<(id: string | null) => void>(), time: new Set<(t: number) => void>() };

  const indexOf = (scene: Scene) => new Map(scene.nodes.map((n, i) => [n.id, i]));
  let nodeIndex = indexOf(personScene);

  const refreshNames = () => {
    names.replaceChildren(
      ...distinctSorted(personScene.nodes.map((n) => n.name)).map((name) => {
        const option = doc.createElement('option');
        option.value = name;
        return option;
      }),
    );
  };

  const computeVisible = () => {
    const scene = currentScene();
    personVisible = null;
    if (filters.programme === ALL && filters.kind === ALL && filters.country === ALL) {
      visible = null;
      return;
    }
    const people = new Uint8Array(personScene.nodes.length);
    personScene.nodes.forEach((node, i) => {
      const f = facets.get(node.id);
      const ok =
        !!f &&
        (filters.programme === ALL || f.programmes.has(filters.programme)) &&
        (filters.kind === ALL || f.kinds.has(filters.kind)) &&
        (filters.country === ALL || f.country === filters.country);
      people[i] = ok ? 1 : 0;
    });
    if (view === 'people') {
      visible = people;
      return;
    }
    // Group view: a group is shown when one of its members is kept; its ties are recounted in `draw`.
    personVisible = people;
    const groups = scene as GroupScene;
    visible = new Uint8Array(scene.nodes.length);
    for (let i = 0; i < people.length; i++) {
      const g = groups.nodeOfPerson[i] as number;
      if (people[i] === 1 && g >= 0) visible[g] = 1;
    }
  };

  const computeBrokers = () => {
    brokers = new Set();
    if (view !== 'people' || !analysis) return;
    const ranked = analysis.people
      .filter((r) => typeof r.betweenness === 'number' && (r.betweenness as number) > 0)
      .sort((a, b) => (b.betweenness as number) - (a.betweenness as number))
      .slice(0, options.brokers ?? 5);
    for (const r of ranked) {
      const i = nodeIndex.get(r.id);
      if (i !== undefined) brokers.add(i);
    }
  };

  const refreshLegend = () => {
    const scene = currentScene();
    renderLegend(
      legend,
      view === 'people' ? colorBy : `${colorBy} (groups)`,
      scene.groups,
      encodings,
      view === 'groups',
      scene.nodes.some((n) => n.group === null),
    );
  };

  let chart: MetricChart | null = null;
  // Series by metric, window mode and grouping: the counts come from one timeline call; E-I
  // metrics (which need `metrics: ['ei-index']`) are computed only when one of them is charted.
  const chartCache = new Map<string, MetricPoint[]>();
  const chartPoints = (): MetricPoint[] => {
    if (!span) return [];
    const needsEI = chartMetric.startsWith('ei_');
    const key = `${mode}|${colorBy}|${chartMetric}`;
    const cached = chartCache.get(key);
    if (cached) return cached;
    let rows: ReturnType<typeof timeline>;
    try {
      const every = chartStep(span);
      const width = Math.max(1, Math.round(windowMs / UNIT_MS[every]));
      rows = timeline(network, {
        every,
        mode,
        ...(mode === 'sliding' ? { width } : {}),
        groupBy: colorBy,
        ...(needsEI ? { metrics: ['ei-index'] as const } : {}),
      });
    } catch {
      return [];
    }
    // Cache every network-level metric of this call, so the other counts need no new call.
    const byMetric = new Map<string, MetricPoint[]>();
    for (const r of rows) {
      if (r.group !== '') continue;
      let list = byMetric.get(r.metric);
      if (!list) {
        list = [];
        byMetric.set(r.metric, list);
      }
      list.push({ start: r.window_start, end: r.window_end, value: r.value });
    }
    for (const [metric, list] of byMetric) chartCache.set(`${mode}|${colorBy}|${metric}`, list);
    const points = byMetric.get(chartMetric) ?? [];
    chartCache.set(key, points);
    return points;
  };
  const chartTitle = () => {
    const metric = chartLabel(chartMetric);
    if (!span) return metric;
    const windows =
      mode === 'sliding' ? `in ${describeWindow(windowMs)} windows, every ${chartStep(span)}` : `cumulative, by ${chartStep(span)}`;
    return `${metric} (${windows}; groups: ${colorBy})`;
  };

  const relayout = () => {
    const scene = currentScene();
    // Fit and size by the nodes that can be drawn: people with a tie (or everyone with showIsolated).
    let drawable: Uint8Array | null = null;
    if (!showIsolated && scene.edges.length > 0) {
      drawable = new Uint8Array(scene.nodes.length);
      for (const e of scene.edges) {
        drawable[e.source] = 1;
        drawable[e.target] = 1;
      }
    }
    const count = drawable ? drawable.reduce((sum, v) => sum + v, 0) : scene.nodes.length;
    positions = fitPositions(scene, width, height, 24, drawable);
    encodings = encodingsFor(scene, palette, radiusRangeFor(count, width, height));
    tree = null;
  };

  const sceneChanged = () => {
    const scene = currentScene();
    nodeIndex = indexOf(scene);
    frame = null;
    frameScene = null;
    personFrame = null;
    personFrameScene = null;
    hovered = null;
    cursor = null;
    announcer.textContent = '';
    tooltip.hidden = true;
    computeVisible();
    computeBrokers();
    relayout();
    refreshLegend();
  };

  const ensureTree = (): Quadtree<number> => {
    if (tree) return tree;
    const scene = currentScene();
    const shown: number[] = [];
    for (let i = 0; i < scene.nodes.length; i++)
      if ((frame?.nodeAlpha[i] ?? 0) > 0 && (visible === null || visible[i] === 1)) shown.push(i);
    tree = quadtree<number>()
      .x((i) => positions[2 * i] as number)
      .y((i) => positions[2 * i + 1] as number)
      .addAll(shown);
    return tree;
  };

  const pick = (clientX: number, clientY: number): number | null => {
    const rect = canvas.getBoundingClientRect();
    const [bx, by] = transform.invert([clientX - rect.left, clientY - rect.top]);
    const found = ensureTree().find(bx, by, 24 / transform.k);
    if (found === undefined) return null;
    const node = currentScene().nodes[found];
    const r = encodings.radius(node?.size ?? null) / Math.sqrt(transform.k) + 4 / transform.k;
    const dx = (positions[2 * found] as number) - bx;
    const dy = (positions[2 * found + 1] as number) - by;
    return dx * dx + dy * dy <= r * r ? found : null;
  };

  const groupLabel = colorBy === 'country' ? 'Countries' : 'Groups';
  const updateCounters = (f: Frame) => {
    const crossLabel = colorBy === 'country' ? 'Cross-border ties' : 'Cross-group ties';
    counterEls.people.textContent = `People: ${f.counters.people}`;
    counterEls.groups.textContent = `${colorBy === 'country' ? groupLabel : `Groups (${colorBy})`}: ${f.counters.groups}`;
    counterEls.crossGroupTies.textContent = `${crossLabel}: ${f.counters.crossGroupTies}`;
    counterEls.ties.textContent = `Ties: ${f.counters.ties}`;
  };

  const draw = () => {
    drawHandle = 0;
    if (destroyed) return;
    const scene = currentScene();
    const frameOptions = { mode, windowMs, fadeMs, showIsolated };
    frame = frameAt(scene, time, frameOptions, frameScene === scene && frame !== null ? frame : undefined);
    frameScene = scene;
    // The counters always count people, also in the group view.
    if (scene === personScene) personFrame = frame;
    else {
      personFrame = frameAt(
        personScene,
        time,
        frameOptions,
        personFrameScene === personScene && personFrame !== null ? personFrame : undefined,
      );
      personFrameScene = personScene;
    }
    tree = null;
    const highlighted = new Set<number>();
    for (const id of highlightedIds) {
      const i = nodeIndex.get(id);
      if (i !== undefined) highlighted.add(i);
    }
    const selected = selectedId === null ? null : (nodeIndex.get(selectedId) ?? null);
    if (groupSceneCache !== null && scene === groupSceneCache)
      groupTies = groupTieCounts(
        groupSceneCache,
        personFrame,
        groupTies?.length === scene.edges.length ? groupTies : undefined,
        personVisible,
        personScene.edges,
      );
    else groupTies = null;
    if (layingOut) frame.nodeAlpha.fill(0);
    if (layingOut) frame.edgeAlpha.fill(0);
    drawFrame(ctx, {
      scene,
      frame,
      encodings,
      positions,
      visible,
      transform,
      width,
      height,
      pixelRatio: win.devicePixelRatio || 1,
      background,
      brokers,
      highlighted,
      selected,
      hovered,
      cursor,
      labels: view === 'groups' ? scene.nodes.length : labelCount,
      weightedEdges: view === 'groups',
      edgeWeights: view === 'groups' ? groupTies : null,
      ties: playing && frame.edgeAlpha.length > maxAnimatedTies ? thinTies(scene, frame, maxAnimatedTies) : null,
      outlines: !playing || countDrawn(frame.nodeAlpha) <= maxAnimatedOutlines,
    });
    updateCounters(personFrame);
    controls.update(time, playing, speed);
    chart?.setTime(time);
  };
  const requestDraw = () => {
    if (!destroyed && drawHandle === 0) drawHandle = win.requestAnimationFrame(draw);
  };

  const emitTime = () => {
    for (const l of listeners.time) l(time);
  };

  // --- Zoom and pan (d3-zoom; the transform is applied when drawing). ---
  const zoomBehavior: ZoomBehavior<HTMLCanvasElement, unknown> = zoom<HTMLCanvasElement, unknown>()
    .scaleExtent([0.25, 20])
    .on('zoom', (event: { transform: ZoomTransform }) => {
      transform = event.transform;
      tree = null;
      requestDraw();
    });
  d3select(canvas).call(zoomBehavior);

  // --- Pointer: tooltip on hover, select on click. ---
  const onMove = (event: MouseEvent) => {
    const i = pick(event.clientX, event.clientY);
    if (i !== hovered) {
      hovered = i;
      requestDraw();
    }
    const node = i === null ? undefined : currentScene().nodes[i];
    if (!node) {
      tooltip.hidden = true;
      return;
    }
    tooltip.textContent = `${node.name ?? node.id}${node.group ? ` · ${node.group}` : ''}`;
    const rect = stage.getBoundingClientRect();
    tooltip.style.left = `${event.clientX - rect.left + 12}px`;
    tooltip.style.top = `${event.clientY - rect.top + 12}px`;
    tooltip.hidden = false;
  };
  const onLeave = () => {
    tooltip.hidden = true;
    if (hovered !== null) {
      hovered = null;
      requestDraw();
    }
  };
  const onClick = (event: MouseEvent) => {
    const i = pick(event.clientX, event.clientY);
    api.select(i === null ? null : (currentScene().nodes[i]?.id ?? null));
  };
  canvas.addEventListener('mousemove', onMove);
  canvas.addEventListener('mouseleave', onLeave);
  canvas.addEventListener('click', onClick);

  // --- Keyboard: space toggles play, arrows step (except inside form fields); on the canvas,
  // ] [ (n p) move a cursor over the people shown, Enter selects it. ---
  const shownNow = (i: number) => (frame?.nodeAlpha[i] ?? 0) > 0 && (visible === null || visible[i] === 1);
  const moveCursor = (direction: 1 | -1) => {
    const scene = currentScene();
    cursor = stepCursor(cursorOrder(scene.nodes, shownNow), cursor, direction);
    const node = cursor === null ? undefined : scene.nodes[cursor];
    announcer.textContent = node
      ? `${node.name ?? node.id}${node.group ? `, ${node.group}` : ''}`
      : `No ${view === 'people' ? 'person' : 'group'} shown`;
    requestDraw();
  };
  const onKey = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement | null;
    if (target && /^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(target.tagName)) return;
    const modified = event.ctrlKey || event.metaKey || event.altKey;
    if (target === canvas && !modified && (event.key === ']' || event.key === 'n' || event.key === '[' || event.key === 'p')) {
      event.preventDefault();
      moveCursor(event.key === ']' || event.key === 'n' ? 1 : -1);
    } else if (target === canvas && !modified && event.key === 'Enter') {
      const node = cursor === null ? undefined : currentScene().nodes[cursor];
      if (node) {
        event.preventDefault();
        api.select(node.id);
      }
    } else if (event.key === ' ') {
      event.preventDefault();
      if (playing) api.pause();
      else api.play();
    } else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      api.step(event.key === 'ArrowRight' ? 1 : -1);
    } else if (event.key === 'Escape') api.select(null);
  };
  root.addEventListener('keydown', onKey);

  // --- Toolbar. ---
  const runSearch = () => {
    const q = search.value.trim().toLowerCase();
    if (!q) {
      api.highlight([]);
      return;
    }
    const scene = currentScene();
    const matches = scene.nodes.filter((n) => (n.name ?? n.id).toLowerCase().includes(q));
    api.highlight(matches.map((n) => n.id));
    const exact = matches.find((n) => (n.name ?? n.id).toLowerCase() === q) ?? matches[0];
    if (exact) api.select(exact.id);
  };
  search.addEventListener('change', runSearch);
  search.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') runSearch();
  });
  colorSelect.addEventListener('change', () => api.setColorBy(colorSelect.value));
  sizeSelect.addEventListener('change', () => api.setSizeBy(sizeSelect.value || null));
  viewSelect.addEventListener('change', () => api.setView(viewSelect.value === 'groups' ? 'groups' : 'people'));
  modeSelect.addEventListener('change', () => api.setMode(modeSelect.value === 'sliding' ? 'sliding' : 'cumulative'));
  chartSelect.addEventListener('change', () => api.setChartMetric(chartSelect.value));
  const onFilter = () => {
    filters.programme = programmeSelect.value;
    filters.kind = kindSelect.value;
    filters.country = countrySelect.value;
    computeVisible();
    tree = null;
    requestDraw();
  };
  for (const s of [programmeSelect, kindSelect, countrySelect]) s.addEventListener('change', onFilter);

  // --- Playing. ---
  const tick = (now: number) => {
    playHandle = 0;
    if (!playing || !span || destroyed) return;
    const dt = lastTick ? now - lastTick : 0;
    lastTick = now;
    time = Math.min(span.end, time + (dt * speed * spanLength) / playDurationMs);
    emitTime();
    requestDraw();
    if (time >= span.end) {
      api.pause();
      const end = onPlayEnd;
      onPlayEnd = null;
      end?.();
      return;
    }
    playHandle = win.requestAnimationFrame(tick);
  };

  const rebuildPeople = () => {
    const kept: Record<string, { x: number; y: number }> = {};
    for (const n of personScene.nodes) kept[n.id] = { x: n.x, y: n.y };
    personScene = buildScene(network, {
      colorBy,
      sizeBy,
      seed: options.seed,
      analysis,
      positions: kept,
      layout: layingOut ? 'none' : 'sync',
    });
    groupSceneCache = null;
    sceneChanged();
    chart?.update(chartPoints(), chartTitle());
    requestDraw();
  };

  let ready: Promise<void> = Promise.resolve();
  const resizeObserver = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => api.resize());

  const api: Viewer = {
    setTime(t) {
      if (destroyed || !Number.isFinite(t)) return;
      time = clampTime(t);
      emitTime();
      requestDraw();
    },
    getTime: () => time,
    play() {
      if (destroyed || playing || !span) return;
      if (time >= span.end) time = span.start;
      playing = true;
      lastTick = 0;
      playHandle = win.requestAnimationFrame(tick);
      requestDraw();
    },
    pause() {
      if (!playing) return;
      playing = false;
      if (playHandle) win.cancelAnimationFrame(playHandle);
      playHandle = 0;
      requestDraw();
    },
    isPlaying: () => playing,
    setSpeed(s) {
      if (Number.isFinite(s) && s > 0) speed = s;
      requestDraw();
    },
    step(direction) {
      if (!span) return;
      api.setTime(time + (direction < 0 ? -stepMs : stepMs));
    },
    setMode(next) {
      if (destroyed || (next !== 'cumulative' && next !== 'sliding')) return;
      mode = span ? next : 'cumulative';
      modeSelect.value = mode;
      chart?.update(chartPoints(), chartTitle());
      requestDraw();
    },
    setColorBy(attribute) {
      if (destroyed || attribute === colorBy) return;
      colorBy = attribute;
      const known = Array.from(colorSelect.options, (o) => [o.value, o.text] as const);
      if (!known.some(([value]) => value === attribute)) setOptions(colorSelect, [...known, [attribute, attribute]], attribute);
      colorSelect.value = attribute;
      rebuildPeople();
    },
    setSizeBy(metric) {
      if (destroyed || metric === sizeBy) return;
      sizeBy = metric;
      sizeSelect.value = metric ?? '';
      rebuildPeople();
    },
    setChartMetric(name) {
      if (destroyed || typeof name !== 'string' || name === '' || name === chartMetric) return;
      chartMetric = name;
      const known = Array.from(chartSelect.options, (o) => [o.value, o.text] as const);
      if (!known.some(([value]) => value === name)) setOptions(chartSelect, [...known, [name, chartLabel(name)]], name);
      chartSelect.value = name;
      chart?.update(chartPoints(), chartTitle());
      chart?.setTime(time);
    },
    setView(next) {
      if (destroyed || next === view) return;
      view = next;
      viewSelect.value = view;
      highlightedIds = new Set();
      api.select(null);
      sceneChanged();
      requestDraw();
    },
    highlight(ids) {
      if (destroyed) return;
      highlightedIds = new Set(ids);
      requestDraw();
    },
    select(id) {
      if (destroyed) return;
      const index = id === null ? undefined : nodeIndex.get(id);
      const next = index === undefined ? null : (id as string);
      if (next === null) panel.hide();
      else {
        const node = currentScene().nodes[index as number];
        let details: Details;
        if (view === 'people') details = personDetails(network, next, node?.group ?? null, analysis, node?.size);
        else {
          const members = personScene.nodes.filter((n) => n.group === next).length;
          const ties = currentScene().edges.filter((e) => e.source === index || e.target === index);
          details = {
            title: node?.name ?? next,
            subtitle: `${colorBy} group`,
            facts: [
              ['People', String(members)],
              ['Linked groups', String(ties.length)],
            ],
            exchanges: [],
            groups: ties.map((e) => {
              const other = currentScene().nodes[e.source === index ? e.target : e.source];
              return `${other?.name ?? other?.id ?? '?'}: ${e.weight}`;
            }),
            metrics: [],
          };
        }
        panel.show(details);
      }
      if (next === selectedId) return requestDraw();
      selectedId = next;
      for (const l of listeners.select) l(selectedId);
      requestDraw();
    },
    on(event, listener) {
      const set = listeners[event] as Set<typeof listener>;
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
    resize() {
      if (destroyed) return;
      const w = Math.max(stage.clientWidth, 200);
      const ratio = win.devicePixelRatio || 1;
      if (w !== width) {
        width = w;
        canvas.width = Math.round(width * ratio);
        canvas.height = Math.round(height * ratio);
        canvas.style.width = `${width}px`;
        canvas.style.height = `${height}px`;
        relayout();
        chart?.resize(Math.max(chartWrap.clientWidth, 320));
      }
      requestDraw();
    },
    toPNG() {
      if (drawHandle) {
        win.cancelAnimationFrame(drawHandle);
        draw();
      }
      return canvasToPNG(canvas);
    },
    recordWebM(recordOptions) {
      if (destroyed) return Promise.reject(new Error('bridgegraph/viewer: the viewer was destroyed.'));
      return recordWebM(
        {
          canvas,
          start(done) {
            if (!span) return done();
            api.pause();
            api.setTime(span.start);
            onPlayEnd = done;
            api.play();
          },
          stop() {
            onPlayEnd = null;
            api.pause();
          },
        },
        recordOptions,
      );
    },
    get scene() {
      return currentScene();
    },
    canvas,
    groupTies() {
      return view === 'groups' && groupTies !== null ? Array.from(groupTies) : null;
    },
    get ready() {
      return ready;
    },
    screenPosition(id) {
      const i = nodeIndex.get(id);
      if (i === undefined || !frame || (frame.nodeAlpha[i] ?? 0) <= 0) return null;
      const rect = canvas.getBoundingClientRect();
      const [x, y] = transform.apply([positions[2 * i] as number, positions[2 * i + 1] as number]);
      return { x: rect.left + x, y: rect.top + y };
    },
    destroy() {
      if (destroyed) return;
      api.pause();
      destroyed = true;
      layoutAbort.abort();
      if (drawHandle) win.cancelAnimationFrame(drawHandle);
      drawHandle = 0;
      resizeObserver?.disconnect();
      d3select(canvas).on('.zoom', null);
      canvas.removeEventListener('mousemove', onMove);
      canvas.removeEventListener('mouseleave', onLeave);
      canvas.removeEventListener('click', onClick);
      root.removeEventListener('keydown', onKey);
      chart?.destroy();
      chart = null;
      listeners.select.clear();
      listeners.time.clear();
      root.remove();
    },
  };

  refreshNames();
  sceneChanged();
  chart = createMetricChart(chartWrap, chartPoints(), { title: chartTitle(), width: Math.max(chartWrap.clientWidth, 320) });
  api.resize();
  resizeObserver?.observe(stage);
  if (useWorker) {
    ready = layoutInWorker(personScene.nodes.length, layoutEdges(personScene.edges), {
      seed: options.seed ?? 1,
      weights: Float64Array.from(personScene.edges, (e) => e.weight),
      createWorker: options.layoutWorker ?? null,
      signal: layoutAbort.signal,
    }).then(
      (xy) => {
        if (destroyed) return;
        layingOut = false;
        status.hidden = true;
        personScene = placeScene(personScene, xy);
        groupSceneCache = null;
        sceneChanged();
        requestDraw();
      },
      (error: unknown) => {
        if (!destroyed) status.textContent = `The layout failed: ${error instanceof Error ? error.message : String(error)}`;
        throw error;
      },
    );
    // A failed layout is shown in the viewer; `ready` rejects only for those who wait on it.
    ready.catch(() => undefined);
  }
  return api;
}
