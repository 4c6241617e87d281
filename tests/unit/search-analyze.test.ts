import { describe, expect, it } from 'vitest';
import { analyze, isPhrase, type Lexicon } from '../../src/lib/search/analyze';
import { EQUIVALENTS, QUESTION_WORDS, STOP_WORDS } from '../../src/lib/search/words';
import { loadCorpusDir } from '../../src/lib/content/load';
import { buildSearchData } from '../../src/lib/site/search-documents';
import { emptyState } from '../../src/lib/search/url-state';
import { siteCorpusDir } from '../support/fixtures';
import { searchSite } from '../support/search';

// How text becomes index terms (analyze.ts), the same for documents and queries, and how a query is read (query.ts).

const lexicon: Lexicon = {
  canonical: { herceptin: 'trastuzumab', gw572016: 'lapatinib', tykerb: 'lapatinib', rad001: 'everolimus' },
  genes: ['esr1', 'erbb2', 'her2', 'pik3ca'],
};
const terms = (text: string, forQuery = false) => analyze(text, lexicon, forQuery).map((t) => t.term);
/** The terms a text gives, as a set: what a document holding it can be found by. */
const findable = (text: string) => new Set(terms(text));

describe('the analyzer', () => {
  it('stems with the Porter stemmer, so word forms meet', () => {
    for (const group of [
      ['phosphorylates', 'phosphorylation', 'phosphorylated', 'phosphorylating'],
      ['tumours', 'tumour', 'tumors', 'tumor'],
      ['resistance', 'resistant'],
      ['increases', 'increased', 'increasing'],
      ['mutations', 'mutation', 'mutant'],
      ['amplification', 'amplified'],
    ]) {
      const stems = group.map((word) => terms(word));
      for (const stem of stems) expect(stem, group.join(' ')).toEqual(stems[0]);
    }
    expect(terms('phosphorylates')).not.toEqual(terms('phosphatase'));
  });

  it('folds case, accents, Greek letters and British spellings', () => {
    expect(terms('ERα')).toEqual(terms('ERa'));
    expect(terms('ERα')).toEqual(terms('era'));
    expect(terms('Oestrogen signalling in tumours')).toEqual(terms('estrogen signaling in tumors'));
    expect(terms('randomised')).toEqual(terms('randomized'));
    expect(terms('Café')).toEqual(terms('cafe'));
  });

  it('joins a hyphenated word, so up-regulation and upregulation are one term, and keeps its parts findable in documents', () => {
    expect(terms('up-regulation', true)).toEqual(terms('upregulation', true));
    expect(terms('upregulated')).toEqual(terms('upregulation'));
    // A document's hyphenated word is also found by its parts; a query means the compound only.
    expect(findable('up-regulation of HER3').has(terms('regulation')[0])).toBe(true);
    expect(terms('up-regulation', true)).toHaveLength(1);
    expect(terms('HER-2', true)).toEqual(terms('HER2', true));
    expect(terms('SRC-3', true)).toEqual(['src3']);
  });

  it('reads a phosphosite in any notation as one term: Ser118 = Ser-118 = S118 = serine 118 = pS118', () => {
    const notations = ['Ser118', 'Ser-118', 'S118', 'serine 118', 'pS118', 'Serine-118', 'phospho-Ser118', 'pSer118'];
    for (const notation of notations) expect(findable(notation).has('s118'), notation).toBe(true);
    for (const notation of notations.slice(0, 6)) expect(terms(notation, true), notation).toEqual(['s118']);
    // The site stays apart from other sites and other residues.
    expect(terms('Ser167', true)).toEqual(['s167']);
    expect(terms('Ser167', true)).not.toEqual(terms('Ser118', true));
    // Positions map back to the text for highlighting: "serine 118" is marked whole.
    const [site] = analyze('ERα at serine 118 and more', lexicon).filter((t) => t.term === 's118');
    expect('ERα at serine 118 and more'.slice(site.start, site.end)).toBe('serine 118');
  });

  it('reads a tyrosine site in any notation as one term, apart from threonine: Tyr537 = Y537 = tyrosine 537 = pY537, and Thr537 is another residue', () => {
    for (const notation of ['Tyr537', 'Tyr-537', 'Y537', 'tyrosine 537', 'pY537']) expect(terms(notation, true), notation).toEqual(terms('Y537', true));
    expect(terms('Thr537', true)).toEqual(terms('T537', true));
    expect(terms('Thr537', true)).not.toEqual(terms('Tyr537', true));
  });

  it('reads receptor status shorthand as its words: HER2+ = HER2-positive = HER2 positive, ER- = ER-negative, apart from each other', () => {
    expect(terms('HER2+', true)).toEqual(terms('HER2-positive', true));
    expect(terms('HER2 positive', true)).toEqual(terms('HER2-positive', true));
    expect(terms('ER-negative', true)).toEqual(terms('ER−', true));
    expect(terms('ER- tumours', true)).toEqual(terms('ER-negative tumours', true));
    expect(terms('HER2-negative', true)).not.toEqual(terms('HER2-positive', true));
    expect(terms('HR+/HER2+', true)).toEqual([...terms('HR-positive', true), ...terms('HER2-positive', true)]);
    // The shorthand is marked in the text as written.
    const text = 'HER2+ disease';
    const [status] = analyze(text, lexicon).filter((t) => t.term === terms('HER2+', true)[0]);
    expect(text.slice(status.start, status.end)).toBe('HER2+');
  });

  it('reads a gene followed by a kind of variant as a phrase, in any word order and form', () => {
    const phrase = terms('ESR1 mutation', true).find(isPhrase);
    expect(phrase).toBe('esr1_mutat');
    for (const text of ['ESR1 mutations', 'mutations in ESR1', 'ESR1-mutant tumours', 'ESR1 mutated']) expect(findable(text).has(phrase!), text).toBe(true);
    expect(findable('HER2 amplification').has('her2_amplif')).toBe(true);
    expect(findable('amplification of HER2').has('her2_amplif')).toBe(true);
    expect(findable('HER2-amplified tumours').has('her2_amplif')).toBe(true);
    // A mutation of another gene, or an ER study that mentions a mutation elsewhere, is no ESR1 mutation.
    expect(findable('PIK3CA mutation in ER-positive tumours').has('esr1_mutat')).toBe(false);
    expect(findable('ESR1 expression fell; a KRAS mutation was found').has('esr1_mutat')).toBe(false);
  });

  it('turns brand names and codes into the drug they name', () => {
    expect(terms('Herceptin')).toEqual(terms('trastuzumab'));
    expect(terms('GW572016')).toEqual(terms('lapatinib'));
    expect(terms('Tykerb plus letrozole', true)).toEqual(terms('lapatinib plus letrozole', true));
  });

  it('turns a hyphenated code into its drug, stemmed as the drug is (RAD-001 = RAD001 = everolimus)', () => {
    expect(terms('RAD001', true)).toEqual(terms('everolimus', true));
    expect(terms('RAD-001', true)).toEqual(terms('everolimus', true));
    expect(findable('treated with RAD-001').has(terms('everolimus')[0])).toBe(true);
  });

  it('keeps stop words out of the index, but question words in it (a document may be about a study)', () => {
    expect(terms('the role of HER2 in a tumour')).toEqual([...terms('role'), ...terms('HER2'), ...terms('tumour')]);
    for (const word of ['the', 'of', 'and', 'which']) expect(STOP_WORDS.has(word)).toBe(true);
    expect(terms('studies')).toHaveLength(1);
    expect(QUESTION_WORDS.has('versus')).toBe(true);
  });

  it('has reviewed equivalents whose stems are the stems the analyzer writes', () => {
    for (const [word, group] of [
      ['resistance', 0],
      ['failure', 0],
      ['relapse', 0],
      ['benefit', 1],
      ['response', 1],
      ['sensitivity', 1],
      ['increase', 2],
      ['rise', 2],
    ] as const) {
      expect(EQUIVALENTS[group], word).toContain(terms(word)[0]);
    }
  });
});

describe('reading a query', () => {
  const result = loadCorpusDir(siteCorpusDir);
  if (!result.ok) throw new Error('the site fixture must be valid');
  const site = searchSite(buildSearchData(result.corpus, '/'));
  const parse = (q: string, spell = true) => site.engine.parse({ q, spell });
  const alternatives = (q: string) => parse(q).words.map((word) => word.alternatives.map((a) => `${a.term}/${a.via}`));

  it('sets question and function words aside, so they never decide a match', () => {
    const query = parse('which studies show HER2 causes tamoxifen resistance');
    expect(query.ignored).toEqual(['studies', 'show', 'causes']);
    expect(query.words.map((w) => w.raw)).toEqual(['her2', 'tamoxifen', 'resistance']);
    const asked = site.search({ ...emptyState(), q: 'which studies show HER2 causes tamoxifen resistance' });
    const plain = site.search({ ...emptyState(), q: 'HER2 tamoxifen resistance' });
    expect(asked.hits.map((h) => h.index)).toEqual(plain.hits.map((h) => h.index));
    expect(asked.words).toBe(3);
    expect(parse('lapatinib versus trastuzumab').ignored).toEqual(['versus']);
  });

  it('finds a gene by its aliases, weighted below the word itself', () => {
    const [her2] = parse('ERBB2 ').words;
    expect(her2.alternatives[0]).toEqual({ term: 'erbb2', weight: 1, via: 'word' });
    expect(her2.alternatives).toContainEqual({ term: 'her2', weight: 0.9, via: 'alias' });
    expect(alternatives('neu ')[0]).toContain('her2/alias');
  });

  it('matches reviewed equivalents: resistance also finds failure and relapse', () => {
    expect(alternatives('resistance ')[0]).toEqual(['resist/word', 'failur/equivalent', 'relaps/equivalent']);
    expect(
      parse('resistance ')
        .words[0].alternatives.filter((a) => a.via === 'equivalent')
        .every((a) => a.weight < 1),
    ).toBe(true);
  });

  it('completes the last word while it is typed, and only then', () => {
    expect(alternatives('tamo')[0].every((a) => a.endsWith('/prefix'))).toBe(true);
    expect(alternatives('tamo')[0]).toContain('tamoxifen/prefix');
    expect(alternatives('tamo ')[0]).toEqual([]);
    expect(alternatives('tamo letrozole')[0]).toEqual([]);
    expect(site.search({ ...emptyState(), q: 'tamo' }).hits.length).toBeGreaterThan(0);
    expect(site.search({ ...emptyState(), q: 'tamo ' }).hits).toEqual([]);
  });

  it('corrects a typo and says so, and runs the corrected query exactly; spell=off takes the query as typed', () => {
    const query = parse('trastuzumb');
    expect(query.corrected).toBe('trastuzumab');
    const corrected = site.search({ ...emptyState(), q: 'trastuzumb' });
    const right = site.search({ ...emptyState(), q: 'trastuzumab' });
    expect(corrected.hits.map((h) => h.index)).toEqual(right.hits.map((h) => h.index));
    expect(corrected.query.corrected).toBe('trastuzumab');
    const asTyped = site.search({ ...emptyState(), q: 'trastuzumb', spell: false });
    expect(asTyped.query.corrected).toBeUndefined();
    expect(asTyped.hits).toEqual([]);
    // Words that are right are left alone, and short words and codes are never corrected.
    expect(parse('trastuzumab').corrected).toBeUndefined();
    expect(parse('hre2').corrected).toBeUndefined();
    expect(parse('GW57201').corrected).toBeUndefined();
    // Only the misspelt word changes in the note.
    expect(parse('lapatinib tamoxifin').corrected).toBe('lapatinib tamoxifen');
  });

  it('recognises a citation-shaped query and puts that study first', () => {
    expect(parse('Slamon 1987').citation).toEqual({ family: 'slamon', year: 1987 });
    expect(parse('Osborne 2003 JNCI').citation).toEqual({ family: 'osborne', year: 2003 });
    expect(parse('1987 Slamon').citation).toEqual({ family: 'slamon', year: 1987 });
    expect(parse('Slamon').citation).toBeUndefined();
    expect(parse('HER2 1987').citation).toBeUndefined();
    const first = (q: string) => {
      const hit = site.search({ ...emptyState(), q }).hits[0];
      return hit && `${hit.doc.type}:${hit.doc.id}`;
    };
    expect(first('Slamon 1987')).toBe('reference:slamon1987human');
    expect(first('Osborne 2003 JNCI')).toBe('reference:osborne2003role');
    expect(first('Osborne 2003 J Natl Cancer Inst')).toBe('reference:osborne2003role');
    expect(first('Houston 1999 Br J Cancer')).toBe('reference:houston1999overexpression');
  });

  it('keeps codes, DOIs and ids whole as exact words', () => {
    const query = parse('10.1038/nature07483');
    expect(query.words).toEqual([{ raw: '10.1038/nature07483', alternatives: [], exact: '10.1038/nature07483' }]);
    const hit = site.search({ ...emptyState(), q: '10.1038/nature07483' }).hits[0];
    expect(`${hit.doc.type}:${hit.doc.id}`).toBe('reference:hurtado2008regulation');
  });
});
