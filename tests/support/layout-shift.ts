import type { Page } from '@playwright/test';

/**
 * Cumulative layout shift of a page load, as Chrome reports it (PerformanceObserver, `layout-shift` entries without
 * recent input), measured the way a phone meets it: the page is loaded with the CPU slowed down and a slow network, so
 * a script that fills the header after the first paint shows up as the shift it causes there. Used by the CLS bench
 * and the browser test that holds every page kind under 0.05.
 */

/**
 * Slows the page's CPU and network like Lighthouse's mobile run (4 × CPU, 150 ms round trips, 1.6 Mbit/s); the
 * browser tests slow only the CPU, which is enough to show a script's late change and keeps them quick.
 */
export async function throttle(page: Page, { network = true } = {}): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  if (!network) return;
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
}

/** Starts recording layout shifts before any of the page's own scripts run. */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: { value: number; sources: string[] }[] = [];
    (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
        if (entry.hadRecentInput) continue;
        const sources = (entry.sources ?? []).map(({ node }) => {
          const element = node instanceof Element ? node : node?.parentElement;
          if (!element) return '?';
          return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).slice(0, 3).join('.')}` : ''}`;
        });
        shifts.push({ value: entry.value, sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/**
 * The page's layout shift once it has loaded and settled: after the load event, every script's first task, two
 * animation frames and an idle period (no fixed sleep). Returns the total and the shifts that made it.
 */
export async function settledLayoutShift(page: Page): Promise<{ cls: number; shifts: { value: number; sources: string[] }[] }> {
  await page.waitForLoadState('load');
  // A string, not a function: tsx would wrap named inner functions in a helper the page does not have.
  return page.evaluate(`(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
    await frame();
    await new Promise((done) => requestIdleCallback(() => done(), { timeout: 2000 }));
    await frame();
    await frame();
    const shifts = window.__shifts;
    return { cls: shifts.reduce((sum, shift) => sum + shift.value, 0), shifts };
  })()`);
}
