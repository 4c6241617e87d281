import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildCache } from '../../src/lib/build-cache';
import { loadCorpusDir } from '../../src/lib/content-files';
import type { Claim } from '../../src/lib/corpus';
import { relatedClaims } from '../../src/lib/related';

const loaded = loadCorpusDir('content');
if (!loaded.ok) throw new Error('the published content must validate');
const real = loaded.corpus;

describe('related claims', () => {
  const shared = (a: string[], b: string[]) => a.filter((x) => b.includes(x)).length;
  it('are, for every published claim, the five sharing most drugs (counted twice) and pathways, ties by id', () => {
    for (const claim of real.claims) {
      const expected = real.claims
        .filter((other) => other !== claim)
        .map((other): [Claim, number] => [other, 2 * shared(claim.drugs, other.drugs) + shared(claim.pathways, other.pathways)])
        .filter(([, score]) => score > 0)
        .sort((a, b) => b[1] - a[1] || (a[0].id < b[0].id ? -1 : 1))
        .slice(0, 5)
        .map(([other]) => other.id);
      expect(relatedClaims(real, claim).map((other) => other.id), claim.id).toEqual(expected);
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

  it('starts empty from a damaged file, and without a file keeps nothing', () => {
    const path = file();
    writeFileSync(path, '{"a": "trunc');
    expect(new BuildCache(path).get('a')).toBeUndefined();
    const memoryOnly = new BuildCache(undefined);
    memoryOnly.set('a', 'x');
    memoryOnly.save();
    expect(memoryOnly.get('a')).toBe('x');
  });

  it('keys differ whenever any part of the input differs', () => {
    expect(BuildCache.key('markdown', 'a b')).not.toBe(BuildCache.key('markdown', 'a', 'b'));
    expect(BuildCache.key('citation', 'apa', '{}')).not.toBe(BuildCache.key('citation', 'vancouver', '{}'));
  });
});
