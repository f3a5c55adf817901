/** Serves the built web UI (web/dist) with a single-page-app fallback to index.html. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { REPO_ROOT } from './client/repo-root.ts';

export const WEB_DIST = join(REPO_ROOT, 'web', 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.map': 'application/json',
};

export function serveStatic(req: IncomingMessage, res: ServerResponse) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const index = join(WEB_DIST, 'index.html');
  if (!existsSync(index)) {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
      .end('The web UI is not built: run `npm run build:web` (npm start does it for you). The API is at /graphql.\n');
    return;
  }
  const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
  const file = normalize(join(WEB_DIST, path));
  const target = file.startsWith(WEB_DIST) && existsSync(file) && statSync(file).isFile() ? file : index;
  const immutable = target.includes(`${join(WEB_DIST, 'assets')}`);
  res.writeHead(200, {
    'content-type': TYPES[extname(target)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(target).pipe(res);
}
