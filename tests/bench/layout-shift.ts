// Cumulative layout shift of every page kind of a built site (DIST, default dist/) at 412 and 1,280 px, loaded with a
// slowed CPU and network like Lighthouse's mobile run (tests/support/layout-shift.ts). BENCH_KINDS=home,claim limits the
// pages; BENCH_VERBOSE=1 prints the elements that moved. Prints one JSON line; the goal is under 0.05 on every page.
// (A plain narrow window, not mobile emulation: with isMobile, this Chromium reports no layout-shift entries at all.)
import { request } from '@playwright/test';
import { pageKinds } from '../support/site';
import { recordLayoutShifts, settledLayoutShift, throttle } from '../support/layout-shift';
import { launchBrowser, origin, round, serveSite } from './support';

const wanted = process.env.BENCH_KINDS?.split(',');
const stop = await serveSite();
const browser = await launchBrowser();
try {
  const api = await request.newContext({ baseURL: `${origin}/` });
  const kinds = (await pageKinds(api)).filter(([kind]) => !wanted || wanted.includes(kind));
  const result: Record<string, string | number> = { bench: 'layout-shift' };
  let worst = 0;
  for (const width of [412, 1280]) {
    for (const [kind, path] of kinds) {
      const context = await browser.newContext({ viewport: { width, height: width < 600 ? 823 : 800 } });
      const page = await context.newPage();
      await throttle(page);
      await recordLayoutShifts(page);
      await page.goto(`${origin}${path}`);
      if (kind === 'search') await page.locator('[data-result-type]').first().waitFor();
      const { cls, shifts } = await settledLayoutShift(page);
      result[`${kind}_${width}`] = round(cls * 1000) / 1000;
      worst = Math.max(worst, cls);
      if (process.env.BENCH_VERBOSE && cls > 0) console.error(kind, width, JSON.stringify(shifts));
      await context.close();
    }
  }
  result.worst = Math.round(worst * 1e4) / 1e4;
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
  stop();
}
