// Keystroke-to-rendered-results latency on /search/ in headless Chromium, over a built site (DIST, default dist/).
// Prints one JSON line: median and p95 in milliseconds from keydown until the results for the new query are in the
// DOM (commit_*), and until the next animation frame after that (frame_*), and the longest main-thread task seen
// while typing (the search itself runs in a Web Worker).
import { dist, launchBrowser, origin, percentile, round, serveSite } from './support';

declare global {
  interface Window {
    __commits: number[];
    __frames: number[];
    __longTasks: number[];
  }
}

const queries = [
  'tamoxifen',
  'trastuzumb',
  'lapatinib letrozole',
  'Herceptin',
  'GW572016',
  'AIB1 SRC-3',
  'ERα HER2',
  'FOXO3a',
  'TAnDEM',
  'gefitinib anastrozole',
];
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);

const stop = await serveSite();
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  await page.goto(`${origin}/search/`);
  await page.waitForSelector('[data-result-type]');
  // Warm: the whole index is loaded (on a large site, by the worker after the first results).
  await page.waitForSelector('html[data-search-warm]', { timeout: 120_000 });
  await page.evaluate(() => {
    const w = window;
    w.__commits = [];
    w.__frames = [];
    w.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({ type: 'longtask' });
    const results = document.querySelector<HTMLElement>('section[aria-label=Results]')!;
    const input = document.querySelector<HTMLInputElement>('[data-search-input]')!;
    let pending: number | null = null;
    document.addEventListener('keydown', () => (pending = performance.now()), true);
    // A keystroke counts as answered when the results on screen are those for the text now in the box.
    new MutationObserver(() => {
      if (pending === null || results.dataset.resultsFor !== input.value) return;
      const start = pending;
      pending = null;
      w.__commits.push(performance.now() - start);
      requestAnimationFrame(() => w.__frames.push(performance.now() - start));
    }).observe(results, { childList: true, subtree: true, characterData: true, attributes: true });
  });
  const box = page.locator('[data-search-input]');
  for (let r = 0; r < rounds; r++) {
    for (const query of queries) {
      await box.fill('');
      await page.waitForTimeout(50);
      await box.pressSequentially(query, { delay: 60 });
      await page.waitForTimeout(100);
    }
  }
  const { commits, frames, longTasks } = await page.evaluate(() => ({ commits: window.__commits, frames: window.__frames, longTasks: window.__longTasks }));
  console.log(
    JSON.stringify({
      bench: 'search-latency',
      site: dist,
      keystrokes: queries.reduce((sum, q) => sum + q.length, 0) * rounds,
      answered: commits.length,
      commit_median_ms: round(percentile(commits, 50)),
      commit_p95_ms: round(percentile(commits, 95)),
      frame_median_ms: round(percentile(frames, 50)),
      frame_p95_ms: round(percentile(frames, 95)),
      longest_task_ms: round(Math.max(0, ...longTasks)),
    }),
  );
} finally {
  await browser.close();
  stop();
}
