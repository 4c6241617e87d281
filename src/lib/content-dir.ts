import { resolve } from 'node:path';

/** The content directory to build: CONTENT_DIR lets tests and benchmarks build other corpora. */
export function contentDir(): string {
  return resolve(process.env.CONTENT_DIR ?? './content');
}
