import Fuse from 'fuse.js/basic';
import type { DocDisplay, DocMeta, ResultType } from './documents';
import { deltaDecode, metaOf, shardKey, type IndexFacets, type IndexHead, type IndexShard } from './index-format';
import { foldGreek, mergeRanges, queryWords, tokenize } from './text';
import { facetKeys, hasFilters, type FacetKey, type SearchState, type SortOrder } from './url-state';

/**
 * The search engine: fuse.js fuzzy matching over the distinct words of titles and names, exact and prefix matching
 * over long text, AND across query words, and facet counts. It starts from the index head (the vocabulary and what
 * ranking needs) and reads word postings from the shards loaded into it: a cold visit loads only the shards its
 * query needs (shardsFor), the search worker loads them all.
 */

export interface Hit {
  /** Position in the index, the last tie-breaker. */
  index: number;
  meta: DocMeta;
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
  /** Claims per facet value and per publication year among the complete matches; absent until the facets are loaded. */
  counts?: Record<FacetKey, Record<string, number>>;
  years?: Record<number, number>;
  /** Index words the query matched, closest first; highlightRanges marks them in the titles of hits on screen. */
  tokens: Set<string>;
}

/** On a tie, claims come first, then entities, then primary studies, then reviews. */
function typeRank(meta: DocMeta): number {
  const rank: Record<ResultType, number> = { claim: 0, drug: 1, pathway: 2, trial: 3, reference: 4 };
  return rank[meta.type] + (meta.type === 'reference' && !meta.primary ? 1 : 0);
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

/** Documents containing one index word, in document order, with the best field it appears in. */
interface Posting {
  docs: Int32Array;
  fields: Uint8Array;
}

/** A text's words with their positions, so highlighting marks whole matched words. */
function wordSpans(text: string): { token: string; start: number; end: number }[] {
  const folded = foldGreek(text.toLowerCase());
  return [...folded.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ token: m[0], start: m.index, end: m.index + m[0].length }));
}

/** Merged, non-overlapping [start, end) ranges of a title to highlight; computed only for hits on screen. */
export function highlightRanges(title: string, tokens: Set<string>): [number, number][] {
  return mergeRanges(wordSpans(title).filter((span) => tokens.has(span.token)).map((span) => [span.start, span.end]));
}

/**
 * The name holding the closest matched word, marked: why a claim matched when its statement does not say. Matched
 * words are collected closest first (exact, then prefix, then fuzzy), so their order ranks the names.
 */
export function matchedName(names: string[], tokens: Set<string>): { text: string; ranges: [number, number][] } | undefined {
  const closeness = new Map([...tokens].map((token, i) => [token, i]));
  let best: { text: string; ranges: [number, number][]; rank: number } | undefined;
  for (const name of names) {
    const spans = wordSpans(name).filter((span) => closeness.has(span.token));
    if (spans.length === 0) continue;
    const rank = Math.min(...spans.map((span) => closeness.get(span.token)!));
    if (!best || rank < best.rank) best = { text: name, ranges: mergeRanges(spans.map((span) => [span.start, span.end])), rank };
  }
  return best && { text: best.text, ranges: best.ranges };
}

const WORD_CACHE_SIZE = 200;
const FUZZY = { includeScore: true, ignoreLocation: true, threshold: 0.25, minMatchCharLength: 2 } as const;
/** The publication-year range counts as one more facet, after facetKeys. */
const YEAR_FACET = facetKeys.length;
const facetNumber = new Map<FacetKey | 'year', number>([...facetKeys.map((key, f) => [key, f] as const), ['year', YEAR_FACET]]);

export class SearchEngine {
  readonly meta: DocMeta[];
  /** Every index word, sorted: looked up by binary search (a Set of them cost a cold visit 7 ms to build). */
  private readonly sortedTokens: string[];
  /** Fuzzy matching runs over the distinct words of titles and names, not over whole documents. */
  private readonly fuzzyTokens: string[];
  private allFuzzy: Fuse<string> | undefined;
  /** Built on first use: only a query that finds nothing needs it. */
  private vocabulary: Fuse<IndexHead['entities'][number]> | undefined;
  /**
   * The loaded shards, as they arrived: a word's postings and an exact value's documents are looked up in its
   * shard and decoded on first use, so loading a shard costs nothing, and a whole index is ready at once.
   */
  private readonly shards = new Map<string, IndexShard>();
  private readonly postings = new Map<string, Posting>();
  /** Exact value -> documents listing it (ids, codes, brands, acronyms, DOIs). */
  private readonly exactIndex = new Map<string, number[]>();
  private readonly wordCache = new Map<string, WordMatches>();
  // Scratch space, one slot per document, reset after each use: scoring touches only the documents that match,
  // without allocating a map per query, so large result sets stay cheap.
  private readonly sums: Float64Array;
  private readonly bests: Float64Array;
  private readonly counts: Uint8Array;
  private readonly exacts: Uint8Array;
  // Facet counting: every facet value and year has a slot in one counter. Each document's slots are a run of one
  // flat array (from start[i] to start[i + 1]), with, in parallel, the facet each slot belongs to (facetKeys order,
  // then the year as the last facet): flat arrays, because a broad query counts some 200,000 slots per keystroke.
  private facets: { slots: IndexFacets['slots']; start: Int32Array; slotOf: Int32Array; facetOf: Uint8Array; counter: Int32Array } | undefined;

  constructor(readonly head: IndexHead) {
    this.meta = metaOf(head);
    this.sortedTokens = head.tokens;
    // Fuzzy matching covers the words of titles, names and synonyms; the long context text is matched by exact word or prefix.
    this.fuzzyTokens = deltaDecode(head.fuzzy).map((i) => head.tokens[i]);
    const n = head.docs;
    this.sums = new Float64Array(n);
    this.bests = new Float64Array(n).fill(Infinity);
    this.counts = new Uint8Array(n);
    this.exacts = new Uint8Array(n);
  }

  load(key: string, shard: IndexShard): void {
    if (this.shards.has(key)) return;
    this.shards.set(key, shard);
    // Words matched before this shard arrived may match more now.
    this.wordCache.clear();
  }

  loadFacets(facets: IndexFacets): void {
    const facetOfSlot = Uint8Array.from(facets.slots, ([key]) => facetNumber.get(key)!);
    const start = new Int32Array(facets.docs.length + 1);
    facets.docs.forEach((slots, i) => (start[i + 1] = start[i] + slots.length));
    const slotOf = new Int32Array(start[facets.docs.length]);
    facets.docs.forEach((slots, i) => slotOf.set(slots, start[i]));
    const facetOf = Uint8Array.from(slotOf, (slot) => facetOfSlot[slot]);
    this.facets = { slots: facets.slots, start, slotOf, facetOf, counter: new Int32Array(facets.slots.length) };
  }

  get hasFacets(): boolean {
    return this.facets !== undefined;
  }

  /** The shards a query needs that are not loaded yet: those of its candidate words, and of each word as an exact value. */
  shardsFor(query: string): string[] {
    const keys = new Set<string>();
    for (const word of queryWords(query)) {
      keys.add(shardKey(word));
      for (const part of tokenize(word)) for (const token of this.candidateTokens(part).keys()) keys.add(shardKey(token));
    }
    return [...keys].filter((key) => !this.shards.has(key) && this.head.shards.includes(key));
  }

  /** Whether a state needs the facets before it can be answered: filters, or a browse with none. */
  needsFacets(state: SearchState): boolean {
    return !this.facets && hasFilters(state);
  }

  private posting(token: string): Posting {
    let posting = this.postings.get(token);
    if (!posting) {
      const encoded = this.encoded('postings', token);
      if (!encoded) throw new Error(`search index: the shard holding "${token}" is not loaded`);
      const docs = new Int32Array(encoded.length);
      const fields = new Uint8Array(encoded.length);
      let doc = 0;
      for (let k = 0; k < encoded.length; k++) {
        doc += Math.floor(encoded[k] / 3);
        docs[k] = doc;
        fields[k] = encoded[k] % 3;
      }
      this.postings.set(token, (posting = { docs, fields }));
    }
    return posting;
  }

  /** A word's postings or an exact value's documents as its shard holds them (own keys only: "constructor" is a word too). */
  private encoded(part: keyof IndexShard, key: string): number[] | undefined {
    const table = this.shards.get(shardKey(key))?.[part];
    return table && Object.hasOwn(table, key) ? table[key] : undefined;
  }

  private exact(value: string): number[] {
    let docs = this.exactIndex.get(value);
    if (!docs) {
      const encoded = this.encoded('exact', value);
      if (!encoded) return [];
      this.exactIndex.set(value, (docs = deltaDecode(encoded)));
    }
    return docs;
  }

  /** The position of the first index word not before `word`. */
  private lowerBound(word: string): number {
    let low = 0;
    let high = this.sortedTokens.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.sortedTokens[mid] < word) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  private hasToken(word: string): boolean {
    return this.sortedTokens[this.lowerBound(word)] === word;
  }

  /** Tokens that start with a prefix, by binary search over the sorted vocabulary. */
  private tokensWithPrefix(prefix: string): string[] {
    const low = this.lowerBound(prefix);
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
    if (this.hasToken(part)) found.set(part, 0);
    // Two letters or fewer only match exactly and four or fewer only as a prefix: fuzzily, a short word would match
    // a large share of a big corpus ("tamo" is one letter from "tumour"), and while typing the prefix is what counts.
    if (part.length > 2) for (const token of this.tokensWithPrefix(part)) if (!found.has(token)) found.set(token, 0.01);
    if (part.length > 4) for (const result of this.fuzzyMatches(part)) if (!found.has(result.item)) found.set(result.item, result.score ?? 1);
    return found;
  }

  /**
   * Index words within typo distance of a query word, as fuse.js scores them. Fuse compares the word with every
   * title and name word (2,000 here, 4,400 at 10,000 claims: 15–30 ms a word), so only words that could be close
   * are handed to it: a word within k edits of the query shares at least length − k of its letters, counted with
   * repeats. Fuse scores each word on its own and breaks ties by list order, which the filter keeps, so the answer
   * is the one the whole list gives. (Past 32 letters fuse splits the query in parts; those go to the whole list.)
   */
  private fuzzyMatches(part: string): { item: string; score?: number }[] {
    if (part.length > 32) return (this.allFuzzy ??= new Fuse(this.fuzzyTokens, FUZZY)).search(part);
    // One edit more than the threshold allows, to stay clear of rounding in fuse's score.
    const need = part.length - Math.floor(FUZZY.threshold * part.length) - 1;
    const letters = [...new Set(part)];
    const wanted = letters.map((letter) => [...part].filter((c) => c === letter).length);
    const left = new Int32Array(letters.length);
    const close = this.fuzzyTokens.filter((token) => {
      left.set(wanted);
      let shared = 0;
      for (const char of token) {
        const at = letters.indexOf(char);
        if (at >= 0 && left[at] > 0) {
          left[at]--;
          shared++;
        }
      }
      return shared >= need;
    });
    return close.length === 0 ? [] : new Fuse(close, FUZZY).search(part);
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
          const posting = this.posting(token);
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
    const exactDocs = this.exact(word);
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

  /** The facet a document fails for a state: none (-1), exactly one (its number) or more than one (-2). */
  private failingFacet(index: number, state: SearchState): number {
    const { slots, start, slotOf, facetOf } = this.facets!;
    const first = start[index];
    const end = start[index + 1];
    let failing = -1;
    const fail = (f: number) => (failing = failing === -1 ? f : -2);
    for (let f = 0; f < facetKeys.length && failing !== -2; f++) {
      const wanted = state.filters[facetKeys[f]];
      if (wanted.length === 0) continue;
      let has = false;
      for (let k = first; k < end && !has; k++) has = facetOf[k] === f && wanted.includes(slots[slotOf[k]][1]);
      if (!has) fail(f);
    }
    if (failing !== -2 && (state.from !== undefined || state.to !== undefined)) {
      const from = state.from ?? -Infinity;
      const to = state.to ?? Infinity;
      let has = false;
      for (let k = first; k < end && !has; k++) {
        if (facetOf[k] !== YEAR_FACET) continue;
        const year = Number(slots[slotOf[k]][1]);
        has = year >= from && year <= to;
      }
      if (!has) fail(YEAR_FACET);
    }
    return failing;
  }

  private passes(index: number, state: SearchState): boolean {
    const facetActive = facetKeys.some((key) => state.filters[key].length > 0);
    if (facetActive && this.meta[index].type !== 'claim') return false;
    return this.failingFacet(index, state) === -1;
  }

  /** The entity a whole query names exactly: "lapatinib", "Tykerb", "GW572016", "ERBB2", "TAnDEM", "estrogen receptor alpha". */
  private bestBetFor(query: string): number | undefined {
    const whole = foldGreek(query.trim().replace(/\s+/g, ' ').toLowerCase());
    return whole ? this.head.best[whole]?.[0] : undefined;
  }

  /**
   * The results for a state. Only the first `ranked` hits and partial matches need to be in order (a page shows 15
   * and asks again for more): the rest follow in no order, so a broad query at 10,000 claims sorts a page of hits
   * per keystroke, not all of them. An export asks for everything in order.
   */
  search(state: SearchState, ranked = Infinity): SearchResult {
    const filtered = hasFilters(state);
    if (filtered && !this.facets) throw new Error('search index: filtering needs the facets loaded');
    const words = queryWords(state.q);
    const matchedTokens = new Set<string>();
    let complete: Hit[] = [];
    let partial: Hit[] = [];
    let best: number | undefined;
    if (words.length === 0) {
      this.meta.forEach((meta, index) => {
        if (meta.type === 'claim' || (filtered && meta.type === 'reference')) complete.push({ index, meta, matchedWords: 0, exactWords: 0, score: 0 });
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
      best = this.bestBetFor(state.q);
      for (const index of touched) {
        const hit = { index, meta: this.meta[index], matchedWords: counts[index], exactWords: exacts[index], score: sums[index] / counts[index] };
        (hit.matchedWords === words.length ? complete : partial).push(hit);
        sums[index] = 0;
        counts[index] = 0;
        exacts[index] = 0;
      }
    }

    const hits = filtered ? complete.filter((hit) => this.passes(hit.index, state)) : complete;
    if (filtered) partial = partial.filter((hit) => this.passes(hit.index, state));
    if (words.length > 0) {
      // The other orders break ties by relevance, so they need all of it.
      const needed = state.sort === 'relevance' ? ranked : Infinity;
      rankByRelevance(hits, best, needed);
      rankByRelevance(partial, best, needed);
    }
    if (state.sort !== 'relevance') {
      sortHits(hits, state.sort);
      sortHits(partial, state.sort);
    }
    return {
      hits,
      partial,
      bestBet: best !== undefined && hits[0]?.index === best ? hits[0] : undefined,
      words: words.length,
      ...(this.facets ? this.facetCounts(complete, state, filtered) : {}),
      tokens: matchedTokens,
    };
  }

  /**
   * Claims per facet value among the candidates. A facet's counts ignore that facet's own selection (OR within a
   * facet) but honour all the others (AND across facets): a claim failing exactly one facet counts only for that one.
   */
  private facetCounts(candidates: Hit[], state: SearchState, filtered: boolean): Required<Pick<SearchResult, 'counts' | 'years'>> {
    const { counter, start, slotOf, facetOf, slots } = this.facets!;
    for (const { meta, index } of candidates) {
      if (meta.type !== 'claim') continue;
      const failing = filtered ? this.failingFacet(index, state) : -1;
      if (failing === -2) continue;
      const end = start[index + 1];
      if (failing < 0) for (let k = start[index]; k < end; k++) counter[slotOf[k]]++;
      else for (let k = start[index]; k < end; k++) if (facetOf[k] === failing) counter[slotOf[k]]++;
    }
    const counts = Object.fromEntries(facetKeys.map((key) => [key, {} as Record<string, number>])) as Record<FacetKey, Record<string, number>>;
    const years: Record<number, number> = {};
    slots.forEach(([key, value], slot) => {
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
    this.vocabulary ??= new Fuse(this.head.entities, { keys: ['title', 'names'], includeScore: true, ignoreLocation: true, threshold: 0.5 });
    for (const word of queryWords(query)) {
      for (const result of this.vocabulary.search(word).slice(0, 3)) suggestions.add(result.item.title);
    }
    return [...suggestions].slice(0, 5);
  }
}

/**
 * Relevance: the best bet first; then more words matched, more exact hits, the score in steps of 0.1, and claims,
 * entities, primary studies and reviews in that order; within those, a claim resting on more studies (the fuller
 * answer), the exact score, and position. The coarse keys are packed into one number per hit, worked out once, not
 * once per comparison. (A query has at most eight words, so matched and exact words fit in four bits each, and the
 * study count has 32 bits: 50 bits in all, exact in a double.) Position breaks every tie, so the order is total.
 *
 * Only the first `ranked` hits are put in order, the rest follow in no order: the best ones are kept in a heap with
 * the worst of them on top, which most hits leave at one comparison, about 10,000 comparisons for 10,000 hits
 * against some 140,000 for sorting them all.
 */
function rankByRelevance(hits: Hit[], best: number | undefined, ranked: number): void {
  const n = hits.length;
  const coarse = new Float64Array(n);
  hits.forEach((hit, i) => {
    let key = Number(hit.index !== best);
    key = key * 16 + (8 - hit.matchedWords);
    key = key * 16 + (8 - hit.exactWords);
    key = key * 64 + Math.min(63, Math.floor(hit.score * 10));
    key = key * 8 + typeRank(hit.meta);
    coarse[i] = key * 2 ** 32 + (2 ** 32 - 1 - Math.min(2 ** 32 - 1, hit.meta.studies));
  });
  const before = (a: number, b: number) => coarse[a] - coarse[b] || hits[a].score - hits[b].score || hits[a].index - hits[b].index;
  let order: number[];
  if (ranked >= n / 8) order = Array.from(hits.keys()).sort(before);
  else {
    const heap = bestOf(n, Math.max(1, ranked), before);
    const inHeap = new Uint8Array(n);
    for (const i of heap) inHeap[i] = 1;
    order = heap.sort(before);
    for (let i = 0; i < n; i++) if (!inHeap[i]) order.push(i);
  }
  const ordered = order.map((i) => hits[i]);
  ordered.forEach((hit, i) => (hits[i] = hit));
}

/** The `count` smallest of 0 … n − 1 under `before`, unordered: a binary heap with the largest kept on top. */
function bestOf(n: number, count: number, before: (a: number, b: number) => number): number[] {
  const heap: number[] = [];
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j], heap[i]]);
  for (let item = 0; item < n; item++) {
    if (heap.length < count) {
      heap.push(item);
      for (let i = heap.length - 1; i > 0 && before(heap[(i - 1) >> 1], heap[i]) < 0; i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
    } else if (before(item, heap[0]) < 0) {
      heap[0] = item;
      for (let i = 0; ; ) {
        const left = 2 * i + 1;
        const right = left + 1;
        let largest = i;
        if (left < count && before(heap[largest], heap[left]) < 0) largest = left;
        if (right < count && before(heap[largest], heap[right]) < 0) largest = right;
        if (largest === i) break;
        swap(i, largest);
        i = largest;
      }
    }
  }
  return heap;
}

/** Reorders hits in place for a sort other than relevance; the sort is stable, so relevance breaks ties. */
function sortHits(hits: Hit[], sort: Exclude<SortOrder, 'relevance'>): void {
  const key = (hit: Hit): number => {
    if (sort === 'level') return hit.meta.level ? hit.meta.level.charCodeAt(0) : 127;
    if (hit.meta.yearMax === 0) return sort === 'newest' ? -Infinity : Infinity;
    return sort === 'newest' ? hit.meta.yearMax : hit.meta.yearMin;
  };
  const direction = sort === 'newest' ? -1 : 1;
  hits.sort((a, b) => direction * (key(a) - key(b)) || 0);
}

/**
 * Every document's citation keys as numbers, numbered once per index: document i's keys are keys[start[i]] to
 * keys[start[i + 1]] (a study lists itself). markedIn holds, for each key, the call that last counted it.
 */
interface ReferenceNumbers {
  start: Int32Array;
  keys: Int32Array;
  markedIn: Int32Array;
  calls: number;
}
const referenceNumbers = new WeakMap<readonly DocDisplay[], ReferenceNumbers>();

function numberReferences(display: readonly DocDisplay[], meta: readonly DocMeta[]): ReferenceNumbers {
  const number = new Map<string, number>();
  const numberOf = (key: string) => {
    let n = number.get(key);
    if (n === undefined) number.set(key, (n = number.size));
    return n;
  };
  const start = new Int32Array(display.length + 1);
  const keys: number[] = [];
  display.forEach((doc, i) => {
    if (meta[i].type === 'reference') keys.push(numberOf(doc.id));
    for (const key of doc.references ?? []) keys.push(numberOf(key));
    start[i + 1] = keys.length;
  });
  return { start, keys: Int32Array.from(keys), markedIn: new Int32Array(number.size), calls: 0 };
}

/**
 * How many distinct references are behind a set of hits: `referencesOfHits(...).length` without building the list.
 * It is asked on every keystroke, and at 10,000 claims a set of key strings cost 11-14 ms for a broad query;
 * numbered keys in flat arrays, marked with the call's number, cost under 1 ms.
 */
export function countReferencesOfHits(hits: readonly Hit[], display: readonly DocDisplay[], meta: readonly DocMeta[]): number {
  let numbers = referenceNumbers.get(display);
  if (!numbers) referenceNumbers.set(display, (numbers = numberReferences(display, meta)));
  const { start, keys, markedIn } = numbers;
  const call = ++numbers.calls;
  let distinct = 0;
  for (const hit of hits) {
    const end = start[hit.index + 1];
    for (let k = start[hit.index]; k < end; k++) {
      const key = keys[k];
      if (markedIn[key] === call) continue;
      markedIn[key] = call;
      distinct++;
    }
  }
  return distinct;
}

/** The distinct references behind a set of hits, in rank order: claims bring their citations, references themselves. */
export function referencesOfHits(hits: readonly Hit[], display: readonly DocDisplay[]): string[] {
  const keys = new Set<string>();
  for (const hit of hits) {
    const doc = display[hit.index];
    if (hit.meta.type === 'reference') keys.add(doc.id);
    for (const key of doc.references ?? []) keys.add(key);
  }
  return [...keys];
}
