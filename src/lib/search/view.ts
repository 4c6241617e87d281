import type { DocDisplay, ResultType } from './documents';
import type { SearchEngine, SearchResult } from './engine';
import type { Hit } from './ranking';
import { highlightRanges, matchedName } from './highlight';
import type { IndexHead } from './index-format';
import { sortYear } from './ranking';
import { countReferencesOfHits } from './references';
import type { SearchState } from './url-state';

/** What the search page renders for a state: the first hits ready to draw, and the totals around them. */

/** A hit as the page renders it: what the worker sends across, nothing more. */
export interface HitView {
  type: ResultType;
  id: string;
  url: string;
  /** A claim's short title; a study's, drug's, node's or trial's name. */
  title: string;
  /** A claim's statement, shown as plain text under the title. */
  summary?: string;
  /** The line under the title: a study's first author, year and journal; an entity's kind and synonyms. */
  detail: string;
  highlights: [number, number][];
  summaryHighlights?: [number, number][];
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
  /** A claim's type: mechanism, prognostic, predictive, therapeutic or descriptive. */
  claimType?: string;
  /** A retracted study. */
  retracted?: boolean;
  /** When sorting by date: the year this result sorts by. */
  year?: number;
  /** Whether it matches every meaningful word of the query, or only some. */
  coverage: 'all' | 'some';
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
  /** The query as typo correction read it, when it changed a word: "Showing results for …". */
  corrected?: { query: string };
  /** Question and function words the search did not count. */
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
  const { lexicon } = engine.head;
  const view = (hit: Hit, coverage: HitView['coverage']): HitView => {
    const doc = display(hit.index);
    const highlights = highlightRanges(doc.title, result.terms, lexicon);
    const summaryHighlights = doc.summary ? highlightRanges(doc.summary, result.terms, lexicon) : [];
    const matched =
      hit.meta.type === 'claim' && highlights.length === 0 && summaryHighlights.length === 0 ? matchedName(doc.names ?? [], result.terms, lexicon) : undefined;
    const { names: _, items: __, ...shown } = doc;
    return {
      type: hit.meta.type,
      ...shown,
      highlights,
      ...(summaryHighlights.length ? { summaryHighlights } : {}),
      ...(matched ? { matched } : {}),
      ...(hit === result.bestBet ? { best: true } : {}),
      ...(state.sort === 'newest' || state.sort === 'oldest' ? { year: sortYear(hit, state.sort) || undefined } : {}),
      coverage,
    };
  };
  const { query } = result;
  return {
    q: state.q,
    hits: result.hits.slice(0, limit).map((hit) => view(hit, 'all')),
    total: result.hits.length,
    partial: { total: result.partial.length, hits: result.partial.slice(0, limit).map((hit) => view(hit, 'some')) },
    words: result.words,
    ...(result.counts ? { counts: result.counts, years: result.years } : {}),
    ...(all ? { references: countReferencesOfHits(result.hits, all, engine.meta, state) } : {}),
    suggestions: result.hits.length === 0 && result.partial.length === 0 && state.q.trim() ? engine.suggestions(state.q) : [],
    ...(query.corrected ? { corrected: { query: query.corrected } } : {}),
    ...(query.ignored.length ? { ignored: query.ignored } : {}),
  };
}

/** Results are shown a page at a time, so a query matching thousands of claims never draws thousands of cards. */
export const FIRST_PAGE = 15;
