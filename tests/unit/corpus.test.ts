import { describe, expect, it } from 'vitest';
import { loadCorpusDir } from '../../src/lib/content/load';
import { referencesOf } from '../../src/lib/content/corpus';
import { formatProblem, type Problem } from '../../src/lib/content/problems';
import { brokenCaseProblems } from '../support/broken-cases';
import { brokenCases, brokenCorpus, goodCorpus } from '../support/fixtures';

function problemsOf(dir: string): string[] {
  const result = loadCorpusDir(dir);
  expect(result.ok).toBe(false);
  return (result as { problems: Problem[] }).problems.map(formatProblem);
}

describe('the good fixture corpus', () => {
  const result = loadCorpusDir(goodCorpus);

  it('validates and resolves the graph', () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { corpus } = result;
    expect(corpus.claims.map((c) => c.id)).toEqual([
      'foxo3a-links-akt-to-er-loss',
      'mapk-phosphorylates-er',
      'pax2-represses-erbb2',
      'her2-predicts-endocrine-failure',
    ]);
    expect(corpus.items).toHaveLength(7);
    expect(corpus.review.sections.map((s) => s.number)).toEqual([1, 2, 3]);
    expect(corpus.referenceById.get('kato1995activation')?.claims.map((c) => c.id)).toEqual([
      'mapk-phosphorylates-er',
      'her2-predicts-endocrine-failure',
    ]);
    expect(corpus.referenceById.get('kato1995activation')?.items.map((item) => `${item.claim.id}:${item.stance}`)).toEqual([
      'mapk-phosphorylates-er:supports',
      'her2-predicts-endocrine-failure:context',
    ]);
    expect(corpus.drugById.get('tamoxifen')?.claims).toHaveLength(2);
    expect(corpus.trialById.get('example-trial')?.claims.map((c) => c.id)).toEqual(['her2-predicts-endocrine-failure']);
    expect(corpus.referenceById.get('guo2004forkhead')?.year).toBe(2004);
    // Records point at each other as objects, both ways.
    const claim = corpus.claimById.get('pax2-represses-erbb2')!;
    expect(claim.section.claims).toContain(claim);
    expect(claim.pathways.map((p) => p.id)).toEqual(['pax2', 'her2']);
    expect(claim.pathways[1].claims).toContain(claim);
    expect(corpus.drugById.get('tamoxifen')?.targets.map((p) => p.id)).toEqual(['er-genomic']);
    expect(corpus.namedDrugs.every((d) => d.claims.length > 0)).toBe(true);
    expect(corpus.redirects.get('her2-endocrine-old')?.id).toBe('her2-predicts-endocrine-failure');
  });

  it('derives the level, consensus and status of each claim from its items', () => {
    if (!result.ok) throw new Error('fixture must be valid');
    const summary = (id: string) => {
      const claim = result.corpus.claimById.get(id)!;
      return { level: claim.level, consensus: claim.consensus, status: claim.status.value, references: claim.references.map((r) => r.id) };
    };
    // A meta-analysis supports (A); a later study is mixed (refined), and no item contradicts.
    expect(summary('her2-predicts-endocrine-failure')).toEqual({
      level: 'A',
      consensus: 'mixed',
      status: 'refined',
      references: ['delaurentiis2005metaanalysis', 'kato1995activation', 'giuliano2015upregulation'],
    });
    // Cell lines support, a meta-analysis contradicts: level D, and one against one is contested.
    expect(summary('foxo3a-links-akt-to-er-loss')).toMatchObject({ level: 'D', consensus: 'contested', status: 'not-yet-tested' });
    expect(summary('pax2-represses-erbb2')).toMatchObject({ level: 'D', consensus: 'consistent', status: 'not-yet-tested' });
    const item = result.corpus.claimById.get('her2-predicts-endocrine-failure')!.evidence[2];
    expect(item).toMatchObject({ id: 'her2-predicts-endocrine-failure:giuliano2015upregulation', era: 'later', level: 'B', n: 41 });
  });

  it('keeps claim bodies as Markdown and the review body as the overview', () => {
    if (!result.ok) throw new Error('fixture must be valid');
    expect(result.corpus.claimById.get('pax2-represses-erbb2')?.body).toContain('**Markdown**');
    expect(result.corpus.review.body.trim()).toBe('Fixture overview paragraph.');
  });

  it('lists the distinct references of several claims in citation order', () => {
    if (!result.ok) throw new Error('fixture must be valid');
    const { corpus } = result;
    const claims = ['her2-predicts-endocrine-failure', 'mapk-phosphorylates-er'].map((id) => corpus.claimById.get(id)!);
    expect(referencesOf(claims).map((r) => r.id)).toEqual(['delaurentiis2005metaanalysis', 'kato1995activation', 'giuliano2015upregulation']);
  });
});

describe('broken fixture corpora report every problem with file and field', () => {
  it('has an expectation for every broken fixture', () => {
    expect(brokenCases()).toEqual(Object.keys(brokenCaseProblems).sort());
  });

  for (const [name, expected] of Object.entries(brokenCaseProblems)) {
    it(name, () => {
      const dir = brokenCorpus(name);
      const problems = problemsOf(dir);
      const wanted = expected(dir);
      expect(problems).toHaveLength(wanted.length);
      wanted.forEach((line, i) => (typeof line === 'string' ? expect(problems[i]).toBe(line) : expect(problems[i]).toMatch(line)));
    });
  }
});
