// Gzipped bytes of JavaScript each page kind loads (everything, including what is fetched after a first search),
// and of the search data. Prints one JSON line.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launchBrowser, origin, startPreview } from './support.mjs';

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;

async function measure(browser, path, afterLoad) {
  // A fresh context per page kind, so nothing is served from another page's cache and left uncounted.
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes = { js: 0, data: 0 };
  const seen = new Set();
  const listener = async (response) => {
    const url = new URL(response.url());
    if (seen.has(url.pathname) || url.origin !== origin) return;
    seen.add(url.pathname);
    const body = await response.body().catch(() => null);
    if (!body) return;
    if (response.request().resourceType() === 'script') sizes.js += gz(body);
    else if (url.pathname.endsWith('.json')) sizes.data += gz(body);
  };
  page.on('response', listener);
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  // Inline module scripts count too: they are part of the page's JavaScript.
  const inline = await page.$$eval('script:not([src]):not([type="application/ld+json"])', (els) => els.map((el) => el.textContent ?? ''));
  sizes.js += inline.reduce((sum, text) => sum + gz(Buffer.from(text)), 0);
  if (afterLoad) await afterLoad(page);
  await page.waitForLoadState('networkidle');
  page.off('response', listener);
  await context.close();
  return sizes;
}

const claims = JSON.parse(readFileSync('dist/claims.json', 'utf8'));
const claim = claims[0];
const stop = await startPreview();
const browser = await launchBrowser();
try {
  const kinds = {
    home: await measure(browser, '/'),
    claim: await measure(browser, claim.url),
    reference: await measure(browser, `/references/${claim.references[0]}/`),
    drug: await measure(browser, `/drugs/${claims.find((c) => c.drugs.length)?.drugs[0].id}/`),
    search: await measure(browser, '/search/', async (p) => {
      await p.locator('[data-search-input]').pressSequentially('lapatinib');
      await p.getByRole('button', { name: /^Export/ }).click();
    }),
  };
  const result = { bench: 'bytes', corpus: process.env.CONTENT_DIR ?? 'content' };
  for (const [kind, sizes] of Object.entries(kinds)) result[`${kind}_js_gz`] = sizes.js;
  result.search_data_gz = kinds.search.data;
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
  stop();
}
