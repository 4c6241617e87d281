// Keystroke-to-rendered-results latency on /search/ in headless Chromium, over the built site in dist/.
// Prints one JSON line: median and p95 in milliseconds from keydown until the new results are in the DOM
// (commit_*), and until the next animation frame after that (frame_*, which adds up to one 16.7 ms frame of waiting),
// and the longest main-thread task seen while typing.
import { launchBrowser, origin, percentile, round, startPreview } from './support.mjs';

const queries = ['tamoxifen', 'trastuzumb', 'lapatinib letrozole', 'Herceptin', 'GW572016', 'AIB1 SRC-3', 'ERα HER2', 'FOXO3a', 'TAnDEM', 'gefitinib anastrozole'];
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);

const stop = await startPreview();
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  await page.goto(`${origin}/search/`);
  await page.waitForSelector('[data-result-type]');
  await page.evaluate(() => {
    const w = window;
    w.__commits = [];
    w.__frames = [];
    w.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({ type: 'longtask' });
    const results = document.querySelector('section[aria-label=Results]');
    let pending = null;
    document.addEventListener('keydown', () => (pending = performance.now()), true);
    new MutationObserver(() => {
      if (pending === null) return;
      const start = pending;
      pending = null;
      w.__commits.push(performance.now() - start);
      requestAnimationFrame(() => w.__frames.push(performance.now() - start));
    }).observe(results, { childList: true, subtree: true, characterData: true });
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
      corpus: process.env.CONTENT_DIR ?? 'content',
      keystrokes: commits.length,
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
