// Gzipped bytes of JavaScript each page kind loads (everything, including what is fetched after a first search and the
// search worker), and of the search data, over a built site (DIST, default dist/). Prints one JSON line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { dist, launchBrowser, origin, serveSite } from './support';

const gz = (buffer: Buffer) => gzipSync(buffer, { level: 9 }).length;

async function measure(browser: Browser, path: string, afterLoad?: (page: Page) => Promise<void>) {
  // A fresh context per page kind, so nothing is served from another page's cache and left uncounted.
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes = { js: 0, data: 0 };
  const seen = new Set<string>();
  // Every script and data file the page (or its search worker) requests, sized from the built file itself.
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (seen.has(url.pathname) || url.origin !== origin) return;
    seen.add(url.pathname);
    if (url.pathname.endsWith('.js')) sizes.js += gz(readFileSync(join(dist, url.pathname)));
    else if (url.pathname.endsWith('.json')) sizes.data += gz(readFileSync(join(dist, url.pathname)));
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  // Inline scripts count too: they are part of the page's JavaScript; a search index written into the page is search data.
  const inline = await page.$$eval('script:not([src]):not([type="application/ld+json"]):not([type="application/json"])', (els) =>
    els.map((el) => el.textContent ?? ''),
  );
  sizes.js += inline.reduce((sum, text) => sum + gz(Buffer.from(text)), 0);
  const data = await page.$$eval('script[type="application/json"]', (els) => els.map((el) => el.textContent ?? ''));
  sizes.data += data.reduce((sum, text) => sum + gz(Buffer.from(text)), 0);
  if (afterLoad) await afterLoad(page);
  await page.waitForLoadState('networkidle');
  await context.close();
  return sizes;
}

const claims: { url: string; references: string[]; drugs: { id: string }[] }[] = JSON.parse(readFileSync(`${dist}/claims.json`, 'utf8'));
const claim = claims[0];
const stop = await serveSite();
const browser = await launchBrowser();
try {
  const kinds = {
    home: await measure(browser, '/'),
    claim: await measure(browser, new URL(claim.url, origin).pathname),
    reference: await measure(browser, `/references/${claim.references[0]}/`),
    drug: await measure(browser, `/drugs/${claims.find((c) => c.drugs.length)?.drugs[0].id}/`),
    search: await measure(browser, '/search/', async (page) => {
      await page.locator('html[data-search-warm]').waitFor({ timeout: 120_000 });
      await page.locator('[data-search-input]').pressSequentially('lapatinib');
      await page.locator('section[aria-label=Results][data-results-for="lapatinib"]').waitFor();
      await page.getByRole('button', { name: /^Export .* as BibTeX$/ }).click();
    }),
  };
  const result: Record<string, string | number> = { bench: 'bytes', site: dist };
  for (const [kind, sizes] of Object.entries(kinds)) result[`${kind}_js_gz`] = sizes.js;
  result.search_data_gz = kinds.search.data;
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
  stop();
}
