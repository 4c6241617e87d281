import { describe, expect, it } from 'vitest';
import { loadCorpusDir } from '../../src/lib/content/load';
import type { Corpus } from '../../src/lib/content/corpus';
import { buildSearchData } from '../../src/lib/site/search-documents';
import type { SearchDoc } from '../../src/lib/search/documents';
import { highlightRanges, matchedName, referencesOfHits } from '../../src/lib/search/engine';
import { mergeRanges } from '../../src/lib/search/text';
import { resultView } from '../../src/lib/search/view';
import { searchSite } from '../support/search';
import { emptyState, facetKeys, paramsFromState, stateFromParams, type FacetKey, type SearchState } from '../../src/lib/search/url-state';
import { goodCorpus, siteCorpusDir } from '../support/fixtures';
import { syntheticCorpusAt } from '../support/synthetic';

function corpusAt(dir: string): Corpus {
  const result = loadCorpusDir(dir);
  if (!result.ok) throw new Error('fixture must be valid');
  return result.corpus;
}

const engine = searchSite(buildSearchData(corpusAt(goodCorpus), '/base/'));
const search = (q: string, extra: Partial<SearchState> = {}) => engine.search({ ...emptyState(), q, ...extra });
const top = (q: string, n = 1) => search(q).hits.slice(0, n).map((hit) => `${hit.doc.type}:${hit.doc.id}`);

describe('search ranking on the fixture corpus', () => {
  it('tolerates typos in drug names', () => {
    expect(top('trastuzumb')).toEqual(['claim:her2-predicts-endocrine-failure']);
    expect(top('tamoxifin', 2).sort()).toEqual(['claim:her2-predicts-endocrine-failure', 'claim:pax2-represses-erbb2']);
  });

  it('finds claims through brand names, codes and gene aliases', () => {
    // The brand names the drug itself (the best bet), then the claims about it.
    expect(top('Herceptin', 2)).toEqual(['drug:trastuzumab', 'claim:her2-predicts-endocrine-failure']);
    expect(top('Nolvadex', 3)[0]).toBe('drug:tamoxifen');
    expect(top('Nolvadex', 3).slice(1).sort()).toEqual(['claim:her2-predicts-endocrine-failure', 'claim:pax2-represses-erbb2']);
    // ERBB2 names the HER2 pathway (best bet); both HER2 claims follow, the one resting on more studies first.
    expect(top('ERBB2', 3)[0]).toBe('pathway:her2');
    expect(top('ERBB2', 3).slice(1).sort()).toEqual(['claim:her2-predicts-endocrine-failure', 'claim:pax2-represses-erbb2']);
    expect(top('ESR1', 4)[0]).toBe('pathway:er-genomic');
    expect(top('ESR1', 4)).toContain('claim:mapk-phosphorylates-er');
  });

  it('folds Greek letters so ERa finds ERα', () => {
    // The only place "ERα" occurs is the alias list of the er-genomic pathway, so both spellings must find exactly it.
    const viaLatin = search('ERa').hits.map((h) => `${h.doc.type}:${h.doc.id}`);
    expect(viaLatin).toContain('pathway:er-genomic');
    expect(search('ERα').hits.map((h) => `${h.doc.type}:${h.doc.id}`)).toEqual(viaLatin);
  });

  it('ranks documents matching every word first', () => {
    const result = search('tamoxifen trastuzumab');
    expect(result.hits[0].doc.id).toBe('her2-predicts-endocrine-failure');
    expect(result.hits[0].matchedWords).toBe(2);
    expect(result.hits.slice(1).every((hit) => hit.matchedWords <= 2)).toBe(true);
  });

  it('puts the named entity first, then exact code and id hits, claims before other kinds on a tie', () => {
    const hits = search('PAX2').hits;
    expect(hits[0].doc).toMatchObject({ type: 'pathway', id: 'pax2' });
    expect(hits[1].exactWords).toBe(1);
    expect(hits[1].doc.type).toBe('claim');
    // Without an exact name there is no best bet, and claims come before other kinds on a tie.
    const partial = search('repress').hits;
    expect(partial[0].doc.type).toBe('claim');
  });

  it('finds references by author and year', () => {
    expect(top('Hurtado 2008')).toEqual(['reference:hurtado2008regulation']);
  });

  it('highlights whole matched words in the title', () => {
    const result = search('repress');
    const hit = result.hits.find((h) => h.doc.id === 'pax2-represses-erbb2')!;
    const [[start, end]] = highlightRanges(hit.doc.title, result.tokens);
    expect(hit.doc.title.slice(start, end)).toBe('represses');
  });

  it('says which name matched a claim whose statement holds none of the words', () => {
    const result = search('Nolvadex');
    const claim = result.hits.find((h) => h.doc.type === 'claim')!;
    expect(highlightRanges(claim.doc.title, result.tokens)).toEqual([]);
    const matched = matchedName(claim.doc.names, result.tokens)!;
    expect(matched.text).toBe('Nolvadex');
    expect(matched.ranges).toEqual([[0, 8]]);
  });

  it('builds links with the base path', () => {
    expect(search('PAX2').hits.map((hit) => hit.doc.url).slice(0, 2)).toEqual(['/base/pathways/pax2/', '/base/claims/pax2-represses-erbb2/']);
  });
});

describe('facets', () => {
  it('browse mode lists every claim when the query is empty', () => {
    expect(search('').hits.map((h) => h.doc.type)).toEqual(['claim', 'claim', 'claim', 'claim']);
  });

  it('filter with OR inside a facet and AND across facets, with counts', () => {
    const state = stateFromParams(new URLSearchParams('drug=tamoxifen&section=er-to-her2&section=her2-to-er'));
    const result = engine.search(state);
    expect(result.hits.map((h) => h.doc.id)).toEqual(['pax2-represses-erbb2']);
    // Counts for a facet ignore that facet's own selection, so the reader sees what else is available.
    expect(result.counts!.section).toEqual({ 'er-to-her2': 1, 'endocrine-resistance': 1 });
    expect(result.counts!.drug).toEqual({ tamoxifen: 1 });
    expect(result.counts!.class['serm']).toBe(1);
  });

  it('filters by publication year range of the studies a claim rests on', () => {
    const result = engine.search({ ...emptyState(), from: 2005, to: 2008 });
    expect(result.hits.filter((h) => h.doc.type === 'claim').map((h) => h.doc.id).sort()).toEqual([
      'foxo3a-links-akt-to-er-loss',
      'her2-predicts-endocrine-failure',
      'pax2-represses-erbb2',
    ]);
  });

  it('filters by the stances and designs of a claim\'s evidence, level, consensus and status', () => {
    const ids = (params: string) => engine.search(stateFromParams(new URLSearchParams(params))).hits.map((h) => h.doc.id).sort();
    expect(ids('stance=contradicts')).toEqual(['foxo3a-links-akt-to-er-loss']);
    expect(ids('design=meta-analysis&level=A')).toEqual(['her2-predicts-endocrine-failure']);
    expect(ids('consensus=consistent')).toEqual(['mapk-phosphorylates-er', 'pax2-represses-erbb2']);
    expect(ids('status=refined')).toEqual(['her2-predicts-endocrine-failure']);
    // Earlier addresses keep working: evidence= is the design facet, direction=none is now single-pathway.
    expect(ids('evidence=meta-analysis')).toEqual(ids('design=meta-analysis'));
  });

  it('collects the distinct references behind the hits for export', () => {
    const hits = engine.search(stateFromParams(new URLSearchParams('drug=tamoxifen'))).hits;
    expect(referencesOfHits(hits, engine.index.display).sort()).toEqual(['delaurentiis2005metaanalysis', 'giuliano2015upregulation', 'hurtado2008regulation', 'kato1995activation']);
  });
});

describe('URL state', () => {
  it('round-trips query, repeated facets and years', () => {
    const params = new URLSearchParams('q=her2+tamoxifen&drug=tamoxifen&drug=trastuzumab&design=in-vitro&stance=contradicts&from=2000&to=2010&sort=newest');
    expect(paramsFromState(stateFromParams(params)).toString()).toBe(params.toString());
  });

  it('ignores malformed years and caps hostile input', () => {
    const state = stateFromParams(new URLSearchParams(`q=${'x'.repeat(5000)}&from=abc&to=99999`));
    expect(state.q.length).toBe(200);
    expect(state.from).toBeUndefined();
    expect(state.to).toBeUndefined();
  });
});

describe('highlight ranges', () => {
  it('merges overlapping and adjacent ranges', () => {
    expect(mergeRanges([[5, 8], [0, 2], [1, 3], [8, 10], [12, 12]])).toEqual([[0, 3], [5, 10]]);
  });
});

describe('honest ranking on the site fixture', () => {
  const real = corpusAt(siteCorpusDir);
  const realEngine = searchSite(buildSearchData(real, '/'));
  const run = (q: string, extra: Partial<SearchState> = {}) => realEngine.search({ ...emptyState(), q, ...extra });

  it('an exact drug, gene, trial or code name puts that entity first as the best bet', () => {
    for (const [query, expected] of [
      ['lapatinib', 'drug:lapatinib'],
      ['Tykerb', 'drug:lapatinib'],
      ['GW572016', 'drug:lapatinib'],
      ['ERBB2', 'pathway:her2'],
      ['estrogen receptor alpha', 'pathway:er-genomic'],
      ['TAnDEM', 'trial:tandem'],
    ]) {
      const result = run(query);
      expect(`${result.hits[0].doc.type}:${result.hits[0].doc.id}`, query).toBe(expected);
      expect(result.bestBet).toBe(result.hits[0]);
    }
    // A word that only begins a name is no best bet.
    expect(run('lapat').bestBet).toBeUndefined();
  });

  it("a claim matched through a drug's name names the closest drug, not another it fuzzily resembles", () => {
    const typo = run('letrozol');
    const claims = typo.hits.filter((h) => h.doc.type === 'claim' && highlightRanges(h.doc.title, typo.tokens).length === 0 && h.doc.names.includes('Letrozole'));
    expect(claims.length).toBeGreaterThan(0);
    // Some of these claims also name anastrozole, which "letrozol" resembles too.
    expect(claims.some((h) => h.doc.names.includes('Anastrozole'))).toBe(true);
    for (const claim of claims) expect(matchedName(claim.doc.names, typo.tokens)!.text).toBe('Letrozole');
  });

  it('a multi-word query lists only documents matching every word, and offers the rest apart', () => {
    const result = run('HER2 tamoxifen resistance');
    expect(result.hits.length).toBeGreaterThan(0);
    expect(result.hits.every((hit) => hit.matchedWords === 3)).toBe(true);
    expect(result.partial.length).toBeGreaterThan(0);
    expect(result.partial.every((hit) => hit.matchedWords < 3)).toBe(true);
    // Facet counts describe the results shown, not the partial matches.
    const counted = Object.values(result.counts!.section).reduce((a, b) => a + b, 0);
    expect(counted).toBe(result.hits.filter((hit) => hit.doc.type === 'claim').length);
  });

  it('on a tie, primary studies rank above reviews', () => {
    const studies = run('Nahta').hits.filter((hit) => hit.doc.type === 'reference');
    const firstReview = studies.findIndex((hit) => !hit.doc.primary);
    const lastPrimary = studies.map((hit) => hit.doc.primary).lastIndexOf(true);
    if (firstReview >= 0 && lastPrimary >= 0) expect(lastPrimary).toBeLessThan(firstReview);
    const tied = run('breast').hits.filter((hit) => hit.doc.type === 'reference' && hit.score === 0);
    const primaries = tied.filter((hit) => hit.doc.primary).length;
    expect(tied.slice(0, primaries).every((hit) => hit.doc.primary)).toBe(true);
  });

  it('sorts by newest, oldest and evidence level, keeping relevance for ties', () => {
    const newest = run('tamoxifen', { sort: 'newest' }).hits.filter((hit) => hit.doc.years?.length);
    const latest = newest.map((hit) => Math.max(...hit.doc.years!));
    expect(latest).toEqual([...latest].sort((a, b) => b - a));
    const oldest = run('tamoxifen', { sort: 'oldest' }).hits.filter((hit) => hit.doc.years?.length);
    const earliest = oldest.map((hit) => Math.min(...hit.doc.years!));
    expect(earliest).toEqual([...earliest].sort((a, b) => a - b));
    const levels = run('', { sort: 'level' }).hits.map((hit) => hit.doc.level!);
    expect(levels).toEqual([...levels].sort());
  });
});

describe('real-world queries on the site fixture (a snapshot of real claims and the real vocabularies)', () => {
  const real = corpusAt(siteCorpusDir);
  const realEngine = searchSite(buildSearchData(real, '/'));
  const about = (kind: 'drugs' | 'pathways' | 'trials', id: string) => (claimId: string) =>
    real.claimById.get(claimId)?.[kind].some((entity) => entity.id === id) ?? false;
  const cases: [string, (claimId: string) => boolean][] = [
    ['trastuzumb', about('drugs', 'trastuzumab')],
    ['Herceptin', about('drugs', 'trastuzumab')],
    ['tamoxifin', about('drugs', 'tamoxifen')],
    ['Nolvadex', about('drugs', 'tamoxifen')],
    ['lapatinb letrozol', (id) => about('drugs', 'lapatinib')(id) && about('drugs', 'letrozole')(id)],
    ['Tykerb', about('drugs', 'lapatinib')],
    ['GW572016', about('drugs', 'lapatinib')],
    ['Iressa', about('drugs', 'gefitinib')],
    ['ZD1839', about('drugs', 'gefitinib')],
    ['Arimidex', about('drugs', 'anastrozole')],
    ['Femara', about('drugs', 'letrozole')],
    ['RAD001', about('drugs', 'everolimus')],
    ['ERBB2', about('pathways', 'her2')],
    ['neu', about('pathways', 'her2')],
    ['ESR1', about('pathways', 'er-genomic')],
    ['ERα', about('pathways', 'er-genomic')],
    ['ER-alpha', about('pathways', 'er-genomic')],
    ['AIB1', about('pathways', 'coactivators')],
    ['SRC-3', about('pathways', 'coactivators')],
    ['NCOA3', about('pathways', 'coactivators')],
    ['FOXO3a', about('pathways', 'foxo')],
    ['IGF-1R', about('pathways', 'igf1r')],
    ['TAnDEM', about('trials', 'tandem')],
    ['EGF30008', about('trials', 'egf30008')],
    ['TAMRAD', about('trials', 'tamrad')],
    ['membrane estrogen receptor', about('pathways', 'er-membrane')],
  ];
  for (const [query, matches] of cases) {
    it(`"${query}" finds a matching claim in the first 8 results`, () => {
      const ids = realEngine.search({ ...emptyState(), q: query }).hits.slice(0, 8).filter((h) => h.doc.type === 'claim').map((h) => h.doc.id);
      expect(ids.some(matches), `${query}: ${ids.join(', ')}`).toBe(true);
    });
  }
});

for (const [name, corpus] of [
  ['the site fixture', () => corpusAt(siteCorpusDir)],
  ['a synthetic corpus of 300 claims', () => syntheticCorpusAt(300, 11)],
] as const) {
  describe(`facet counts and result pages on ${name}`, () => {
    const real = corpus();
    const realEngine = searchSite(buildSearchData(real, '/'));
    const values = (doc: SearchDoc, key: FacetKey) => doc.facets?.[key] ?? [];
    const inYears = (doc: SearchDoc, state: SearchState) =>
      (state.from === undefined && state.to === undefined) || (doc.years ?? []).some((y) => y >= (state.from ?? -Infinity) && y <= (state.to ?? Infinity));
    const fits = (doc: SearchDoc, state: SearchState, key: FacetKey) => state.filters[key].length === 0 || values(doc, key).some((v) => state.filters[key].includes(v));
    const states: SearchState[] = [
      stateFromParams(new URLSearchParams('drug=tamoxifen&drug=lapatinib')),
      stateFromParams(new URLSearchParams('q=her2&design=in-vitro&direction=her2-to-er')),
      stateFromParams(new URLSearchParams('pathway=her2&from=2005&to=2010')),
      stateFromParams(new URLSearchParams('q=lapatinib&stance=contradicts&stance=mixed')),
      stateFromParams(new URLSearchParams('q=estrogen&section=er-to-her2&class=serm')),
      stateFromParams(new URLSearchParams('level=A&level=B&consensus=mixed&status=not-yet-tested')),
    ];

    it('count, per facet, the claims matching the query and every other facet and the years (OR within, AND across)', () => {
      for (const state of states) {
        const result = realEngine.search(state);
        const unfiltered = realEngine.search({ ...emptyState(), q: state.q }).hits.map((hit) => hit.doc);
        const candidates = state.q.trim() ? unfiltered : real.claims.map((c) => realEngine.data.docs.find((d) => d.type === 'claim' && d.id === c.id)!);
        const claims = candidates.filter((doc) => doc.type === 'claim');
        for (const key of facetKeys) {
          const expected: Record<string, number> = {};
          for (const doc of claims) {
            if (!inYears(doc, state) || facetKeys.some((other) => other !== key && !fits(doc, state, other))) continue;
            for (const value of values(doc, key)) expected[value] = (expected[value] ?? 0) + 1;
          }
          expect(result.counts![key], `${paramsFromState(state)} ${key}`).toEqual(expected);
        }
        const years: Record<number, number> = {};
        for (const doc of claims) if (facetKeys.every((key) => fits(doc, state, key))) for (const y of doc.years ?? []) years[y] = (years[y] ?? 0) + 1;
        expect(result.years, `${paramsFromState(state)} years`).toEqual(years);
      }
    });

    it('send the page only the hits it shows, with the totals of all hits', () => {
      for (const state of [...states, { ...emptyState(), q: 'tamoxifen her2' }]) {
        const result = realEngine.search(state);
        const { engine: bare, index } = realEngine;
        const view = resultView(bare, bare.search(state), state, 5, (i) => index.display[i], index.display);
        expect(view.hits.map((hit) => hit.id)).toEqual(result.hits.slice(0, 5).map((hit) => hit.doc.id));
        expect(view.total).toBe(result.hits.length);
        expect(view.references).toBe(referencesOfHits(result.hits, index.display).length);
        expect(view.partial.total).toBe(result.partial.length);
        expect(result.hits.every((hit) => hit.matchedWords === result.words)).toBe(true);
        expect(result.partial.every((hit) => hit.matchedWords < result.words)).toBe(true);
        expect(view.q).toBe(state.q);
      }
    });
  });
}
