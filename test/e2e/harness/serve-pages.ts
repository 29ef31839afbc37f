import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xhtml': 'application/xhtml+xml; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

/** A static file server on 127.0.0.1 (a free port), serving each folder under its mount path. */
export interface PageServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** Where an HTML file served with `?pause=<ms>` stops for that long (a page the browser parses slowly). */
export const PAUSE_MARK = '<!--pause-->';

/**
 * Serves `mounts` (URL prefix → folder) on 127.0.0.1; unknown paths answer 404. With
 * `?pause=<ms>`, an HTML file is sent in parts, split at each `PAUSE_MARK`, that long apart.
 */
export async function servePages(mounts: Record<string, string>): Promise<PageServer> {
  const roots = Object.entries(mounts).map(
    ([prefix, dir]) => [prefix.replace(/\/$/, ''), resolve(dir)] as const,
  );
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    const pause = Number(url.searchParams.get('pause') ?? 0);
    if (path === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    for (const [prefix, dir] of roots) {
      if (!path.startsWith(`${prefix}/`)) continue;
      const file = normalize(join(dir, path.slice(prefix.length)));
      if (!file.startsWith(dir)) break;
      try {
        if ((await stat(file)).isFile()) {
          res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
          const body = await readFile(file);
          if (!pause || extname(file) !== '.html') res.end(body);
          else await sendInParts(res, body.toString('utf8').split(PAUSE_MARK), pause);
          return;
        }
      } catch {}
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path.startsWith('/') ? '' : '/'}${path}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

async function sendInParts(res: ServerResponse, parts: string[], pauseMs: number): Promise<void> {
  for (const [k, part] of parts.entries()) {
    if (k) await new Promise((done) => setTimeout(done, pauseMs));
    if (res.destroyed) return;
    res.write(part);
  }
  res.end();
}
