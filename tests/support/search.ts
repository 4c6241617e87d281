import type { SearchData, SearchDoc } from '../../src/lib/search/documents';
import type { SearchEngine, SearchResult } from '../../src/lib/search/engine';
import type { Hit } from '../../src/lib/search/ranking';
import { buildIndex } from '../../src/lib/search/build-index';
import { indexFile, type IndexFull } from '../../src/lib/search/index-format';
import type { SearchState } from '../../src/lib/search/url-state';
import { WholeIndex } from '../../src/lib/search/whole-index';

/** A hit with the search document it stands for, so tests can speak of ids, types and titles. */
export interface DocHit extends Hit {
  doc: SearchDoc;
}

export interface DocResult extends Omit<SearchResult, 'hits' | 'partial' | 'bestBet'> {
  hits: DocHit[];
  partial: DocHit[];
  bestBet: DocHit | undefined;
}

/** The engine with a whole index loaded, facets and all, as the search worker and a warm search page use it. */
export function fullEngine(index: IndexFull): SearchEngine {
  const whole = new WholeIndex(indexFile(index));
  whole.complete();
  return whole.engine;
}

/** The engine over the whole index built from search documents, answering with each hit's document attached. */
export function searchSite(data: SearchData) {
  const index = buildIndex(data);
  const engine = fullEngine(index);
  return {
    data,
    index,
    engine,
    search(state: SearchState): DocResult {
      const result = engine.search(state);
      const withDoc = new Map<Hit, DocHit>();
      const attach = (hit: Hit) => {
        let found = withDoc.get(hit);
        if (!found) withDoc.set(hit, (found = { ...hit, doc: data.docs[hit.index] }));
        return found;
      };
      return { ...result, hits: result.hits.map(attach), partial: result.partial.map(attach), bestBet: result.bestBet && attach(result.bestBet) };
    },
  };
}
