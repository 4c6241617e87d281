import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { codeDigest } from '../../src/lib/build/cache';
import { siteCorpusDir } from './fixtures';

/**
 * The sites the browser tests run against. Behaviour is tested on a small fixture corpus, so a curator's edit to the
 * real content never breaks a test; one smoke run checks the real build in dist/.
 */
export const sites = {
  /** The fixture corpus (tests/fixtures/site), served at the root. */
  fixture: { port: 4711, base: '/', content: siteCorpusDir, out: resolve('tests/.artifacts/sites/fixture'), env: {} },
  /**
   * The same corpus built for a sub-path, served under it like GitHub Pages serves a project site. Its search index
   * is split as a large site's is (SEARCH_WHOLE_LIMIT=0), so the cold path through head, shards and cards is tested too.
   */
  subpath: { port: 4712, base: '/er-her2/', content: siteCorpusDir, out: resolve('tests/.artifacts/sites/subpath'), env: { SEARCH_WHOLE_LIMIT: '0' } },
  /** The real corpus, as `npm run build` wrote it. */
  real: { port: 4713, base: '/', content: resolve('content'), out: resolve('dist'), env: {} },
} as const;
export type SiteName = keyof typeof sites;

export function origin(site: SiteName): string {
  return `http://127.0.0.1:${sites[site].port}`;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
}

/** What a build of a site depends on: the code and packages, the content, the base path and the build settings. */
function buildStamp(site: SiteName): string {
  const { content, base, env } = sites[site];
  const hash = createHash('sha1').update(codeDigest()).update(base).update(JSON.stringify(env));
  for (const file of filesUnder(content)) hash.update(file).update(readFileSync(file));
  return hash.digest('hex');
}

function build(site: SiteName): Promise<void> {
  const { content, base, out, env } = sites[site];
  return new Promise((done, fail) => {
    const child = spawn('npm', ['run', '--silent', 'build'], {
      env: { ...process.env, ...env, CONTENT_DIR: content, OUT_DIR: out, BASE_PATH: base, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.on('close', (status) => (status === 0 ? done() : fail(new Error(`building the ${site} site failed:\n${errors}`))));
  });
}

/**
 * Builds a site unless the last build of it came from the same code and content (the stamp beside it says so).
 * dist/ is rebuilt only when missing: `npm test` has just built it.
 */
export async function ensureBuilt(site: SiteName): Promise<void> {
  const { out } = sites[site];
  const stampFile = `${out}.stamp`;
  if (site === 'real') {
    if (!existsSync(join(out, 'index.html'))) await build(site);
    return;
  }
  const stamp = buildStamp(site);
  if (existsSync(join(out, 'index.html')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return;
  await build(site);
  writeFileSync(stampFile, stamp);
}
