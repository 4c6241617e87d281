// @ts-check
/**
 * The build's configuration: every environment variable the project reads is read here, once per command, by
 * readConfig(), and the values are passed down from there (astro.config.mjs hands the pages theirs through the
 * `virtual:site-config` module, see src/integrations/site-config.ts). No other module reads process.env.
 *
 * Plain JavaScript, so that `npm run build` (src/cli/build.mjs, which runs without a TypeScript loader) can use it too.
 */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';

/**
 * @typedef {object} BuildConfig
 * @property {string} contentDir CONTENT_DIR: the corpus to build or check, as an absolute path (default ./content).
 * @property {string} outDir OUT_DIR: where `npm run build` writes the site (default dist).
 * @property {string} base BASE_PATH: the sub-path the site is served under, e.g. /er-her2/ (default /).
 * @property {string | undefined} siteUrl SITE_URL: the site's own origin, e.g. https://you.github.io. Without it no
 *   absolute address of the site is written anywhere.
 * @property {string | undefined} reportUrl REPORT_URL: where "Report an error" leads, e.g. a new-issue page.
 * @property {number | undefined} searchWholeLimit SEARCH_WHOLE_LIMIT: gzipped bytes up to which the search page holds
 *   the whole index (0 always splits it); the default is in lib/site/search-index.ts.
 * @property {string} cacheDir Astro's cache directory, one per content directory, so building one corpus never reuses
 *   another corpus' data; the build cache (lib/build/cache.ts) lives inside it.
 * @property {'debug' | 'warn'} logLevel ASTRO_LOG_LEVEL=debug shows Astro's debug log; otherwise only warnings.
 */

/**
 * What pages and endpoints are given (`virtual:site-config`): the part of the configuration they use, and the build
 * cache directory, which the site-config integration chooses for a build (none for the dev server).
 * @typedef {Pick<BuildConfig, 'contentDir' | 'siteUrl' | 'reportUrl' | 'searchWholeLimit'> & { buildCacheDir: string | undefined }} PageConfig
 */

/**
 * An http(s) address from the environment, or undefined when the variable is unset or empty.
 * @param {string} name
 * @param {string | undefined} value
 */
function address(name, value) {
  if (!value) return undefined;
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${name} must be an http(s) address, not ${value}`);
  return url.href;
}

/**
 * A whole number of bytes from the environment, or undefined when unset.
 * @param {string} name
 * @param {string | undefined} value
 */
function bytes(name, value) {
  if (value === undefined || value === '') return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new Error(`${name} must be a whole number of bytes, not ${value}`);
  return number;
}

/**
 * Astro's cache directory for one content directory.
 * @param {string} contentDir
 */
export function astroCacheDir(contentDir) {
  return join('node_modules/.astro', createHash('sha1').update(resolve(contentDir)).digest('hex').slice(0, 12));
}

/**
 * Reads the configuration from the environment.
 * @param {NodeJS.ProcessEnv} env
 * @returns {BuildConfig}
 */
export function readConfig(env = process.env) {
  const contentDir = resolve(env.CONTENT_DIR ?? './content');
  return {
    contentDir,
    outDir: env.OUT_DIR ?? 'dist',
    base: env.BASE_PATH ?? '/',
    siteUrl: address('SITE_URL', env.SITE_URL),
    reportUrl: address('REPORT_URL', env.REPORT_URL),
    searchWholeLimit: bytes('SEARCH_WHOLE_LIMIT', env.SEARCH_WHOLE_LIMIT),
    cacheDir: astroCacheDir(contentDir),
    logLevel: env.ASTRO_LOG_LEVEL === 'debug' ? 'debug' : 'warn',
  };
}
