import type { ResultType, SearchData } from './documents';
import { referencesOfHits, type SearchEngine, type SearchResult } from './engine';
import type { SearchState } from './url-state';

/** What the search page renders for a state: the first hits ready to draw, and the totals around them. */

/** A hit as the page renders it: what the worker sends across, nothing more. */
export interface HitView {
  type: ResultType;
  id: string;
  url: string;
  title: string;
  detail: string;
  highlights: [number, number][];
  /** How many references a claim cites (0 for other types). */
  references: number;
}

/** What the search page shows for one state: the first hits, ready to render, and the totals around them. */
export interface ResultView {
  /** The query these results answer, so the page can tell a late answer from the current one. */
  q: string;
  hits: HitView[];
  total: number;
  /** Hits matching every query word; the rest match some. */
  complete: number;
  words: number;
  counts: SearchResult['counts'];
  years: Record<number, number>;
  /** Distinct references behind all the hits, which is what an export downloads. */
  references: number;
  /** Close vocabulary terms when nothing matched. */
  suggestions: string[];
}

/** The facet options and publication years the page lays out once, before any search. */
export interface SearchOverview {
  facets: SearchData['facets'];
  years: number[];
}

export function overview(engine: SearchEngine): SearchOverview {
  return { facets: engine.data.facets, years: [...new Set(engine.data.docs.flatMap((doc) => doc.years ?? []))].sort((a, b) => a - b) };
}

/** Runs a search and keeps only what a page of `limit` results needs, so rendering and messaging cost stay flat. */
export function resultView(engine: SearchEngine, state: SearchState, limit: number): ResultView {
  const result = engine.search(state);
  const hits = result.hits;
  return {
    q: state.q,
    hits: hits.slice(0, limit).map((hit) => ({
      type: hit.doc.type,
      id: hit.doc.id,
      url: hit.doc.url,
      title: hit.doc.title,
      detail: hit.doc.detail,
      highlights: engine.highlights(hit, result.tokens),
      references: hit.doc.type === 'claim' ? (hit.doc.references?.length ?? 0) : 0,
    })),
    total: hits.length,
    complete: hits.filter((hit) => hit.matchedWords === result.words).length,
    words: result.words,
    counts: result.counts,
    years: result.years,
    references: referencesOfHits(hits).length,
    suggestions: hits.length === 0 && state.q.trim() ? engine.suggestions(state.q) : [],
  };
}
