// Lighthouse (performance, accessibility, best practices, SEO) on home, search, a claim and a reference page of the built
// site, in Debian's Chromium: the median of three runs per page. Prints one JSON line.
import { launch } from 'chrome-launcher';
import { readFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import { origin, startPreview } from './support.mjs';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const claims = JSON.parse(readFileSync('dist/claims.json', 'utf8'));
const pages = { home: '/', search: '/search/?q=tamoxifen', claim: claims[0].url, reference: `/references/${claims[0].references[0]}/` };
const runs = Number(process.env.BENCH_ROUNDS ?? 3);

const stop = await startPreview();
const chrome = await launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const result = { bench: 'lighthouse', runs };
  for (const [kind, path] of Object.entries(pages)) {
    const scores = [];
    for (let i = 0; i < runs; i++) {
      const { lhr } = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
      scores.push(Object.fromEntries(categories.map((c) => [c, Math.round(lhr.categories[c].score * 100)])));
    }
    for (const c of categories) result[`${kind}_${c}`] = scores.map((s) => s[c]).sort((a, b) => a - b)[Math.floor(runs / 2)];
  }
  console.log(JSON.stringify(result));
} finally {
  await chrome.kill();
  stop();
}
