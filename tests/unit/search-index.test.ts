import { describe, expect, it } from 'vitest';
import { loadCorpusDir } from '../../src/lib/content/load';
import type { Corpus } from '../../src/lib/content/corpus';
import type { SearchData } from '../../src/lib/search/documents';
import { SearchEngine, type SearchResult } from '../../src/lib/search/engine';
import {
  buildIndex,
  cardAt,
  displayCards,
  displayChunks,
  displayColumns,
  indexFile,
  shardKey,
  type DisplayColumns,
  type IndexFile,
} from '../../src/lib/search/index-format';
import { emptyState, hasFilters, stateFromParams, type SearchState } from '../../src/lib/search/url-state';
import { FIRST_PAGE, resultView } from '../../src/lib/search/view';
import { WholeIndex } from '../../src/lib/search/whole-index';
import { buildSearchData } from '../../src/lib/site/search-documents';
import { siteCorpusDir } from '../support/fixtures';
import { fullEngine } from '../support/search';
import { ReferenceEngine } from '../support/reference-engine';
import { syntheticCorpusAt } from '../support/synthetic';

function corpusAt(dir: string): Corpus {
  const result = loadCorpusDir(dir);
  if (!result.ok) throw new Error(`${dir} must be valid`);
  return result.corpus;
}

const queries = [
  '', 't', 'ta', 'tam', 'tamo', 'tamoxifen', 'tamoxifin', 'Nolvadex', 'HER2 tamoxifen resistance', 'her2', 'HER-2', 'ERα', 'ERa', 'ER-alpha',
  'lapatinib', 'lapatinb letrozol', 'Tykerb', 'GW572016', 'ZD1839', 'AIB1 SRC-3', 'SRC-3', 'src-3', 'NCOA3', 'estrogen receptor alpha',
  'TAnDEM', 'EGF30008', 'trastuzumab emtansine', 'palbociclib', 'Houston 1999', 'Hurtado 2008', 'breast cancer', 'synthetic study',
  'membrane estrogen receptor', 'FOXO3a', 'IGF-1R', 'xyzzy', 'constructor', 'hasOwnProperty', 'herzeptinxx', '10.1038', 'pertuzumab HER3', 'the', 'a b c d e f g h i',
];
const filters = [
  '', 'drug=tamoxifen&drug=lapatinib', 'design=in-vitro&direction=her2-to-er', 'pathway=her2&from=2005&to=2010', 'stance=contradicts&stance=mixed',
  'section=er-to-her2&class=serm', 'level=A&level=B&consensus=mixed&status=not-yet-tested', 'from=2014', 'sort=newest', 'sort=oldest&status=refined', 'sort=level',
];
const states: SearchState[] = queries.flatMap((q) => filters.map((f) => ({ ...stateFromParams(new URLSearchParams(f)), q })));
/** What a cold visit may open with: every query, unfiltered, filtered and sorted. */
const coldStates: SearchState[] = queries.flatMap((q) => ['', 'drug=tamoxifen&drug=lapatinib', 'sort=newest'].map((f) => ({ ...stateFromParams(new URLSearchParams(f)), q })));

/** A result as ids, so results of the two engines compare by what a reader sees. */
function shape(result: Pick<SearchResult, 'words' | 'counts' | 'years' | 'tokens'>, hits: string[], partial: string[], best: string | undefined) {
  return { hits, partial, best, words: result.words, counts: result.counts, years: result.years, tokens: [...result.tokens] };
}

const corpora: [string, () => SearchData][] = [
  ['the real corpus', () => buildSearchData(corpusAt('content'), '/')],
  ['the site fixture', () => buildSearchData(corpusAt(siteCorpusDir), '/')],
  ['a synthetic corpus of 600 claims', () => buildSearchData(syntheticCorpusAt(600, 5), '/')],
];

for (const [name, load] of corpora) {
  describe(`the split index on ${name}`, () => {
    const data = load();
    const index = buildIndex(data);
    const reference = new ReferenceEngine(data);
    const full = fullEngine(index);
    const id = (i: number) => `${data.docs[i].type}:${data.docs[i].id}`;

    it(`ranks, splits and counts exactly as the engine before the split, over ${states.length} states`, () => {
      for (const state of states) {
        const before = reference.search(state);
        const after = full.search(state);
        const label = `${state.q} ${new URLSearchParams(Object.entries(state.filters).flatMap(([k, vs]) => vs.map((v) => [k, v])))}`;
        expect(shape(after, after.hits.map((h) => id(h.index)), after.partial.map((h) => id(h.index)), after.bestBet && id(after.bestBet.index)), label).toEqual(
          shape(before, before.hits.map((h) => `${h.doc.type}:${h.doc.id}`), before.partial.map((h) => `${h.doc.type}:${h.doc.id}`), before.bestBet && `${before.bestBet.doc.type}:${before.bestBet.doc.id}`),
        );
        if (before.hits.length === 0) expect(full.suggestions(state.q), label).toEqual(reference.suggestions(state.q));
      }
    });

    it('puts a page of results in exactly the order of a full ranking, with the same totals, counts and best bet', () => {
      const ids = (hits: { index: number }[]) => hits.map((hit) => hit.index);
      for (const state of states) {
        const all = full.search(state);
        for (const ranked of [1, 15, 115]) {
          const page = full.search(state, ranked);
          const label = `${state.q} ${state.sort} first ${ranked}`;
          expect(ids(page.hits.slice(0, ranked)), label).toEqual(ids(all.hits.slice(0, ranked)));
          expect(ids(page.partial.slice(0, ranked)), label).toEqual(ids(all.partial.slice(0, ranked)));
          expect(ids(page.hits).sort((a, b) => a - b), label).toEqual(ids(all.hits).sort((a, b) => a - b));
          expect(ids(page.partial).sort((a, b) => a - b), label).toEqual(ids(all.partial).sort((a, b) => a - b));
          expect({ best: page.bestBet?.index, counts: page.counts, years: page.years }, label).toEqual({ best: all.bestBet?.index, counts: all.counts, years: all.years });
        }
      }
    });

    it('answers a cold visit from the head and only the shards its words need, exactly as from the whole index', () => {
      for (const state of coldStates) {
        const cold = new SearchEngine(index.head);
        const needed = cold.shardsFor(state.q);
        for (const key of needed) cold.load(key, index.shards[key]);
        if (cold.needsFacets(state)) cold.loadFacets(index.facets);
        expect(cold.shardsFor(state.q)).toEqual([]);
        const part = cold.search(state);
        const whole = full.search(state);
        expect(part.hits.map((h) => h.index), state.q).toEqual(whole.hits.map((h) => h.index));
        expect(part.partial.map((h) => h.index), state.q).toEqual(whole.partial.map((h) => h.index));
        expect(part.bestBet?.index, state.q).toBe(whole.bestBet?.index);
        // A handful of shards, never the whole index, for a query of a few words.
        if (state.q.split(' ').length <= 2) expect(needed.length, state.q).toBeLessThan(Math.max(8, index.head.shards.length / 2));
      }
    });

    it('answers first from a whole index without its facets and cards, with the same results it gives once complete', () => {
      const file = JSON.parse(JSON.stringify(indexFile(index))) as IndexFile;
      for (const state of coldStates) {
        const label = `${state.q} ${JSON.stringify(state.filters)} ${state.sort}`;
        const whole = new WholeIndex(file);
        const first = whole.answer(state, FIRST_PAGE);
        whole.complete();
        const complete = whole.answer(state, FIRST_PAGE);
        expect(complete, label).toEqual(resultView(full, full.search(state, FIRST_PAGE), state, FIRST_PAGE, (i) => index.display[i], index.display));
        const { counts, years, references, ...shown } = complete;
        expect(first, label).toEqual(hasFilters(state) ? { ...shown, counts, years } : shown);
        expect(references, label).toBeTypeOf('number');
      }
    });

    it('keeps every card, in chunks, and names shards safely for a file system', () => {
      expect(displayChunks(index).flat()).toEqual(index.display);
      for (const key of index.head.shards) expect(key).toMatch(/^[a-z0-9_]+$/);
      expect(index.display.map((card) => card.id)).toEqual(data.docs.map((doc) => doc.id));
    });

    it('stores the cards by column and reads back exactly the same index and chunks', () => {
      const file = JSON.parse(JSON.stringify(indexFile(index))) as IndexFile;
      expect({ ...file, display: displayCards(file.display) }).toEqual(index);
      expect(index.display.map((_, i) => cardAt(file.display, i))).toEqual(index.display);
      for (const cards of displayChunks(index)) expect(displayCards(JSON.parse(JSON.stringify(displayColumns(cards))) as DisplayColumns)).toEqual(cards);
    });
  });
}

describe('index format', () => {
  it('keys shards by the first two characters, spelled safely', () => {
    expect(shardKey('tamoxifen')).toBe('ta');
    expect(shardKey('a')).toBe('a');
    expect(shardKey('10.1038/xyz')).toBe('10');
    expect(shardKey('é1')).toBe('_e91');
  });

  it('refuses to search a word whose shard is not loaded, and to filter before the facets are', () => {
    const index = buildIndex(buildSearchData(corpusAt(siteCorpusDir), '/'));
    const cold = new SearchEngine(index.head);
    expect(() => cold.search({ ...emptyState(), q: 'tamoxifen' })).toThrow(/shard holding "tamoxifen" is not loaded/);
    expect(() => cold.search(stateFromParams(new URLSearchParams('drug=tamoxifen')))).toThrow(/facets/);
  });
});
