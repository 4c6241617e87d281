import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const fixturesDir = resolve('tests/fixtures');
export const goodCorpus = join(fixturesDir, 'good');
/** A snapshot of a dozen real claims with their studies and the real vocabularies: the corpus the browser tests build. */
export const siteCorpusDir = join(fixturesDir, 'site');
const brokenDir = join(fixturesDir, 'broken');

/** Names of the broken cases: each is a set of files laid over the good corpus. */
export function brokenCases(): string[] {
  return readdirSync(brokenDir).sort();
}

/** Writes the good corpus with one broken case laid over it into a fresh temporary directory. */
export function brokenCorpus(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `corpus-${name}-`));
  cpSync(goodCorpus, dir, { recursive: true });
  cpSync(join(brokenDir, name), dir, { recursive: true });
  return dir;
}
