import { expect, test } from '@playwright/test';
import { brokenLinks } from '../../support/link-check';
import { origin as originOf, sites } from '../../support/sites';

// The fixture site built for a sub-path (BASE_PATH=/er-her2/) and served under that prefix by a plain static host.
const { base, out } = sites.subpath;
const origin = originOf('subpath');

test('every internal link of the sub-path build stays under the prefix and resolves', () => {
  const { broken, checked } = brokenLinks(out, base);
  expect(checked).toBeGreaterThan(500);
  expect(broken).toEqual([]);
});

test('pages, downloads, search data and search results all load under the prefix', async ({ page }) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin && !url.pathname.startsWith(base)) outside.push(url.pathname);
  });
  await page.goto(`${origin}${base}`);
  await page.getByRole('link', { name: 'Claims', exact: true }).click();
  await expect(page).toHaveURL(`${origin}${base}claims/`);
  await page.goto(`${origin}${base}search/?q=lapatinib`);
  const first = page.locator('[data-result-type]').first();
  await expect(first).toBeVisible();
  await expect(first.locator('a').first()).toHaveAttribute('href', new RegExp(`^${base}`));
  const claims = await (await page.request.get(`${origin}${base}claims.json`)).json();
  expect(claims[0].url.startsWith(base)).toBe(true);
  for (const file of ['references.bib', 'trials.csv', 'claims.csv']) expect((await page.request.get(`${origin}${base}${file}`)).ok(), file).toBe(true);
  await page.goto(`${origin}${base}about/`);
  await page.locator('#site-search').fill('tamoxifen');
  await page.locator('#site-search').press('Enter');
  await expect(page).toHaveURL(`${origin}${base}search/?q=tamoxifen`);
  expect(outside).toEqual([]);
});
