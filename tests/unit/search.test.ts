import { describe, expect, it } from 'vitest';
import { loadCorpusDir } from '../../src/lib/content/load';
import type { Corpus } from '../../src/lib/content/corpus';
import type { DocMeta, ResultType } from '../../src/lib/search/documents';
import type { Hit } from '../../src/lib/search/ranking';
import { highlightRanges, matchedName, mergeRanges } from '../../src/lib/search/highlight';
import { rankByRelevance, sortHits } from '../../src/lib/search/ranking';
import { referencesOfHits } from '../../src/lib/search/references';
import { emptyState, paramsFromState, stateFromParams, type SearchState } from '../../src/lib/search/url-state';
import { FIRST_PAGE, resultView } from '../../src/lib/search/view';
import { buildSearchData } from '../../src/lib/site/search-documents';
import { goodCorpus, siteCorpusDir } from '../support/fixtures';
import { searchSite } from '../support/search';

// Behaviour of the engine on the small fixture corpora: what a reader sees for a query. Rankings of the whole corpora
// are pinned by golden files and invariants in search-index.test.ts.

function corpusAt(dir: string): Corpus {
  const result = loadCorpusDir(dir);
  if (!result.ok) throw new Error(`${dir} must be valid`);
  return result.corpus;
}

const good = corpusAt(goodCorpus);
const engine = searchSite(buildSearchData(good, '/base/'));
const search = (q: string, extra: Partial<SearchState> = {}) => engine.search({ ...emptyState(), q, ...extra });
const ids = (q: string, extra: Partial<SearchState> = {}) => search(q, extra).hits.map((hit) => `${hit.doc.type}:${hit.doc.id}`);
const claimIds = (params: string) =>
  engine
    .search(stateFromParams(new URLSearchParams(params)))
    .hits.filter((h) => h.doc.type === 'claim')
    .map((h) => h.doc.id)
    .sort();

describe('search on the good fixture corpus', () => {
  it('finds through brand names, codes and gene aliases exactly what the name itself finds', () => {
    expect(ids('Herceptin')).toEqual(ids('trastuzumab'));
    expect(ids('Tykerb')).toEqual(ids('lapatinib'));
    expect(ids('GW572016')).toEqual(ids('lapatinib'));
    expect(ids('Herceptin')).toContain('claim:dual-her2-blockade-with-aromatase-inhibitor');
    expect(ids('Herceptin')).toContain('trial:alternative');
    // ERBB2 names HER2: the node first, then what mentions HER2 under either name.
    expect(ids('ERBB2')[0]).toBe('pathway:her2');
    expect(ids('ERBB2')).toEqual(expect.arrayContaining(['claim:pax2-represses-erbb2', 'claim:her2-predicts-endocrine-failure']));
  });

  it('puts an entity a whole query names exactly first, marked as the best bet; a word that only begins a name is none', () => {
    for (const [query, expected] of [
      ['lapatinib', 'drug:lapatinib'],
      ['Tykerb', 'drug:lapatinib'],
      ['ERBB2', 'pathway:her2'],
      ['PAX2', 'pathway:pax2'],
      ['ALTERNATIVE', 'trial:alternative'],
      ['NCT01160211', 'trial:alternative'],
    ]) {
      const result = search(query);
      expect(`${result.hits[0].doc.type}:${result.hits[0].doc.id}`, query).toBe(expected);
      expect(result.bestBet, query).toBe(result.hits[0]);
    }
    expect(search('lapat').bestBet).toBeUndefined();
    expect(search('lapatinib trastuzumab').bestBet).toBeUndefined();
  });

  it('lists the documents matching every meaningful word, then those matching some, with honest counts', () => {
    const result = search('tamoxifen trastuzumab');
    expect(result.words).toBe(2);
    expect(result.hits.map((h) => h.doc.id)).toEqual(['her2-predicts-endocrine-failure']);
    expect(result.hits[0].matchedWords).toBe(2);
    // Everything else that names either drug follows as a partial match, each counted once.
    const either = new Set([...ids('tamoxifen'), ...ids('trastuzumab')]);
    const partial = result.partial.map((h) => `${h.doc.type}:${h.doc.id}`);
    expect(new Set(partial)).toEqual(new Set([...either].filter((id) => id !== 'claim:her2-predicts-endocrine-failure')));
    expect(partial).toHaveLength(new Set(partial).size);
    expect(result.partial.every((h) => h.matchedWords === 1)).toBe(true);
    const view = resultView(
      engine.engine,
      engine.engine.search({ ...emptyState(), q: 'tamoxifen trastuzumab' }),
      { ...emptyState(), q: 'tamoxifen trastuzumab' },
      15,
      (i) => engine.index.display[i],
    );
    expect(view.total).toBe(1);
    expect(view.partial.total).toBe(partial.length);
    expect(view.hits.map((h) => h.coverage)).toEqual(['all']);
    expect(view.partial.hits.every((h) => h.coverage === 'some')).toBe(true);
  });

  it('finds interactions by node, mechanism and site', () => {
    expect(ids('Ser118')[0]).toBe('interaction:mapk-phosphorylates-er-ser118');
    expect(ids('serine 118')).toEqual(ids('Ser118'));
    expect(ids('pS118')).toEqual(ids('Ser118'));
    expect(ids('Ser167')).toContain('interaction:akt-phosphorylates-er-ser167');
    expect(ids('Ser167')).not.toContain('interaction:mapk-phosphorylates-er-ser118');
  });

  it('finds a study by author and year, and by its DOI or PMID', () => {
    expect(ids('Hurtado 2008')[0]).toBe('reference:hurtado2008regulation');
    expect(ids('19005469')[0]).toBe('reference:hurtado2008regulation');
    expect(ids('10.1038/nature07483')[0]).toBe('reference:hurtado2008regulation');
  });

  it('marks a retracted study in its card', () => {
    const hit = search('Johnston 2018').hits[0];
    expect(hit.doc.id).toBe('johnston2018phase');
    expect(engine.index.display[hit.index].retracted).toBe(true);
    expect(engine.index.display[search('Johnston 2021').hits[0].index].retracted).toBeUndefined();
  });

  it('builds links with the base path', () => {
    expect(
      search('PAX2')
        .hits.slice(0, 2)
        .map((hit) => hit.doc.url),
    ).toEqual(['/base/pathways/pax2/', '/base/claims/pax2-represses-erbb2/']);
  });
});

describe('highlights', () => {
  const { lexicon } = engine.index.head;
  it('mark whole words matched through the word, an alias, a brand or a notation', () => {
    const marked = (text: string, q: string) => highlightRanges(text, search(q).terms, lexicon).map(([s, e]) => text.slice(s, e));
    expect(marked('ER with PAX2 represses ERBB2.', 'repress')).toEqual(['represses']);
    expect(marked('Trastuzumab with an aromatase inhibitor', 'Herceptin')).toEqual(['Trastuzumab']);
    expect(marked('MAPK phosphorylates ERα at serine 118', 'Ser118')).toEqual(['serine 118']);
    expect(marked('HER2 amplification and ERBB2 gain', 'ERBB2')).toEqual(['HER2', 'ERBB2']);
  });

  it('say which name matched a claim whose title and statement hold none of the words', () => {
    const result = search('Nolvadex');
    const claim = result.hits.find((h) => h.doc.type === 'claim' && h.doc.id === 'pax2-represses-erbb2')!;
    expect(highlightRanges(claim.doc.title, result.terms, lexicon)).toEqual([]);
    expect(matchedName(claim.doc.names, result.terms, lexicon)).toEqual({ text: 'Tamoxifen', ranges: [[0, 9]] });
  });

  it('merge overlapping and adjacent ranges, dropping empty ones', () => {
    expect(
      mergeRanges([
        [5, 8],
        [0, 2],
        [1, 3],
        [8, 10],
        [12, 12],
      ]),
    ).toEqual([
      [0, 3],
      [5, 10],
    ]);
  });
});

describe('ranking rules', () => {
  const hit = (index: number, type: ResultType, extra: Partial<DocMeta & { matchedWords: number; score: number }> = {}): Hit => ({
    index,
    meta: {
      type,
      primary: extra.primary ?? false,
      studies: extra.studies ?? 0,
      level: extra.level ?? '',
      yearMin: extra.yearMin ?? 0,
      yearMax: extra.yearMax ?? 0,
      textLength: 0,
    },
    matchedWords: extra.matchedWords ?? 1,
    score: extra.score ?? 1,
  });

  it('on a tie: claims, interactions, drugs, pathways, trials, primary studies, then reviews; a claim on more studies first', () => {
    const hits = [
      hit(0, 'reference', { primary: false }),
      hit(1, 'reference', { primary: true }),
      hit(2, 'trial'),
      hit(3, 'pathway'),
      hit(4, 'drug'),
      hit(5, 'interaction'),
      hit(6, 'claim', { studies: 2 }),
      hit(7, 'claim', { studies: 5 }),
    ];
    for (const ranked of [Infinity, 3]) {
      const shuffled = [hits[3], hits[0], hits[6], hits[2], hits[7], hits[1], hits[5], hits[4]];
      rankByRelevance(shuffled, { best: undefined, cited: new Set() }, ranked);
      expect(shuffled.slice(0, ranked === Infinity ? 8 : 3).map((h) => h.index)).toEqual([7, 6, 5, 4, 3, 2, 1, 0].slice(0, ranked === Infinity ? 8 : 3));
    }
  });

  it('the best bet, then a cited study, then coverage, then relevance, before any tie rule', () => {
    const hits = [
      hit(0, 'claim', { matchedWords: 2, score: 9 }),
      hit(1, 'reference', { matchedWords: 1, score: 1 }),
      hit(2, 'drug', { matchedWords: 1, score: 1 }),
      hit(3, 'claim', { matchedWords: 2, score: 3 }),
      hit(4, 'claim', { matchedWords: 1, score: 50 }),
    ];
    rankByRelevance(hits, { best: 2, cited: new Set([1]) }, Infinity);
    expect(hits.map((h) => h.index)).toEqual([2, 1, 0, 3, 4]);
  });

  it('sorts by newest, oldest and level, keeping relevance order for ties', () => {
    const make = () => [
      hit(0, 'claim', { yearMin: 1995, yearMax: 2001, level: 'C' }),
      hit(1, 'claim', { yearMin: 1990, yearMax: 2018, level: 'A' }),
      hit(2, 'drug'),
      hit(3, 'claim', { yearMin: 1995, yearMax: 2018, level: 'C' }),
    ];
    const order = (sort: 'newest' | 'oldest' | 'level') => {
      const hits = make();
      sortHits(hits, sort);
      return hits.map((h) => h.index);
    };
    expect(order('newest')).toEqual([1, 3, 0, 2]);
    expect(order('oldest')).toEqual([1, 0, 3, 2]);
    expect(order('level')).toEqual([1, 0, 3, 2]);
  });
});

describe('facets on the good fixture corpus', () => {
  it('browse mode lists every claim when the query is empty', () => {
    expect(search('').hits.map((h) => h.doc.type)).toEqual(Array(good.claims.length).fill('claim'));
  });

  it('filter with OR inside a facet and AND across facets, counting each facet without its own selection', () => {
    const result = engine.search(stateFromParams(new URLSearchParams('drug=tamoxifen&section=er-to-her2&section=her2-to-er')));
    expect(result.hits.map((h) => h.doc.id)).toEqual(['pax2-represses-erbb2']);
    expect(result.counts!.section).toEqual({ 'er-to-her2': 1, 'endocrine-resistance': 1 });
    expect(result.counts!.drug).toEqual({ tamoxifen: 1 });
    expect(result.counts!.class).toEqual({ serm: 1 });
    expect(result.counts!.type).toEqual({ mechanism: 1 });
  });

  it('filter by claim type, stance, design, level, consensus and status', () => {
    expect(claimIds('type=therapeutic')).toEqual(['dual-her2-blockade-with-aromatase-inhibitor']);
    expect(claimIds('type=predictive&type=therapeutic')).toEqual(['dual-her2-blockade-with-aromatase-inhibitor', 'her2-predicts-endocrine-failure']);
    expect(claimIds('stance=mixed')).toEqual(['foxo3a-links-akt-to-er-loss']);
    expect(claimIds('design=meta-analysis')).toEqual(['her2-predicts-endocrine-failure']);
    expect(claimIds('design=patient-tumours')).toEqual(['foxo3a-links-akt-to-er-loss']);
    expect(claimIds('level=A')).toEqual(['dual-her2-blockade-with-aromatase-inhibitor']);
    expect(claimIds('consensus=mixed')).toEqual(['foxo3a-links-akt-to-er-loss']);
    expect(claimIds('consensus=single-study')).toEqual([
      'dual-her2-blockade-with-aromatase-inhibitor',
      'her2-predicts-endocrine-failure',
      'mapk-phosphorylates-er',
      'pax2-represses-erbb2',
    ]);
    expect(claimIds('status=refined')).toEqual(['foxo3a-links-akt-to-er-loss']);
    expect(claimIds('status=confirmed')).toEqual(['dual-her2-blockade-with-aromatase-inhibitor']);
    expect(claimIds('status=no-later-study')).toEqual(['her2-predicts-endocrine-failure', 'mapk-phosphorylates-er', 'pax2-represses-erbb2']);
  });

  it('read the values of earlier addresses as their successors, so bookmarks keep working', () => {
    expect(claimIds('status=not-yet-tested')).toEqual(claimIds('status=no-later-study'));
    expect(claimIds('evidence=meta-analysis')).toEqual(claimIds('design=meta-analysis'));
    expect(claimIds('design=clinical-correlative')).toEqual(
      claimIds('design=trial-analysis&design=prospective-cohort&design=retrospective-cohort&design=population-registry&design=patient-tumours'),
    );
    expect(claimIds('direction=none')).toEqual(claimIds('direction=single-pathway'));
  });

  it('filter by the publication years of the studies a claim rests on', () => {
    const result = engine.search({ ...emptyState(), from: 2005, to: 2008 });
    expect(
      result.hits
        .filter((h) => h.doc.type === 'claim')
        .map((h) => h.doc.id)
        .sort(),
    ).toEqual(['her2-predicts-endocrine-failure', 'pax2-represses-erbb2']);
    expect(
      result.hits
        .filter((h) => h.doc.type === 'reference')
        .map((h) => h.doc.id)
        .sort(),
    ).toEqual(['delaurentiis2005metaanalysis', 'hurtado2008regulation']);
  });

  it('collect the distinct studies behind the hits for export, following study-level filters', () => {
    const hits = engine.search(stateFromParams(new URLSearchParams('drug=tamoxifen'))).hits;
    expect(referencesOfHits(hits, engine.index.display, emptyState()).sort()).toEqual([
      'delaurentiis2005metaanalysis',
      'hurtado2008regulation',
      'kato1995activation',
    ]);
    const state = stateFromParams(new URLSearchParams('type=mechanism&stance=mixed'));
    expect(referencesOfHits(engine.engine.search(state).hits, engine.index.display, state)).toEqual(['giuliano2015upregulation']);
  });
});

describe('URL state', () => {
  it('round-trips query, repeated facets, years, sort and spell=off', () => {
    const params = new URLSearchParams(
      'q=her2+tamoxifen&type=predictive&drug=tamoxifen&drug=trastuzumab&design=in-vitro&stance=contradicts&from=2000&to=2010&sort=newest&spell=off',
    );
    const state = stateFromParams(params);
    expect(state.spell).toBe(false);
    expect(state.filters.type).toEqual(['predictive']);
    expect(paramsFromState(state).toString()).toBe(params.toString());
    expect(stateFromParams(new URLSearchParams('q=x')).spell).toBe(true);
  });

  it('ignores malformed years and unknown sorts, and caps hostile input', () => {
    const state = stateFromParams(
      new URLSearchParams(`q=${'x'.repeat(5000)}&from=abc&to=99999&sort=evil&${Array.from({ length: 80 }, (_, i) => `drug=d${i}`).join('&')}`),
    );
    expect(state.q.length).toBe(200);
    expect(state.from).toBeUndefined();
    expect(state.to).toBeUndefined();
    expect(state.sort).toBe('relevance');
    expect(state.filters.drug).toHaveLength(50);
  });
});

describe('real-world queries on the site fixture (a snapshot of real claims and the real vocabularies)', () => {
  const site = corpusAt(siteCorpusDir);
  const siteEngine = searchSite(buildSearchData(site, '/'));
  const about = (kind: 'drugs' | 'pathways' | 'trials', id: string) => (claimId: string) =>
    site.claimById.get(claimId)?.[kind].some((entity) => entity.id === id) ?? false;
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
    ['which studies show HER2 causes tamoxifen resistance', about('drugs', 'tamoxifen')],
  ];
  for (const [query, matches] of cases) {
    // A drug's own trials and studies, which name it in their titles, may come first: the claims are on the first page.
    it(`"${query}" finds a matching claim on the first page of results`, () => {
      const top = siteEngine
        .search({ ...emptyState(), q: query })
        .hits.slice(0, FIRST_PAGE)
        .filter((h) => h.doc.type === 'claim')
        .map((h) => h.doc.id);
      expect(top.some(matches), `${query}: ${top.join(', ')}`).toBe(true);
    });
  }

  it("a claim matched through a drug's name names the closest drug, not another it fuzzily resembles", () => {
    const typo = siteEngine.search({ ...emptyState(), q: 'letrozol' });
    const { lexicon } = siteEngine.index.head;
    const claims = typo.hits.filter(
      (h) => h.doc.type === 'claim' && highlightRanges(h.doc.title, typo.terms, lexicon).length === 0 && h.doc.names.includes('Letrozole'),
    );
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.some((h) => h.doc.names.includes('Anastrozole'))).toBe(true);
    for (const claim of claims) expect(matchedName(claim.doc.names, typo.terms, lexicon)!.text).toBe('Letrozole');
  });
});
