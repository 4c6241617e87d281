import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { checkOriginality, main, writeFingerprints } from '../../src/cli/check-originality';
import {
  checkRecord,
  checkRecordFingerprints,
  comparableTokens,
  fingerprintFile,
  longestSharedRun,
  MAX_SHARED_RUN,
  parseFingerprints,
  sharedRunFromFingerprints,
  shingleHashes,
} from '../../src/lib/curation/originality';
import { goodCorpus } from '../support/fixtures';

const abstract =
  'Overexpression of HER2 was associated with a shorter time to progression on tamoxifen (HR 1.42, 95% CI 1.32-1.52; P < 0.00001) in 2,379 patients with metastatic breast cancer.';

describe('the our-own-words check', () => {
  it('finds the longest run of words our prose shares with an abstract', () => {
    const copied = 'We note that overexpression of HER2 was associated with a shorter time to progression in that series.';
    const run = longestSharedRun(copied, abstract);
    expect(run.length).toBe(11);
    expect(run.words).toBe('overexpression of HER2 was associated with a shorter time to progression');
    expect(run.length).toBeGreaterThanOrEqual(MAX_SHARED_RUN);
  });

  it('ignores figures and statistical shorthand, so quoting numbers exactly is never copying', () => {
    expect(comparableTokens('HR 1.42, 95% CI 1.32-1.52; P < 0.00001; n = 207 vs 2,379').map((t) => t.word)).toEqual([]);
    // Numbers neither count towards a run nor break one.
    expect(longestSharedRun('time to progression on tamoxifen (HR 2.1)', abstract).length).toBe(5);
  });

  it('folds case, accents and Greek letters', () => {
    expect(longestSharedRun('ERα binds the Café', 'era BINDS the cafe').length).toBe(4);
    expect(comparableTokens('ERα Café').map((t) => t.word)).toEqual(['era', 'cafe']);
  });

  it('reports the worst field of a record and the cited studies without an abstract', () => {
    const report = checkRecord(
      'content/claims/x.md',
      [
        { field: 'statement', text: 'HER2-positive tumours progressed sooner on endocrine therapy.', cites: ['a2005'] },
        { field: 'evidence[0].finding', text: 'Overexpression of HER2 was associated with a shorter time to progression.', cites: ['a2005', 'b2010'] },
      ],
      new Map([['a2005', abstract]]),
    );
    expect(report.longest).toMatchObject({ field: 'evidence[0].finding', key: 'a2005', length: 11 });
    expect(report.missing).toEqual(['b2010']);
  });
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** An abstracts folder with nothing in it: what a fresh clone has. */
const empty = () => mkdtempSync(join(tmpdir(), 'no-abstracts-'));

describe('fingerprints: the check from hashes alone', () => {
  /** Words no other text here uses, so the only run two texts share is the one planted. */
  const words = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) => `${prefix}${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);

  it('finds a shared run of 8 or more words at its full length, and leaves a shorter one unseen', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), (run, before, after) => {
        const shared = words('shared', run);
        const source = [...words('abstract', 12), ...shared, ...words('tail', 5)].join(' ');
        const prose = [...words('ours', before), ...shared, ...words('more', after)].join(' ');
        const fingerprints = parseFingerprints(fingerprintFile(source, sha256));
        const found = sharedRunFromFingerprints(prose, fingerprints, sha256);
        // From the abstract itself the run is always measured exactly; from its hashes only when it reaches 8 words.
        expect(longestSharedRun(prose, source).length).toBe(run);
        expect(found.length).toBe(run >= MAX_SHARED_RUN ? run : 0);
        if (run >= MAX_SHARED_RUN) expect(found.words).toBe(shared.join(' '));
      }),
      { numRuns: 300 },
    );
  });

  it('stores only hashes, sorted and each once, that no abstract word can be read from', () => {
    const text = `${abstract} ${abstract}`;
    const file = fingerprintFile(text, sha256);
    const lines = file.trimEnd().split('\n');
    expect(lines.every((line) => /^[0-9a-f]{16}$/.test(line))).toBe(true);
    expect(lines).toEqual([...new Set(lines)].sort());
    expect(lines).toHaveLength(new Set(shingleHashes(abstract, sha256)).size + MAX_SHARED_RUN - 1);
    for (const token of comparableTokens(abstract))
      expect(file.toLowerCase()).not.toContain(token.word.toLowerCase().length > 3 ? token.word.toLowerCase() : '\u0000');
  });

  it('ignores numbers and statistical shorthand in the fingerprints too, and folds case', () => {
    const fingerprints = parseFingerprints(fingerprintFile(abstract, sha256));
    const copied = 'OVEREXPRESSION of HER2 (HR 2.0) was associated with a shorter time to progression on tamoxifen';
    expect(sharedRunFromFingerprints(copied, fingerprints, sha256).length).toBe(13);
  });

  it('names the cited studies that have no fingerprint', () => {
    const report = checkRecordFingerprints(
      'content/claims/x.md',
      [{ field: 'evidence[0].finding', text: 'Overexpression of HER2 was associated with a shorter time to progression.', cites: ['a2005', 'b2010'] }],
      new Map([['a2005', parseFingerprints(fingerprintFile(abstract, sha256))]]),
      sha256,
    );
    expect(report.longest).toMatchObject({ field: 'evidence[0].finding', key: 'a2005', length: 11 });
    expect(report.missing).toEqual(['b2010']);
  });
});

describe('npm run check:originality, in-process', () => {
  const finding = 'Activated MAPK phosphorylated the receptor at a serine residue and switched on its transcription without any hormone present';
  /** The good corpus with one finding copied from an abstract, and the abstracts in a folder of their own. */
  function corpusWithCopy(run: number) {
    const content = mkdtempSync(join(tmpdir(), 'originality-content-'));
    cpSync(goodCorpus, content, { recursive: true });
    const claim = join(content, 'claims/mapk-phosphorylates-er.md');
    writeFileSync(claim, readFileSync(claim, 'utf8').replace('finding: Fixture finding for mapk-phosphorylates-er.', `finding: ${finding}.`));
    const abstracts = mkdtempSync(join(tmpdir(), 'originality-abstracts-'));
    const copied = finding.split(' ').slice(0, run).join(' ');
    writeFileSync(
      join(abstracts, 'kato1995activation.txt'),
      `Activation of the estrogen receptor through phosphorylation\nIn COS-1 cells ${copied} whereas nothing else was seen.\n`,
    );
    writeFileSync(join(abstracts, 'guo2004forkhead.txt'), 'FOXO3a and the estrogen receptor\nAn abstract that shares nothing with our prose.\n');
    return { content, abstracts };
  }

  it('finds a copied run in the abstracts, writes fingerprints, and finds the same run from them alone', () => {
    const { content, abstracts } = corpusWithCopy(11);
    const exact = checkOriginality(content, abstracts);
    expect(exact.copied.map((r) => [r.file, r.longest?.field, r.longest?.key, r.longest?.length])).toEqual([
      [join(content, 'claims/mapk-phosphorylates-er.md'), 'evidence[0].finding', 'kato1995activation', 11],
    ]);
    expect(exact.studies).toMatchObject({ abstracts: 2, fingerprints: 0 });
    expect(writeFingerprints(content, abstracts)).toBe(2);
    expect(readdirSync(join(content, 'fingerprints')).sort()).toEqual(['guo2004forkhead.txt', 'kato1995activation.txt']);
    // A fresh clone: no abstracts, only the committed fingerprints.
    const hashed = checkOriginality(content, empty());
    expect(hashed.copied.map((r) => [r.longest?.field, r.longest?.key, r.longest?.length])).toEqual([['evidence[0].finding', 'kato1995activation', 11]]);
    expect(hashed.studies).toMatchObject({ abstracts: 0, fingerprints: 2 });
    expect(hashed.uncovered).toEqual([
      'delaurentiis2005metaanalysis',
      'giuliano2013bidirectional',
      'giuliano2015upregulation',
      'hurtado2008regulation',
      'johnston2018phase',
      'johnston2021phase',
    ]);
  });

  it('passes a seven-word run, which the fingerprints cannot see and the abstracts show as under the limit', () => {
    const { content, abstracts } = corpusWithCopy(7);
    expect(checkOriginality(content, abstracts).copied).toEqual([]);
    expect(Math.max(...checkOriginality(content, abstracts).reports.map((r) => r.longest?.length ?? 0))).toBe(7);
    writeFingerprints(content, abstracts);
    expect(checkOriginality(content, empty()).copied).toEqual([]);
  });

  it('main() exits 1 on a copied run and says where, 0 on clean prose, and refreshes fingerprints on request', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const before = process.env.CONTENT_DIR;
    try {
      const copied = corpusWithCopy(9);
      process.env.CONTENT_DIR = copied.content;
      expect(main([copied.abstracts])).toBe(1);
      const printed = log.mock.calls.map((call) => String(call[0])).join('\n');
      expect(printed).toContain(`COPIED ${join(copied.content, 'claims/mapk-phosphorylates-er.md')}:  9 words, evidence[0].finding vs kato1995activation`);
      expect(printed).toMatch(/Longest shared run 9 words; 1 record\(s\) at 8 or more\.$/m);
      log.mockClear();
      expect(main(['--write-fingerprints', copied.abstracts])).toBe(0);
      expect(log.mock.calls[0][0]).toBe(`Wrote 2 fingerprint files to ${join(copied.content, 'fingerprints')}/.`);
      expect(main([empty()])).toBe(1);

      const clean = corpusWithCopy(5);
      process.env.CONTENT_DIR = clean.content;
      expect(main([clean.abstracts])).toBe(0);
      // Asked to cover every study, it fails while some have neither an abstract nor a fingerprint.
      expect(main([clean.abstracts, '--require-abstracts'])).toBe(1);
    } finally {
      if (before === undefined) delete process.env.CONTENT_DIR;
      else process.env.CONTENT_DIR = before;
      log.mockRestore();
    }
  });
});

describe('the real corpus is in our own words, checked from the committed fingerprints', () => {
  const fingerprints = resolve('content/fingerprints');

  it('content/fingerprints/ is committed, holds only well-formed fingerprints of cited studies, and no record shares 8 or more words with a study it cites', () => {
    expect(
      existsSync(fingerprints) && readdirSync(fingerprints).length > 0,
      'content/fingerprints/ is missing or empty: run `npm run check:originality -- --write-fingerprints` where the abstracts are (.abstracts/) and commit the folder, so the check runs on every machine and in npm test',
    ).toBe(true);
    const keys = new Set(
      readdirSync('content/references')
        .map((name) => name.replace(/\.yaml$/, ''))
        .concat(readdirSync('content/reviews').map((name) => name.replace(/\.md$/, ''))),
    );
    for (const name of readdirSync(fingerprints)) {
      expect(name, `${name}: one <citation key>.txt per study`).toMatch(/^[a-z0-9]+\.txt$/);
      expect(keys.has(name.replace(/\.txt$/, '')), `${name} fingerprints no study of the corpus`).toBe(true);
      const lines = readFileSync(join(fingerprints, name), 'utf8').trimEnd().split('\n');
      expect(
        lines.every((line) => /^[0-9a-f]{16}$/.test(line)),
        `${name} holds something other than hashes`,
      ).toBe(true);
    }
    // No abstract on this machine is read: exactly what a fresh clone and CI can run.
    const run = checkOriginality(resolve('content'), empty());
    expect(run.studies.fingerprints).toBe(readdirSync(fingerprints).length);
    expect(run.copied.map((r) => `${r.file}: ${r.longest?.length} words, ${r.longest?.field} vs ${r.longest?.key}: "${r.longest?.words}"`)).toEqual([]);
  });
});
