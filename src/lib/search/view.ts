import type { DocDisplay, ResultType } from './documents';
import { highlightRanges, matchedName, countReferencesOfHits, type Hit, type SearchEngine, type SearchResult } from './engine';
import { exportDoc, exportKeys, itemFilterOf } from './export-selection';
import type { IndexHead } from './index-format';
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
  /** Claims: the statement, shown under the short title (`title`) as plain text. */
  summary?: string;
  /** Claims: mechanism | prognostic | predictive | therapeutic | descriptive. */
  claimType?: string;
  /** Sorting by newest or oldest: the year the hit sorts by (a claim's newest or oldest study, a study's own year). */
  year?: number;
  /** A retracted study. */
  retracted?: boolean;
  /** Whether the hit matches every meaningful query word, or only some (a partial match). */
  coverage?: 'all' | 'some';
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
  /** Facet and year counts; absent while a cold visit has not loaded the facets yet. */
  counts?: SearchResult['counts'];
  years?: Record<number, number>;
  /** Distinct references behind all the complete hits, which is what an export downloads; absent until known. */
  references?: number;
  /** Close vocabulary terms when nothing matched every word. */
  suggestions: string[];
  /** The query after typo correction, when it was corrected (the reader can ask for the query as typed: `spell: false`). */
  corrected?: { query: string };
  /** Question and function words not counted ("which", "studies"). */
  ignored?: string[];
}

/** The facet options and publication years the page lays out once, before any search. */
export interface SearchOverview {
  facets: IndexHead['facets'];
  years: number[];
}

export function overview(head: IndexHead): SearchOverview {
  return { facets: head.facets, years: head.years };
}

/** The positions of the documents a page of `limit` results shows: their cards must be loaded before it renders. */
export function shownIndices(result: SearchResult, limit: number): number[] {
  return [...result.hits.slice(0, limit), ...result.partial.slice(0, limit)].map((hit) => hit.index);
}

/**
 * A search result cut to what a page of `limit` results needs, so rendering and messaging cost stay flat. `display`
 * gives the cards of the shown documents; `all` is every card, when loaded, for counting the references to export.
 */
export function resultView(
  engine: SearchEngine,
  result: SearchResult,
  state: SearchState,
  limit: number,
  display: (index: number) => DocDisplay,
  all?: readonly DocDisplay[],
): ResultView {
  const sortYear = (hit: Hit) => (state.sort === 'newest' ? hit.meta.yearMax : state.sort === 'oldest' ? hit.meta.yearMin : 0);
  const view = (coverage: 'all' | 'some') => (hit: Hit): HitView => {
    const doc = display(hit.index);
    const highlights = highlightRanges(doc.title, result.tokens);
    const matched = hit.meta.type === 'claim' && highlights.length === 0 ? matchedName(doc.names ?? [], result.tokens) : undefined;
    const { names: _, items: __, ...shown } = doc;
    const year = sortYear(hit);
    return {
      type: hit.meta.type,
      ...shown,
      highlights,
      coverage,
      ...(matched ? { matched } : {}),
      ...(hit === result.bestBet ? { best: true } : {}),
      ...(year ? { year } : {}),
    };
  };
  // With study-level filters, an export holds only the studies whose items match (export-selection.ts).
  const filter = itemFilterOf(state);
  const references = !all
    ? undefined
    : filter
      ? exportKeys(result.hits.map((hit) => exportDoc(hit.meta.type, all[hit.index])), state).length
      : countReferencesOfHits(result.hits, all, engine.meta);
  return {
    q: state.q,
    hits: result.hits.slice(0, limit).map(view('all')),
    total: result.hits.length,
    partial: { total: result.partial.length, hits: result.partial.slice(0, limit).map(view('some')) },
    words: result.words,
    ...(result.counts ? { counts: result.counts, years: result.years } : {}),
    ...(references !== undefined ? { references } : {}),
    suggestions: result.hits.length === 0 && state.q.trim() ? engine.suggestions(state.q) : [],
  };
}

/** Results are shown a page at a time, so a query matching thousands of claims never draws thousands of cards. */
export const FIRST_PAGE = 15;
