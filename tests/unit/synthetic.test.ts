import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpusDir } from '../../src/lib/content/load';
import { designsFor } from '../../src/lib/content/appraisal';
import { syntheticCorpus, SYNTHETIC_DOI_PREFIX } from '../support/synthetic-corpus';
import { claimTypes, designs, stances } from '../../src/schemas/common';
import { goodCorpus } from '../support/fixtures';
import { run } from '../support/run';
import { fixtureBase, writeFiles as write } from '../support/synthetic';

const { corpus: real, files: baseFiles } = fixtureBase();

describe('synthetic corpora', () => {
  const files = syntheticCorpus(real, baseFiles, { claims: 60, seed: 7 });
  const written = loadCorpusDir(write(files));

  it('validate, with the number of claims asked for, about three items each and one reference per 2.5 claims', () => {
    expect(written.ok, written.ok ? '' : written.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n')).toBe(true);
    if (!written.ok) return;
    expect(written.corpus.claims).toHaveLength(60);
    expect(written.corpus.references).toHaveLength(24);
    expect(written.corpus.items.length / 60).toBeGreaterThan(2.5);
    expect(written.corpus.items.length / 60).toBeLessThan(4);
  });

  it('carry every claim type, stance, design and era, so derived levels, consensus and statuses vary', () => {
    if (!written.ok) throw new Error('invalid');
    const { claims, items } = written.corpus;
    expect(new Set(claims.map((claim) => claim.type))).toEqual(new Set(claimTypes));
    expect(new Set(items.map((item) => item.stance))).toEqual(new Set(stances));
    expect(new Set(items.map((item) => item.design))).toEqual(new Set(designs));
    expect(new Set(items.map((item) => item.era))).toEqual(new Set(['review', 'later']));
    expect(new Set(claims.map((claim) => claim.consensus.value)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(claims.map((claim) => claim.level)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(claims.map((claim) => claim.status.value)).size).toBeGreaterThanOrEqual(3);
    // Every item's design can answer its claim's type, or the item is context (validation would refuse it otherwise).
    for (const item of items) expect(item.stance === 'context' || designsFor[item.claim.type].includes(item.design), item.id).toBe(true);
  });

  it('reuse the base corpus review outline, vocabularies and trials', () => {
    if (!written.ok) throw new Error('invalid');
    expect(written.corpus.review.sections.map((s) => s.id)).toEqual(real.review.sections.map((s) => s.id));
    expect(written.corpus.drugs.map((d) => d.id)).toEqual(real.drugs.map((d) => d.id));
    expect(written.corpus.trials.map((t) => t.id)).toEqual(real.trials.map((t) => t.id));
    const used = new Set(written.corpus.claims.flatMap((c) => [...c.pathways, ...c.drugs].map((x) => x.id)));
    expect(used.size).toBe(real.pathways.length + real.drugs.length);
  });

  it('cannot pass for real studies: test DOIs and a note on every reference', () => {
    if (!written.ok) throw new Error('invalid');
    for (const ref of written.corpus.references) {
      expect(ref.DOI!.startsWith(`${SYNTHETIC_DOI_PREFIX}/`)).toBe(true);
      expect(ref.curation?.note).toMatch(/not a real publication/);
    }
  });

  it('carry accented and non-Latin names and realistic statement lengths', () => {
    if (!written.ok) throw new Error('invalid');
    const families = written.corpus.references.flatMap((r) => r.author.map((a) => ('family' in a ? a.family : a.literal)));
    expect(families.some((name) => [...name].some((char) => char.charCodeAt(0) > 0x7f))).toBe(true);
    const lengths = written.corpus.claims.map((c) => c.statement.length);
    expect(Math.min(...lengths)).toBeGreaterThan(40);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(300);
  });

  it('are the same for the same seed and differ for another', () => {
    expect(syntheticCorpus(real, baseFiles, { claims: 60, seed: 7 })).toEqual(files);
    expect(syntheticCorpus(real, baseFiles, { claims: 60, seed: 8 })).not.toEqual(files);
  });

  it('npm run gen:synthetic writes a valid corpus and will not overwrite a directory by accident', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'gen-')), 'corpus');
    const first = await run('npm', ['run', '-s', 'gen:synthetic', '--', '--claims', '25', '--out', out], { CONTENT_DIR: goodCorpus });
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('Wrote 25 claims and 10 references (seed 1)');
    expect(loadCorpusDir(out).ok).toBe(true);
    const again = await run('npm', ['run', '-s', 'gen:synthetic', '--', '--claims', '25', '--out', out], { CONTENT_DIR: goodCorpus });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('is not empty');
    const bad = await run('npm', ['run', '-s', 'gen:synthetic', '--', '--claims', 'many', '--out', out], {});
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--claims must be a positive whole number');
  });
});
