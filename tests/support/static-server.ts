import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.bib': 'text/plain; charset=utf-8',
  '.ris': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/** A plain static host, like GitHub Pages: serves `dir` under `base`, index.html for folders, 404.html otherwise. */
export function serveStatic(dir: string, base: string, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const local = path.startsWith(base) ? normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '') : null;
    const candidates = local === null ? [] : [join(dir, local), join(dir, local, 'index.html')];
    const file = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
    const status = file ? 200 : 404;
    const served = file ?? join(dir, '404.html');
    response.writeHead(status, { 'content-type': types[extname(served)] ?? 'application/octet-stream' });
    createReadStream(served).pipe(response);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
