/**
 * `npm run build`: builds into a scratch directory and swaps it into dist/ only when the whole build succeeded,
 * so a failed build never leaves a partial site behind.
 */
import { build } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { contentDir } from '../lib/content-dir';

const outDir = process.env.OUT_DIR ?? 'dist';
// A sibling of the output directory, so the final rename never crosses file systems.
const scratch = join(dirname(outDir), `.${basename(outDir)}-build-${process.pid}`);
// One content-layer cache per content directory, so building a fixture corpus never reuses another corpus' data.
const cacheDir = join('node_modules/.astro', createHash('sha1').update(contentDir()).digest('hex').slice(0, 12));

try {
  await build({ outDir: scratch, cacheDir, logLevel: process.env.ASTRO_LOG_LEVEL === 'debug' ? 'debug' : 'warn' });
  rmSync(outDir, { recursive: true, force: true });
  renameSync(scratch, outDir);
  console.log(`Built ${outDir}/ from ${contentDir()}`);
} catch (error) {
  // A failed build leaves no site at all: neither a partial one nor a stale one that could be deployed by mistake.
  rmSync(scratch, { recursive: true, force: true });
  const hadOutput = existsSync(outDir);
  rmSync(outDir, { recursive: true, force: true });
  console.error(error instanceof Error && error.name === 'ContentError' ? error.message : error);
  console.error(`\nBuild failed; ${hadOutput ? `the previous ${outDir}/ was removed` : `no ${outDir}/ was written`}.`);
  process.exit(1);
}
