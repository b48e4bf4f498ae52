import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};
const ext404 = /\.(js|css|json|svg|png|jpe?g|webp|ico|txt|map|woff2?)$/i;
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * A production-like static host on loopback: gzip, immutable caching for hashed assets, unknown paths
 * answered with index.html (history routing), and optional extra headers (e.g. the CSP of dist/_headers).
 */
export async function serveStatic(
  root: string,
  {
    headers = {},
    port = 0,
    overrides = {},
  }: {
    headers?: Record<string, string>;
    port?: number;
    /** Files served instead of (or besides) dist's, by URL path: tests use this for fixture data. */
    overrides?: Record<string, string | Buffer>;
  } = {},
): Promise<StaticServer> {
  const base = resolve(root);
  const cache = new Map<string, { raw: Buffer; gz: Buffer }>();
  const read = (file: string) => {
    let entry = cache.get(file);
    if (!entry) {
      const override = overrides[`/${relative(base, file).split(sep).join('/')}`];
      const raw = override === undefined ? readFileSync(file) : Buffer.from(override);
      entry = { raw, gz: gzipSync(raw, { level: 9 }) };
      cache.set(file, entry);
    }
    return entry;
  };

  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    const isFile = path in overrides || (existsSync(file) && statSync(file).isFile());
    if (!isFile) {
      // Missing files are real 404s; any other path (also /region/61.11) is a page of the app.
      if (ext404.test(path)) {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not Found');
        return;
      }
      file = join(base, 'index.html');
    }
    const ext = extname(file);
    const { raw, gz } = read(file);
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    const body = gzip ? gz : raw;
    response.writeHead(200, {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': file.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
      ...(ext === '.html' ? headers : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** The headers a Netlify-style `_headers` file gives to every path (`/*`). */
export function headersFromFile(file: string): Record<string, string> {
  if (!existsSync(file)) return {};
  const headers: Record<string, string> = {};
  let inAll = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) {
      inAll = line.trim() === '/*';
      continue;
    }
    const match = /^\s+([^:]+):\s*(.*)$/.exec(line);
    if (inAll && match) headers[match[1]!.trim()] = match[2]!.trim();
  }
  return headers;
}
