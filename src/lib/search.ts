import Fuse from 'fuse.js/basic';

/**
 * The search engine that runs in the browser (and in unit tests): fuzzy matching with fuse.js over short fields,
 * word matching over long text, AND across query words, facets with counts, and URL state.
 * It imports nothing that runs only at build time.
 */

export type ResultType = 'claim' | 'reference' | 'drug' | 'pathway' | 'trial';

export interface SearchDoc {
  type: ResultType;
  id: string;
  url: string;
  /** Shown as the result's heading and fuzzy-matched. */
  title: string;
  /** Short strings fuzzy-matched with the title: names, synonyms, codes, authors. */
  names: string[];
  /** Words matched exactly (ids, codes, brands, acronyms), lower-case: an exact hit ranks first. */
  exact: string[];
  /** Long text (claim context), matched word by word rather than fuzzily, since fuzzy cost grows with length. */
  text: string;
  /** A line of context under the title. */
  detail: string;
  section?: string;
  direction?: string;
  evidence?: string;
  pathways?: string[];
  drugs?: string[];
  classes?: string[];
  /** Publication years of the claim's references (a reference's own year). */
  years?: number[];
  /** Reference keys, for exporting a result set. */
  references?: string[];
}

export interface FacetOption {
  id: string;
  label: string;
}

export const facetKeys = ['section', 'pathway', 'drug', 'class', 'evidence', 'direction'] as const;
export type FacetKey = (typeof facetKeys)[number];

export interface SearchData {
  docs: SearchDoc[];
  facets: Record<FacetKey, FacetOption[]>;
}

export interface SearchState {
  q: string;
  filters: Record<FacetKey, string[]>;
  from?: number;
  to?: number;
}

export interface Hit {
  doc: SearchDoc;
  /** Position in the search data, the last tie-breaker. */
  index: number;
  /** How many of the query's words this document matched. */
  matchedWords: number;
  exactWords: number;
  /** Mean Fuse score over matched words: 0 is perfect. */
  score: number;
  /** Title words the query matched; SearchEngine.highlights turns them into ranges for the hits that are shown. */
  tokens: Set<string>;
}

export interface SearchResult {
  hits: Hit[];
  /** Number of query words; hits with fewer matched words are partial matches. */
  words: number;
  counts: Record<FacetKey, Record<string, number>>;
  /** Claims per publication year under the current query and facets (except the year range itself). */
  years: Record<number, number>;
}

const GREEK_TO_LATIN: Record<string, string> = { α: 'a', β: 'b', γ: 'g', δ: 'd', κ: 'k', μ: 'm' };

/** Greek letters folded to their Latin initials (ERα → ERa), so a keyboard without Greek still matches. */
export function foldGreek(text: string): string {
  return text.replace(/[αβγδκμ]/g, (letter) => GREEK_TO_LATIN[letter]);
}

export function emptyState(): SearchState {
  return { q: '', filters: { section: [], pathway: [], drug: [], class: [], evidence: [], direction: [] } };
}

export function stateFromParams(params: URLSearchParams): SearchState {
  const state = emptyState();
  state.q = (params.get('q') ?? '').slice(0, 200);
  for (const key of facetKeys) state.filters[key] = [...new Set(params.getAll(key))].slice(0, 50);
  const year = (name: string) => {
    const value = Number(params.get(name));
    return Number.isInteger(value) && value >= 1000 && value <= 9999 ? value : undefined;
  };
  state.from = year('from');
  state.to = year('to');
  return state;
}

export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q);
  for (const key of facetKeys) for (const value of state.filters[key]) params.append(key, value);
  if (state.from !== undefined) params.set('from', String(state.from));
  if (state.to !== undefined) params.set('to', String(state.to));
  return params;
}

export function hasFilters(state: SearchState): boolean {
  return facetKeys.some((key) => state.filters[key].length > 0) || state.from !== undefined || state.to !== undefined;
}

const typeRank: Record<ResultType, number> = { claim: 0, drug: 1, pathway: 2, trial: 3, reference: 4 };

function queryWords(query: string): string[] {
  return foldGreek(query.toLowerCase())
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word.length > 0)
    .slice(0, 8);
}

export function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = ranges.filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

const facetField: Record<FacetKey, (doc: SearchDoc) => string[]> = {
  section: (doc) => (doc.section ? [doc.section] : []),
  direction: (doc) => (doc.direction ? [doc.direction] : []),
  evidence: (doc) => (doc.evidence ? [doc.evidence] : []),
  pathway: (doc) => doc.pathways ?? [],
  drug: (doc) => doc.drugs ?? [],
  class: (doc) => doc.classes ?? [],
};

interface WordMatch {
  score: number;
  exact: boolean;
  /** Title tokens this word matched, for highlighting. */
  tokens: Set<string>;
}

/** How much a match in each field counts: the statement or name itself over synonyms, synonyms over long text. */
const fieldPenalty = { title: 0, names: 0.02, text: 0.25 } as const;
type Field = keyof typeof fieldPenalty;

function tokenize(text: string): string[] {
  return foldGreek(text.toLowerCase()).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** A title's tokens with their positions, so highlighting marks whole matched words. */
function titleSpans(title: string): { token: string; start: number; end: number }[] {
  const folded = foldGreek(title.toLowerCase());
  return [...folded.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ token: m[0], start: m.index, end: m.index + m[0].length }));
}

export class SearchEngine {
  /** token -> documents containing it, with the best field it appears in. */
  private readonly postings = new Map<string, Map<number, Field>>();
  /** Fuzzy matching runs over the distinct tokens, not over whole documents: its cost no longer grows with text length. */
  private readonly tokens: Fuse<string>;
  private readonly sortedTokens: string[];
  /** exact token -> documents listing it (ids, codes, brands, acronyms). */
  private readonly exactIndex = new Map<string, number[]>();
  private readonly wordCache = new Map<string, Map<number, WordMatch>>();
  private readonly spans: { token: string; start: number; end: number }[][];
  private readonly vocabulary: Fuse<SearchDoc>;

  constructor(readonly data: SearchData) {
    const fuzzyTokens = new Set<string>();
    data.docs.forEach((doc, i) => {
      for (const token of doc.exact) {
        const docs = this.exactIndex.get(token);
        if (docs) docs.push(i);
        else this.exactIndex.set(token, [i]);
      }
      const fields: [Field, string][] = [['title', doc.title], ['names', doc.names.join(' ')], ['text', doc.text]];
      for (const [field, text] of fields) {
        for (const token of tokenize(text)) {
          let docs = this.postings.get(token);
          if (!docs) this.postings.set(token, (docs = new Map()));
          const current = docs.get(i);
          if (current === undefined || fieldPenalty[field] < fieldPenalty[current]) docs.set(i, field);
          if (field !== 'text' && token.length > 2 && /\p{L}/u.test(token)) fuzzyTokens.add(token);
        }
      }
    });
    // Fuzzy matching covers the words of titles, names and synonyms; the long context text is matched by exact word or prefix.
    this.tokens = new Fuse([...fuzzyTokens], { includeScore: true, ignoreLocation: true, threshold: 0.25, minMatchCharLength: 2 });
    this.sortedTokens = [...this.postings.keys()].sort();
    this.spans = data.docs.map((doc) => titleSpans(doc.title));
    const entities = data.docs.filter((doc) => doc.type !== 'claim' && doc.type !== 'reference');
    this.vocabulary = new Fuse(entities, { keys: ['title', 'names'], includeScore: true, ignoreLocation: true, threshold: 0.5 });
  }

  /** Tokens that start with a prefix, by binary search over the sorted vocabulary. */
  private tokensWithPrefix(prefix: string): string[] {
    let low = 0;
    let high = this.sortedTokens.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.sortedTokens[mid] < prefix) low = mid + 1;
      else high = mid;
    }
    const found: string[] = [];
    for (let i = low; i < this.sortedTokens.length && this.sortedTokens[i].startsWith(prefix) && found.length < 50; i++) found.push(this.sortedTokens[i]);
    return found;
  }

  /** Typing extends one word at a time, so the other words' matches are reused from here. */
  private matchWordCached(word: string): Map<number, WordMatch> {
    let matches = this.wordCache.get(word);
    if (!matches) {
      if (this.wordCache.size > 500) this.wordCache.clear();
      matches = this.matchWord(word);
      this.wordCache.set(word, matches);
    }
    return matches;
  }

  /** Scores every document against one query word: exact codes and names, then fuzzy tokens. */
  private matchWord(word: string): Map<number, WordMatch> {
    const matches = new Map<number, WordMatch>();
    const offer = (i: number, score: number, exact: boolean, token?: string) => {
      const current = matches.get(i);
      if (!current) matches.set(i, { score, exact, tokens: new Set(token ? [token] : []) });
      else {
        if (score < current.score) Object.assign(current, { score, exact: current.exact || exact });
        if (token) current.tokens.add(token);
      }
    };
    for (const i of this.exactIndex.get(word) ?? []) offer(i, 0, true);
    // Sub-words of the query word ("src-3" -> "src", "3") must all occur; two letters or fewer only match exactly.
    const parts = tokenize(word);
    const candidates = parts.map((part) => {
      const found = new Map<string, number>();
      if (this.postings.has(part)) found.set(part, 0);
      if (part.length > 2) {
        for (const token of this.tokensWithPrefix(part)) if (!found.has(token)) found.set(token, 0.01);
        for (const result of this.tokens.search(part)) if (!found.has(result.item)) found.set(result.item, result.score ?? 1);
      }
      return found;
    });
    if (candidates.length === 0 || candidates.some((found) => found.size === 0)) return matches;
    const perDoc = new Map<number, { total: number; parts: number; tokens: string[] }>();
    candidates.forEach((found, p) => {
      const best = new Map<number, { score: number; token: string }>();
      for (const [token, score] of found) {
        for (const [i, field] of this.postings.get(token)!) {
          const total = score + fieldPenalty[field];
          const current = best.get(i);
          if (!current || total < current.score) best.set(i, { score: total, token });
        }
      }
      for (const [i, { score, token }] of best) {
        const entry = perDoc.get(i) ?? { total: 0, parts: 0, tokens: [] };
        if (entry.parts !== p) continue;
        perDoc.set(i, { total: entry.total + score, parts: p + 1, tokens: [...entry.tokens, token] });
      }
    });
    for (const [i, { total, parts: matched, tokens }] of perDoc) {
      if (matched !== parts.length) continue;
      const score = total / matched;
      offer(i, score, false);
      for (const token of tokens) matches.get(i)!.tokens.add(token);
    }
    // An exact hit on a code highlights the matching title words too.
    for (const [i, match] of matches) if (match.exact) for (const part of parts) match.tokens.add(part);
    return matches;
  }

  /** Merged, non-overlapping [start, end) ranges of a hit's title to highlight; computed only for hits on screen. */
  highlights(hit: Hit): [number, number][] {
    return mergeRanges(this.spans[hit.index].filter((span) => hit.tokens.has(span.token)).map((span) => [span.start, span.end]));
  }

  private passes(doc: SearchDoc, state: SearchState, except?: FacetKey | 'year'): boolean {
    const facetActive = facetKeys.some((key) => state.filters[key].length > 0);
    if (facetActive && doc.type !== 'claim') return false;
    for (const key of facetKeys) {
      if (key === except) continue;
      const wanted = state.filters[key];
      if (wanted.length > 0 && !facetField[key](doc).some((value) => wanted.includes(value))) return false;
    }
    if (except !== 'year' && (state.from !== undefined || state.to !== undefined)) {
      const years = doc.years ?? [];
      const from = state.from ?? -Infinity;
      const to = state.to ?? Infinity;
      if (!years.some((year) => year >= from && year <= to)) return false;
    }
    return true;
  }

  search(state: SearchState): SearchResult {
    const words = queryWords(state.q);
    // Documents matching every word come first; those matching only some follow, so a partial query still helps.
    let candidates: Hit[];
    if (words.length === 0) {
      const browsing = hasFilters(state);
      candidates = [];
      this.data.docs.forEach((doc, index) => {
        if (doc.type === 'claim' || (browsing && doc.type === 'reference')) candidates.push({ doc, index, matchedWords: 0, exactWords: 0, score: 0, tokens: new Set() });
      });
    } else {
      const perWord = words.map((word) => this.matchWordCached(word));
      const union = new Set(perWord.flatMap((matches) => [...matches.keys()]));
      candidates = [...union].map((index) => {
        const found = perWord.map((matches) => matches.get(index)).filter((m): m is WordMatch => m !== undefined);
        return {
          doc: this.data.docs[index],
          index,
          matchedWords: found.length,
          exactWords: found.filter((m) => m.exact).length,
          score: found.reduce((sum, m) => sum + m.score, 0) / found.length,
          tokens: new Set(found.flatMap((m) => [...m.tokens])),
        };
      });
      const bucket = (score: number) => Math.floor(score * 10);
      candidates.sort(
        (a, b) =>
          b.matchedWords - a.matchedWords ||
          b.exactWords - a.exactWords ||
          bucket(a.score) - bucket(b.score) ||
          typeRank[a.doc.type] - typeRank[b.doc.type] ||
          a.score - b.score ||
          a.index - b.index,
      );
    }

    const hits = candidates.filter((hit) => this.passes(hit.doc, state));
    const counts = Object.fromEntries(facetKeys.map((key) => [key, {} as Record<string, number>])) as SearchResult['counts'];
    const years: Record<number, number> = {};
    for (const { doc } of candidates) {
      if (doc.type !== 'claim') continue;
      for (const key of facetKeys) {
        if (!this.passes(doc, state, key)) continue;
        for (const value of facetField[key](doc)) counts[key][value] = (counts[key][value] ?? 0) + 1;
      }
      if (this.passes(doc, state, 'year')) for (const year of doc.years ?? []) years[year] = (years[year] ?? 0) + 1;
    }
    return { hits, words: words.length, counts, years };
  }

  /** Close vocabulary terms (drugs, pathways, trials) for a query that found nothing. */
  suggestions(query: string): string[] {
    const suggestions = new Set<string>();
    for (const word of queryWords(query)) {
      for (const result of this.vocabulary.search(word).slice(0, 3)) suggestions.add(result.item.title);
    }
    return [...suggestions].slice(0, 5);
  }
}

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
      highlights: engine.highlights(hit),
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

/** Messages the search page sends to the search worker. */
export type WorkerRequest =
  | { type: 'init'; dataUrl: string; bibtexUrl: string }
  | { type: 'search'; state: SearchState; limit: number }
  | { type: 'export'; state: SearchState };

/** Messages the search worker sends back. */
export type WorkerResponse =
  | { type: 'ready'; overview: SearchOverview }
  | { type: 'results'; view: ResultView }
  | { type: 'exported'; bibtex: string; count: number }
  | { type: 'failed'; stage: 'load' | 'export' };

/** The distinct references behind a set of hits, in rank order: claims bring their citations, references themselves. */
export function referencesOfHits(hits: Hit[]): string[] {
  return [...new Set(hits.flatMap((hit) => hit.doc.references ?? []))];
}
