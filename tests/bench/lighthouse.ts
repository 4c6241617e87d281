// Lighthouse (performance, accessibility, best practices, SEO, and its simulated first and largest contentful paint) on
// home, search, a claim and a reference page of a built site (DIST, default dist/), in Debian's Chromium: the median of
// BENCH_ROUNDS runs per page. Prints one JSON line.
import { launch } from 'chrome-launcher';
import { readFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import { dist, median, origin, serveSite } from './support';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
/** Lighthouse's simulated first and largest contentful paint, in milliseconds, behind the performance score. */
const timings = { fcp_ms: 'first-contentful-paint', lcp_ms: 'largest-contentful-paint' };
const claims: { url: string; references: string[] }[] = JSON.parse(readFileSync(`${dist}/claims.json`, 'utf8'));
const pages = {
  home: '/',
  search: '/search/?q=tamoxifen',
  claim: new URL(claims[0].url, origin).pathname,
  reference: `/references/${claims[0].references[0]}/`,
};
const runs = Number(process.env.BENCH_ROUNDS ?? 3);

const stop = await serveSite();
const chrome = await launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  const result: Record<string, string | number> = { bench: 'lighthouse', site: dist, runs };
  for (const [kind, path] of Object.entries(pages)) {
    const scores: Record<string, number>[] = [];
    for (let i = 0; i < runs; i++) {
      const report = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
      if (!report) throw new Error(`Lighthouse returned no report for ${path}`);
      scores.push({
        ...Object.fromEntries(categories.map((c) => [c, Math.round((report.lhr.categories[c].score ?? 0) * 100)])),
        ...Object.fromEntries(Object.entries(timings).map(([name, audit]) => [name, Math.round(report.lhr.audits[audit].numericValue ?? 0)])),
      });
    }
    for (const c of [...categories, ...Object.keys(timings)]) result[`${kind}_${c}`] = median(scores.map((s) => s[c]));
  }
  console.log(JSON.stringify(result));
} finally {
  chrome.kill();
  stop();
}
