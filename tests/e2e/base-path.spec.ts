import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brokenLinks } from '../support/link-check';
import { serveStatic } from '../support/static-server';

// The site built for a sub-path (BASE_PATH=/er-her2/) and served under that prefix by a plain static server.
const base = '/er-her2/';
const port = 4610;
const origin = `http://127.0.0.1:${port}`;
let outDir: string;
let server: Server;

test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  test.setTimeout(180_000);
  outDir = join(mkdtempSync(join(tmpdir(), 'subpath-')), 'dist');
  execFileSync('npx', ['tsx', 'src/cli/build.ts'], { env: { ...process.env, BASE_PATH: base, OUT_DIR: outDir }, stdio: 'ignore' });
});

test.beforeAll(async () => {
  server = await serveStatic(outDir, base, port);
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('every internal link of the sub-path build stays under the prefix and resolves', () => {
  const { broken, checked } = brokenLinks(outDir, base);
  expect(checked).toBeGreaterThan(1000);
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
  await expect(first.locator('a')).toHaveAttribute('href', new RegExp(`^${base}`));
  const claims = await (await page.request.get(`${origin}${base}claims.json`)).json();
  expect(claims[0].url.startsWith(base)).toBe(true);
  expect((await page.request.get(`${origin}${base}references.bib`)).ok()).toBe(true);
  await page.goto(`${origin}${base}about/`);
  await page.locator('#site-search').fill('tamoxifen');
  await page.locator('#site-search').press('Enter');
  await expect(page).toHaveURL(`${origin}${base}search/?q=tamoxifen`);
  expect(outside).toEqual([]);
});
