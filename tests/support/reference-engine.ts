import Fuse from 'fuse.js/basic';
import type { ResultType, SearchData, SearchDoc } from '../../src/lib/search/documents';
import { foldGreek, mergeRanges, queryWords, tokenize } from '../../src/lib/search/text';
import { facetKeys, hasFilters, type FacetKey, type SearchState, type SortOrder } from '../../src/lib/search/url-state';

/**
 * The search engine as it was before its index was split into files (December 2026), kept as the oracle the split
 * engine must agree with: same hits in the same order, same partial matches, best bets and facet counts.
 *
 * The search engine, run in the browser's search worker (and in unit tests): fuse.js fuzzy matching over the distinct
 * words of titles and names, exact and prefix matching over long text, AND across query words, and facet counts.
 */

export interface Hit {
  doc: SearchDoc;
  /** Position in the search data, the last tie-breaker. */
  index: number;
  /** How many of the query's words this document matched. */
  matchedWords: number;
  exactWords: number;
  /** Mean Fuse score over matched words: 0 is perfect. */
  score: number;
}

export interface SearchResult {
  /** Documents matching every query word (after synonyms and typo tolerance), filtered, in order. */
  hits: Hit[];
  /** Documents matching only some of the words, filtered, in order: offered apart, never mixed in. */
  partial: Hit[];
  /** The drug, pathway, trial or gene whose exact name (or brand, code, alias) is the whole query, if any; also hits[0]. */
  bestBet: Hit | undefined;
  /** Number of query words. */
  words: number;
  counts: Record<FacetKey, Record<string, number>>;
  /** Claims per publication year among the complete matches, under the facets (except the year range itself). */
  years: Record<number, number>;
  /** Index words the query matched; SearchEngine.highlights marks them in the titles of hits on screen. */
  tokens: Set<string>;
}

/** On a tie, claims come first, then entities, then primary studies, then reviews. */
function typeRank(doc: SearchDoc): number {
  const rank: Record<ResultType, number> = { claim: 0, drug: 1, pathway: 2, trial: 3, reference: 4 };
  return rank[doc.type] + (doc.type === 'reference' && !doc.primary ? 1 : 0);
}

const ENTITY_TYPES = new Set<ResultType>(['drug', 'pathway', 'trial']);

const none: string[] = [];

/** A document's values for one facet. */
function facetValues(doc: SearchDoc, key: FacetKey): string[] {
  return doc.facets?.[key] ?? none;
}

/** The documents one query word matched: parallel arrays, sparse (matched documents only), cached per word. */
interface WordMatches {
  docs: Int32Array;
  /** 0 is a perfect match. */
  scores: Float64Array;
  /** 1 where the word is one of the document's exact codes or names. */
  exact: Uint8Array;
  /** Index words the query word matched, for highlighting. */
  tokens: string[];
}

/** How much a match in each field counts: the statement or name itself over synonyms, synonyms over long text. */
const fieldPenalty = [0, 0.02, 0.25];
/** Field numbers, in order of weight: title 0, names 1, long text 2 (indexes into fieldPenalty). */
const TEXT = 2;

/** A title's tokens with their positions, so highlighting marks whole matched words. */
function titleSpans(title: string): { token: string; start: number; end: number }[] {
  const folded = foldGreek(title.toLowerCase());
  return [...folded.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ token: m[0], start: m.index, end: m.index + m[0].length }));
}

/** Documents containing one index word, in document order, with the best field it appears in. */
interface Posting {
  docs: number[];
  fields: number[];
}

const WORD_CACHE_SIZE = 200;
/** The publication-year range counts as one more facet, after facetKeys. */
const YEAR_FACET = facetKeys.length;

export class ReferenceEngine {
  private readonly postings = new Map<string, Posting>();
  /** Fuzzy matching runs over the distinct words of titles and names, not over whole documents. */
  private readonly tokens: Fuse<string>;
  private readonly sortedTokens: string[];
  /** exact token -> documents listing it (ids, codes, brands, acronyms). */
  private readonly exactIndex = new Map<string, number[]>();
  private readonly wordCache = new Map<string, WordMatches>();
  private readonly spans = new Map<number, { token: string; start: number; end: number }[]>();
  private readonly vocabulary: Fuse<SearchDoc>;
  // Scratch space, one slot per document, reset after each use: scoring touches only the documents that match,
  // without allocating a map per query, so large result sets stay cheap.
  private readonly sums: Float64Array;
  private readonly bests: Float64Array;
  private readonly counts: Uint8Array;
  private readonly exacts: Uint8Array;
  // Facet counting: every facet value and year has a slot in one counter; each claim lists its slots and, in
  // parallel, which facet each slot belongs to (facetKeys order, then the year as the last facet).
  private readonly slots: { key: FacetKey | 'year'; value: string }[] = [];
  private readonly docSlots: { slots: Int32Array; facets: Uint8Array }[] = [];
  private readonly counter: Int32Array;

  constructor(readonly data: SearchData) {
    const fuzzyTokens = new Set<string>();
    data.docs.forEach((doc, i) => {
      for (const value of new Set([doc.id, doc.title, ...doc.names, ...(doc.exact ?? none)].map((v) => foldGreek(v).toLowerCase()))) {
        const docs = this.exactIndex.get(value);
        if (docs) docs.push(i);
        else this.exactIndex.set(value, [i]);
      }
      // Fields in order of weight: the first field a word occurs in for this document is its best.
      const fields = [doc.title, doc.names.join(' '), doc.text];
      fields.forEach((text, field) => {
        for (const token of tokenize(text)) {
          let posting = this.postings.get(token);
          if (!posting) this.postings.set(token, (posting = { docs: [], fields: [] }));
          if (posting.docs[posting.docs.length - 1] === i) continue;
          posting.docs.push(i);
          posting.fields.push(field);
          if (field !== TEXT && token.length > 2 && /\p{L}/u.test(token)) fuzzyTokens.add(token);
        }
      });
    });
    // Fuzzy matching covers the words of titles, names and synonyms; the long context text is matched by exact word or prefix.
    this.tokens = new Fuse([...fuzzyTokens], { includeScore: true, ignoreLocation: true, threshold: 0.25, minMatchCharLength: 2 });
    this.sortedTokens = [...this.postings.keys()].sort();
    const entities = data.docs.filter((doc) => doc.type !== 'claim' && doc.type !== 'reference');
    this.vocabulary = new Fuse(entities, { keys: ['title', 'names'], includeScore: true, ignoreLocation: true, threshold: 0.5 });
    const slotIndex = new Map<string, number>();
    const slotOf = (key: FacetKey | 'year', value: string) => {
      const id = `${key}\u0000${value}`;
      let slot = slotIndex.get(id);
      if (slot === undefined) {
        slotIndex.set(id, (slot = this.slots.length));
        this.slots.push({ key, value });
      }
      return slot;
    };
    for (const doc of data.docs) {
      const slots: number[] = [];
      const facets: number[] = [];
      if (doc.type === 'claim') {
        facetKeys.forEach((key, f) => {
          for (const value of facetValues(doc, key)) {
            slots.push(slotOf(key, value));
            facets.push(f);
          }
        });
        for (const year of doc.years ?? []) {
          slots.push(slotOf('year', String(year)));
          facets.push(YEAR_FACET);
        }
      }
      this.docSlots.push({ slots: Int32Array.from(slots), facets: Uint8Array.from(facets) });
    }
    this.counter = new Int32Array(this.slots.length);
    const n = data.docs.length;
    this.sums = new Float64Array(n);
    this.bests = new Float64Array(n).fill(Infinity);
    this.counts = new Uint8Array(n);
    this.exacts = new Uint8Array(n);
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
  private matchWordCached(word: string): WordMatches {
    let matches = this.wordCache.get(word);
    if (!matches) {
      if (this.wordCache.size >= WORD_CACHE_SIZE) this.wordCache.delete(this.wordCache.keys().next().value!);
      matches = this.matchWord(word);
      this.wordCache.set(word, matches);
    }
    return matches;
  }

  /** Index words one part of a query word may stand for, with a score: itself, words it begins, close spellings. */
  private candidateTokens(part: string): Map<string, number> {
    const found = new Map<string, number>();
    if (this.postings.has(part)) found.set(part, 0);
    // Two letters or fewer only match exactly and four or fewer only as a prefix: fuzzily, a short word would match
    // a large share of a big corpus ("tamo" is one letter from "tumour"), and while typing the prefix is what counts.
    if (part.length > 2) for (const token of this.tokensWithPrefix(part)) if (!found.has(token)) found.set(token, 0.01);
    if (part.length > 4) for (const result of this.tokens.search(part)) if (!found.has(result.item)) found.set(result.item, result.score ?? 1);
    return found;
  }

  /** Scores every document against one query word: exact codes and names, then index words. */
  private matchWord(word: string): WordMatches {
    const { sums, bests, counts, exacts } = this;
    const touched: number[] = [];
    const tokens = new Set<string>();
    // Sub-words of the query word ("src-3" -> "src", "3") must all occur in a document, in any of its fields.
    const parts = tokenize(word);
    const candidates = parts.map((part) => this.candidateTokens(part));
    if (parts.length > 0 && candidates.every((found) => found.size > 0)) {
      candidates.forEach((found, p) => {
        const partTouched: number[] = [];
        for (const [token, score] of found) {
          const posting = this.postings.get(token)!;
          tokens.add(token);
          for (let k = 0; k < posting.docs.length; k++) {
            const i = posting.docs[k];
            if (counts[i] !== p) continue;
            const total = score + fieldPenalty[posting.fields[k]];
            if (bests[i] === Infinity) partTouched.push(i);
            if (total < bests[i]) bests[i] = total;
          }
        }
        for (const i of partTouched) {
          sums[i] += bests[i];
          bests[i] = Infinity;
          counts[i] = p + 1;
          if (p === 0) touched.push(i);
        }
      });
    }
    const matched: number[] = [];
    for (const i of touched) {
      if (counts[i] === parts.length) {
        matched.push(i);
        bests[i] = sums[i] / parts.length;
      }
      sums[i] = 0;
      counts[i] = 0;
    }
    // An exact hit on a code scores 0 and highlights the query's own words in the title.
    const exactDocs = this.exactIndex.get(word) ?? [];
    if (exactDocs.length > 0) for (const part of parts) tokens.add(part);
    for (const i of exactDocs) {
      if (bests[i] === Infinity) matched.push(i);
      bests[i] = 0;
      exacts[i] = 1;
    }
    const result: WordMatches = {
      docs: Int32Array.from(matched),
      scores: Float64Array.from(matched, (i) => bests[i]),
      exact: Uint8Array.from(matched, (i) => exacts[i]),
      tokens: [...tokens],
    };
    for (const i of matched) {
      bests[i] = Infinity;
      exacts[i] = 0;
    }
    return result;
  }

  /** Merged, non-overlapping [start, end) ranges of a hit's title to highlight; computed only for hits on screen. */
  highlights(hit: Hit, tokens: Set<string>): [number, number][] {
    let spans = this.spans.get(hit.index);
    if (!spans) this.spans.set(hit.index, (spans = titleSpans(hit.doc.title)));
    return mergeRanges(spans.filter((span) => tokens.has(span.token)).map((span) => [span.start, span.end]));
  }

  /**
   * The hit's name holding the closest matched word, marked: why a claim matched when its statement does not say.
   * Matched words are collected closest first (exact, then prefix, then fuzzy), so their order ranks the names.
   */
  matchedName(hit: Hit, tokens: Set<string>): { text: string; ranges: [number, number][] } | undefined {
    const closeness = new Map([...tokens].map((token, i) => [token, i]));
    let best: { text: string; ranges: [number, number][]; rank: number } | undefined;
    for (const name of hit.doc.names) {
      const spans = titleSpans(name).filter((span) => closeness.has(span.token));
      if (spans.length === 0) continue;
      const rank = Math.min(...spans.map((span) => closeness.get(span.token)!));
      if (!best || rank < best.rank) best = { text: name, ranges: mergeRanges(spans.map((span) => [span.start, span.end])), rank };
    }
    return best && { text: best.text, ranges: best.ranges };
  }

  private passes(doc: SearchDoc, state: SearchState, except?: FacetKey | 'year'): boolean {
    const facetActive = facetKeys.some((key) => state.filters[key].length > 0);
    if (facetActive && doc.type !== 'claim') return false;
    for (const key of facetKeys) {
      if (key === except) continue;
      const wanted = state.filters[key];
      if (wanted.length > 0 && !facetValues(doc, key).some((value) => wanted.includes(value))) return false;
    }
    if (except !== 'year' && (state.from !== undefined || state.to !== undefined)) {
      const years = doc.years ?? [];
      const from = state.from ?? -Infinity;
      const to = state.to ?? Infinity;
      if (!years.some((year) => year >= from && year <= to)) return false;
    }
    return true;
  }

  /** The entity a whole query names exactly: "lapatinib", "Tykerb", "GW572016", "ERBB2", "TAnDEM", "estrogen receptor alpha". */
  private bestBetFor(query: string): number | undefined {
    const whole = foldGreek(query.trim().replace(/\s+/g, ' ').toLowerCase());
    return whole ? this.exactIndex.get(whole)?.find((i) => ENTITY_TYPES.has(this.data.docs[i].type)) : undefined;
  }

  search(state: SearchState): SearchResult {
    const words = queryWords(state.q);
    const matchedTokens = new Set<string>();
    let complete: Hit[];
    let partial: Hit[] = [];
    let bestBet: Hit | undefined;
    if (words.length === 0) {
      const browsing = hasFilters(state);
      complete = [];
      this.data.docs.forEach((doc, index) => {
        if (doc.type === 'claim' || (browsing && doc.type === 'reference')) complete.push({ doc, index, matchedWords: 0, exactWords: 0, score: 0 });
      });
    } else {
      const { sums, counts, exacts } = this;
      const touched: number[] = [];
      for (const matches of words.map((word) => this.matchWordCached(word))) {
        for (const token of matches.tokens) matchedTokens.add(token);
        for (let k = 0; k < matches.docs.length; k++) {
          const i = matches.docs[k];
          if (counts[i] === 0) touched.push(i);
          counts[i]++;
          sums[i] += matches.scores[k];
          exacts[i] += matches.exact[k];
        }
      }
      const best = this.bestBetFor(state.q);
      // Order: the best bet, then more words matched, more exact hits, score in steps of 0.1, then claims, entities,
      // primary studies and reviews. The first five are packed into one integer so sorting thousands of hits stays cheap.
      const ranked = touched.map((index) => {
        const doc = this.data.docs[index];
        const score = sums[index] / counts[index];
        const rank =
          index === best ? -1 : (((8 - counts[index]) * 9 + (8 - exacts[index])) * 64 + Math.min(63, Math.floor(score * 10))) * 8 + typeRank(doc);
        const hit = { hit: { doc, index, matchedWords: counts[index], exactWords: exacts[index], score }, rank };
        sums[index] = 0;
        counts[index] = 0;
        exacts[index] = 0;
        return hit;
      });
      // Within a rank, a claim resting on more studies is the fuller answer; then the exact score and position.
      ranked.sort((a, b) => a.rank - b.rank || (b.hit.doc.studies ?? 0) - (a.hit.doc.studies ?? 0) || a.hit.score - b.hit.score || a.hit.index - b.hit.index);
      complete = [];
      for (const { hit } of ranked) (hit.matchedWords === words.length ? complete : partial).push(hit);
      if (best !== undefined && complete[0]?.index === best) bestBet = complete[0];
    }

    const filtered = hasFilters(state);
    const hits = filtered ? complete.filter((hit) => this.passes(hit.doc, state)) : complete;
    if (filtered) partial = partial.filter((hit) => this.passes(hit.doc, state));
    if (state.sort !== 'relevance') {
      sortHits(hits, state.sort);
      sortHits(partial, state.sort);
    }
    return {
      hits,
      partial,
      bestBet: bestBet && hits[0] === bestBet ? bestBet : undefined,
      words: words.length,
      ...this.facetCounts(complete, state, filtered),
      tokens: matchedTokens,
    };
  }

  /**
   * Claims per facet value among the candidates. A facet's counts ignore that facet's own selection (OR within a
   * facet) but honour all the others (AND across facets): a claim failing exactly one facet counts only for that one.
   */
  private facetCounts(candidates: Hit[], state: SearchState, filtered: boolean): Pick<SearchResult, 'counts' | 'years'> {
    const { counter } = this;
    const failed = (doc: SearchDoc, f: number): boolean => {
      if (f === YEAR_FACET) {
        if (state.from === undefined && state.to === undefined) return false;
        const from = state.from ?? -Infinity;
        const to = state.to ?? Infinity;
        return !(doc.years ?? []).some((year) => year >= from && year <= to);
      }
      const wanted = state.filters[facetKeys[f]];
      return wanted.length > 0 && !facetValues(doc, facetKeys[f]).some((value) => wanted.includes(value));
    };
    for (const { doc, index } of candidates) {
      if (doc.type !== 'claim') continue;
      let failing = -1;
      if (filtered) {
        for (let f = 0; f <= YEAR_FACET; f++) {
          if (!failed(doc, f)) continue;
          if (failing >= 0) {
            failing = -2;
            break;
          }
          failing = f;
        }
        if (failing === -2) continue;
      }
      const { slots, facets } = this.docSlots[index];
      for (let k = 0; k < slots.length; k++) if (failing < 0 || facets[k] === failing) counter[slots[k]]++;
    }
    const counts = Object.fromEntries(facetKeys.map((key) => [key, {} as Record<string, number>])) as SearchResult['counts'];
    const years: Record<number, number> = {};
    this.slots.forEach(({ key, value }, slot) => {
      if (counter[slot] === 0) return;
      if (key === 'year') years[Number(value)] = counter[slot];
      else counts[key][value] = counter[slot];
      counter[slot] = 0;
    });
    return { counts, years };
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

const NO_YEAR = { newest: -Infinity, oldest: Infinity };

/** Reorders hits in place for a sort other than relevance; the sort is stable, so relevance breaks ties. */
function sortHits(hits: Hit[], sort: Exclude<SortOrder, 'relevance'>): void {
  const key = new Map<Hit, number>();
  for (const hit of hits) {
    const years = hit.doc.years ?? [];
    if (sort === 'level') key.set(hit, hit.doc.level ? hit.doc.level.charCodeAt(0) : 127);
    else if (years.length === 0) key.set(hit, NO_YEAR[sort]);
    else key.set(hit, sort === 'newest' ? Math.max(...years) : Math.min(...years));
  }
  const direction = sort === 'newest' ? -1 : 1;
  hits.sort((a, b) => direction * (key.get(a)! - key.get(b)!) || 0);
}

/** The distinct references behind a set of hits, in rank order: claims bring their citations, references themselves. */
export function referencesOfHits(hits: readonly Hit[]): string[] {
  const keys = new Set<string>();
  for (const hit of hits) for (const key of hit.doc.references ?? none) keys.add(key);
  return [...keys];
}
