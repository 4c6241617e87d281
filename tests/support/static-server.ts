import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Content types by extension, for this server and the benchmarks' own (which add Pagefind's files). */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.bib': 'text/plain; charset=utf-8',
  '.ris': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/**
 * A plain static host, like GitHub Pages: serves `dir` under `base`, index.html for folders, 404.html otherwise. With
 * `gzip`, text goes gzipped to a browser that accepts it, as such hosts send it: the benchmarks need it (Lighthouse's
 * simulated timings read transfer sizes), the browser tests do not.
 */
const gzipped = new Map<string, { mtime: number; body: Buffer }>();

/** A file's gzipped bytes, compressed once per version of the file. */
export function gzipFile(file: string): Buffer {
  const mtime = statSync(file).mtimeMs;
  let cached = gzipped.get(file);
  if (cached?.mtime !== mtime) gzipped.set(file, (cached = { mtime, body: gzipSync(readFileSync(file)) }));
  return cached.body;
}

export function serveStatic(dir: string, base: string, port: number, { gzip = false } = {}): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const local = path.startsWith(base) ? normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '') : null;
    const candidates = local === null ? [] : [join(dir, local), join(dir, local, 'index.html')];
    const file = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
    const served = file ?? join(dir, '404.html');
    const headers: Record<string, string> = { 'content-type': CONTENT_TYPES[extname(served)] ?? 'application/octet-stream', vary: 'accept-encoding' };
    const compress = gzip && CONTENT_TYPES[extname(served)] !== undefined && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    if (compress) headers['content-encoding'] = 'gzip';
    response.writeHead(file ? 200 : 404, headers);
    response.end(compress ? gzipFile(served) : readFileSync(served));
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
