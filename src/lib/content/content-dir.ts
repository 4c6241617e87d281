import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';

/** The content directory to build: CONTENT_DIR lets tests and benchmarks build other corpora. */
export function contentDir(): string {
  return resolve(process.env.CONTENT_DIR ?? './content');
}

/** Astro's cache directory for one content directory, so building one corpus never reuses another corpus' data. */
export function cacheDirFor(dir: string): string {
  return join('node_modules/.astro', createHash('sha1').update(resolve(dir)).digest('hex').slice(0, 12));
}
