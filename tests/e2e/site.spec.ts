import { expect, test, type Page } from '@playwright/test';
import { claimRecords, type ClaimRecord } from '../support/site';

function claims(page: Page): Promise<ClaimRecord[]> {
  return claimRecords(page.request);
}

async function firstClaimWith(page: Page, has: (c: ClaimRecord) => boolean): Promise<ClaimRecord> {
  const claim = (await claims(page)).find(has);
  if (!claim) throw new Error('the corpus has no claim with the wanted property');
  return claim;
}

test('every page kind renders its content without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const claim = await firstClaimWith(page, (c) => c.drugs.length > 0 && c.trials.length > 0);
  const pages: [string, RegExp][] = [
    ['/', /evidence behind ER–HER2 crosstalk/i],
    ['/review/', /Bidirectional Crosstalk/],
    ['/claims/', /All claims/],
    [claim.url, /.+/],
    ['/references/', /References/],
    [`/references/${claim.references[0]}/`, /.+/],
    ['/pathways/', /Pathways/],
    [`/pathways/${claim.pathways[0].id}/`, /.+/],
    ['/drugs/', /Drugs/],
    [`/drugs/${claim.drugs[0].id}/`, /.+/],
    ['/trials/', /Trials/],
    [`/trials/${claim.trials[0]}/`, /.+/],
    [`/sections/${claim.section}/`, /.+/],
    ['/search/', /Search/],
    ['/about/', /About this explorer/],
  ];
  for (const [path, heading] of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('h1'), path).toHaveText(heading);
    await expect(page.getByRole('searchbox', { name: /Search/ }).first(), path).toBeVisible();
  }
  await context.close();
});

test('reading pages carry only small scripts (shortcut, theme, copy buttons), never a framework bundle', async ({ page }) => {
  const claim = await firstClaimWith(page, () => true);
  for (const path of ['/', '/claims/', '/references/', '/about/', claim.url, `/references/${claim.references[0]}/`]) {
    await page.goto(path, { waitUntil: 'networkidle' });
    // Module scripts and the chunks they import, as the browser itself recorded them.
    const bytes = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.name.endsWith('.js')).reduce((n, e) => n + e.decodedBodySize, 0),
    );
    const inline = await page.$$eval('script:not([src]):not([type="application/ld+json"])', (els) => els.reduce((n, el) => n + (el.textContent ?? '').length, 0));
    expect(bytes + inline, `${path} script bytes`).toBeLessThan(8_000);
  }
});

test('a claim page shows statement, evidence, entities and formatted references with links', async ({ page }) => {
  const claim = await firstClaimWith(page, (c) => c.references.length > 0 && c.drugs.length > 0);
  await page.goto(claim.url);
  await expect(page.getByText('Evidence:', { exact: false }).first()).toBeAttached();
  const refs = page.locator('#references + ol > li');
  await expect(refs).toHaveCount(claim.references.length);
  for (const key of claim.references) {
    await expect(page.locator(`#ref-${key} a[href$="/references/${key}/"]`)).toBeVisible();
  }
  await expect(page.locator(`a[href$="/drugs/${claim.drugs[0].id}/"]`).first()).toBeVisible();
  const external = page.locator('#references + ol a[href^="https://doi.org/"], #references + ol a[href^="https://pubmed.ncbi.nlm.nih.gov/"]');
  expect(await external.count()).toBeGreaterThan(0);
});

test('the header search box submits to /search/?q=', async ({ page }) => {
  await page.goto('/about/');
  await page.getByRole('searchbox', { name: /Search/ }).fill('lapatinib');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=lapatinib$/);
});

test('an unknown address gets the real 404 page', async ({ page }) => {
  const response = await page.goto('/claims/no-such-claim/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
});

test('every internal link and #anchor on every page resolves', async ({ page }) => {
  test.setTimeout(300_000);
  const seen = new Set<string>(['/']);
  const queue = ['/'];
  const anchors: { from: string; target: string; id: string }[] = [];
  const idsByPage = new Map<string, Set<string>>();
  while (queue.length > 0) {
    const path = queue.shift()!;
    const response = await page.request.get(path);
    expect(response.status(), `${path} (linked)`).toBe(200);
    if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    await page.goto(path);
    idsByPage.set(path, new Set(await page.$$eval('[id]', (els) => els.map((el) => el.id))));
    // getAttribute, not .href: links inside the SVG diagram are SVG anchors, whose href is not a string.
    const hrefs = await page.$$eval('a[href], link[rel=icon][href]', (els) => els.map((el) => new URL(el.getAttribute('href')!, document.baseURI).href));
    for (const href of hrefs) {
      const target = new URL(href);
      if (target.origin !== new URL(page.url()).origin) continue; // external links are checked by their own sites
      const targetPath = target.pathname;
      if (target.hash) anchors.push({ from: path, target: targetPath, id: decodeURIComponent(target.hash.slice(1)) });
      if (!seen.has(targetPath)) {
        seen.add(targetPath);
        queue.push(targetPath);
      }
    }
  }
  for (const { from, target, id } of anchors) {
    expect(idsByPage.get(target)?.has(id), `${from} links to ${target}#${id}`).toBe(true);
  }
  const all = await claims(page);
  for (const claim of all) expect(seen.has(claim.url), `${claim.url} is reachable by links`).toBe(true);
});

test('downloads: whole-corpus files agree with each other and every record has its page and .bib', async ({ page }) => {
  const csl: { id: string; 'citation-key': string; DOI?: string }[] = await (await page.request.get('/references.json')).json();
  const bib = await (await page.request.get('/references.bib')).text();
  const ris = await (await page.request.get('/references.ris')).text();
  const all = await claims(page);
  expect(csl.length).toBeGreaterThan(0);
  expect(bib.match(/^@\w+\{/gm)?.length).toBe(csl.length);
  expect(ris.match(/^TY {2}- /gm)?.length).toBe(csl.length);
  for (const item of csl) {
    expect(item['citation-key']).toBe(item.id);
    expect(bib).toContain(`{${item.id},\n`);
    expect((await page.request.get(`/references/${item.id}/`)).status()).toBe(200);
    const one = await page.request.get(`/references/${item.id}.bib`);
    expect(await one.text()).toMatch(new RegExp(`^@article\\{${item.id},`));
  }
  const cited = new Set(all.flatMap((c) => c.references));
  expect([...cited].sort()).toEqual(csl.map((item) => item.id).sort());
  for (const claim of all) {
    const claimBib = await (await page.request.get(`/claims/${claim.id}.bib`)).text();
    // The claim's references plus the review it comes from.
    expect(claimBib.match(/^@\w+\{/gm)?.length, claim.id).toBe(claim.references.length + 1);
    expect(claimBib).toContain('@article{giuliano2013bidirectional,');
  }
});

test('the claim page download link saves the claim BibTeX file', async ({ page }) => {
  const claim = await firstClaimWith(page, () => true);
  await page.goto(claim.url);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download BibTeX file' }).click()]);
  expect(download.suggestedFilename()).toBe(`${claim.id}.bib`);
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  expect(readFileSync(path, 'utf8')).toContain(`{${claim.references[0]},`);
});
