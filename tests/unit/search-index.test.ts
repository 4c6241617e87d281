import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpusDir } from '../../src/lib/content/load';
import type { Corpus } from '../../src/lib/content/corpus';
import { buildIndex } from '../../src/lib/search/build-index';
import type { SearchData, SearchDoc } from '../../src/lib/search/documents';
import { SearchEngine, type SearchResult } from '../../src/lib/search/engine';
import {
  cardAt,
  displayCards,
  displayChunks,
  displayColumns,
  indexFile,
  shardKey,
  type DisplayColumns,
  type IndexFile,
} from '../../src/lib/search/index-format';
import {
  emptyState,
  facetKeys,
  hasFilters,
  paramsFromState,
  sortOrders,
  stateFromParams,
  type FacetKey,
  type SearchState,
} from '../../src/lib/search/url-state';
import { FIRST_PAGE, resultView } from '../../src/lib/search/view';
import { WholeIndex } from '../../src/lib/search/whole-index';
import { buildSearchData } from '../../src/lib/site/search-documents';
import { fixturesDir, siteCorpusDir } from '../support/fixtures';
import { fullEngine } from '../support/search';
import { syntheticCorpusAt } from '../support/synthetic';

/**
 * The engine's rankings and its invariants.
 *
 * Golden files (tests/fixtures/golden/search-<corpus>.json) hold the first ten results of a fixed list of queries on
 * the real corpus and on the site fixture, so any change to ranking shows up as a diff to read. After a deliberate
 * change to ranking, or when content/ changes what the real corpus holds, regenerate them and review the diff:
 *
 *     UPDATE_GOLDEN=1 npx vitest run --config tests/vitest.config.ts tests/unit/search-index.test.ts
 *
 * The properties below (fast-check) hold for any query and state: a page of results is the head of the full ranking,
 * facet counts equal a brute-force count, a brand name answers exactly as its drug's name, and a cold visit reading
 * only the head and the shards its words need answers exactly as the whole index.
 */

function corpusAt(dir: string): Corpus {
  const result = loadCorpusDir(dir);
  if (!result.ok) throw new Error(`${dir} must be valid`);
  return result.corpus;
}

/** Queries as researchers type them, one or more per kind the engine treats apart. */
const GOLDEN_QUERIES = [
  'tamoxifen',
  'HER2 tamoxifen resistance',
  'which studies show HER2 causes tamoxifen resistance',
  'lapatinib letrozole HER2 positive metastatic',
  'aromatase inhibitor versus tamoxifen HER2 positive',
  'Herceptin',
  'trastuzumb',
  'Tykerb',
  'ERBB2',
  'ERα',
  'AIB1 tamoxifen failure',
  'ESR1 mutation',
  'HER2 amplification',
  'Ser118',
  'serine 118',
  'phosphorylates estrogen receptor',
  'up-regulation of ER after HER2 blockade',
  'HER2+ ER-negative',
  'Slamon 1987',
  'Osborne 2003 JNCI',
  'TAnDEM',
  'PERTAIN',
  'IGF1R trastuzumab resistance',
  'fulvestrant HER3 heregulin',
  'PAX2 represses ERBB2',
  'membrane estrogen receptor',
  'everolimus exemestane',
  'retracted',
  'mtor',
  'xyzzy',
];

type Top = Record<string, string[]>;

function goldenFor(data: SearchData): Top {
  const engine = fullEngine(buildIndex(data));
  const label = (index: number) => `${data.docs[index].type}:${data.docs[index].id}`;
  return Object.fromEntries(
    GOLDEN_QUERIES.map((q) => {
      const result = engine.search({ ...emptyState(), q }, 10);
      return [q, [...result.hits, ...result.partial].slice(0, 10).map((hit) => `${label(hit.index)}${hit.matchedWords < result.words ? ' (some words)' : ''}`)];
    }),
  );
}

const golden: [string, string, () => SearchData][] = [
  ['the real corpus', 'search-real.json', () => buildSearchData(corpusAt('content'), '/')],
  ['the site fixture', 'search-site.json', () => buildSearchData(corpusAt(siteCorpusDir), '/')],
];

describe('golden rankings (regenerate with UPDATE_GOLDEN=1, see the top of this file)', () => {
  for (const [name, file, load] of golden) {
    it(`${name}: the first ten results of ${GOLDEN_QUERIES.length} queries are those in tests/fixtures/golden/${file}`, () => {
      const path = join(fixturesDir, 'golden', file);
      const actual = goldenFor(load());
      if (process.env.UPDATE_GOLDEN === '1') {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
      }
      expect(existsSync(path), `${path} is missing: run with UPDATE_GOLDEN=1 to write it, then review and commit it`).toBe(true);
      const expected = JSON.parse(readFileSync(path, 'utf8')) as Top;
      expect(Object.keys(expected), 'the golden file answers another query list: regenerate it').toEqual(GOLDEN_QUERIES);
      for (const q of GOLDEN_QUERIES) expect(actual[q], `"${q}" (UPDATE_GOLDEN=1 to accept a deliberate change)`).toEqual(expected[q]);
    });
  }
});

/** Words a reader types: names, aliases, typos, notations, question words, prefixes, stop words and nonsense. */
const WORDS = [
  'tamoxifen',
  'tamoxifin',
  'tam',
  'tamo',
  'Nolvadex',
  'HER2',
  'HER-2',
  'HER2+',
  'ERBB2',
  'neu',
  'ER',
  'ERα',
  'ER-negative',
  'ESR1',
  'mutation',
  'amplification',
  'lapatinib',
  'lapat',
  'Tykerb',
  'GW572016',
  'trastuzumab',
  'trastuzumb',
  'Herceptin',
  'letrozole',
  'resistance',
  'failure',
  'benefit',
  'up-regulation',
  'upregulation',
  'Ser118',
  'S118',
  'serine',
  '118',
  'PAX2',
  'AIB1',
  'SRC-3',
  'Osborne',
  'Slamon',
  '1987',
  '2003',
  'JNCI',
  'which',
  'studies',
  'show',
  'versus',
  'the',
  'of',
  'breast',
  'cancer',
  'synthetic',
  'study',
  'xyzzy',
  '10.1038/nature07483',
];

function stateArbitrary(data: SearchData) {
  const values = (key: FacetKey) => (data.facets[key] ?? []).map((option) => option.id);
  const filters = fc.record(
    Object.fromEntries(
      facetKeys.map((key) => [
        key,
        fc.oneof(
          { weight: 4, arbitrary: fc.constant([]) },
          { weight: 1, arbitrary: fc.subarray(values(key).length ? values(key) : ['none'], { maxLength: 2 }) },
        ),
      ]),
    ) as Record<FacetKey, fc.Arbitrary<string[]>>,
  );
  const years = [...new Set(data.docs.flatMap((doc) => doc.years ?? []))].sort();
  return fc
    .record({
      words: fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }),
      space: fc.boolean(),
      filters: fc.oneof({ weight: 2, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: filters }),
      from: fc.option(fc.constantFrom(...years), { nil: undefined, freq: 4 }),
      to: fc.option(fc.constantFrom(...years), { nil: undefined, freq: 4 }),
      sort: fc.constantFrom(...sortOrders),
      spell: fc.boolean(),
    })
    .map(({ words, space, filters, from, to, sort, spell }): SearchState => ({
      ...emptyState(),
      q: words.join(' ') + (space && words.length ? ' ' : ''),
      ...(filters ? { filters } : {}),
      from,
      to,
      sort,
      spell,
    }));
}

const describeState = (state: SearchState) => `"${state.q}" ${paramsFromState(state)}`;
const indices = (hits: { index: number }[]) => hits.map((hit) => hit.index);

const corpora: [string, () => Corpus][] = [
  ['the real corpus', () => corpusAt('content')],
  ['the site fixture', () => corpusAt(siteCorpusDir)],
  ['a synthetic corpus of 600 claims', () => syntheticCorpusAt(600, 5)],
];

for (const [name, load] of corpora) {
  describe(`search invariants on ${name}`, () => {
    const corpus = load();
    const data = buildSearchData(corpus, '/');
    const index = buildIndex(data);
    const full = fullEngine(index);
    const states = stateArbitrary(data);

    it('a page of results is exactly the head of the full ranking, with the same totals, counts and best bet', () => {
      fc.assert(
        fc.property(states, fc.constantFrom(1, 3, FIRST_PAGE, 115), (state, ranked) => {
          const all = full.search(state);
          const page = full.search(state, ranked);
          const label = `${describeState(state)} first ${ranked}`;
          expect(indices(page.hits.slice(0, ranked)), label).toEqual(indices(all.hits.slice(0, ranked)));
          expect(indices(page.partial.slice(0, ranked)), label).toEqual(indices(all.partial.slice(0, ranked)));
          expect(
            indices(page.hits).sort((a, b) => a - b),
            label,
          ).toEqual(indices(all.hits).sort((a, b) => a - b));
          expect(
            indices(page.partial).sort((a, b) => a - b),
            label,
          ).toEqual(indices(all.partial).sort((a, b) => a - b));
          expect({ best: page.bestBet?.index, counts: page.counts, years: page.years, words: page.words }, label).toEqual({
            best: all.bestBet?.index,
            counts: all.counts,
            years: all.years,
            words: all.words,
          });
          // The view a page renders is the same head, with the totals of everything.
          const view = resultView(full, page, state, ranked, (i) => index.display[i], index.display);
          expect(
            view.hits.map((hit) => hit.id),
            label,
          ).toEqual(all.hits.slice(0, ranked).map((hit) => data.docs[hit.index].id));
          expect([view.total, view.partial.total], label).toEqual([all.hits.length, all.partial.length]);
          expect(all.hits.every((hit) => hit.matchedWords === all.words) && all.partial.every((hit) => hit.matchedWords < all.words), label).toBe(true);
        }),
        { numRuns: 250 },
      );
    });

    it('facet and year counts equal a brute-force count over the claims among the results (OR within a facet, AND across)', () => {
      const values = (doc: SearchDoc, key: FacetKey) => doc.facets?.[key] ?? [];
      const inYears = (doc: SearchDoc, state: SearchState) =>
        (state.from === undefined && state.to === undefined) || (doc.years ?? []).some((y) => y >= (state.from ?? -Infinity) && y <= (state.to ?? Infinity));
      const fits = (doc: SearchDoc, state: SearchState, key: FacetKey) =>
        state.filters[key].length === 0 || values(doc, key).some((v) => state.filters[key].includes(v));
      fc.assert(
        fc.property(states, (state) => {
          const result = full.search(state);
          // The candidates: every document the query reaches, before filtering (all claims for an empty query).
          const reached = full.search({ ...emptyState(), q: state.q, spell: state.spell });
          const candidates =
            reached.words === 0 ? data.docs.filter((doc) => doc.type === 'claim') : [...reached.hits, ...reached.partial].map((hit) => data.docs[hit.index]);
          const claims = candidates.filter((doc) => doc.type === 'claim');
          const expected = Object.fromEntries(facetKeys.map((key) => [key, {} as Record<string, number>])) as Record<FacetKey, Record<string, number>>;
          const years: Record<number, number> = {};
          for (const doc of claims) {
            for (const key of facetKeys) {
              if (!inYears(doc, state) || facetKeys.some((other) => other !== key && !fits(doc, state, other))) continue;
              for (const value of values(doc, key)) expected[key][value] = (expected[key][value] ?? 0) + 1;
            }
            if (facetKeys.every((key) => fits(doc, state, key))) for (const y of doc.years ?? []) years[y] = (years[y] ?? 0) + 1;
          }
          expect(result.counts, describeState(state)).toEqual(expected);
          expect(result.years, describeState(state)).toEqual(years);
          // And the hits themselves are exactly the candidates that pass every filter.
          const passes = (doc: SearchDoc) =>
            hasFilters(state)
              ? doc.type === 'claim'
                ? facetKeys.every((key) => fits(doc, state, key)) && inYears(doc, state)
                : facetKeys.every((key) => state.filters[key].length === 0) && inYears(doc, state)
              : true;
          const shown = [...result.hits, ...result.partial].map((hit) => `${data.docs[hit.index].type}:${data.docs[hit.index].id}`).sort();
          const wanted =
            reached.words === 0
              ? shown
              : [...reached.hits, ...reached.partial]
                  .map((hit) => data.docs[hit.index])
                  .filter(passes)
                  .map((doc) => `${doc.type}:${doc.id}`)
                  .sort();
          expect(shown, describeState(state)).toEqual(wanted);
        }),
        { numRuns: 250 },
      );
    });

    const brands = corpus.drugs.flatMap((drug) => drug.brands.map((brand) => [brand, drug.name] as const));
    const codes = corpus.drugs.flatMap((drug) => drug.codes.filter((code) => !/\s/.test(code)).map((code) => [code, drug.name] as const));
    // Every brand and code, whole or with more words, typed or not, filtered and sorted: exhaustive, not sampled.
    const sameAnswer = (pairs: (readonly [string, string])[]) => {
      const variants: SearchState[] = [
        emptyState(),
        { ...emptyState(), spell: false },
        { ...emptyState(), sort: 'newest' },
        stateFromParams(new URLSearchParams('stance=supports&from=2005')),
      ];
      const differing: string[] = [];
      for (const [alias, drug] of pairs) {
        for (const rest of ['', ' ', ' letrozole', ' resistance ']) {
          for (const state of variants) {
            const as = (name: string) => {
              const result = full.search({ ...state, q: `${name}${rest}` });
              return JSON.stringify({ hits: indices(result.hits), partial: indices(result.partial), counts: result.counts, best: result.bestBet?.index });
            };
            if (as(alias) !== as(drug)) differing.push(`"${alias}${rest}" vs "${drug}${rest}" ${paramsFromState(state)}`);
          }
        }
      }
      return [...new Set(differing)];
    };

    it(`a brand name answers exactly as its drug's name, trials and studies included (${brands.length} brands)`, () => {
      expect(brands.length).toBeGreaterThan(0);
      expect(sameAnswer(brands)).toEqual([]);
    });

    it(`a one-word development code answers exactly as its drug's name (${codes.length} codes)`, () => {
      expect(codes.length).toBeGreaterThan(0);
      expect(sameAnswer(codes)).toEqual([]);
    });

    it('a cold visit reading the head and only the shards its words need answers exactly as the whole index', () => {
      fc.assert(
        fc.property(states, (state) => {
          const cold = new SearchEngine(index.head);
          const needed = cold.shardsFor(state);
          for (const key of needed) cold.load(key, index.shards[key]);
          if (cold.needsFacets(state)) cold.loadFacets(index.facets);
          expect(cold.shardsFor(state), describeState(state)).toEqual([]);
          const part: SearchResult = cold.search(state, FIRST_PAGE);
          const whole = full.search(state, FIRST_PAGE);
          expect(indices(part.hits.slice(0, FIRST_PAGE)), describeState(state)).toEqual(indices(whole.hits.slice(0, FIRST_PAGE)));
          expect(indices(part.partial.slice(0, FIRST_PAGE)), describeState(state)).toEqual(indices(whole.partial.slice(0, FIRST_PAGE)));
          expect([part.hits.length, part.partial.length, part.bestBet?.index, part.query.corrected], describeState(state)).toEqual([
            whole.hits.length,
            whole.partial.length,
            whole.bestBet?.index,
            whole.query.corrected,
          ]);
          if (hasFilters(state)) expect(part.counts, describeState(state)).toEqual(whole.counts);
          // A handful of shards, never the whole index, for a query of a few words.
          if (state.q.trim().split(/\s+/).length <= 2) expect(needed.length, describeState(state)).toBeLessThan(Math.max(12, index.head.shards.length / 2));
        }),
        { numRuns: 250 },
      );
    });

    it('a whole index answers first without its facets and cards, with the results it gives once complete', () => {
      const file = JSON.parse(JSON.stringify(indexFile(index))) as IndexFile;
      fc.assert(
        fc.property(states, (state) => {
          const whole = new WholeIndex(file);
          const first = whole.answer(state, FIRST_PAGE);
          whole.complete();
          const complete = whole.answer(state, FIRST_PAGE);
          expect(complete, describeState(state)).toEqual(
            resultView(full, full.search(state, FIRST_PAGE), state, FIRST_PAGE, (i) => index.display[i], index.display),
          );
          const { counts, years, references, ...shown } = complete;
          expect(first, describeState(state)).toEqual(hasFilters(state) ? { ...shown, counts, years } : shown);
          expect(references, describeState(state)).toBeTypeOf('number');
        }),
        { numRuns: 60 },
      );
    });

    it('keeps every card, in chunks and by column, and names shards safely for a file system', () => {
      expect(displayChunks(index).flat()).toEqual(index.display);
      for (const key of index.head.shards) expect(key).toMatch(/^[a-z0-9_]+$/);
      expect(index.display.map((card) => card.id)).toEqual(data.docs.map((doc) => doc.id));
      const file = JSON.parse(JSON.stringify(indexFile(index))) as IndexFile;
      expect({ ...file, display: displayCards(file.display) }).toEqual(index);
      expect(index.display.map((_, i) => cardAt(file.display, i))).toEqual(index.display);
      for (const cards of displayChunks(index)) expect(displayCards(JSON.parse(JSON.stringify(displayColumns(cards))) as DisplayColumns)).toEqual(cards);
    });
  });
}

describe('words that name the properties of a JavaScript object', () => {
  // A query is read through lookup tables (brand names, spellings, postings): "constructor" must be a word like any other.
  const data = buildSearchData(corpusAt(siteCorpusDir), '/');
  const full = fullEngine(buildIndex(data));
  for (const word of ['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf']) {
    it(`"${word}" is searched, not crashed on`, () => {
      for (const q of [word, `${word} `, `tamoxifen ${word}`]) {
        const result = full.search({ ...emptyState(), q });
        expect(result.hits, q).toEqual([]);
        expect(result.partial.length, q).toBe(q.startsWith('tamoxifen') ? full.search({ ...emptyState(), q: 'tamoxifen ' }).hits.length : 0);
      }
    });
  }
});

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
