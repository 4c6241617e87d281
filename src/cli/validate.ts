/** `npm run validate`: checks the content directory (CONTENT_DIR, default ./content) without building. */
import { readConfig } from '../lib/build/config.mjs';
import { loadCorpusDir } from '../lib/content/load';
import { formatProblems } from '../lib/content/problems';

const started = performance.now();
const result = loadCorpusDir(readConfig().contentDir);
if (!result.ok) {
  console.error(formatProblems(result.problems));
  process.exit(1);
}
const { claims, references, trials, pathways, drugs, review, items } = result.corpus;
console.log(
  `Content OK in ${Math.round(performance.now() - started)} ms: ${claims.length} claims with ${items.length} evidence items ` +
    `(${items.filter((item) => item.era === 'later').length} later), ${references.length} references, ${trials.length} trials, ` +
    `${pathways.length} pathways, ${drugs.length} drugs, ${review.sections.length} review sections.`,
);
