import { describe, expect, it } from 'vitest';
import { BuildCache } from '../../src/lib/content/build-cache';
import { toBibtex } from '../../src/lib/citations/bibtex';
import { toCsl, toCslJson, type Citable } from '../../src/lib/citations/csl';
import { bibtexTitle, latexEncode } from '../../src/lib/citations/latex';
import { toRis } from '../../src/lib/citations/ris';
import { formatCitation, prepareCitations } from '../../src/lib/citations/styles';
import { loadCorpusDir } from '../../src/lib/content/load';
import { goodCorpus } from '../support/fixtures';
import { citationKey, citationKeyStem } from '../../src/lib/content/citation-key';

const edgeCase: Citable = {
  id: 'muller2004erα',
  type: 'article-journal',
  title: 'ERα–HER2 crosstalk in ≥ 50% of MCF-7 cells & 100% of García’s tumours',
  author: [
    { family: 'Müller', given: 'Jürgen' },
    { family: 'Ødegaard', given: 'Åse' },
    { family: 'Smith', given: 'John', suffix: 'Jr' },
    { literal: 'EBCTCG Collaborative Group' },
  ],
  'container-title': 'Journal of Cell_Biology',
  issued: { 'date-parts': [[2004, 12, 4]] },
  volume: '96',
  page: '926-935',
  DOI: '10.1000/abc_def',
  PMID: '123456',
};

describe('citation keys', () => {
  it('are the first author transliterated to lower-case ASCII plus the year', () => {
    expect(citationKeyStem({ author: [{ family: 'Müller' }], issued: { 'date-parts': [[2004]] } })).toBe('muller2004');
    expect(citationKeyStem({ author: [{ family: 'De Laurentiis' }], issued: { 'date-parts': [[2005]] } })).toBe('delaurentiis2005');
    expect(citationKeyStem({ author: [{ family: 'Ødegaard' }], issued: { 'date-parts': [[2010]] } })).toBe('odegaard2010');
    expect(citationKeyStem({ author: [{ family: "D'Agostino" }], issued: { 'date-parts': [[2001]] } })).toBe('dagostino2001');
    // Letters with no decomposition into base letter + accent, which Unicode normalisation alone drops.
    expect(citationKeyStem({ author: [{ family: 'Łukasiewicz' }], issued: { 'date-parts': [[1999]] } })).toBe('lukasiewicz1999');
    expect(citationKeyStem({ author: [{ family: 'Yılmaz' }], issued: { 'date-parts': [[2012]] } })).toBe('yilmaz2012');
    expect(citationKeyStem({ author: [{ family: 'Weiß' }], issued: { 'date-parts': [[2012]] } })).toBe('weiss2012');
    expect(citationKeyStem({ author: [{ literal: 'EBCTCG' }], issued: { 'date-parts': [[2011]] } })).toBe('ebctcg2011');
    expect(citationKeyStem({ author: [{ literal: "Early Breast Cancer Trialists' Collaborative Group (EBCTCG)" }], issued: { 'date-parts': [[2011]] } })).toBe('ebctcg2011');
  });
  it('add the first significant title word, and a letter on a collision', () => {
    const ref = { author: [{ family: 'Ólafsdóttir' }], issued: { 'date-parts': [[2003]] as [number[]] }, title: 'The role of AIB1 in breast cancer' };
    expect(citationKey(ref, new Set())).toBe('olafsdottir2003role');
    expect(citationKey(ref, new Set(['olafsdottir2003role']))).toBe('olafsdottir2003rolea');
  });
});

describe('LaTeX encoding', () => {
  it('writes accents in the form bibtex and Zotero both read', () => {
    expect(latexEncode('Müller García Ødegaard Åse')).toBe('M{\\"u}ller Garc{\\\'\\i}a {\\O}degaard {\\AA}se');
  });
  it('escapes every LaTeX special character', () => {
    expect(latexEncode('% & $ # _ { } ~ ^ \\')).toBe('\\% \\& \\$ \\# \\_ \\{ \\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}');
  });
  it('keeps Greek letters and symbols instead of dropping them', () => {
    expect(latexEncode('ERα β ≥ ≤ –')).toBe('ER$\\alpha$ $\\beta$ $\\geq$ $\\leq$ --');
  });
  it('case-protects acronyms and gene names but not ordinary words', () => {
    expect(bibtexTitle('Regulation of ERBB2 by oestrogen receptor-PAX2 in ERα-positive MCF-7 cells')).toBe(
      'Regulation of {ERBB2} by oestrogen receptor-{PAX2} in {ER$\\alpha$}-positive {MCF}-7 cells',
    );
  });
});

describe('BibTeX', () => {
  const bib = toBibtex([edgeCase]);
  it('uses the reference id as the key and bare DOIs', () => {
    expect(bib.startsWith('@article{muller2004erα,\n')).toBe(true);
    expect(bib).toContain('  doi = {10.1000/abc_def},');
  });
  it('writes authors with accents, suffixes and corporate names', () => {
    expect(bib).toContain(
      "  author = {M{\\\"u}ller, J{\\\"u}rgen and {\\O}degaard, {\\AA}se and Smith, Jr, John and {EBCTCG Collaborative Group}},",
    );
  });
  it('writes page ranges with -- and drops the unparseable month', () => {
    expect(bib).toContain('  pages = {926--935},');
    expect(bib).not.toMatch(/month/);
  });
  it('leaves out an issue that has no volume, which plain.bst cannot print', () => {
    const { volume: _volume, ...noVolume } = { ...edgeCase, issue: '3' };
    expect(toBibtex([noVolume])).not.toMatch(/number/);
    expect(toBibtex([{ ...edgeCase, issue: '3' }])).toContain('  number = {3},');
  });
  it('escapes the journal and keeps the PMID', () => {
    expect(bib).toContain('  journal = {Journal of Cell\\_Biology},');
    expect(bib).toContain('  pmid = {123456},');
  });
  it('writes BibLaTeX with a date and the PubMed eprint', () => {
    const biblatex = toBibtex([edgeCase], 'biblatex');
    expect(biblatex).toContain('  date = {2004-12-04},');
    expect(biblatex).toContain('  eprinttype = {pubmed},');
  });
});

describe('records with missing fields', () => {
  const sparse: Citable = { id: 'doe2001sparse', type: 'article-journal', title: 'A sparse record', author: [{ family: 'Doe' }], 'container-title': 'Journal', issued: { 'date-parts': [[2001]] } };
  it('writes only the fields it has', () => {
    const bib = toBibtex([sparse]);
    expect(bib).not.toMatch(/pages|number|volume|doi|pmid/);
    expect(bib).toContain('  author = {Doe},');
    const ris = toRis([sparse]);
    expect(ris).not.toMatch(/^(SP|EP|IS|VL|DO)  -/m);
    expect(formatCitation(sparse, 'vancouver')).toBe('Doe. A sparse record. Journal. 2001.');
  });
});

describe('RIS', () => {
  const long = { ...edgeCase, title: `${'A very long title '.repeat(10)}end` };
  const ris = toRis([long]);
  it('writes one line per field, never wrapping long values', () => {
    const lines = ris.trimEnd().split('\r\n');
    expect(lines.every((line) => /^[A-Z][A-Z0-9]  -( |$)/.test(line))).toBe(true);
    expect(lines).toContain(`TI  - ${long.title}`);
    expect(lines[0]).toBe('TY  - JOUR');
    expect(lines.at(-1)).toMatch(/^ER  -/);
  });
});

describe('CSL-JSON and formatted text', () => {
  it('exports CSL with citation-key and without curation fields', () => {
    const [item] = JSON.parse(toCslJson([edgeCase]));
    expect(item['citation-key']).toBe('muller2004erα');
    expect(item.id).toBe('muller2004erα');
    expect(Object.keys(item)).not.toContain('verified');
  });
  it('formats Vancouver and APA with every character intact', () => {
    expect(formatCitation(edgeCase, 'vancouver')).toContain('ERα–HER2 crosstalk in ≥ 50% of MCF-7 cells & 100% of García’s tumours');
    expect(formatCitation(edgeCase, 'apa')).toMatch(/^Müller, J\., Ødegaard, Å\./);
  });
});

describe('formatting a whole corpus ahead of the pages', () => {
  const loaded = loadCorpusDir(goodCorpus);
  if (!loaded.ok) throw new Error('the good fixture corpus must validate');
  // Two records by one first author: in one batch, author-date styles would disambiguate them against each other.
  const records: Citable[] = [loaded.corpus.review, ...loaded.corpus.references, edgeCase, { ...edgeCase, id: 'muller2004second', title: 'A second paper' }];
  const styles = ['vancouver', 'apa'] as const;

  it('gives every record exactly the text it gets when formatted on its own', () => {
    // Fresh copies: formatted texts are kept per record object, so each side is computed independently.
    const prepared = records.map((ref) => ({ ...ref }));
    prepareCitations(prepared, new BuildCache(undefined));
    for (const [i, ref] of records.entries()) {
      for (const style of styles) expect(formatCitation(prepared[i], style), `${ref.id} ${style}`).toBe(formatCitation({ ...ref }, style));
    }
  });

  it('gives every record exactly the BibTeX, BibLaTeX and RIS it gets when exported on its own', () => {
    const prepared = records.map((ref) => ({ ...ref }));
    prepareCitations(prepared, new BuildCache(undefined));
    for (const [i, ref] of records.entries()) {
      expect(toBibtex([prepared[i]]), ref.id).toBe(toBibtex([{ ...ref }]));
      expect(toBibtex([prepared[i]], 'biblatex'), ref.id).toBe(toBibtex([{ ...ref }], 'biblatex'));
      expect(toRis([prepared[i]]), ref.id).toBe(toRis([{ ...ref }]));
    }
  });

  it('takes texts from the build cache when it has them', () => {
    const cache = new BuildCache(undefined);
    const [first] = records;
    cache.set(BuildCache.key('citation', 'apa', JSON.stringify(toCsl(first))), 'from the cache');
    cache.set(BuildCache.key('ris', JSON.stringify(toCsl(first))), 'TY  - cached');
    const copies = records.map((ref) => ({ ...ref }));
    prepareCitations(copies, cache);
    expect(formatCitation(copies[0], 'apa')).toBe('from the cache');
    expect(toRis([copies[0]])).toBe('TY  - cached\r\n');
    expect(formatCitation(copies[0], 'vancouver')).toBe(formatCitation({ ...first }, 'vancouver'));
    expect(cache.get(BuildCache.key('citation', 'vancouver', JSON.stringify(toCsl(copies[1]))))).toBe(formatCitation({ ...records[1] }, 'vancouver'));
  });
});
