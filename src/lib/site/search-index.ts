import { gzipSync } from 'node:zlib';
import config from 'virtual:site-config';
import { buildIndex } from '../search/build-index';
import { indexFile, type IndexFull } from '../search/index-format';
import { siteCorpus } from './page-corpus';
import { buildSearchData } from './search-documents';

/**
 * The search index of the site being built, computed once per build for the page and the endpoints that write it.
 *
 * How the search page reads it: an index up to WHOLE_LIMIT gzipped bytes is written into the page itself, so a cold
 * visit's first results need no request and no wait between tasks, and it is searched on the page's own thread; a
 * larger one is read by a cold visit in parts (head, the shards its words need, the cards of its first results) while
 * the worker loads it whole, from index.json, in the background. The real corpus's index is 90 KB gzipped.
 */
const WHOLE_LIMIT = 200 * 1024;
/** SEARCH_WHOLE_LIMIT (gzipped bytes) overrides it; 0 always splits, as the browser tests do on one fixture site. */
const wholeLimit = config.searchWholeLimit ?? WHOLE_LIMIT;

export interface SiteSearchIndex {
  index: IndexFull;
  /** index.json as written. */
  json: string;
  /** Whether the search page holds the whole index. */
  whole: boolean;
}

let cached: Promise<SiteSearchIndex> | undefined;

export function siteSearchIndex(base: string): Promise<SiteSearchIndex> {
  if (cached && !import.meta.env.DEV) return cached;
  cached = siteCorpus().then((corpus) => {
    const index = buildIndex(buildSearchData(corpus, base));
    const json = JSON.stringify(indexFile(index));
    return { index, json, whole: gzipSync(json).length <= wholeLimit };
  });
  return cached;
}
