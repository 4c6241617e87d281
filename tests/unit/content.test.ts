import { describe, expect, it } from 'vitest';
import { loadCorpusDir } from '../../src/lib/content-files';
import { formatProblems, type Corpus } from '../../src/lib/corpus';

/** The published corpus itself, held to the curation rules in the README and /about/. */
function realCorpus(): Corpus {
  const result = loadCorpusDir('content');
  if (!result.ok) throw new Error(formatProblems(result.problems));
  return result.corpus;
}

describe('the published corpus', () => {
  const corpus = realCorpus();

  it('has at least five claims in every section of the review', () => {
    for (const section of corpus.review.sections) {
      expect(corpus.claimsBySection.get(section.id)?.length ?? 0, section.id).toBeGreaterThanOrEqual(5);
    }
  });

  it('cites only studies published no later than the review (2013)', () => {
    for (const ref of corpus.references) expect(ref.year, ref.id).toBeLessThanOrEqual(2013);
  });

  it('identifies every reference by DOI or PMID, or says why not', () => {
    for (const ref of corpus.references) {
      expect(Boolean(ref.DOI || ref.PMID || ref.verified.note), ref.id).toBe(true);
    }
  });

  it('records where every reference was verified', () => {
    for (const ref of corpus.references) expect(ref.verified.source, ref.id).toMatch(/^https?:\/\//);
  });

  it('has no reference that no claim cites and no duplicate identifiers', () => {
    const cited = new Set(corpus.claims.flatMap((c) => c.references));
    expect(corpus.references.filter((r) => !cited.has(r.id)).map((r) => r.id)).toEqual([]);
    const dois = corpus.references.flatMap((r) => (r.DOI ? [r.DOI.toLowerCase()] : []));
    const pmids = corpus.references.flatMap((r) => (r.PMID ? [r.PMID] : []));
    expect(new Set(dois).size).toBe(dois.length);
    expect(new Set(pmids).size).toBe(pmids.length);
  });

  it('names the core endocrine and anti-HER2 drugs in claims', () => {
    for (const drug of ['tamoxifen', 'fulvestrant', 'letrozole', 'anastrozole', 'trastuzumab', 'lapatinib', 'gefitinib']) {
      expect(corpus.claimsByDrug.get(drug)?.length ?? 0, drug).toBeGreaterThan(0);
    }
  });

  it('describes every pathway node with aliases users search by', () => {
    expect(corpus.pathways.length).toBeGreaterThanOrEqual(12);
    for (const pathway of ['her2', 'er-genomic', 'coactivators']) {
      expect(corpus.pathwayById.get(pathway)?.aliases.length ?? 0, pathway).toBeGreaterThan(0);
    }
  });
});
