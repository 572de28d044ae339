// Browser tests of the demo app: build it with Vite, serve it on loopback, drive Debian's Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/create-viewer.js';

declare global {
  interface Window {
    /** Set by the demo app (app/main.ts) for tests. */
    __bridgegraph?: { viewer: Viewer };
    /** Set by the tests: the viewer before a load. */
    __previousViewer?: Viewer;
  }
}

const CHROMIUM = '/usr/bin/chromium';
const here = fileURLToPath(new URL('.', import.meta.url));
const viewerDir = resolve(here, '../..');
const repoRoot = resolve(viewerDir, '../..');
const artifacts = resolve(viewerDir, '../../.artifacts/viewer');
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.log(`viewer browser tests skipped: ${CHROMIUM} is missing (run node scripts/ensure-chromium.mjs as root).`);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A static server of the repository on 127.0.0.1 (no directory listing, nothing outside the folder). */
function serve(root: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = resolve(root, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const XSS_NAME = '<img src=x onerror=alert(1)>';

describe.skipIf(!hasChromium)('demo app in Chromium', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  let origin: string;
  const errors: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    for (const config of ['vite.config.ts', 'vite.lib.config.ts']) {
      const build = spawnSync(join(viewerDir, 'node_modules/.bin/vite'), ['build', '--config', config], {
        cwd: viewerDir,
        encoding: 'utf8',
      });
      if (build.status !== 0) throw new Error(`vite build --config ${config} failed:\n${build.stdout}\n${build.stderr}`);
    }
    mkdirSync(artifacts, { recursive: true });
    server = await serve(repoRoot);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
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
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    page.on('console', (message) => {
      // The app asks for ./data/network.json first (as served by `bridgegraph serve`); here it is a 404 by design.
      if (message.type() === 'error' && !message.location().url.endsWith('/data/network.json')) errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${origin}packages/viewer/dist-app/`);
    await page.waitForFunction(() => window.__bridgegraph !== undefined, undefined, { timeout: 15_000 });
    await page.evaluate(() => window.__bridgegraph?.viewer.ready);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
  });

  const counters = async () => (await page.locator('.bg-counters').textContent()) ?? '';
  const settle = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

  it('loads the sample with no console errors', async () => {
    await expect.poll(() => page.locator('#source').textContent()).toContain('sample programme');
    expect(await counters()).toMatch(/People: \d+/);
    await page.screenshot({ path: join(artifacts, 'demo.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('draws on the canvas (not blank)', async () => {
    const painted = await page.evaluate(() => {
      const canvas = document.querySelector('.bg-stage canvas') as HTMLCanvasElement;
      const data = (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(0, 0, canvas.width, canvas.height).data;
      let count = 0;
      for (let i = 0; i < data.length; i += 4)
        if ((data[i] as number) < 245 || (data[i + 1] as number) < 245 || (data[i + 2] as number) < 245) count++;
      return { count, total: data.length / 4 };
    });
    expect(painted.count).toBeGreaterThan(1000);
  });

  it('marks the 12 countries with 12 distinct colour × shape pairs (Okabe-Ito, then shapes)', async () => {
    const swatches = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.bg-legend-groups li')).map((li) => {
        const swatch = li.querySelector('.bg-swatch') as HTMLElement;
        return { name: li.textContent ?? '', color: swatch.style.background, shape: swatch.dataset.shape ?? '' };
      }),
    );
    const groups = swatches.filter((s) => s.name !== 'unknown');
    expect(groups).toHaveLength(12);
    expect(new Set(groups.map((s) => `${s.color}/${s.shape}`)).size).toBe(12);
    expect(groups.slice(0, 8).every((s) => s.shape === 'circle')).toBe(true);
    expect(groups.slice(8).every((s) => s.shape === 'square')).toBe(true);
    // Black (the last Okabe-Ito colour) only from the 8th group on.
    expect(groups.findIndex((s) => s.color === 'rgb(0, 0, 0)')).toBe(7);
    expect(await page.locator('.bg-legend-note').count()).toBe(0);
    await page.screenshot({ path: join(artifacts, 'markers-12-countries.png'), fullPage: true });
    await page.locator('.bg-legend').screenshot({ path: join(artifacts, 'legend-markers.png') });
  });

  it('beyond 8 × 5 groups (64 cities) uses every shape, and the legend says that pairs repeat', async () => {
    const colour = page.locator('select[aria-label="Colour by"]');
    await colour.selectOption('city');
    await settle();
    const shapes = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.bg-legend-groups .bg-swatch')).map((s) => (s as HTMLElement).dataset.shape ?? ''),
    );
    expect(new Set(shapes)).toEqual(new Set(['circle', 'square', 'triangle', 'diamond', 'triangle-down']));
    expect(await page.locator('.bg-legend-note').textContent()).toMatch(/repeat/);
    await page.screenshot({ path: join(artifacts, 'markers-64-cities.png'), fullPage: true });
    await colour.selectOption('country');
    await settle();
    expect(await page.locator('.bg-legend-note').count()).toBe(0);
  });

  it('moving the timeline changes the counters; space toggles play', async () => {
    const before = await counters();
    await page.locator('.bg-range').evaluate((input: HTMLInputElement) => {
      input.value = String(Math.round(Number(input.max) * 0.4));
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await settle();
    const after = await counters();
    expect(after).not.toEqual(before);
    const people = (text: string) => Number(/People: (\d+)/.exec(text)?.[1]);
    expect(people(after)).toBeLessThan(people(before));
    await page.screenshot({ path: join(artifacts, 'timeline-early.png'), fullPage: true });
    await page.locator('.bg-stage canvas').focus();
    await page.keyboard.press('ArrowRight');
    await settle();
    expect(await counters()).not.toEqual(after);
    await page.keyboard.press(' ');
    expect(await page.evaluate(() => window.__bridgegraph?.viewer.isPlaying())).toBe(true);
    await page.keyboard.press(' ');
    expect(await page.evaluate(() => window.__bridgegraph?.viewer.isPlaying())).toBe(false);
    await page.evaluate(() => window.__bridgegraph?.viewer.setTime(Number.MAX_SAFE_INTEGER));
    await settle();
  });

  it('clicking a person opens their panel', async () => {
    const target = await page.evaluate(() => {
      const viewer = window.__bridgegraph?.viewer;
      if (!viewer) return null;
      const nodes = [...viewer.scene.nodes].sort((a, b) => (b.size ?? 0) - (a.size ?? 0));
      for (const node of nodes) {
        const at = viewer.screenPosition(node.id);
        if (at && document.elementFromPoint(at.x, at.y) === viewer.canvas) return { ...at, name: node.name ?? node.id };
      }
      return null;
    });
    expect(target).not.toBeNull();
    if (!target) return;
    await page.mouse.move(target.x, target.y);
    await expect.poll(() => page.locator('.bg-tooltip').textContent()).toContain(target.name);
    await page.mouse.click(target.x, target.y);
    await expect.poll(() => page.locator('.bg-panel h2').textContent()).toBe(target.name);
    expect(await page.locator('.bg-panel').textContent()).toMatch(/Exchanges \(\d+\)/);
    await page.screenshot({ path: join(artifacts, 'panel.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('the keyboard cursor: ] ] Enter opens the second person shown (by size, then id); Escape closes', async () => {
    await page.evaluate(() => window.__bridgegraph?.viewer.select(null));
    await settle();
    // The people shown, in the cursor's order, from the handle.
    const order = await page.evaluate(() => {
      const viewer = window.__bridgegraph?.viewer;
      if (!viewer) return [];
      return viewer.scene.nodes
        .filter((n) => viewer.screenPosition(n.id) !== null)
        .sort((a, b) => (b.size ?? 0) - (a.size ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map((n) => ({ name: n.name ?? n.id, spoken: `${n.name ?? n.id}${n.group ? `, ${n.group}` : ''}` }));
    });
    expect(order.length).toBeGreaterThan(2);
    const [first, second] = order as [(typeof order)[number], (typeof order)[number]];
    const canvas = page.locator('.bg-stage canvas');
    expect(await canvas.getAttribute('tabindex')).toBe('0');
    expect(await canvas.getAttribute('aria-label')).toBeTruthy();
    await canvas.focus();
    const announced = () => page.locator('.bg-stage [data-cursor]').textContent();
    await page.keyboard.press(']');
    await expect.poll(announced).toBe(first.spoken);
    await page.keyboard.press(']');
    await expect.poll(announced).toBe(second.spoken);
    expect(await page.locator('.bg-stage [data-cursor]').getAttribute('aria-live')).toBe('polite');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.bg-panel h2').textContent()).toBe(second.name);
    expect(await page.locator('.bg-panel').isVisible()).toBe(true);
    await page.screenshot({ path: join(artifacts, 'keyboard-cursor.png'), fullPage: true });
    await page.keyboard.press('p');
    await expect.poll(announced).toBe(first.spoken);
    await page.keyboard.press('n');
    await expect.poll(announced).toBe(second.spoken);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.bg-panel').isVisible()).toBe(false);
    // Space keeps its meaning on the focused canvas.
    await page.keyboard.press(' ');
    expect(await page.evaluate(() => window.__bridgegraph?.viewer.isPlaying())).toBe(true);
    await page.keyboard.press(' ');
    expect(await page.evaluate(() => window.__bridgegraph?.viewer.isPlaying())).toBe(false);
    await page.evaluate(() => window.__bridgegraph?.viewer.setTime(Number.MAX_SAFE_INTEGER));
    await settle();
    expect(errors).toEqual([]);
  });

  it('the group view applies the country filter: fewer group ties, only that country', async () => {
    await page.locator('select[aria-label="View"]').selectOption('groups');
    await settle();
    const ties = () =>
      page.evaluate(() => {
        const viewer = window.__bridgegraph?.viewer;
        const counts = viewer?.groupTies() ?? [];
        return (
          viewer?.scene.edges.flatMap((e, k) =>
            (counts[k] ?? 0) > 0 ? [{ source: e.source, target: e.target, n: counts[k] ?? 0 }] : [],
          ) ?? []
        );
      });
    const total = (list: { n: number }[]) => list.reduce((sum, e) => sum + e.n, 0);
    const all = await ties();
    expect(all.some((e) => e.source === e.target)).toBe(true);
    const country = await page.locator('select[aria-label="Country"] option').nth(1).getAttribute('value');
    await page.locator('select[aria-label="Country"]').selectOption(country ?? '');
    await settle();
    const filtered = await ties();
    expect(total(filtered)).toBeLessThan(total(all));
    // Only ties between two people of that country are left: its internal ties.
    const index = await page.evaluate((id) => window.__bridgegraph?.viewer.scene.nodes.findIndex((n) => n.id === id), country);
    for (const e of filtered) expect([e.source, e.target]).toEqual([index, index]);
    await page.screenshot({ path: join(artifacts, 'group-view-filtered.png'), fullPage: true });
    await page.locator('select[aria-label="Country"]').selectOption('');
    await settle();
    expect(total(await ties())).toBe(total(all));
    await page.locator('select[aria-label="View"]').selectOption('people');
    await settle();
    expect(await page.evaluate(() => window.__bridgegraph?.viewer.groupTies())).toBeNull();
    expect(errors).toEqual([]);
  });

  it('the Chart menu switches the chart to the E-I index (title, a line with points, the cursor kept)', async () => {
    const title = () => page.locator('.bg-chart-title').textContent();
    expect(await title()).toMatch(/^Cross-border ties/);
    const menu = page.locator('select[aria-label="Chart metric"]');
    expect(await menu.locator('option').allTextContents()).toEqual(expect.arrayContaining(['E-I index', 'Expected E-I', 'Active people']));
    const cursorBefore = await page.locator('.bg-chart-cursor').getAttribute('x1');
    await menu.selectOption({ label: 'E-I index' });
    await settle();
    expect(await title()).toMatch(/^E-I index/);
    expect(await page.locator('.bg-chart').getAttribute('aria-label')).toMatch(/^E-I index/);
    const d = (await page.locator('.bg-chart path[stroke="#2563eb"]').getAttribute('d')) ?? '';
    expect(d).toMatch(/^M/);
    expect((d.match(/[ML]/g) ?? []).length).toBeGreaterThan(1);
    expect(await page.locator('.bg-chart-cursor').getAttribute('x1')).toBe(cursorBefore);
    await page.screenshot({ path: join(artifacts, 'chart-ei.png'), fullPage: true });
    await page.evaluate(() => window.__bridgegraph?.viewer.setChartMetric('cross_group_ties'));
    expect(await title()).toMatch(/^Cross-border ties/);
    expect(await menu.inputValue()).toBe('cross_group_ties');
    expect(errors).toEqual([]);
  });

  it('the handle: group view, filters, search, PNG, WebM, idempotent destroy', async () => {
    await page.locator('select[aria-label="View"]').selectOption('groups');
    await settle();
    expect(await page.evaluate(() => window.__bridgegraph?.viewer.scene.nodes.length)).toBe(12);
    await page.screenshot({ path: join(artifacts, 'group-view.png'), fullPage: true });
    await page.locator('select[aria-label="View"]').selectOption('people');
    const country = await page.locator('select[aria-label="Country"] option').nth(1).getAttribute('value');
    await page.locator('select[aria-label="Country"]').selectOption(country ?? '');
    await settle();
    await page.screenshot({ path: join(artifacts, 'filtered.png'), fullPage: true });
    await page.locator('select[aria-label="Country"]').selectOption('');
    const name = await page.evaluate(() => window.__bridgegraph?.viewer.scene.nodes.find((n) => n.name)?.name ?? '');
    await page.locator('input[type="search"]').fill(name);
    await page.locator('input[type="search"]').press('Enter');
    await expect.poll(() => page.locator('.bg-panel h2').textContent()).toBe(name);
    const result = await page.evaluate(async () => {
      const viewer = window.__bridgegraph?.viewer;
      if (!viewer) return null;
      const png = await viewer.toPNG();
      const head = new Uint8Array(await png.slice(0, 4).arrayBuffer());
      let webm: { type: string; size: number } | string;
      try {
        const video = await viewer.recordWebM({ maxDurationMs: 600 });
        webm = { type: video.type, size: video.size };
      } catch (error) {
        webm = String(error);
      }
      viewer.destroy();
      viewer.destroy();
      viewer.setTime(0);
      return { pngType: png.type, head: [...head], webm, left: document.querySelectorAll('.bg-viewer').length };
    });
    console.log(`recordWebM: ${JSON.stringify(result?.webm)}`);
    expect(result?.pngType).toBe('image/png');
    expect(result?.head).toEqual([0x89, 0x50, 0x4e, 0x47]);
    if (typeof result?.webm === 'string') expect(result.webm).toMatch(/cannot record/);
    else expect(result?.webm.size).toBeGreaterThan(0);
    expect(result?.left).toBe(0);
    expect(errors).toEqual([]);
  });

  it('shows a person named like HTML as text and runs nothing; lists problems readably', async () => {
    const people = `id,name,country\nP1,"${XSS_NAME}",DE\nP2,Bob,FR\nP3,Chloé,FR\n`;
    const ties =
      'source,target,kind,start,end,weight\nP1,P2,friendship,2020-01-01,,1\nP2,P3,friendship,2020-06-01,,1\nP1,P3,friendship,not-a-date,,1\n';
    await page.locator('#file-input').setInputFiles([
      { name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(people) },
      { name: 'ties.csv', mimeType: 'text/csv', buffer: Buffer.from(ties) },
    ]);
    await expect.poll(() => page.locator('#source').textContent()).toContain('data package');
    await page.evaluate(() => window.__bridgegraph?.viewer.ready);
    await expect.poll(() => page.locator('#problem-list').textContent()).toMatch(/ties\.csv:4 \(column 'start'\): /);
    await settle();
    const at = await page.evaluate(() => window.__bridgegraph?.viewer.screenPosition('P1') ?? null);
    expect(at).not.toBeNull();
    if (!at) return;
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => page.locator('.bg-tooltip').textContent()).toContain(XSS_NAME);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => page.locator('.bg-panel h2').textContent()).toBe(XSS_NAME);
    await page.screenshot({ path: join(artifacts, 'html-name-as-text.png'), fullPage: true });
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('examples/plain-html embeds the viewer (library bundle) with no console errors', async () => {
    const example = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const exampleErrors: string[] = [];
    example.on('console', (message) => {
      if (message.type() === 'error') exampleErrors.push(message.text());
    });
    example.on('pageerror', (error) => exampleErrors.push(`pageerror: ${error.message}`));
    await example.goto(`${origin}examples/plain-html/`);
    await expect.poll(() => example.locator('.bg-counters').textContent(), { timeout: 15_000 }).toMatch(/People: [1-9]/);
    await example.screenshot({ path: join(artifacts, 'plain-html-example.png'), fullPage: true });
    await example.close();
    expect(exampleErrors).toEqual([]);
  });

  it('copes with an empty network, one person and undated ties', async () => {
    const load = async (files: Record<string, string>) => {
      await page.evaluate(() => {
        window.__previousViewer = window.__bridgegraph?.viewer;
      });
      await page
        .locator('#file-input')
        .setInputFiles(Object.entries(files).map(([name, text]) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) })));
      await page.waitForFunction(() => window.__bridgegraph?.viewer !== window.__previousViewer);
      await page.evaluate(() => window.__bridgegraph?.viewer.ready);
      await settle();
      return counters();
    };
    expect(await load({ 'people.csv': 'id,name\n' })).toContain('People: 0');
    expect(await page.locator('#problem-list').textContent()).toContain('no people were read');
    expect(await load({ 'people.csv': 'id,name,country\nP1,Solo,DE\n' })).toContain('People: 1');
    expect(await load({ 'people.csv': 'id,name\nA,Ann\nB,Ben\n', 'ties.csv': 'source,target\nA,B\n' })).toContain('Ties: 1');
    await page.keyboard.press('ArrowRight');
    await page.locator('.bg-play').click({ force: true });
    await page.screenshot({ path: join(artifacts, 'undated.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
