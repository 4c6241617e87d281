import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildCache } from '../../src/lib/build/cache';
import { toBibtex } from '../../src/lib/citations/bibtex';
import { PARTIAL_AUTHORS_NOTE, toCsl, toCslJson, type Citable } from '../../src/lib/citations/csl';
import { allCitable } from '../../src/lib/site/downloads';
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
    expect(citationKeyStem({ author: [{ literal: "Early Breast Cancer Trialists' Collaborative Group (EBCTCG)" }], issued: { 'date-parts': [[2011]] } })).toBe(
      'ebctcg2011',
    );
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
    expect(bib).toContain('  author = {M{\\"u}ller, J{\\"u}rgen and {\\O}degaard, {\\AA}se and Smith, Jr, John and {EBCTCG Collaborative Group}},');
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
  const sparse: Citable = {
    id: 'doe2001sparse',
    type: 'article-journal',
    title: 'A sparse record',
    author: [{ family: 'Doe' }],
    'container-title': 'Journal',
    issued: { 'date-parts': [[2001]] },
  };
  it('writes only the fields it has', () => {
    const bib = toBibtex([sparse]);
    expect(bib).not.toMatch(/pages|number|volume|doi|pmid/);
    expect(bib).toContain('  author = {Doe},');
    const ris = toRis([sparse]);
    expect(ris).not.toMatch(/^(SP|EP|IS|VL|DO) {2}-/m);
    expect(formatCitation(sparse, 'vancouver')).toBe('Doe. A sparse record. Journal. 2001.');
  });
});

describe('RIS', () => {
  const long = { ...edgeCase, title: `${'A very long title '.repeat(10)}end` };
  const ris = toRis([long]);
  it('writes one line per field, never wrapping long values', () => {
    const lines = ris.trimEnd().split('\r\n');
    expect(lines.every((line) => /^[A-Z][A-Z0-9] {2}-( |$)/.test(line))).toBe(true);
    expect(lines).toContain(`TI  - ${long.title}`);
    expect(lines[0]).toBe('TY  - JOUR');
    expect(lines.at(-1)).toMatch(/^ER {2}-/);
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

describe('retractions and incomplete bylines travel with every export', () => {
  const loaded = loadCorpusDir(goodCorpus);
  if (!loaded.ok) throw new Error('the good fixture corpus must validate');
  const { corpus } = loaded;
  const retracted = corpus.referenceById.get('johnston2018phase')!;
  const corrected = corpus.referenceById.get('johnston2021phase')!;
  const plain = corpus.referenceById.get('hurtado2008regulation')!;
  const warning =
    'RETRACTED (notice 2020-08-20, doi:10.1200/JCO.20.02029); do not cite as evidence. Replaced by the corrected article doi:10.1200/JCO.20.01894.';

  it('BibTeX: the retraction notice and the replacing article in the note; an incomplete byline as "and others"', () => {
    expect(toBibtex([retracted])).toContain(`  note = {${warning}},`);
    expect(toBibtex([retracted], 'biblatex')).toContain(`  note = {${warning}},`);
    expect(toBibtex([corrected])).toContain('  author = {Johnston, Stephen RD and others},');
    expect(toBibtex([corrected])).not.toMatch(/note|RETRACTED/);
    expect(toBibtex([plain])).not.toMatch(/note =/);
  });

  it('RIS: the same warning as N1, and the incomplete byline said in words', () => {
    const lines = (ref: Citable) => toRis([ref]).split('\r\n');
    expect(lines(retracted)).toContain(`N1  - ${warning}`);
    expect(lines(corrected)).toContain(`N1  - ${PARTIAL_AUTHORS_NOTE}`);
    expect(lines(plain).some((line) => line.startsWith('N1  -'))).toBe(false);
  });

  it('CSL-JSON: the warning as note', () => {
    const [a, b, c] = JSON.parse(toCslJson([retracted, corrected, plain]));
    expect(a.note).toBe(warning);
    expect(b.note).toBe(PARTIAL_AUTHORS_NOTE);
    expect(c.note).toBeUndefined();
  });

  it('the whole-corpus downloads hold the review first, then every study by key', () => {
    const citable = allCitable(corpus);
    expect(citable[0]).toBe(corpus.review);
    expect(citable.slice(1).map((ref) => ref.id)).toEqual(corpus.references.map((ref) => ref.id));
    const bib = toBibtex(citable);
    expect(bib.startsWith('@article{giuliano2013bidirectional,\n')).toBe(true);
    expect(bib.match(/^@\w+\{/gm)).toHaveLength(corpus.references.length + 1);
  });

  it('real bibtex (plain.bst) and biber read the whole-corpus file, warning included, without an error or a warning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bibtex-'));
    const citable = allCitable(corpus);
    writeFileSync(join(dir, 'references.bib'), toBibtex(citable));
    writeFileSync(join(dir, 'main.aux'), '\\relax\n\\citation{*}\n\\bibstyle{plain}\n\\bibdata{references}\n');
    const bibtex = spawnSync('bibtex', ['main'], { cwd: dir, encoding: 'utf8' });
    expect(bibtex.stdout).not.toMatch(/warning|error/i);
    expect(bibtex.status).toBe(0);
    const bbl = readFileSync(join(dir, 'main.bbl'), 'utf8');
    expect(bbl.match(/\\bibitem/g)).toHaveLength(citable.length);
    // plain.bst prints the note: the warning reaches the reader's bibliography.
    expect(bbl.replace(/\s+/g, ' ')).toContain('RETRACTED (notice 2020-08-20, doi:10.1200/JCO.20.02029); do not cite as evidence.');
    writeFileSync(join(dir, 'references.biblatex.bib'), toBibtex(citable, 'biblatex'));
    const biber = spawnSync('biber', ['--tool', '--output-file', join(dir, 'checked.bib'), join(dir, 'references.biblatex.bib')], { encoding: 'utf8' });
    expect(biber.stdout + biber.stderr).not.toMatch(/\b(ERROR|WARN)\b/);
    expect(biber.status).toBe(0);
    expect(readFileSync(join(dir, 'checked.bib'), 'utf8').match(/^@/gm)).toHaveLength(citable.length);
  });

  it('a conference abstract in a journal supplement (volume and issue) reads in plain.bst without a warning', () => {
    // Like NRG/NSABP B-52 in Cancer Research 77(4 Supplement): an @inproceedings entry with both volume and number.
    const abstract: Citable = {
      id: 'rimawi2017phase',
      type: 'paper-conference',
      title: 'A phase III trial evaluating pCR in patients with HR+, HER2-positive breast cancer',
      author: [{ family: 'Rimawi', given: 'Mothaffar F.' }],
      'container-title': 'Cancer Research',
      issued: { 'date-parts': [[2017]] },
      volume: '77',
      issue: '4 Supplement',
      page: 'S3-06',
    };
    const dir = mkdtempSync(join(tmpdir(), 'bibtex-'));
    writeFileSync(join(dir, 'references.bib'), toBibtex([abstract]));
    writeFileSync(join(dir, 'main.aux'), '\\relax\n\\citation{*}\n\\bibstyle{plain}\n\\bibdata{references}\n');
    const bibtex = spawnSync('bibtex', ['main'], { cwd: dir, encoding: 'utf8' });
    expect(bibtex.stdout, toBibtex([abstract])).not.toMatch(/warning|error/i);
  });
});
