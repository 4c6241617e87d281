import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildCache, codeDigest } from '../../src/lib/build/cache';
import type { Claim } from '../../src/lib/content/corpus';
import { relatedClaims } from '../../src/lib/site/related';
import { loadCorpusDir } from '../../src/lib/content/load';

import { syntheticCorpusAt } from '../support/synthetic';

const synthetic = syntheticCorpusAt(120, 3);

describe('related claims', () => {
  const shared = <T>(a: T[], b: T[]) => a.filter((x) => b.includes(x)).length;
  // The synthetic corpus has ties to break; the real one has claims that already link to others.
  const loaded = loadCorpusDir('content');
  if (!loaded.ok) throw new Error('the real corpus must load');
  it.each([
    ['synthetic', synthetic],
    ['real', loaded.corpus],
  ])('are, in the %s corpus, the five sharing most drugs (counted twice) and pathways, ties by id, among the claims not linked already', (_, corpus) => {
    for (const claim of corpus.claims) {
      const links = [claim, ...claim.tests, ...claim.testedBy, ...claim.seeAlso];
      const expected = corpus.claims
        .filter((other) => !links.includes(other))
        .map((other): [Claim, number] => [other, 2 * shared(claim.drugs, other.drugs) + shared(claim.pathways, other.pathways)])
        .filter(([, score]) => score > 0)
        .sort((a, b) => b[1] - a[1] || (a[0].id < b[0].id ? -1 : 1))
        .slice(0, 5)
        .map(([other]) => other.id);
      expect(
        relatedClaims(corpus, claim).map((other) => other.id),
        claim.id,
      ).toEqual(expected);
    }
  });
});

describe('build cache', () => {
  const file = () => join(mkdtempSync(join(tmpdir(), 'build-cache-')), 'outputs.json');

  it('keeps outputs for the next build and drops those no build asked for', () => {
    const path = file();
    const first = new BuildCache(path);
    first.set('a', 'rendered a');
    first.set('b', 'rendered b');
    first.save();
    const second = new BuildCache(path);
    expect(second.get('a')).toBe('rendered a');
    second.save();
    const third = new BuildCache(path);
    expect(third.get('a')).toBe('rendered a');
    expect(third.get('b')).toBeUndefined();
  });

  it('starts empty from a damaged file', () => {
    const path = file();
    writeFileSync(path, '{"a": "trunc');
    expect(new BuildCache(path).get('a')).toBeUndefined();
  });

  it('without a file, keeps outputs for one build only', () => {
    const memoryOnly = new BuildCache(undefined);
    memoryOnly.set('a', 'x');
    memoryOnly.save();
    expect(memoryOnly.get('a')).toBe('x');
    expect(new BuildCache(undefined).get('a')).toBeUndefined();
  });

  it('keys differ whenever any part of the input differs', () => {
    expect(BuildCache.key('markdown', 'a b')).not.toBe(BuildCache.key('markdown', 'a', 'b'));
    expect(BuildCache.key('citation', 'apa', '{}')).not.toBe(BuildCache.key('citation', 'vancouver', '{}'));
  });
});

describe('the build cache key', () => {
  it('changes when any source file, the configuration or the lockfile changes', () => {
    const root = mkdtempSync(join(tmpdir(), 'digest-'));
    mkdirSync(join(root, 'src/lib/deep'), { recursive: true });
    writeFileSync(join(root, 'src/lib/deep/render.ts'), 'export const x = 1;');
    writeFileSync(join(root, 'astro.config.mjs'), 'export default {};');
    writeFileSync(join(root, 'package-lock.json'), '{}');
    const before = codeDigest(root);
    expect(codeDigest(root)).toBe(before);
    writeFileSync(join(root, 'src/lib/deep/render.ts'), 'export const x = 2;');
    const afterCode = codeDigest(root);
    expect(afterCode).not.toBe(before);
    // A file moved to another folder with the same text is a different program.
    mkdirSync(join(root, 'src/lib/other'));
    writeFileSync(join(root, 'src/lib/other/render.ts'), 'export const x = 2;');
    expect(codeDigest(root)).not.toBe(afterCode);
    const beforeLock = codeDigest(root);
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion": 3}');
    expect(codeDigest(root)).not.toBe(beforeLock);
  });
});
