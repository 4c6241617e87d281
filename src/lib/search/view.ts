import type { ResultType, SearchData, SearchDoc } from './documents';
import { referencesOfHits, type Hit, type SearchEngine, type SearchResult } from './engine';
import type { SearchState } from './url-state';

/** What the search page renders for a state: the first hits ready to draw, and the totals around them. */

/** A hit as the page renders it: what the worker sends across, nothing more. */
export interface HitView {
  type: ResultType;
  id: string;
  url: string;
  title: string;
  /** The line under the title: a study's first author, year and journal; an entity's kind and synonyms. */
  detail: string;
  highlights: [number, number][];
  /** For a claim whose statement holds none of the matched words: the name (drug, gene, trial, section) that matched. */
  matched?: { text: string; ranges: [number, number][] };
  /** The entity the whole query names exactly, shown first and marked as such. */
  best?: boolean;
  /** A claim's evidence level, consensus, status since 2013 and number of studies. */
  level?: string;
  consensus?: string;
  status?: string;
  studies?: number;
  /** What the reading list keeps: a claim's studies by key, a study's identifiers. */
  references?: string[];
  doi?: string;
  pmid?: string;
}

/** What the search page shows for one state: the first hits, ready to render, and the totals around them. */
export interface ResultView {
  /** The query these results answer, so the page can tell a late answer from the current one. */
  q: string;
  /** The first hits matching every word of the query. */
  hits: HitView[];
  /** How many documents match every word. */
  total: number;
  /** Documents matching only some words: how many, and the first of them. */
  partial: { total: number; hits: HitView[] };
  words: number;
  counts: SearchResult['counts'];
  years: Record<number, number>;
  /** Distinct references behind all the complete hits, which is what an export downloads. */
  references: number;
  /** Close vocabulary terms when nothing matched every word. */
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

function meta(doc: SearchDoc): Partial<HitView> {
  if (doc.type === 'claim') return { level: doc.level, consensus: doc.consensus, status: doc.status, studies: doc.studies, references: doc.references };
  if (doc.type === 'reference') return { ...(doc.doi ? { doi: doc.doi } : {}), ...(doc.pmid ? { pmid: doc.pmid } : {}) };
  return {};
}

/** Runs a search and keeps only what a page of `limit` results needs, so rendering and messaging cost stay flat. */
export function resultView(engine: SearchEngine, state: SearchState, limit: number): ResultView {
  const result = engine.search(state);
  const view = (hit: Hit): HitView => {
    const highlights = engine.highlights(hit, result.tokens);
    const matched = hit.doc.type === 'claim' && highlights.length === 0 ? engine.matchedName(hit, result.tokens) : undefined;
    return {
      type: hit.doc.type,
      id: hit.doc.id,
      url: hit.doc.url,
      title: hit.doc.title,
      detail: hit.doc.detail,
      highlights,
      ...(matched ? { matched } : {}),
      ...(hit === result.bestBet ? { best: true } : {}),
      ...meta(hit.doc),
    };
  };
  return {
    q: state.q,
    hits: result.hits.slice(0, limit).map(view),
    total: result.hits.length,
    partial: { total: result.partial.length, hits: result.partial.slice(0, limit).map(view) },
    words: result.words,
    counts: result.counts,
    years: result.years,
    references: referencesOfHits(result.hits).length,
    suggestions: result.hits.length === 0 && state.q.trim() ? engine.suggestions(state.q) : [],
  };
}
