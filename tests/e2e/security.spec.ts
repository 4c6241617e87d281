import { expect, test, type Page } from '@playwright/test';
import { pageKinds } from '../support/site';

async function paths(page: Page): Promise<string[]> {
  return [...(await pageKinds(page.request)).map(([, path]) => path), '/search/?q=tamoxifen&drug=tamoxifen'];
}

test('every page carries a Content-Security-Policy without unsafe-eval or inline script, and nothing violates it', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') violations.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => violations.push(`${page.url()}: ${error.message}`));
  for (const path of await paths(page)) {
    await page.goto(path);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy, path).toBeTruthy();
    expect(policy, path).not.toContain('unsafe-eval');
    expect(policy, path).not.toContain('unsafe-inline');
    expect(policy, path).toContain("connect-src 'self'");
    expect(policy, path).toMatch(/script-src 'self'/);
  }
  await page.goto('/search/?q=lapatinib');
  await expect(page.locator('[data-result-type]').first()).toBeVisible();
  // The 404 page's own status shows as a console error; anything else is a real problem.
  expect(violations.filter((v) => !v.includes('404'))).toEqual([]);
});

test('no page makes a request to another origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(`${page.url()} -> ${request.url()}`);
  });
  for (const path of await paths(page)) await page.goto(path, { waitUntil: 'networkidle' });
  await page.goto('/search/?q=gefitinib');
  await expect(page.locator('[data-result-type]').first()).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Export/ }).click()]);
  await download.path();
  expect(foreign).toEqual([]);
});

test('links that leave the site do not pass on the reader or the page', async ({ page }) => {
  for (const path of await paths(page)) {
    await page.goto(path);
    const external = await page.$$eval('a[href^="http"]', (links) =>
      links.filter((a) => new URL((a as HTMLAnchorElement).href).origin !== location.origin).map((a) => ({ href: (a as HTMLAnchorElement).href, rel: a.getAttribute('rel') ?? '' })),
    );
    for (const { href, rel } of external) {
      expect(rel.split(/\s+/), `${path}: ${href}`).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    }
  }
});

const hostile = [
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  "javascript:window.__pwned=1",
  '{{constructor.constructor("window.__pwned=1")()}}${window.__pwned=1}',
  `${'tamoxifen '.repeat(500)}`,
  `${'a'.repeat(5000)}`,
  `(a+)+$${'a'.repeat(60)}!`,
  '[[[[[[((((((\\\\\\\\',
];
const params = ['q', 'drug', 'pathway', 'evidence', 'direction', 'section', 'class', 'from', 'to'];

test('hostile values in every search parameter neither execute nor hang the page', async ({ page }) => {
  test.setTimeout(180_000);
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  for (const param of params) {
    for (const value of hostile) {
      const started = Date.now();
      await page.goto(`/search/?${new URLSearchParams({ [param]: value })}`);
      await expect(page.locator('section[aria-label=Results] [role=status]').first()).not.toBeEmpty();
      // The page still answers promptly, and the value never became markup or script.
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('section[aria-label=Results] img, section[aria-label=Results] script').count()).toBe(0);
      expect(Date.now() - started, `${param}=${value.slice(0, 30)}`).toBeLessThan(10_000);
    }
  }
  // A reflected query is shown as text, exactly as typed.
  await page.goto(`/search/?${new URLSearchParams({ q: hostile[0] })}`);
  await expect(page.getByRole('searchbox', { name: /Search/ })).toHaveValue(hostile[0]);
  await expect(page.getByText(`No claim or study matches “${hostile[0]}”`)).toBeVisible();
  expect(dialogs).toBe(0);
});

test('typing a hostile query keeps results as text', async ({ page }) => {
  await page.goto('/search/');
  await page.getByRole('searchbox', { name: /Search/ }).fill('<b>tamoxifen</b> <img src=x onerror=alert(1)>');
  await expect(page.locator('[data-result-type]').first()).toBeVisible();
  expect(await page.locator('[data-result-type] b, [data-result-type] img').count()).toBe(0);
});
