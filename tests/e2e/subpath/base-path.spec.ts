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

test('a split index: a cold visit reads the head, the shards its words need and its cards, then the whole index in the background', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`${origin}${base}search/?q=lapatinib`);
  await expect(page.locator('section[aria-label=Results][data-results-for="lapatinib"] [data-result-type]').first()).toBeVisible();
  const data = () => requested.filter((path) => path.startsWith(`${base}search/`) && path.endsWith('.json'));
  // What was asked for before the whole index (which the worker requests once the first results are drawn).
  const whole = data().indexOf(`${base}search/index.json`);
  const beforeWhole = whole < 0 ? data() : data().slice(0, whole);
  expect(beforeWhole[0]).toBe(`${base}search/head.json`);
  expect(beforeWhole).toContain(`${base}search/shards/la.json`);
  expect(beforeWhole.some((path) => path.startsWith(`${base}search/display/`))).toBe(true);
  // Then the worker loads the whole index; facets, exports and typing work from it.
  await expect(page.locator('html[data-search-warm]')).toBeAttached({ timeout: 30_000 });
  expect(data()).toContain(`${base}search/index.json`);
  await expect(page.getByRole('complementary', { name: 'Filters' }).locator('fieldset').first()).toBeAttached();
  await expect(page.getByRole('button', { name: /^Export \d+ stud(y|ies) as BibTeX$/ })).toBeVisible();
  await page.locator('[data-search-input]').fill('tamoxifen');
  await expect(page.locator('section[aria-label=Results]')).toHaveAttribute('data-results-for', 'tamoxifen');
  const first = page.locator('section[aria-label=Results] > ol > [data-result-type]').first();
  await expect(first.locator('a').first()).toHaveAttribute('href', new RegExp(`^${base}`));
});
