// Full-page screenshots of the key pages of a built site (DIST, default dist/) at 1,280 and 390 px, light and dark, for
// a person to look at before a change lands: `npm run screenshots`, then open tests/.artifacts/screenshots/.
import { request } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { pageKinds } from '../support/site';
import { launchBrowser, origin, serveSite } from './support';

const outDir = process.env.SHOTS_DIR ?? 'tests/.artifacts/screenshots';
const kindsShown = ['home', 'claim', 'search', 'trials', 'reading-list', 'pathways', 'evidence', 'since-2013'];

const stop = await serveSite();
const browser = await launchBrowser();
try {
  mkdirSync(outDir, { recursive: true });
  const api = await request.newContext({ baseURL: `${origin}/` });
  const paths = new Map(await pageKinds(api));
  const written: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [1280, 390]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      const page = await context.newPage();
      for (const kind of kindsShown) {
        await page.goto(`${origin}${paths.get(kind)!}`);
        if (kind === 'search') await page.locator('[data-result-type]').first().waitFor();
        const file = `${outDir}/${kind}-${width}-${scheme}.png`;
        await page.screenshot({ path: file, fullPage: true });
        written.push(file);
      }
      await context.close();
    }
  }
  console.log(JSON.stringify({ screenshots: written.length, dir: outDir }));
} finally {
  await browser.close();
  stop();
}
