import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Corpus } from '../../src/lib/content/corpus';
import { loadCorpusDir } from '../../src/lib/content/load';
import { syntheticCorpus, type SyntheticFile } from './synthetic-corpus';
import { goodCorpus } from './fixtures';

/** The good fixture corpus, which synthetic corpora take their review outline, vocabularies and trials from. */
export function fixtureBase(): { corpus: Corpus; files: { review: string; pathways: string; drugs: string } } {
  const loaded = loadCorpusDir(goodCorpus);
  if (!loaded.ok) throw new Error('the good fixture corpus must validate');
  return {
    corpus: loaded.corpus,
    files: {
      review: readFileSync(join(goodCorpus, `reviews/${loaded.corpus.review.id}.md`), 'utf8'),
      pathways: readFileSync(join(goodCorpus, 'vocab/pathways.yaml'), 'utf8'),
      drugs: readFileSync(join(goodCorpus, 'vocab/drugs.yaml'), 'utf8'),
    },
  };
}

export function writeFiles(files: SyntheticFile[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'synthetic-'));
  for (const file of files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.text);
  }
  return dir;
}

/** A synthetic corpus of `claims` claims on the fixture vocabularies, written to disk and loaded as the site would. */
export function syntheticCorpusAt(claims: number, seed: number): Corpus {
  const base = fixtureBase();
  const loaded = loadCorpusDir(writeFiles(syntheticCorpus(base.corpus, base.files, { claims, seed })));
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n'));
  return loaded.corpus;
}
