import { expect, test, type Page } from '@playwright/test';
import axe from 'axe-core';
import { mkdirSync } from 'node:fs';
import { pageKinds } from '../support/site';

async function violations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's Content-Security-Policy does not block it.
  await page.evaluate(axe.source);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  );
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.1 A/AA violation on any page kind (${scheme})`, async ({ browser }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    const found: string[] = [];
    for (const [kind, path] of await pageKinds(page.request)) {
      await page.goto(path);
      if (kind === 'search') await expect(page.locator('[data-result-type]').first()).toBeVisible();
      for (const violation of await violations(page)) found.push(`${kind} ${path}: ${violation}`);
    }
    expect(found).toEqual([]);
    // The check itself works: a page with a known violation is reported.
    await page.setContent('<html lang="en"><title>x</title><main><img src="data:,"></main></html>');
    expect((await violations(page)).some((v) => v.startsWith('image-alt'))).toBe(true);
    await context.close();
  });
}

test('the colour-scheme toggle switches, persists across pages, and is announced as pressed', async ({ page }) => {
  await page.goto('/about/');
  const toggle = page.getByRole('button', { name: 'Dark mode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/claims/');
  await expect(page.locator('html')).toHaveClass(/dark/);
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background).not.toBe('rgb(255, 255, 255)');
});

test('screenshots of every page kind at 1280 px and 375 px (kept as artefacts), nothing wider than the screen down to 360 px', async ({ browser }) => {
  test.setTimeout(180_000);
  const dir = 'tests/.artifacts/screenshots';
  mkdirSync(dir, { recursive: true });
  for (const width of [1280, 375, 360]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    for (const [kind, path] of await pageKinds(page.request)) {
      await page.goto(path);
      if (kind === 'search') await expect(page.locator('[data-result-type]').first()).toBeVisible();
      // Nothing may overflow the viewport sideways (wide tables and the diagram scroll inside their own box).
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${kind} at ${width} px`).toBeLessThanOrEqual(0);
      if (width !== 360) await page.screenshot({ path: `${dir}/${kind}-${width}.png`, fullPage: true });
    }
    await context.close();
  }
});
