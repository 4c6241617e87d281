/**
 * `npm run gen:synthetic -- --claims N --out DIR [--seed S] [--force]`: writes a valid synthetic corpus for benchmarks.
 * It reuses the real review outline and vocabularies from CONTENT_DIR (default ./content) and validates what it wrote.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../../src/lib/build/config.mjs';
import { contentLayout, displayPath, vocabularyFiles } from '../../src/lib/content/files';
import { loadCorpusDir } from '../../src/lib/content/load';
import { formatProblems } from '../../src/lib/content/problems';
import { syntheticCorpus } from '../support/synthetic-corpus';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    claims: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    force: { type: 'boolean', default: false },
  },
});
const claims = Number(values.claims);
const seed = Number(values.seed);
if (!values.claims || !Number.isInteger(claims) || claims < 1) fail('--claims must be a positive whole number, e.g. --claims 1000');
if (!values.out) fail('--out DIR is required: the directory to write the synthetic corpus into');
if (!Number.isInteger(seed)) fail(`--seed must be a whole number, not '${values.seed}'`);
const out = values.out;
if (existsSync(out) && readdirSync(out).length > 0) {
  if (!values.force) fail(`${out} is not empty; choose another --out or pass --force to replace it`);
  rmSync(out, { recursive: true, force: true });
}

const source = readConfig().contentDir;
const base = loadCorpusDir(source);
if (!base.ok) fail(`The source content must be valid first:\n${formatProblems(base.problems)}`);

const started = performance.now();
const read = (path: string) => readFileSync(join(source, path), 'utf8');
const files = syntheticCorpus(
  base.corpus,
  {
    review: read(join(contentLayout.reviews.folder, `${base.corpus.review.id}${contentLayout.reviews.extension}`)),
    pathways: read(vocabularyFiles.pathways),
    drugs: read(vocabularyFiles.drugs),
  },
  { claims, seed },
);
for (const file of files) {
  const path = join(out, file.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.text);
}

const written = loadCorpusDir(out);
if (!written.ok) fail(`The synthetic corpus did not validate (a generator bug):\n${formatProblems(written.problems)}`);
console.log(
  `Wrote ${written.corpus.claims.length} claims and ${written.corpus.references.length} references (seed ${seed}) to ` +
    `${displayPath(out)} in ${Math.round(performance.now() - started)} ms. Build it with CONTENT_DIR=${displayPath(out)} npm run build.`,
);
