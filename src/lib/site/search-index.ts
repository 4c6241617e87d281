import { gzipSync } from 'node:zlib';
import { buildIndex, indexFile, type IndexFull } from '../search/index-format';
import { siteCorpus } from './page-corpus';
import { buildSearchData } from './search-documents';

/**
 * The search index of the site being built, computed once per build for the endpoints that write its files.
 *
 * Whether the search page loads it whole or in parts: a whole index up to WHOLE_LIMIT gzipped bytes arrives in one
 * request and is searched on the page's own thread; a larger one is read by a cold visit in parts (head, the shards
 * its words need, the cards of its first results) while the worker loads it whole in the background. Measured on
 * this corpus (npm run bench, cold-search): the whole index is 55 KB gzipped and answers a cold visit in one round trip.
 */
export const WHOLE_LIMIT = 200 * 1024;
/** SEARCH_WHOLE_LIMIT (gzipped bytes) overrides it; 0 always splits, as the browser tests do on one fixture site. */
const wholeLimit = () => Number(process.env.SEARCH_WHOLE_LIMIT ?? WHOLE_LIMIT);

let cached: Promise<{ index: IndexFull; whole: boolean }> | undefined;

export function siteSearchIndex(base: string): Promise<{ index: IndexFull; whole: boolean }> {
  if (cached && !import.meta.env.DEV) return cached;
  cached = siteCorpus().then((corpus) => {
    const index = buildIndex(buildSearchData(corpus, base));
    return { index, whole: gzipSync(JSON.stringify(indexFile(index))).length <= wholeLimit() };
  });
  return cached;
}
