import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../support/static-server';

// A synthetic corpus of 1,500 claims, built and served like the real site: too large to search on the page's own thread,
// so every answer comes from the search worker, and result sets run to thousands.
const port = 4620;
const origin = `http://127.0.0.1:${port}`;
let outDir: string;
let server: Server;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const work = mkdtempSync(join(tmpdir(), 'scale-'));
  const content = join(work, 'content');
  outDir = join(work, 'dist');
  execFileSync('npx', ['tsx', 'src/cli/gen-synthetic.ts', '--claims', '1500', '--out', content], { stdio: 'ignore' });
  execFileSync('npx', ['tsx', 'src/cli/build.ts'], { env: { ...process.env, CONTENT_DIR: content, OUT_DIR: outDir }, stdio: 'ignore' });
  server = await serveStatic(outDir, '/', port);
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('typing over 1,500 claims never blocks the page, and large result sets page in hundreds', async ({ page }) => {
  await page.goto(`${origin}/search/`);
  await expect(page.locator('[data-result-type]').first()).toBeVisible();
  await page.waitForTimeout(500);
  await page.evaluate(`window.__longTasks = []; new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__longTasks.push(e.duration))).observe({ type: 'longtask' });`);
  const box = page.getByRole('searchbox', { name: /Search/ });
  for (const query of ['her2', 'tamoxifen letrozole', 'Herceptin']) {
    await box.fill('');
    await box.pressSequentially(query, { delay: 30 });
    await expect(page.locator('section[aria-label=Results]')).toHaveAttribute('data-results-for', query);
    await expect(page.locator('[data-result-type]').first()).toBeVisible();
  }
  expect(await page.evaluate('window.__longTasks')).toEqual([]);

  // A query matching most claims shows the first 15, then 100 more per click, never everything at once.
  await box.fill('her');
  await expect(page.locator('section[aria-label=Results]')).toHaveAttribute('data-results-for', 'her');
  const status = page.locator('section[aria-label=Results] [role=status]').first();
  await expect(status).toHaveText(/^\d+ results/);
  const total = Number((await status.textContent())!.match(/^(\d+)/)![1]);
  expect(total).toBeGreaterThan(1000);
  await expect(page.locator('[data-result-type]')).toHaveCount(15);
  await page.getByRole('button', { name: `Show 100 more of ${total} results` }).click();
  await expect(page.locator('[data-result-type]')).toHaveCount(115);
});
