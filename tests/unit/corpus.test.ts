import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpusDir } from '../../src/lib/content/load';
import { referencesOf } from '../../src/lib/content/corpus';
import { formatProblem, type Problem } from '../../src/lib/content/problems';
import { bibliographicSchema } from '../../src/schemas/bibliographic';
import { brokenCaseProblems } from '../support/broken-cases';
import { brokenCases, brokenCorpus, goodCorpus } from '../support/fixtures';

function problemsOf(dir: string): string[] {
  const result = loadCorpusDir(dir);
  expect(result.ok).toBe(false);
  return (result as { problems: Problem[] }).problems.map(formatProblem);
}

describe('the good fixture corpus', () => {
  const result = loadCorpusDir(goodCorpus);
  const corpus = () => {
    if (!result.ok) throw new Error(`the good fixture corpus must be valid:\n${result.problems.map(formatProblem).join('\n')}`);
    return result.corpus;
  };
  const ids = (records: { id: string }[]) => records.map((record) => record.id);

  it('validates and resolves the graph, records pointing at each other as objects both ways', () => {
    expect(result.ok).toBe(true);
    const { claims, items, review, referenceById, drugById, claimById, namedDrugs, redirects } = corpus();
    expect(ids(claims)).toEqual([
      'foxo3a-links-akt-to-er-loss',
      'mapk-phosphorylates-er',
      'pax2-represses-erbb2',
      'dual-her2-blockade-with-aromatase-inhibitor',
      'her2-predicts-endocrine-failure',
    ]);
    expect(items).toHaveLength(8);
    expect(review.sections.map((s) => s.number)).toEqual([1, 2, 3]);
    expect(referenceById.get('kato1995activation')?.claims.map((c) => c.id)).toEqual(['mapk-phosphorylates-er', 'her2-predicts-endocrine-failure']);
    expect(referenceById.get('kato1995activation')?.items.map((item) => `${item.claim.id}:${item.stance}`)).toEqual([
      'mapk-phosphorylates-er:supports',
      'her2-predicts-endocrine-failure:context',
    ]);
    expect(drugById.get('tamoxifen')?.claims.map((c) => c.id)).toEqual(['pax2-represses-erbb2', 'her2-predicts-endocrine-failure']);
    const claim = claimById.get('pax2-represses-erbb2')!;
    expect(claim.section.claims).toContain(claim);
    expect(ids(claim.pathways)).toEqual(['pax2', 'her2']);
    expect(claim.pathways[1].claims).toContain(claim);
    expect(ids(drugById.get('tamoxifen')!.targets)).toEqual(['er-genomic']);
    expect(namedDrugs.every((d) => d.claims.length > 0)).toBe(true);
    expect(redirects.get('her2-endocrine-old')?.id).toBe('her2-predicts-endocrine-failure');
  });

  it('derives each claim’s type, level, consensus with its count, and status with its deciding study and note', () => {
    const summary = (id: string) => {
      const claim = corpus().claimById.get(id)!;
      return {
        type: claim.type,
        level: claim.level,
        consensus: claim.consensus,
        status: claim.status.value,
        deciding: claim.status.deciding?.reference.id,
        note: claim.status.note !== undefined,
      };
    };
    // One cell-line study: D, a single study, nothing later.
    expect(summary('mapk-phosphorylates-er')).toEqual({
      type: 'mechanism',
      level: 'D',
      consensus: { value: 'single-study', studies: 1 },
      status: 'no-later-study',
      deciding: undefined,
      note: false,
    });
    // Cells support; a later tumour study is mixed (its reason given): two studies, mixed, refined by the tumour study.
    expect(summary('foxo3a-links-akt-to-er-loss')).toEqual({
      type: 'mechanism',
      level: 'D',
      consensus: { value: 'mixed', studies: 2 },
      status: 'refined',
      deciding: 'giuliano2015upregulation',
      note: true,
    });
    // A meta-analysis of treated-only cohorts is C for a predictive claim; the cell-line item is context and not counted.
    expect(summary('her2-predicts-endocrine-failure')).toEqual({
      type: 'predictive',
      level: 'C',
      consensus: { value: 'single-study', studies: 1 },
      status: 'no-later-study',
      deciding: undefined,
      note: false,
    });
    // The retracted ALTERNATIVE report never counts: the corrected one alone makes it A, a single study, confirmed.
    expect(summary('dual-her2-blockade-with-aromatase-inhibitor')).toEqual({
      type: 'therapeutic',
      level: 'A',
      consensus: { value: 'single-study', studies: 1 },
      status: 'confirmed',
      deciding: 'johnston2021phase',
      note: true,
    });
    const items = corpus().claimById.get('dual-her2-blockade-with-aromatase-inhibitor')!.evidence;
    expect(items.map((item) => ({ id: item.id, retracted: item.retracted, weighs: item.weighs, level: item.level }))).toEqual([
      { id: 'dual-her2-blockade-with-aromatase-inhibitor:johnston2018phase', retracted: true, weighs: false, level: 'A' },
      { id: 'dual-her2-blockade-with-aromatase-inhibitor:johnston2021phase', retracted: false, weighs: true, level: 'A' },
    ]);
    const context = corpus().claimById.get('her2-predicts-endocrine-failure')!.evidence[1];
    expect(context).toMatchObject({ stance: 'context', weighs: false, level: 'E' });
  });

  it('links a clinical claim to the mechanism it tests and back, and see-also both ways', () => {
    const { claimById } = corpus();
    const clinical = claimById.get('her2-predicts-endocrine-failure')!;
    const mechanism = claimById.get('mapk-phosphorylates-er')!;
    expect(clinical.tests).toEqual([mechanism]);
    expect(mechanism.testedBy).toEqual([clinical]);
    expect(clinical.testedBy).toEqual([]);
    expect(mechanism.tests).toEqual([]);
    const pax2 = claimById.get('pax2-represses-erbb2')!;
    expect(clinical.seeAlso).toEqual([pax2]);
    expect(pax2.seeAlso).toEqual([clinical]);
    expect(claimById.get('foxo3a-links-akt-to-er-loss')!.seeAlso).toEqual([]);
  });

  it('lists a claim once: one linked as the mechanism tested (or testing it) is not repeated under see also', () => {
    const real = loadCorpusDir('content');
    if (!real.ok) throw new Error('the real corpus must be valid');
    const mechanism = real.corpus.claimById.get('estrogen-and-her-receptor-expression')!;
    const clinical = real.corpus.claimById.get('her2-falls-as-er-rises-in-tumours')!;
    // Written both ways in content/: the mechanism names the clinical claim under seeAlso, the clinical claim tests it.
    expect(clinical.tests).toContain(mechanism);
    expect(mechanism.seeAlso).not.toContain(clinical);
    expect(clinical.seeAlso).not.toContain(mechanism);
    for (const claim of real.corpus.claims) {
      for (const other of claim.seeAlso) expect([...claim.tests, ...claim.testedBy], `${claim.id} → ${other.id}`).not.toContain(other);
    }
  });

  it('flags a retracted study and links it to the report that replaces it, both ways', () => {
    const { referenceById } = corpus();
    const retracted = referenceById.get('johnston2018phase')!;
    const corrected = referenceById.get('johnston2021phase')!;
    expect(retracted.retracted).toBe(true);
    expect(retracted.replacedBy).toBe(corrected);
    expect(corrected.replaces).toEqual([retracted]);
    expect(corrected.retracted).toBe(false);
    expect(corrected.replacedBy).toBeUndefined();
    expect([...referenceById.values()].filter((ref) => ref.retracted).map((ref) => ref.id)).toEqual(['johnston2018phase']);
  });

  it('resolves each interaction to its nodes and claims, lists it out of its source and into its target, and takes the best level of its claims', () => {
    const { interactions, pathwayById, claimById } = corpus();
    expect(ids(interactions)).toEqual([
      'akt-lowers-er',
      'akt-phosphorylates-er-ser167',
      'er-represses-erbb2',
      'her2-activates-mapk',
      'mapk-phosphorylates-er-ser118',
    ]);
    for (const interaction of interactions) {
      expect(interaction.source.outgoing).toContain(interaction);
      expect(interaction.target.incoming).toContain(interaction);
      for (const claim of interaction.claims) expect(claim.interactions).toContain(interaction);
      expect(interaction.level).toBe(interaction.claims.map((c) => c.level).sort()[0]);
    }
    const er = pathwayById.get('er-genomic')!;
    expect(ids(er.incoming).sort()).toEqual(['akt-lowers-er', 'akt-phosphorylates-er-ser167', 'mapk-phosphorylates-er-ser118']);
    expect(ids(er.outgoing)).toEqual(['er-represses-erbb2']);
    expect(ids(pathwayById.get('mapk-erk')!.incoming)).toEqual(['her2-activates-mapk']);
    expect(pathwayById.get('pax2')!.outgoing.length + pathwayById.get('pax2')!.incoming.length).toBe(0);
    // The crosstalk direction follows from the nodes' sides: shared cascades count with the HER side.
    const way = (id: string) => interactions.find((x) => x.id === id)!.way;
    expect([way('mapk-phosphorylates-er-ser118'), way('er-represses-erbb2'), way('her2-activates-mapk')]).toEqual(['her-to-er', 'er-to-her', 'within']);
    expect(ids(claimById.get('mapk-phosphorylates-er')!.interactions).sort()).toEqual([
      'akt-phosphorylates-er-ser167',
      'her2-activates-mapk',
      'mapk-phosphorylates-er-ser118',
    ]);
  });

  it("resolves a trial's primary result and analyses to their publications, and its claims and drugs", () => {
    const { trialById, referenceById } = corpus();
    const trial = trialById.get('alternative')!;
    expect(trial.primary.reference).toBe(referenceById.get('johnston2021phase'));
    expect(trial.primary).toMatchObject({ measure: 'HR', estimate: 0.62, low: 0.45, high: 0.88, p: '0.0063' });
    expect(trial.analyses.map((a) => a.reference.id)).toEqual(['johnston2021phase']);
    expect(ids(trial.references)).toEqual(['johnston2021phase', 'johnston2018phase']);
    expect(ids(trial.claims)).toEqual(['dual-her2-blockade-with-aromatase-inhibitor']);
    expect(ids(trial.drugs)).toEqual(['lapatinib', 'trastuzumab']);
    expect(referenceById.get('johnston2018phase')!.trials).toEqual([trial]);
  });

  it('keeps claim bodies as Markdown and the review body as the overview', () => {
    expect(corpus().claimById.get('pax2-represses-erbb2')?.body).toContain('**Markdown**');
    expect(corpus().review.body.trim()).toBe('Fixture overview paragraph.');
  });

  it('lists the distinct references of several claims in citation order', () => {
    const { claimById } = corpus();
    const claims = ['her2-predicts-endocrine-failure', 'mapk-phosphorylates-er', 'foxo3a-links-akt-to-er-loss'].map((id) => claimById.get(id)!);
    expect(referencesOf(claims).map((r) => r.id)).toEqual([
      'delaurentiis2005metaanalysis',
      'kato1995activation',
      'guo2004forkhead',
      'giuliano2015upregulation',
    ]);
  });
});

describe('a page field', () => {
  const page = bibliographicSchema.shape.page;
  it('takes page ranges as PubMed prints them, online-only pages and article numbers included', () => {
    for (const value of ['1254-1261', '331s-336s', '80-91.e7', '283ra51', 'e1001']) expect(page.safeParse(value).success, value).toBe(true);
  });
  it('refuses prose and en dashes', () => {
    for (const value of ['pp. 80-91', '80–91', '80-91.', '80-91.e']) expect(page.safeParse(value).success, value).toBe(false);
  });
});

describe('a trial reported twice, in a corpus', () => {
  it('counts once toward consensus: its reports are one study', () => {
    // The good corpus without the retraction: the two ALTERNATIVE reports are then both primary, and still one trial.
    const dir = mkdtempSync(join(tmpdir(), 'corpus-twice-'));
    cpSync(goodCorpus, dir, { recursive: true });
    const file = join(dir, 'references/johnston2018phase.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^updates:[\s\S]*?(?=^curation:)/m, ''));
    const loaded = loadCorpusDir(dir);
    if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
    const claim = loaded.corpus.claimById.get('dual-her2-blockade-with-aromatase-inhibitor')!;
    expect(claim.evidence.map((item) => item.weighs)).toEqual([true, true]);
    expect(claim.consensus).toEqual({ value: 'single-study', studies: 1 });
    expect(loaded.corpus.referenceById.get('johnston2018phase')!.retracted).toBe(false);
  });

  it('keeps a pooled analysis of several trials apart from each trial it pools', () => {
    // The same corpus, with the corrected ALTERNATIVE report also listed by a second trial: it then pools two trials.
    const dir = mkdtempSync(join(tmpdir(), 'corpus-pooled-'));
    cpSync(goodCorpus, dir, { recursive: true });
    const file = join(dir, 'references/johnston2018phase.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^updates:[\s\S]*?(?=^curation:)/m, ''));
    const trial = readFileSync(join(dir, 'trials/alternative.yaml'), 'utf8');
    writeFileSync(
      join(dir, 'trials/pooled-with-alternative.yaml'),
      trial.replace(/^name: .*$/m, 'name: ALTERNATIVE twin').replace(/^references: .*$/m, 'references: [johnston2021phase]'),
    );
    const loaded = loadCorpusDir(dir);
    if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
    const claim = loaded.corpus.claimById.get('dual-her2-blockade-with-aromatase-inhibitor')!;
    expect(claim.consensus).toEqual({ value: 'consistent', studies: 2 });
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
