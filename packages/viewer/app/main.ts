// The demo app: opens `./data/network.json` when served with it (`bridgegraph serve`), else the bundled
// sample programme; the user's files come by drag and drop or the file picker and are parsed here by the core.
import { type Analysis, analyze, type ExchangeNetwork, networkFromJSON } from '@bridgegraph/core';
import { createViewer, type Viewer } from '../src/create-viewer.js';
import { type Loaded, loadFiles, loadSample } from './load-data.js';

declare global {
  interface Window {
    /** For tests and the console: the current viewer, network and analysis. */
    __bridgegraph?: { viewer: Viewer; network: ExchangeNetwork; analysis: Analysis | null };
  }
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const container = byId<HTMLElement>('viewer');
const source = byId<HTMLElement>('source');
const problemsBox = byId<HTMLElement>('problems');
const problemsTitle = byId<HTMLElement>('problems-title');
const problemList = byId<HTMLUListElement>('problem-list');
const fileInput = byId<HTMLInputElement>('file-input');
const overlay = byId<HTMLElement>('drop-overlay');
const MAX_PROBLEMS = 200;
let viewer: Viewer | null = null;

function showProblems(problems: readonly string[]): void {
  problemList.replaceChildren(
    ...problems.slice(0, MAX_PROBLEMS).map((text) => {
      const li = document.createElement('li');
      li.textContent = text;
      return li;
    }),
  );
  if (problems.length > MAX_PROBLEMS) {
    const li = document.createElement('li');
    li.textContent = `… and ${problems.length - MAX_PROBLEMS} more`;
    problemList.appendChild(li);
  }
  problemsTitle.textContent = `${problems.length} problem${problems.length === 1 ? '' : 's'} found (rows with problems were left out)`;
  problemsBox.hidden = problems.length === 0;
}

function show(network: ExchangeNetwork, label: string): void {
  viewer?.destroy();
  let analysis: Analysis | null = null;
  try {
    analysis = analyze(network, { metrics: ['degree', 'betweenness'], permutations: 0 });
  } catch {
    analysis = null;
  }
  // The layout runs in a Web Worker (bundled by Vite), so the page stays responsive on large networks.
  const layoutWorker = () => new Worker(new URL('../src/layout/layout-worker.ts', import.meta.url), { type: 'module' });
  viewer = createViewer(container, network, analysis ? { analysis, layoutWorker } : { layoutWorker });
  source.textContent = label;
  window.__bridgegraph = { viewer, network, analysis };
}

async function open(loaded: Loaded): Promise<void> {
  showProblems(loaded.problems);
  if (loaded.network) show(loaded.network, `Showing ${loaded.name}`);
  else source.textContent = `Could not open ${loaded.name}: see the problems.`;
}

async function start(): Promise<void> {
  try {
    const response = await fetch('./data/network.json', { cache: 'no-store' });
    if (response.ok) {
      show(networkFromJSON(await response.json()), 'Showing data/network.json');
      return;
    }
  } catch {
    // Not served with data: fall back to the sample.
  }
  show(await loadSample(), 'Showing the sample programme');
}

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

fileInput.addEventListener('change', () => {
  const files = [...(fileInput.files ?? [])];
  if (files.length) void loadFiles(files).then(open);
  fileInput.value = '';
});
byId<HTMLButtonElement>('sample-button').addEventListener('click', () => {
  showProblems([]);
  void loadSample().then((network) => show(network, 'Showing the sample programme'));
});
byId<HTMLButtonElement>('png-button').addEventListener('click', () => {
  void viewer?.toPNG().then((blob) => save(blob, 'bridgegraph.png'));
});
byId<HTMLButtonElement>('webm-button').addEventListener('click', () => {
  viewer?.recordWebM().then(
    (blob) => save(blob, 'bridgegraph.webm'),
    (error: unknown) => showProblems([error instanceof Error ? error.message : String(error)]),
  );
});
let dragDepth = 0;
window.addEventListener('dragenter', (event) => {
  event.preventDefault();
  dragDepth++;
  overlay.hidden = false;
});
window.addEventListener('dragleave', () => {
  dragDepth = Math.max(0, dragDepth - 1);
  if (dragDepth === 0) overlay.hidden = true;
});
window.addEventListener('dragover', (event) => event.preventDefault());
window.addEventListener('drop', (event) => {
  event.preventDefault();
  dragDepth = 0;
  overlay.hidden = true;
  const files = [...(event.dataTransfer?.files ?? [])];
  if (files.length) void loadFiles(files).then(open);
});

void start();
