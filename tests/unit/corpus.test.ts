import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpusDir } from '../../src/lib/content-files';
import { formatProblem, referencesOf, type Problem } from '../../src/lib/corpus';
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
    expect(corpus.review.sections.map((s) => s.number)).toEqual([1, 2, 3]);
    expect(corpus.claimsByReference.get('kato1995activation')?.map((c) => c.id)).toEqual([
      'mapk-phosphorylates-er',
      'her2-predicts-endocrine-failure',
    ]);
    expect(corpus.claimsByDrug.get('tamoxifen')?.length).toBe(2);
    expect(corpus.claimsByTrial.get('example-trial')?.map((c) => c.id)).toEqual(['her2-predicts-endocrine-failure']);
    expect(corpus.referenceById.get('guo2004forkhead')?.year).toBe(2004);
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
    expect(referencesOf(corpus, claims).map((r) => r.id)).toEqual(['delaurentiis2005metaanalysis', 'kato1995activation']);
  });
});

describe('broken fixture corpora report every problem with file and field', () => {
  const expected: Record<string, (dir: string) => string[]> = {
    'missing-reference': (dir) => [
      `${join(dir, 'claims/mapk-phosphorylates-er.md')}: references[0]: no reference 'kato1995activatoin' (did you mean 'kato1995activation'?)`,
    ],
    'unknown-vocabulary': (dir) => [
      `${join(dir, 'claims/foxo3a-links-akt-to-er-loss.md')}: section: no review section 'her2-to-her' (did you mean 'her2-to-er'?)`,
      `${join(dir, 'claims/foxo3a-links-akt-to-er-loss.md')}: pathways[0]: no pathway 'pi3k-akt' (did you mean 'pi3k-akt-mtor'?)`,
      `${join(dir, 'claims/foxo3a-links-akt-to-er-loss.md')}: drugs[0]: no drug 'tamoxifin' (did you mean 'tamoxifen'?)`,
      `${join(dir, 'claims/foxo3a-links-akt-to-er-loss.md')}: trials[0]: no trial 'no-such-trial'`,
    ],
    'malformed-yaml': (dir) => [expect.stringMatching(new RegExp(`^${join(dir, 'references/kato1995activation.yaml')}: line \\d+: malformed YAML: `)) as unknown as string],
    'missing-field': (dir) => [`${join(dir, 'claims/pax2-represses-erbb2.md')}: statement: is required`],
    'wrong-type': (dir) => [
      `${join(dir, 'claims/pax2-represses-erbb2.md')}: direction: invalid enum value. Expected 'er-to-her2' | 'her2-to-er' | 'bidirectional' | 'none', received 'sideways'`,
      `${join(dir, 'claims/pax2-represses-erbb2.md')}: pathways: expected array, received string`,
    ],
    'duplicate-doi': (dir) => [
      `${join(dir, 'references/hurtado2008regulation.yaml')}: DOI: DOI 10.1038/nature07483 is also used by ${join(dir, 'references/guo2004forkhead.yaml')}`,
      `${join(dir, 'references/hurtado2008regulation.yaml')}: PMID: PMID 19005469 is also used by ${join(dir, 'references/guo2004forkhead.yaml')}`,
    ],
    'duplicate-id': (dir) => [
      `${join(dir, 'vocab/pathways.yaml')}: [5] (her2).id: duplicate pathway id 'her2' (also in ${join(dir, 'vocab/pathways.yaml')} [1] (her2))`,
    ],
    'raw-html': (dir) => [`${join(dir, 'claims/pax2-represses-erbb2.md')}: body: raw HTML is not allowed in Markdown; write plain Markdown`],
    'orphan-reference': (dir) => [
      `${join(dir, 'references/ruff2000estrogen.yaml')}: (record): reference 'ruff2000estrogen' is not cited by any claim; cite it or remove the file`,
    ],
    'wrong-extension': (dir) => [
      `${join(dir, 'references/extra-record.yml')}: (file name): only .yaml files belong in references/; rename or remove this file`,
    ],
  };

  it('has an expectation for every broken fixture', () => {
    expect(brokenCases()).toEqual(Object.keys(expected).sort());
  });

  for (const name of Object.keys(expected)) {
    it(name, () => {
      const dir = brokenCorpus(name);
      expect(problemsOf(dir)).toEqual(expected[name](dir));
    });
  }
});
