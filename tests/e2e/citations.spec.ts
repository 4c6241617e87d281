import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

async function someClaim(page: Page): Promise<{ id: string; url: string; references: string[] }> {
  const claims = await (await page.request.get('/claims.json')).json();
  return claims.find((c: { references: string[] }) => c.references.length > 1) ?? claims[0];
}

test('the Cite control switches format, copies with a visible confirmation and downloads', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const claim = await someClaim(page);
  const key = claim.references[0];
  await page.goto(`/references/${key}/`);
  const cite = page.locator('[data-cite]');
  await expect(cite.locator('[data-panel=bibtex]')).toBeVisible();
  await expect(cite.locator('[data-panel=bibtex]')).toContainText(`@article{${key},`);

  await cite.getByText('RIS', { exact: true }).click();
  await expect(cite.locator('[data-panel=ris]')).toBeVisible();
  await expect(cite.locator('[data-panel=bibtex]')).toBeHidden();
  await cite.getByRole('button', { name: 'Copy' }).click();
  await expect(cite.getByRole('status')).toHaveText('Copied RIS to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^TY {2}- JOUR/);

  await cite.getByText('Vancouver', { exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), cite.getByRole('button', { name: 'Download' }).click()]);
  expect(download.suggestedFilename()).toBe(`${key}.txt`);
  expect(readFileSync(await download.path(), 'utf8')).toBe(await cite.locator('[data-panel=vancouver]').textContent());
});

test('without JavaScript the format choice still works and the BibTeX file link is there', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const claim = await someClaim(page);
  await page.goto(claim.url);
  const cite = page.locator('[data-cite]');
  await expect(cite.getByRole('button', { name: 'Copy' })).toBeHidden();
  await cite.getByText('APA', { exact: true }).click();
  await expect(cite.locator('[data-panel=apa]')).toBeVisible();
  await expect(cite.getByRole('link', { name: 'Download BibTeX file' })).toHaveAttribute('href', `/claims/${claim.id}.bib`);
  await context.close();
});

test("a claim's Cite bundle holds its references plus the review", async ({ page }) => {
  const claim = await someClaim(page);
  await page.goto(claim.url);
  const bibtex = (await page.locator('[data-cite] [data-panel=bibtex]').textContent()) ?? '';
  for (const key of claim.references) expect(bibtex).toContain(`{${key},`);
  expect(bibtex).toContain('{giuliano2013bidirectional,');
  expect(bibtex.match(/^@/gm)).toHaveLength(claim.references.length + 1);
});

test('entity pages export every reference behind their claims', async ({ page }) => {
  await page.goto('/drugs/tamoxifen/');
  const listed = await page.locator('main li [href*="/claims/"]').count();
  expect(listed).toBeGreaterThan(0);
  await expect(page.locator('[data-cite]')).toContainText('Cite every reference behind these claims');
});

test('reference managers find COinS, JSON-LD, and Highwire tags only on the review page', async ({ page }) => {
  const claim = await someClaim(page);
  const key = claim.references[0];
  const csl = (await (await page.request.get('/references.json')).json()).find((item: { id: string }) => item.id === key);

  await page.goto(`/references/${key}/`);
  const coins = await page.locator('span.Z3988').first().getAttribute('title');
  const params = new URLSearchParams(coins ?? '');
  expect(params.get('rft.atitle')).toBe(csl.title);
  if (csl.DOI) expect(params.getAll('rft_id')).toContain(`info:doi/${csl.DOI}`);
  expect(await page.locator('meta[name^="citation_"]').count()).toBe(0);
  const refLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(refLd['@type']).toBe('ScholarlyArticle');
  expect(refLd.headline).toBe(csl.title);

  await page.goto('/references/');
  expect(await page.locator('span.Z3988').count()).toBeGreaterThan(1);

  await page.goto(claim.url);
  const claimLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(claimLd['@type']).toBe('Claim');
  expect(claimLd.citation).toHaveLength(claim.references.length);

  await page.goto('/review/');
  await expect(page.locator('meta[name=citation_doi]')).toHaveAttribute('content', '10.1159/000354253');
  await expect(page.locator('meta[name=citation_firstpage]')).toHaveAttribute('content', '256');
});

test('claims.csv has a header and one row per claim', async ({ page }) => {
  const claims = await (await page.request.get('/claims.json')).json();
  const csv = await (await page.request.get('/claims.csv')).text();
  expect(csv.startsWith('\uFEFFid,url,statement,')).toBe(true);
  const rows = csv.trimEnd().split('\r\n').filter((line) => /^[a-z0-9-]+,\//.test(line));
  expect(rows).toHaveLength(claims.length);
});
