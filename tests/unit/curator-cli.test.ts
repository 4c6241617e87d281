import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toBibtex } from '../../src/lib/citations/bibtex';
import { loadCorpusDir } from '../../src/lib/content/load';
import type { Citable } from '../../src/lib/citations/csl';
import type { Reference } from '../../src/lib/content/corpus';
import { claimId } from '../../src/lib/curation/claim-template';
import { CONTEXT_PLACEHOLDER, FINDING_PLACEHOLDER } from '../../src/lib/content/placeholders';
import { goodCorpus } from '../support/fixtures';
import { run } from '../support/run';

function copyOfGoodCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'curate-'));
  cpSync(goodCorpus, dir, { recursive: true });
  return dir;
}

function npmRun(script: string, contentDir: string, args: string[]) {
  return run('npm', ['run', '-s', script, '--', ...args], { CONTENT_DIR: contentDir });
}

describe('npm run new:claim', () => {
  it('writes a claim that validates once its context is written', async () => {
    const dir = copyOfGoodCorpus();
    const result = await npmRun('new:claim', dir, [
      '--statement',
      'Oestrogen-bound ER represses ERBB2 through PAX2.',
      '--title',
      'ER, PAX2 and ERBB2',
      '--type',
      'mechanism',
      '--section',
      'er-to-her2',
      '--direction',
      'er-to-her2',
      '--stance',
      'supports',
      '--design',
      'in-vitro',
      '--pathways',
      'pax2, her2',
      '--drugs',
      'tamoxifen',
      '--references',
      'hurtado2008regulation, kato1995activation',
    ]);
    expect(result.status, result.stderr).toBe(0);
    const file = join(dir, 'claims/oestrogen-bound-er-represses-erbb2-through-pax2.md');
    const written = readFileSync(file, 'utf8');
    expect(written).toContain('pathways: [ pax2, her2 ]');
    // Every claim has a type: it decides which designs can weigh on it.
    expect(written).toMatch(/^type: mechanism$/m);

    expect(written).toMatch(/evidence:\n {2}- reference: hurtado2008regulation\n {4}stance: supports\n {4}design: in-vitro\n/);

    // Until the synthesis and every finding are written, the claim cannot be published.
    const before = loadCorpusDir(dir);
    expect(before.ok ? [] : before.problems.map((p) => p.field)).toEqual(['body', 'evidence[0].finding', 'evidence[1].finding']);
    writeFileSync(
      file,
      written
        .replace(CONTEXT_PLACEHOLDER, 'Hurtado and colleagues showed this in MCF-7 cells.')
        .replaceAll(FINDING_PLACEHOLDER, 'ER and PAX2 bound the ERBB2 gene and lowered its expression.'),
    );
    expect(loadCorpusDir(dir).ok).toBe(true);
  });

  it('refuses unknown ids with the usual file-and-field message', async () => {
    const dir = copyOfGoodCorpus();
    const result = await npmRun('new:claim', dir, [
      '--statement',
      'A claim citing nothing real.',
      '--title',
      'Nothing real',
      '--type',
      'mechanism',
      '--section',
      'her2-to-er',
      '--direction',
      'single-pathway',
      '--stance',
      'supports',
      '--design',
      'in-vitro',
      '--pathways',
      'her2',
      '--references',
      'nosuch2001paper',
    ]);
    expect(result.status).not.toBe(0);
    // The unknown study is the only problem: the skeleton itself is a valid claim of the new model.
    expect(result.stderr).toContain('1 content problem found:');
    expect(result.stderr).toContain("evidence[0].reference: no reference 'nosuch2001paper'");
  });

  it('gives each item the fields its design needs, so only the placeholders are left to write', async () => {
    const dir = copyOfGoodCorpus();
    const result = await npmRun('new:claim', dir, [
      '--statement',
      'HER2-positive tumours gain less from tamoxifen in randomised trials.',
      '--title',
      'HER2 and tamoxifen in trials',
      '--type',
      'predictive',
      '--section',
      'endocrine-resistance',
      '--direction',
      'her2-to-er',
      '--stance',
      'supports',
      '--design',
      'trial-analysis',
      '--pathways',
      'her2',
      '--drugs',
      'tamoxifen',
      '--references',
      'delaurentiis2005metaanalysis',
    ]);
    expect(result.status, result.stderr).toBe(0);
    const check = loadCorpusDir(dir);
    expect(check.ok ? [] : check.problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'body: still holds the placeholder written by new:claim; write the synthesis',
      'evidence[0].finding: still holds the placeholder written by new:claim; write what the study found',
    ]);
  });

  it('numbers an id that is already taken', () => {
    expect(claimId('PAX2 represses ERBB2', new Set(['pax2-represses-erbb2']))).toBe('pax2-represses-erbb2-2');
  });
});

describe('npm run import:bib', () => {
  it('imports new entries under the key convention and skips duplicates and incomplete entries, saying why', async () => {
    const fixture = loadCorpusDir(goodCorpus);
    if (!fixture.ok) throw new Error('the good fixture corpus must be valid');
    const existing = fixture.corpus.referenceById.get('hurtado2008regulation') as Reference;
    const incoming: Citable = {
      id: 'anything',
      type: 'article-journal',
      title: 'Repeated observation of breast tumor subtypes in independent gene expression data sets',
      author: [
        { family: 'Sørlie', given: 'Therese' },
        { family: 'Perou', given: 'Charles M.' },
      ],
      'container-title': 'Proceedings of the National Academy of Sciences of the United States of America',
      issued: { 'date-parts': [[2003, 7, 8]] },
      volume: '100',
      issue: '14',
      page: '8418-8423',
      DOI: '10.1073/pnas.0932692100',
    };
    const dir = copyOfGoodCorpus();
    const bibFile = join(dir, 'incoming.bib');
    writeFileSync(bibFile, toBibtex([existing, incoming]) + '@article{incomplete,\n  title = {A title only},\n  author = {Doe, Jane},\n  year = {2001},\n}\n');
    const result = await npmRun('import:bib', dir, [bibFile]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`wrote ${join(dir, 'references/sorlie2003repeated.yaml')}`);
    expect(result.stdout).toMatch(/skipped hurtado2008regulation: DOI 10\.1038\/nature07483 is already in the corpus/);
    expect(result.stdout).toMatch(/skipped incomplete: missing or invalid container-title/);
    expect(result.stdout).toContain('1 imported, 2 skipped.');

    const imported = readFileSync(join(dir, 'references/sorlie2003repeated.yaml'), 'utf8');
    expect(imported).toContain('DOI: 10.1073/pnas.0932692100');
    expect(imported).toContain('Sørlie');
    // The new record is neither verified nor cited yet, and the build refuses it until both are done.
    const check = loadCorpusDir(dir);
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`)).toEqual([
        `${join(dir, 'references/sorlie2003repeated.yaml')}: verified: is required`,
      ]);
    }
  });
});
