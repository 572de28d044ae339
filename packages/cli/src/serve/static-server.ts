import { realpathSync, statSync } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, sep } from 'node:path';
import { contentTypeOf } from './content-types.js';
import { isLoopbackHost } from './loopback.js';
import { urlPathSegments } from './safe-path.js';
import { SECURITY_HEADERS } from './security-headers.js';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8080;

export interface StartServerOptions {
  /** The folder of the built app (holding index.html); only regular files inside it are served. */
  root: string;
  /** Files served from memory under /data/, by name: `{ 'network.json': text }` is /data/network.json. */
  data?: Readonly<Record<string, string | Uint8Array>>;
  /** The address to bind; default 127.0.0.1 (loopback only). */
  host?: string;
  /** The port; default 8080; 0 takes any free port. */
  port?: number;
}

export interface RunningServer {
  /** Where the app is, e.g. `http://127.0.0.1:8080/`. */
  url: string;
  host: string;
  port: number;
  server: Server;
  /** Stops listening and drops open connections; resolves once the port is free. Idempotent. */
  close(): Promise<void>;
}

/** Thrown when the server cannot start: no index.html in the root, or the port cannot be bound. */
export class ServeError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'ServeError';
  }
}

/**
 * Serves the built app in `root` and the `data` files over HTTP. Only GET and HEAD; the root path
 * gives index.html, every other path must name a regular file inside `root` exactly (no directory
 * listings, no index.html in sub-folders, no dotfiles, nothing a symbolic link leads outside to);
 * anything else is 404. When bound to loopback, requests whose Host header is not a loopback name are
 * refused (a web page cannot read the data through DNS rebinding).
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const port = options.port ?? DEFAULT_PORT;
  let root: string;
  try {
    root = realpathSync(options.root);
    if (!statSync(join(root, 'index.html')).isFile()) throw new Error('not a file');
  } catch {
    throw new ServeError(`bridgegraph/serve: ${options.root} has no index.html to serve.`, 'ENOAPP');
  }
  const data = new Map<string, Buffer>();
  for (const [name, body] of Object.entries(options.data ?? {})) data.set(name, Buffer.from(body));
  const checkHost = isLoopbackHost(host);

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal server error\n');
      else res.destroy();
    });
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;
  server.maxHeadersCount = 100;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (checkHost && !isLoopbackHost(hostnameOf(req.headers.host))) return send(res, 403, 'Forbidden: unexpected Host header\n');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return send(res, 405, 'Method not allowed\n');
    }
    const segments = urlPathSegments(req.url);
    if (segments === null) return notFound(res);
    const inData = segments[0] === 'data';
    if (inData && segments.length === 2) {
      const body = data.get(segments[1] as string);
      if (body !== undefined) return sendBody(req, res, 200, body, contentTypeOf(segments[1] as string), 'no-store');
    }
    const file = await fileInside(root, segments.length === 0 ? ['index.html'] : segments);
    if (file === null) return notFound(res);
    // Only regular files: opening a FIFO or a device could block or never end.
    if (!(await stat(file).catch(() => null))?.isFile()) return notFound(res);
    const handle = await open(file, 'r').catch(() => null);
    if (handle === null) return notFound(res);
    let streaming = false;
    try {
      const stats = await handle.stat();
      if (!stats.isFile()) return notFound(res);
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': contentTypeOf(file),
        'Content-Length': String(stats.size),
        'Cache-Control': inData ? 'no-store' : 'no-cache',
      });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      // The stream closes the handle when it ends or fails.
      const stream = handle.createReadStream({ autoClose: true });
      streaming = true;
      stream.on('error', () => res.destroy());
      res.on('close', () => stream.destroy());
      stream.pipe(res);
    } finally {
      if (!streaming) await handle.close();
    }
  }

  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(new ServeError(listenErrorMessage(error, host, port), error.code));
    };
    server.once('error', onError);
    server.listen({ host, port, exclusive: true }, () => {
      server.off('error', onError);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  let closing: Promise<void> | null = null;
  return {
    url: `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}/`,
    host: address.address,
    port: address.port,
    server,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

/** The real path of the file these segments name inside root, or null if it is not there or leads out. */
async function fileInside(root: string, segments: readonly string[]): Promise<string | null> {
  try {
    const file = await realpath(join(root, ...segments));
    return file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : null;
  } catch {
    return null;
  }
}

/** The host name of a Host header: `127.0.0.1:8080` → `127.0.0.1`, `[::1]:80` → `::1`. */
function hostnameOf(header: string | undefined): string {
  if (header === undefined) return '';
  const bracketed = /^\[([^\]]*)\](?::\d*)?$/.exec(header);
  if (bracketed) return bracketed[1] as string;
  const colon = header.indexOf(':');
  return colon === -1 ? header : header.slice(0, colon);
}

function listenErrorMessage(error: NodeJS.ErrnoException, host: string, port: number): string {
  switch (error.code) {
    case 'EADDRINUSE':
      return `port ${port} on ${host} is already in use; choose another with --port (--port 0 takes any free port).`;
    case 'EACCES':
      return `not allowed to listen on port ${port} on ${host}; choose a port above 1023 with --port.`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return `cannot listen on ${host}: no such address on this machine (check --host).`;
    default:
      return `cannot listen on ${host}:${port}: ${error.message}`;
  }
}

function notFound(res: ServerResponse): void {
  send(res, 404, 'Not found\n');
}

function send(res: ServerResponse, status: number, text: string): void {
  sendBody(undefined, res, status, Buffer.from(text), 'text/plain; charset=utf-8', 'no-store');
}

function sendBody(req: IncomingMessage | undefined, res: ServerResponse, status: number, body: Buffer, type: string, cache: string): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': type,
    'Content-Length': String(body.length),
    'Cache-Control': cache,
  });
  res.end(req?.method === 'HEAD' ? undefined : body);
}
