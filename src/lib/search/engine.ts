import type { DocMeta } from './documents';
import { FacetIndex, type FacetCounts } from './facets';
import {
  decodeOccurrences,
  deltaDecode,
  FIELDS,
  metaOf,
  shardKey,
  TEXT_FIELD,
  type IndexFacets,
  type IndexHead,
  type IndexShard,
  type Occurrences,
} from './index-format';
import { parseQuery, type ParsedQuery } from './query';
import { rankByRelevance, sortHits, type Hit } from './ranking';
import { SearchVocabulary } from './vocabulary';
import { foldText } from '../text/fold';
import { hasFilters, type SearchState } from './url-state';

/**
 * The search engine: ranked retrieval over weighted fields (BM25F), every query word optional but coverage first, so
 * the documents matching more of a query's meaningful words lead; then facets. It starts from the index head and
 * reads a term's occurrences from the shards loaded into it: a cold visit loads only the shards its query needs
 * (shardsFor), the search worker loads them all.
 */

export interface SearchResult {
  /** Documents matching every meaningful query word, filtered, in order. */
  hits: Hit[];
  /** Documents matching only some of them, filtered, in order: shown after the full matches, marked. */
  partial: Hit[];
  /** The drug, pathway, trial or gene whose exact name (or brand, code, alias) is the whole query, if any; also hits[0]. */
  bestBet: Hit | undefined;
  /** Meaningful query words. */
  words: number;
  /** Claims per facet value and per publication year among all results; absent until the facets are loaded. */
  counts?: FacetCounts['counts'];
  years?: FacetCounts['years'];
  /** Index terms the query matched, for highlighting the hits on screen. */
  terms: Set<string>;
  query: ParsedQuery;
}

/** Field weights for BM25F: a word in the title or statement says more than one in a finding. */
const FIELD_WEIGHT = FIELDS.map((field) => ({ title: 10, summary: 6, names: 2, cite: 4, text: 1 })[field]);
/**
 * Saturation: high enough that a word in the title (weight 10) counts about four times one in the long text, not
 * twice as at the textbook 1.2, so a claim named for the query outranks one that merely mentions it often.
 */
const K1 = 4;
/** Length normalisation for the long text only: titles and names are short by nature. */
const B = 0.75;
/** A query word equal to a document's code, id, DOI or PMID: as strong as a title match of a rare word. */
const EXACT_SCORE = 12;
const TERM_CACHE_SIZE = 300;

/** A term's documents, its saturated weighted frequency in each (BM25F without the idf), and its idf. */
interface TermScores {
  docs: Int32Array;
  scores: Float64Array;
  idf: number;
}

export class SearchEngine {
  readonly meta: DocMeta[];
  private readonly vocabulary: SearchVocabulary;
  private readonly shards = new Map<string, IndexShard>();
  private readonly occurrences = new Map<string, Occurrences>();
  private readonly termCache = new Map<string, TermScores>();
  private readonly exactIndex = new Map<string, number[]>();
  private readonly averageText: number;
  // Scratch space, one slot per document, reset after each use: scoring touches only the documents that match.
  private readonly wordBest: Float64Array;
  private readonly sums: Float64Array;
  private readonly coverage: Uint8Array;
  private facets: FacetIndex | undefined;

  constructor(readonly head: IndexHead) {
    this.meta = metaOf(head);
    this.vocabulary = new SearchVocabulary(head);
    const n = head.docs;
    this.wordBest = new Float64Array(n);
    this.sums = new Float64Array(n);
    this.coverage = new Uint8Array(n);
    const lengths = head.textLength.filter((length) => length > 0);
    this.averageText = lengths.length ? lengths.reduce((a, b) => a + b, 0) / lengths.length : 1;
  }

  load(key: string, shard: IndexShard): void {
    if (this.shards.has(key)) return;
    this.shards.set(key, shard);
  }

  loadFacets(facets: IndexFacets): void {
    this.facets = new FacetIndex(facets);
  }

  get hasFacets(): boolean {
    return this.facets !== undefined;
  }

  /**
   * A query as the engine runs it. A query typo correction changed is run as the corrected query (with the note of
   * what was corrected), so "trastuzumb" finds exactly what "trastuzumab" finds.
   */
  parse(state: Pick<SearchState, 'q' | 'spell'>): ParsedQuery {
    const parsed = parseQuery(state.q, this.vocabulary, { spell: state.spell });
    if (!parsed.corrected) return parsed;
    return { ...parseQuery(parsed.corrected, this.vocabulary, { spell: false }), corrected: parsed.corrected };
  }

  /** The shards a query needs that are not loaded yet: those of its terms and exact words. */
  shardsFor(state: Pick<SearchState, 'q' | 'spell'>): string[] {
    const keys = new Set<string>();
    for (const word of this.parse(state).words) {
      for (const alternative of word.alternatives) keys.add(shardKey(alternative.term));
      if (word.exact) keys.add(shardKey(word.exact));
    }
    return [...keys].filter((key) => !this.shards.has(key) && this.head.shards.includes(key));
  }

  /** Whether a state needs the facets before it can be answered: filters, or a browse with none. */
  needsFacets(state: SearchState): boolean {
    return !this.facets && hasFilters(state);
  }

  /** A term's occurrences as its shard holds them (own keys only: "constructor" is a word too). */
  private occurrencesOf(term: string): Occurrences {
    let found = this.occurrences.get(term);
    if (!found) {
      const table = this.shards.get(shardKey(term))?.postings;
      if (!table) throw new Error(`search index: the shard holding "${term}" is not loaded`);
      found = decodeOccurrences(Object.hasOwn(table, term) ? table[term] : []);
      this.occurrences.set(term, found);
    }
    return found;
  }

  private exact(value: string): number[] {
    let docs = this.exactIndex.get(value);
    if (!docs) {
      const table = this.shards.get(shardKey(value))?.exact;
      docs = table && Object.hasOwn(table, value) ? deltaDecode(table[value]) : [];
      this.exactIndex.set(value, docs);
    }
    return docs;
  }

  /**
   * BM25F: a term's weighted frequency over the fields of each document (the long text normalised by its length),
   * saturated; the caller multiplies by the term's inverse document frequency. Cached per term: typing changes one
   * word at a time.
   */
  private termScores(term: string): TermScores {
    let cached = this.termCache.get(term);
    if (cached) return cached;
    const { docs, fields, tf } = this.occurrencesOf(term);
    const out: number[] = [];
    const weighted: number[] = [];
    for (let k = 0; k < docs.length; k++) {
      const doc = docs[k];
      const norm = fields[k] === TEXT_FIELD ? 1 - B + (B * this.meta[doc].textLength) / this.averageText : 1;
      const contribution = (FIELD_WEIGHT[fields[k]] * tf[k]) / norm;
      if (out[out.length - 1] === doc) weighted[weighted.length - 1] += contribution;
      else {
        out.push(doc);
        weighted.push(contribution);
      }
    }
    const n = this.head.docs;
    const idf = Math.log(1 + (n - out.length + 0.5) / (out.length + 0.5));
    cached = { docs: Int32Array.from(out), scores: Float64Array.from(weighted, (w) => (w * (K1 + 1)) / (w + K1)), idf };
    if (this.termCache.size >= TERM_CACHE_SIZE) this.termCache.delete(this.termCache.keys().next().value!);
    this.termCache.set(term, cached);
    return cached;
  }

  /** The entity a whole query names exactly: "lapatinib", "Tykerb", "GW572016", "ERBB2", "TAnDEM", "estrogen receptor alpha". */
  private bestBetFor(query: string): number | undefined {
    const whole = foldText(query.trim().replace(/\s+/g, ' '));
    return whole ? this.head.best[whole]?.[0] : undefined;
  }

  private passes(index: number, state: SearchState): boolean {
    if (this.meta[index].type !== 'claim' && Object.values(state.filters).some((values) => values.length > 0)) return false;
    return this.facets!.failingFacet(index, state) === -1;
  }

  /** Every document a query's words reach, with its coverage and score (scratch arrays, reset by the caller). */
  private gather(query: ParsedQuery): number[] {
    const { wordBest, sums, coverage } = this;
    const touched: number[] = [];
    for (const word of query.words) {
      const reached: number[] = [];
      const reach = (doc: number, score: number) => {
        if (wordBest[doc] === 0) reached.push(doc);
        if (score > wordBest[doc]) wordBest[doc] = score;
      };
      // An alias or an equivalent counts no more than the word itself would: a rarer synonym ("neu" beside "HER2")
      // must not outrank the word the reader typed.
      const own = word.alternatives.find((alternative) => alternative.via === 'word');
      const ownIdf = own ? this.termScores(own.term).idf : Infinity;
      for (const { term, weight, via } of word.alternatives) {
        const { docs, scores, idf } = this.termScores(term);
        const factor = weight * (via === 'word' ? idf : Math.min(idf, ownIdf));
        for (let k = 0; k < docs.length; k++) reach(docs[k], factor * scores[k]);
      }
      if (word.exact) for (const doc of this.exact(word.exact)) reach(doc, EXACT_SCORE);
      for (const doc of reached) {
        if (coverage[doc] === 0) touched.push(doc);
        coverage[doc]++;
        sums[doc] += wordBest[doc];
        wordBest[doc] = 0;
      }
    }
    return touched;
  }

  /**
   * The results for a state. Only the first `ranked` hits and partial matches need to be in order (a page shows 15
   * and asks again for more): the rest follow in no order, so a broad query at 10,000 claims sorts a page of hits
   * per keystroke, not all of them. An export asks for everything in order.
   */
  search(state: SearchState, ranked = Infinity): SearchResult {
    const filtered = hasFilters(state);
    if (filtered && !this.facets) throw new Error('search index: filtering needs the facets loaded');
    const query = this.parse(state);
    const words = query.words.length;
    const terms = new Set(query.words.flatMap((word) => word.alternatives.map((a) => a.term)));
    let complete: Hit[] = [];
    let partial: Hit[] = [];
    let best: number | undefined;
    let cited = new Set<number>();
    if (words === 0) {
      this.meta.forEach((meta, index) => {
        if (meta.type === 'claim' || (filtered && meta.type === 'reference')) complete.push({ index, meta, matchedWords: 0, score: 0 });
      });
    } else {
      const { sums, coverage } = this;
      for (const index of this.gather(query)) {
        const hit = { index, meta: this.meta[index], matchedWords: coverage[index], score: sums[index] };
        (hit.matchedWords === words ? complete : partial).push(hit);
        sums[index] = 0;
        coverage[index] = 0;
      }
      best = this.bestBetFor(query.corrected ?? state.q);
      if (query.citation) cited = new Set(this.head.citations[`${query.citation.family}|${query.citation.year}`] ?? []);
    }
    const all = [...complete, ...partial];
    if (filtered) {
      complete = complete.filter((hit) => this.passes(hit.index, state));
      partial = partial.filter((hit) => this.passes(hit.index, state));
    }
    if (words > 0) {
      // The other orders break ties by relevance, so they need all of it.
      const needed = state.sort === 'relevance' ? ranked : Infinity;
      rankByRelevance(complete, { best, cited }, needed);
      rankByRelevance(partial, { best, cited }, needed);
    }
    if (state.sort !== 'relevance') {
      sortHits(complete, state.sort);
      sortHits(partial, state.sort);
    }
    return {
      hits: complete,
      partial,
      bestBet: best !== undefined && complete[0]?.index === best ? complete[0] : undefined,
      words,
      ...(this.facets
        ? this.facets.count(
            all.map((hit) => hit.index),
            (i) => this.meta[i].type === 'claim',
            state,
            filtered,
          )
        : {}),
      terms,
      query,
    };
  }

  /** Close vocabulary terms (drugs, pathways, trials) for a query that found nothing. */
  suggestions(query: string): string[] {
    return this.vocabulary.suggestions(query);
  }
}
