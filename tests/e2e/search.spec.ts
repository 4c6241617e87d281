import { expect, test, type Page } from '@playwright/test';

const box = (page: Page) => page.getByRole('searchbox', { name: /Search/ });
const results = (page: Page) => page.locator('[data-result-type]');
/** Results arrive from the search worker; wait until those on screen answer this query, not the one before. */
const answered = (page: Page, query: string) => expect(page.locator('section[aria-label=Results]')).toHaveAttribute('data-results-for', query);

async function claimsAbout(page: Page, field: 'drugs' | 'pathways', id: string): Promise<Set<string>> {
  const claims: { id: string; drugs: { id: string }[]; pathways: { id: string }[] }[] = await (await page.request.get('/claims.json')).json();
  return new Set(claims.filter((c) => c[field].some((x) => x.id === id)).map((c) => c.id));
}

async function topClaimIds(page: Page, n = 8): Promise<string[]> {
  const ids: string[] = [];
  for (const el of (await results(page).all()).slice(0, n)) {
    if ((await el.getAttribute('data-result-type')) === 'claim') ids.push((await el.getAttribute('data-result-id'))!);
  }
  return ids;
}

test('typing with typos, brand names and codes finds the right claims as you type', async ({ page }) => {
  await page.goto('/search/');
  const cases: [string, 'drugs' | 'pathways', string][] = [
    ['trastuzumb', 'drugs', 'trastuzumab'],
    ['Tykerb', 'drugs', 'lapatinib'],
    ['ZD1839', 'drugs', 'gefitinib'],
    ['tamoxifin', 'drugs', 'tamoxifen'],
    ['NCOA3', 'pathways', 'coactivators'],
  ];
  for (const [query, field, id] of cases) {
    const expected = await claimsAbout(page, field, id);
    await box(page).fill('');
    await box(page).pressSequentially(query);
    await answered(page, query);
    await expect(results(page).first()).toBeVisible();
    const top = await topClaimIds(page);
    expect(top.some((claim) => expected.has(claim)), `${query} -> ${top.join(', ')}`).toBe(true);
  }
  await box(page).fill('letrozol');
  await answered(page, 'letrozol');
  const first = results(page).first();
  await expect(first.locator('a')).toHaveAttribute('href', /\/(claims|drugs|pathways|trials|references)\/[^/]+\/$/);
  await expect(first.locator('mark').first()).toHaveText(/^letrozole$/i);
});

test('facets filter with counts, and the URL holds the state across back and forward', async ({ page }) => {
  const status = page.locator('section[aria-label=Results] [role=status]').first();
  const showing = (n: number) => expect(status).toHaveText(new RegExp(`^${n} results?`));
  await page.goto('/search/?q=lapatinib');
  await expect(results(page).first()).toBeVisible();
  const before = Number((await status.textContent())!.match(/^(\d+)/)![1]);

  const evidence = page.locator('fieldset', { hasText: 'Evidence' });
  const label = evidence.locator('label').filter({ hasText: 'Clinical trial' });
  const trialBox = label.getByRole('checkbox');
  const count = Number(await label.locator('span').last().textContent());
  await trialBox.check();
  await expect(page).toHaveURL(/\?q=lapatinib&evidence=clinical-trial$/);
  await showing(count);
  expect(count).toBeLessThan(before);
  for (const el of await results(page).all()) expect(await el.getAttribute('data-result-type')).toBe('claim');

  await page.goBack();
  await expect(page).toHaveURL(/\?q=lapatinib$/);
  await showing(before);
  await expect(trialBox).not.toBeChecked();
  await page.goForward();
  await showing(count);
  await expect(trialBox).toBeChecked();

  // A shared link restores the same view.
  const other = await page.context().newPage();
  await other.goto(page.url());
  await expect(other.locator('section[aria-label=Results] [role=status]').first()).toHaveText(new RegExp(`^${count} results?`));
  await expect(other.getByRole('searchbox', { name: /Search/ })).toHaveValue('lapatinib');
});

test('facets work with an empty query (browse mode), OR within a facet and AND across facets', async ({ page }) => {
  const total = async (query: string) => {
    await page.goto(`/search/?${query}`);
    await expect(results(page).first()).toBeVisible();
    const status = await page.locator('section[aria-label=Results] [role=status]').first().textContent();
    return Number(status!.match(/^(\d+) results?/)![1]);
  };
  const tamoxifen = await total('drug=tamoxifen');
  const lapatinib = await total('drug=lapatinib');
  const either = await total('drug=tamoxifen&drug=lapatinib');
  expect(either).toBeGreaterThan(Math.max(tamoxifen, lapatinib));
  expect(either).toBeLessThanOrEqual(tamoxifen + lapatinib);
  expect(await total('drug=tamoxifen&drug=lapatinib&evidence=in-vitro')).toBeLessThan(either);
  // More results than fit on one screen are one click away.
  await page.goto('/search/?drug=tamoxifen&drug=lapatinib');
  await page.getByRole('button', { name: `Show all ${either} results` }).click();
  await expect(results(page)).toHaveCount(either);
});

test('keyboard: Ctrl+K and / focus search from any page; arrows move through results; Enter opens', async ({ page }) => {
  await page.goto('/about/');
  await page.keyboard.press('Control+k');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.locator('main').click();
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();

  await page.goto('/search/?q=gefitinib');
  await expect(results(page).first()).toBeVisible();
  await box(page).focus();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(0).locator('a')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(1).locator('a')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(results(page).nth(0).locator('a')).toBeFocused();
  const href = await results(page).nth(0).locator('a').getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('no results suggests close terms, and a suggestion runs its search', async ({ page }) => {
  await page.goto('/search/?q=herzeptinxx');
  await expect(page.getByText(/No claim or study matches “herzeptinxx”/)).toBeVisible();
  const status = page.locator('section[aria-label=Results] [role=status]').first();
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await expect(status).toHaveText('0 results');
  await page.getByRole('button', { name: 'Trastuzumab' }).click();
  await expect(page).toHaveURL(/\?q=Trastuzumab$/);
  await expect(results(page).first()).toBeVisible();
});

test('the result set exports its distinct references as BibTeX', async ({ page }) => {
  await page.goto('/search/?drug=gefitinib');
  await expect(results(page).first()).toBeVisible();
  const button = page.getByRole('button', { name: /^Export \d+ references? as BibTeX$/ });
  const n = Number((await button.textContent())!.match(/\d+/)![0]);
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toBe('er-her2-search-results.bib');
  const { readFileSync } = await import('node:fs');
  const bib = readFileSync(await download.path(), 'utf8');
  expect(bib.match(/^@\w+\{/gm)).toHaveLength(n);
});

test('without JavaScript the search page still offers a form and browse links', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/');
  await expect(page.getByRole('searchbox', { name: /Search/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Tamoxifen' })).toBeVisible();
  await expect(page.getByRole('link', { name: /HER2 acting on ER/ })).toBeVisible();
  await expect(page.getByText('Loading the search index')).toHaveCount(0);
  await context.close();
});

test('search data loads only on the search page', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/');
  await page.goto('/claims/');
  expect(requested.filter((path) => path.includes('documents.json'))).toEqual([]);
  await page.goto('/search/');
  await expect.poll(() => requested.filter((path) => path.includes('documents.json')).length).toBe(1);
});
