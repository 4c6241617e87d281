/**
 * `npm run build`: builds into a scratch directory and swaps it into dist/ only when the whole build succeeded,
 * so a failed build never leaves a partial site behind.
 */
import { build } from 'astro';
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { codeDigest } from '../lib/content/build-cache';
import { cacheDirFor, contentDir } from '../lib/content/content-dir';

const outDir = process.env.OUT_DIR ?? 'dist';
// A sibling of the output directory, so the final rename never crosses file systems.
const scratch = join(dirname(outDir), `.${basename(outDir)}-build-${process.pid}`);
const previous = join(dirname(outDir), `.${basename(outDir)}-old-${process.pid}`);
const cacheDir = cacheDirFor(contentDir());
// Rendered Markdown and formatted citations are cached per content directory and per version of the code and
// packages, so upgrading citation-js or changing any code never serves stale output.
process.env.BUILD_CACHE_DIR = join(cacheDir, `outputs-${codeDigest()}`);

try {
  await build({ outDir: scratch, cacheDir, logLevel: process.env.ASTRO_LOG_LEVEL === 'debug' ? 'debug' : 'warn' });
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(scratch, outDir);
  console.log(`Built ${outDir}/ from ${contentDir()}`);
  if (existsSync(previous)) {
    // The new site is already in place; deleting tens of thousands of old files need not hold up the build.
    const removal = spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', previous], {
      detached: true,
      stdio: 'ignore',
    });
    removal.unref();
  }
} catch (error) {
  // A failed build leaves no site at all: neither a partial one nor a stale one that could be deployed by mistake.
  rmSync(scratch, { recursive: true, force: true });
  const hadOutput = existsSync(outDir);
  rmSync(outDir, { recursive: true, force: true });
  console.error(error instanceof Error && error.name === 'ContentError' ? error.message : error);
  console.error(`\nBuild failed; ${hadOutput ? `the previous ${outDir}/ was removed` : `no ${outDir}/ was written`}.`);
  process.exit(1);
}
