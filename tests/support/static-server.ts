import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeServer } from './close-server';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg']);

export type StaticServer = {
  /** The address the folder is served at, ending in the prefix, e.g. http://127.0.0.1:40123/signaal/. */
  url: string;
  /** Serves these bytes instead of the file at a path below the prefix, as a new deploy would. */
  override: (path: string, body: string | Buffer) => void;
  close: () => Promise<void>;
};

/**
 * Serves a built folder the way a plain static host does: under a path prefix (a subfolder), gzip
 * for text, no SPA fallback, 404 for anything missing. Bytes are compressed once and kept in memory,
 * so the server adds no time of its own to what a benchmark measures.
 */
export async function serveStatic(folder: string, { prefix = '/', port = 0 } = {}): Promise<StaticServer> {
  const root = resolve(folder);
  const overrides = new Map<string, Buffer>();
  const gzipped = new Map<string, Buffer>();

  const read = (path: string): Buffer | undefined => {
    const overridden = overrides.get(path);
    if (overridden) return overridden;
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep) && file !== root) return undefined;
    if (!existsSync(file) || !statSync(file).isFile()) return undefined;
    return readFileSync(file);
  };

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === prefix.replace(/\/$/, '') && prefix !== '/') {
      response.writeHead(301, { location: prefix }).end();
      return;
    }
    if (!url.pathname.startsWith(prefix)) {
      response.writeHead(404).end();
      return;
    }
    let path = decodeURIComponent(url.pathname.slice(prefix.length));
    if (path === '' || path.endsWith('/')) path += 'index.html';
    const body = read(path);
    if (!body) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const extension = extname(path);
    const headers: Record<string, string> = { 'content-type': TYPES[extension] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    const gzip = COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    let sent = body;
    if (gzip) {
      const fromDisk = !overrides.has(path);
      sent = (fromDisk ? gzipped.get(path) : undefined) ?? gzipSync(body, { level: 9 });
      if (fromDisk) gzipped.set(path, sent);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = String(sent.length);
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : sent);
  });

  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}${prefix}`,
    override: (path, body) => {
      overrides.set(path, Buffer.isBuffer(body) ? body : Buffer.from(body));
    },
    close: () =>
closeServer(server),
  };
}
