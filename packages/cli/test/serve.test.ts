import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { networkFromJSON, people } from '@bridgegraph/core';
import { afterEach, describe, expect, it } from 'vitest';
import { runServe } from '../src/commands/serve.js';
import { findViewerApp } from '../src/serve/locate-app.js';
import { isLoopbackHost } from '../src/serve/loopback.js';
import { urlPathSegments } from '../src/serve/safe-path.js';
import { type RunningServer, startServer } from '../src/serve/static-server.js';

const DATASETS = resolve(import.meta.dirname, '../../../datasets');
const INDEX = '<!doctype html><title>viewer stand-in</title><script type="module" src="/assets/app.js"></script>';

/** A temporary folder standing in for packages/viewer/dist-app, next to a file it must not serve. */
function fakeApp(): string {
  const outer = mkdtempSync(join(tmpdir(), 'bridgegraph-serve-'));
  writeFileSync(join(outer, 'package.json'), '{"name":"secret-outside"}');
  writeFileSync(join(outer, 'secret.txt'), 'secret outside the app');
  const app = join(outer, 'dist-app');
  mkdirSync(join(app, 'assets'), { recursive: true });
  writeFileSync(join(app, 'index.html'), INDEX);
  writeFileSync(join(app, 'assets', 'app.js'), 'console.log("app");\n');
  writeFileSync(join(app, 'assets', 'app.css'), 'body{margin:0}\n');
  writeFileSync(join(app, 'assets', 'index.html'), 'not the root index');
  writeFileSync(join(app, 'assets', 'layout.wasm'), Buffer.from([0, 97, 115, 109]));
  writeFileSync(join(app, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(app, '.env'), 'TOKEN=nope');
  symlinkSync(join(outer, 'secret.txt'), join(app, 'link-out.txt'));
  return app;
}

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Sends one request as raw bytes on a socket to 127.0.0.1, so the path reaches the server exactly as
 * written (fetch and URL would normalise `..` and percent-encoding away). Gives up after 5 seconds.
 */
function raw(port: number, path: string, options: { method?: string; host?: string } = {}): Promise<RawResponse> {
  return new Promise((resolvePromise, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    socket.setTimeout(5000, () => socket.destroy(new Error(`no answer for ${JSON.stringify(path)}`)));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const head = (split === -1 ? text : text.slice(0, split)).split('\r\n');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head[0] ?? '')?.[1] ?? 0);
      const headers: Record<string, string> = {};
      for (const line of head.slice(1)) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolvePromise({ status, headers, body: split === -1 ? '' : text.slice(split + 4) });
    });
    socket.write(
      `${options.method ?? 'GET'} ${path} HTTP/1.1\r\nHost: ${options.host ?? `127.0.0.1:${port}`}\r\nConnection: close\r\n\r\n`,
    );
  });
}

const started: RunningServer[] = [];
async function serve(root: string, data: Record<string, string> = {}): Promise<RunningServer> {
  const server = await startServer({ root, data, port: 0 });
  started.push(server);
  return server;
}
afterEach(async () => {
  await Promise.all(started.splice(0).map((s) => s.close()));
});

describe('startServer', () => {
  it('serves index.html at the root and the app files with their content types and safety headers', async () => {
    const server = await serve(fakeApp());
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    const index = await raw(server.port, '/');
    expect(index.status).toBe(200);
    expect(index.body).toBe(INDEX);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    const csp = index.headers['content-security-policy'] ?? '';
    for (const directive of [
      "default-src 'self'",
      "img-src 'self' data: blob:",
      "style-src 'self' 'unsafe-inline'",
      "worker-src 'self' blob:",
      "connect-src 'self'",
    ])
      expect(csp).toContain(directive);
    expect((await raw(server.port, '/index.html?x=1')).body).toBe(INDEX);
    const types: Record<string, string> = {
      '/assets/app.js': 'text/javascript; charset=utf-8',
      '/assets/app.css': 'text/css; charset=utf-8',
      '/assets/layout.wasm': 'application/wasm',
      '/logo.svg': 'image/svg+xml',
    };
    for (const [path, type] of Object.entries(types)) {
      const r = await raw(server.port, path);
      expect([path, r.status, r.headers['content-type']]).toEqual([path, 200, type]);
    }
    // The same through fetch, as a browser would ask.
    const js = await fetch(`${server.url}assets/app.js`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log("app");\n');
  });

  it('serves the data from memory under /data/ with no-store, and parses back into the network', async () => {
    const network = JSON.stringify({ format: 'bridgegraph-network', version: 1, nodes: [], edges: [] });
    const server = await serve(fakeApp(), { 'network.json': network });
    const r = await raw(server.port, '/data/network.json');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.body).toBe(network);
    expect((await raw(server.port, '/data/analysis.json')).status).toBe(404);
  });

  it('answers 404 to anything that is not one of its own files', async () => {
    const server = await serve(fakeApp());
    const attempts = [
      '/../package.json',
      '/../secret.txt',
      '/%2e%2e/package.json',
      '/%2E%2E/secret.txt',
      '/%2e%2e%2fsecret.txt',
      '/assets/../../secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/assets/../index.html',
      '/./index.html',
      '/..\\secret.txt',
      '/%2e%2e%5csecret.txt',
      '/assets\\app.js',
      '//etc/passwd',
      '/%2Fetc%2Fpasswd',
      '/C:/Windows/win.ini',
      '/C%3A%5CWindows%5Cwin.ini',
      'http://127.0.0.1/../secret.txt',
      '/index.html%00.js',
      '/assets/app.js%00',
      '/%',
      '/%E0%A4%A',
      '/.env',
      '/link-out.txt',
      '/assets/',
      '/assets',
      '/assets//app.js',
      '/nope.js',
      '/data/',
      '/data/secret.txt',
      `/${'a'.repeat(3000)}`,
    ];
    for (const path of attempts) {
      const r = await raw(server.port, path);
      expect([path, r.status]).toEqual([path, 404]);
      expect(r.body).not.toContain('secret');
      expect(r.headers['x-content-type-options']).toBe('nosniff');
    }
    // A raw NUL byte is refused by the HTTP parser before it reaches us.
    expect([400, 404]).toContain((await raw(server.port, '/index.html\0')).status);
  });

  it('answers GET and HEAD only, and only to loopback host names', async () => {
    const server = await serve(fakeApp());
    const head = await raw(server.port, '/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength(INDEX)));
    const post = await raw(server.port, '/', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
    expect((await raw(server.port, '/', { host: `localhost:${server.port}` })).status).toBe(200);
    expect((await raw(server.port, '/', { host: 'attacker.example' })).status).toBe(403);
  });

  it('binds to loopback by default and close() frees the port', async () => {
    const server = await startServer({ root: fakeApp(), port: 0 });
    const address = server.server.address();
    expect(typeof address === 'object' && address !== null ? address.address : address).toBe('127.0.0.1');
    await server.close();
    await server.close(); // idempotent
    expect(server.server.listening).toBe(false);
    // The port can be bound again at once.
    const again = createServer();
    await new Promise<void>((ok, fail) => {
      again.once('error', fail);
      again.listen({ host: '127.0.0.1', port: server.port, exclusive: true }, ok);
    });
    await new Promise<void>((ok) => again.close(() => ok()));
  });

  it('refuses a folder without index.html, and a port that is taken', async () => {
    await expect(startServer({ root: mkdtempSync(join(tmpdir(), 'bridgegraph-serve-empty-')), port: 0 })).rejects.toThrow(/no index\.html/);
    const first = await serve(fakeApp());
    await expect(startServer({ root: fakeApp(), port: first.port })).rejects.toThrow(/already in use/);
  });
});

describe('request paths and hosts', () => {
  it('urlPathSegments keeps plain paths and refuses everything else', () => {
    expect(urlPathSegments('/')).toEqual([]);
    expect(urlPathSegments('/?q=1')).toEqual([]);
    expect(urlPathSegments('/assets/app-Bx1.js#x')).toEqual(['assets', 'app-Bx1.js']);
    expect(urlPathSegments('/caf%C3%A9.png')).toEqual(['café.png']);
    for (const bad of [
      undefined,
      '',
      '*',
      'index.html',
      '//x',
      '/a/../b',
      '/%2e%2e',
      '/a%2Fb',
      '/a\\b',
      '/a%5Cb',
      '/a%00',
      '/c:',
      '/.git/config',
      '/a/',
    ])
      expect([bad, urlPathSegments(bad)]).toEqual([bad, null]);
  });

  it('isLoopbackHost', () => {
    for (const host of [
      '127.0.0.1',
      '127.1.2.3',
      'localhost',
      'LOCALHOST',
      'app.localhost',
      '::1',
      '[::1]',
      '0:0:0:0:0:0:0:1',
      '::ffff:127.0.0.1',
    ])
      expect([host, isLoopbackHost(host)]).toEqual([host, true]);
    for (const host of ['0.0.0.0', '::', '192.168.1.4', '10.0.0.1', 'example.org', 'localhost.example.org', '', '::ffff:10.0.0.1'])
      expect([host, isLoopbackHost(host)]).toEqual([host, false]);
  });
});

describe('findViewerApp', () => {
  it('finds dist-app of the workspace viewer package from a folder below the repository', () => {
    const repo = mkdtempSync(join(tmpdir(), 'bridgegraph-serve-repo-'));
    const viewer = join(repo, 'packages', 'viewer');
    mkdirSync(join(viewer, 'dist-app'), { recursive: true });
    writeFileSync(join(viewer, 'package.json'), '{"name":"@bridgegraph/viewer"}');
    const from = join(repo, 'packages', 'cli', 'dist', 'serve');
    mkdirSync(from, { recursive: true });
    const before = findViewerApp(from);
    expect(before.appDir).toBeNull(); // not built yet
    expect(before.searched).toContain(join(viewer, 'dist-app'));
    writeFileSync(join(viewer, 'dist-app', 'index.html'), INDEX);
    expect(findViewerApp(from).appDir).toBe(join(viewer, 'dist-app'));
  });

  it('finds an installed @bridgegraph/viewer in node_modules', () => {
    const prefix = mkdtempSync(join(tmpdir(), 'bridgegraph-serve-installed-'));
    const viewer = join(prefix, 'node_modules', '@bridgegraph', 'viewer');
    mkdirSync(join(viewer, 'dist-app'), { recursive: true });
    writeFileSync(join(viewer, 'package.json'), '{"name":"@bridgegraph/viewer"}');
    writeFileSync(join(viewer, 'dist-app', 'index.html'), INDEX);
    const from = join(prefix, 'node_modules', '@bridgegraph', 'cli', 'dist', 'serve');
    mkdirSync(from, { recursive: true });
    expect(findViewerApp(from).appDir).toBe(join(viewer, 'dist-app'));
  });
});

async function serveCli(args: string[], options: Parameters<typeof runServe>[2] = {}) {
  let out = '';
  let err = '';
  const code = await runServe(args, { out: (t) => (out += t), err: (t) => (err += t) }, options);
  return { code, out, err };
}

describe('bridgegraph serve', () => {
  it('serves the app and the sample programme with its analysis, then stops cleanly', async () => {
    const app = fakeApp();
    let checked = false;
    let url = '';
    const r = await serveCli([join(DATASETS, 'sample-programme'), '--port', '0'], {
      appDir: app,
      waitForStop: async (server) => {
        url = server.url;
        expect(server.host).toBe('127.0.0.1');
        expect((await raw(server.port, '/')).body).toBe(INDEX);
        const net = await raw(server.port, '/data/network.json');
        expect(net.status).toBe(200);
        expect(net.headers['cache-control']).toBe('no-store');
        const network = networkFromJSON(net.body);
        const everyone = people(network);
        expect(everyone).toHaveLength(600);
        expect(everyone.map((p) => p.id)).toContain('P0001');
        const analysis = await raw(server.port, '/data/analysis.json');
        expect(analysis.status).toBe(200);
        const json = JSON.parse(analysis.body) as { format: string; options: { group_by: string } };
        expect(json.format).toBe('bridgegraph-analysis');
        expect(json.options.group_by).toBe('country');
        expect((await raw(server.port, '/../package.json')).status).toBe(404);
        checked = true;
      },
    });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(checked).toBe(true);
    expect(r.out).toMatch(/^Serving sample-programme at http:\/\/127\.0\.0\.1:\d+\/ \(Ctrl\+C to stop\)\n$/);
    expect(r.out).toContain(url);
    // Stopped: nothing listens there any more.
    await expect(fetch(`${url}`)).rejects.toThrow();
  });

  it('--no-analysis serves no analysis.json', async () => {
    const r = await serveCli([join(DATASETS, 'florentine-families'), '--port', '0', '--no-analysis'], {
      appDir: fakeApp(),
      waitForStop: async (server) => {
        expect((await raw(server.port, '/data/network.json')).status).toBe(200);
        expect((await raw(server.port, '/data/analysis.json')).status).toBe(404);
      },
    });
    expect(r.code).toBe(0);
  });

  it('usage errors exit 2', async () => {
    const input = join(DATASETS, 'sample-programme');
    const never = async () => {
      throw new Error('must not start');
    };
    for (const port of ['abc', '70000', '-1', '1.5', ''])
      expect([port, (await serveCli([input, `--port=${port}`], { appDir: fakeApp(), waitForStop: never })).code]).toEqual([port, 2]);
    const bad = await serveCli([input, '--port', 'eighty'], { appDir: fakeApp(), waitForStop: never });
    expect(bad.err).toContain('--port must be a whole number from 0 to 65535');
    expect((await serveCli([input, '--host', ''], { appDir: fakeApp(), waitForStop: never })).code).toBe(2);
    expect((await serveCli([join(tmpdir(), 'no-such-folder-bridgegraph')], { appDir: fakeApp(), waitForStop: never })).code).toBe(2);
    const help = await serveCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('$ bridgegraph serve datasets/sample-programme');
  });

  it('exits 1 with a clear message when the app is not built', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'bridgegraph-serve-nobuild-'));
    const r = await serveCli([join(DATASETS, 'sample-programme'), '--port', '0'], {
      appDir: empty,
      waitForStop: async () => {
        throw new Error('must not start');
      },
    });
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('the viewer app is not built');
    expect(r.err).toContain('npm run demo');
  });

  it('exits 1 when a strict import stops, without serving', async () => {
    const input = mkdtempSync(join(tmpdir(), 'bridgegraph-serve-data-'));
    writeFileSync(join(input, 'people.csv'), 'id,country\na,DE\n');
    writeFileSync(join(input, 'exchanges.csv'), 'id,programme,start\nx,P,2016-05-01\n');
    writeFileSync(join(input, 'participations.csv'), 'person,exchange\na,x\nzz,x\n');
    const r = await serveCli([input, '--strict', '--port', '0'], {
      appDir: fakeApp(),
      waitForStop: async () => {
        throw new Error('must not start');
      },
    });
    expect(r.code).toBe(1);
    expect(r.err).toContain('unknown-person');
  });
});
