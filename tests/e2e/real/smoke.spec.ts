import { expect, test } from '@playwright/test';
import { diagramGeometry } from '../../support/diagram';
import { brokenLinks } from '../../support/link-check';
import { csvRecords } from '../../support/csv';
import { claimRecords, pageKinds } from '../../support/site';

// The real corpus, once: every page kind renders, every link resolves, and the downloads agree with each other.
// Behaviour (search, facets, citing) is tested on the fixture site, so editing content never breaks a test.

test('every page kind of the real site renders its content without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  for (const [kind, path] of await pageKinds(page.request)) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(kind === 'not-found' ? 404 : 200);
    await expect(page.locator('h1'), path).not.toBeEmpty();
    // Every page offers the header search, except the search page, which explains that searching needs JavaScript.
    if (kind === 'search') await expect(page.getByText('Searching needs JavaScript'), path).toBeVisible();
    else await expect(page.getByRole('searchbox', { name: /Search/ }).first(), path).toBeVisible();
  }
  await context.close();
});

// Not a browser test: it reads every page of the built site from disk, including pages no link leads to.
test('every internal href, src and #fragment in dist/ resolves', () => {
  const { broken, checked } = brokenLinks('dist', '/');
  expect(checked).toBeGreaterThan(1000);
  expect(broken).toEqual([]);
});

test('downloads: the whole-corpus files agree with each other, the review first, and every study and claim has its page and .bib', async ({ request }) => {
  const csl: { id: string; 'citation-key': string; note?: string }[] = await (await request.get('references.json')).json();
  const bib = await (await request.get('references.bib')).text();
  const ris = await (await request.get('references.ris')).text();
  const claims = await claimRecords(request);
  expect(bib.match(/^@\w+\{/gm)?.length).toBe(csl.length);
  expect(ris.match(/^TY {2}- /gm)?.length).toBe(csl.length);
  // The review leads every whole-corpus download; its page is /review/.
  const [review, ...studies] = csl;
  expect(bib.startsWith(`@article{${review.id},`)).toBe(true);
  expect((await request.get('review/')).status()).toBe(200);
  for (const item of csl) expect(item['citation-key']).toBe(item.id);
  for (const item of studies) {
    expect((await request.get(`references/${item.id}/`)).status(), item.id).toBe(200);
    expect(await (await request.get(`references/${item.id}.bib`)).text(), item.id).toMatch(new RegExp(`^@\\w+\\{${item.id},`));
  }
  // Every study is cited by a claim's evidence or reports a trial, and nothing else is listed.
  const trials = csvRecords(await (await request.get('trials.csv')).text());
  const cited = new Set([
    ...claims.flatMap((c) => c.evidence.map((item) => item.reference)),
    ...trials.flatMap((t) => t.references.split('; ').filter(Boolean)),
  ]);
  expect([...cited].sort()).toEqual(studies.map((item) => item.id).sort());
  // A retracted study says so in every format, and claims.json flags each of its items.
  const retracted = new Set(claims.flatMap((c) => c.evidence.filter((item) => item.retracted).map((item) => item.reference)));
  for (const key of retracted) {
    expect(csl.find((item) => item.id === key)?.note, key).toMatch(/^RETRACTED/);
    expect(bib.slice(bib.indexOf(`{${key},`)).split('\n}')[0], key).toMatch(/note = \{RETRACTED/);
  }
  for (const claim of claims) {
    expect(claim.references.sort()).toEqual([...new Set(claim.evidence.map((item) => item.reference))].sort());
    const claimBib = await (await request.get(`claims/${claim.id}.bib`)).text();
    expect(claimBib.match(/^@\w+\{/gm)?.length, claim.id).toBe(claim.references.length + 1);
    expect(claimBib, claim.id).toContain(`{${review.id},`);
  }
  const csv = await (await request.get('claims.csv')).text();
  expect(csvRecords(csv)).toHaveLength(claims.reduce((n, c) => n + c.evidence.length, 0));
});

test('the real crosstalk diagram at 1,280 px: no line through a node it does not connect, labels fit, tags readable, text of 12 px or more', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/pathways/');
  const geometry = await diagramGeometry(page);
  expect(geometry.edges).toBeGreaterThan(10);
  expect(geometry.crossings).toEqual([]);
  expect(geometry.overflowing).toEqual([]);
  expect(geometry.smallestText.size, geometry.smallestText.text).toBeGreaterThanOrEqual(12);
  expect(geometry.smallTargets).toEqual([]);
  expect(geometry.hiddenTags).toEqual([]);
});
