// Cold search, ours against Pagefind, on the same built pages (DIST, default dist/). Pagefind indexes a copy of the
// pages' HTML; a bare page loads its API and shows its first results. For each round and query a fresh browser
// context (empty cache) opens /search/?q=… on our site, and the bare page on Pagefind's, and times from navigation to
// the first results in the DOM (and to the first paint of anything). Bytes are the gzip size of every file the page
// needed for the first results, worked out after the visit: reading and compressing bodies during it, in the process
// that also serves the files, delayed the responses being timed.
// Text files are served gzipped, as a static host serves them (Pagefind's own files come compressed already); an
// untimed round first fills that cache and the disk cache for both. BENCH_COLD_NETWORK=slow-4g times both over a slow
// phone connection (150 ms round trips, 1.6 Mbit/s down) with the CPU slowed 4 ×, as Lighthouse's mobile profile does.
// Prints one JSON line per engine: medians over BENCH_COLD_ROUNDS (default 3) rounds × the queries.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Browser } from '@playwright/test';
import { CONTENT_TYPES, gzipFile } from '../support/static-server';
import { dist, launchBrowser, median, pagefindCommand, round } from './support';

const queries = (process.env.BENCH_COLD_QUERIES ?? 'lapatinib|tamoxifen resistance').split('|');
const rounds = Number(process.env.BENCH_COLD_ROUNDS ?? 3);
const network = process.env.BENCH_COLD_NETWORK ?? 'local';
if (!['local', 'slow-4g'].includes(network)) throw new Error(`BENCH_COLD_NETWORK: "local" or "slow-4g", not "${network}"`);
const port = Number(process.env.BENCH_PORT ?? 4500) + 1;
const origin = `http://127.0.0.1:${port}`;
/** Results a page shows first: our page size, and as many of Pagefind's. */
const FIRST_RESULTS = 15;

const pagefindDir = join(tmpdir(), `er-her2-pagefind-${process.pid}`);

function indexWithPagefind(): { seconds: number } {
  rmSync(pagefindDir, { recursive: true, force: true });
  mkdirSync(pagefindDir, { recursive: true });
  const started = performance.now();
  const run = spawnSync(pagefindCommand, ['--site', dist, '--output-path', join(pagefindDir, 'pagefind'), '--quiet'], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error('pagefind failed');
  // The bare page: Pagefind's own API, its first results' fragments, nothing else.
  writeFileSync(
    join(pagefindDir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pagefind</title></head><body><ol id="results"></ol>
<script type="module">
const q = new URLSearchParams(location.search).get('q');
const pagefind = await import('/__pagefind/pagefind/pagefind.js');
const search = await pagefind.search(q);
const data = await Promise.all(search.results.slice(0, ${FIRST_RESULTS}).map((r) => r.data()));
const list = document.getElementById('results');
for (const d of data) { const li = document.createElement('li'); li.textContent = d.meta.title; list.append(li); }
</script></body></html>`,
  );
  return { seconds: (performance.now() - started) / 1000 };
}

/** The file an address serves: our site at /, Pagefind's bare page and index under /__pagefind/. */
function fileFor(url: string): string | undefined {
  const path = decodeURIComponent(new URL(url, origin).pathname);
  const [root, local] = path.startsWith('/__pagefind/') ? [pagefindDir, path.slice('/__pagefind/'.length)] : [dist, path];
  const safe = normalize(local).replace(/^(\.\.[/\\])+/, '');
  return [join(root, safe), join(root, safe, 'index.html')].find((f) => existsSync(f) && statSync(f).isFile());
}

const gzipSize = (file: string | undefined): number => (file ? gzipFile(file).length : 0);

function serve(): Promise<() => void> {
  const server = createServer((request, response) => {
    const file = fileFor(request.url ?? '/');
    const type = CONTENT_TYPES[extname(file ?? '')];
    if (file && type && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip' });
      response.end(gzipFile(file));
      return;
    }
    response.writeHead(file ? 200 : 404, { 'content-type': type ?? 'application/octet-stream' });
    if (file) createReadStream(file).pipe(response);
    else response.end();
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(() => server.close())));
}

/**
 * One cold visit: milliseconds from navigation to the first results in the DOM, and the gzip bytes of the document
 * and of every resource that had arrived by then (what loads after the first results, like React, does not count).
 */
async function coldVisit(browser: Browser, url: string, done: string): Promise<{ ms: number; kb: number; paint: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (network === 'slow-4g') {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  // Every request the page and its workers finished: what, and when (epoch ms).
  const finished: { url: string; end: number }[] = [];
  page.on('requestfinished', (request) => {
    const timing = request.timing();
    finished.push({ url: request.url(), end: timing.startTime + timing.responseEnd });
  });
  // Installed before any page script: records the moment the first results appear.
  await page.addInitScript((selector) => {
    new MutationObserver((_, observer) => {
      if (document.querySelector(selector)) {
        (window as unknown as { __firstResults: number }).__firstResults = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true, attributes: true });
  }, done);
  await page.goto(url);
  const ms = await page
    .waitForFunction(() => (window as unknown as { __firstResults?: number }).__firstResults, undefined, { timeout: 60_000 })
    .then((handle) => handle.jsonValue() as Promise<number>);
  const until = (await page.evaluate(() => performance.timeOrigin)) + ms;
  // The first paint of anything, which a page may show before its results.
  const paint = await page
    .waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime)
    .then((handle) => handle.jsonValue() as Promise<number>);
  await context.close();
  const kb = finished.filter((r) => r.end <= until).reduce((sum, r) => sum + gzipSize(fileFor(r.url)), 0) / 1024;
  return { ms, kb, paint };
}

const index = indexWithPagefind();
const stop = await serve();
const browser = await launchBrowser();
try {
  const engines = {
    ours: (q: string) => ({
      url: `${origin}/search/?q=${encodeURIComponent(q)}`,
      done: `section[aria-label=Results][data-results-for="${q}"] [data-result-type]`,
    }),
    pagefind: (q: string) => ({ url: `${origin}/__pagefind/?q=${encodeURIComponent(q)}`, done: '#results li' }),
  };
  const samples: Record<keyof typeof engines, { ms: number; kb: number; paint: number }[]> = { ours: [], pagefind: [] };
  for (const q of queries) for (const engine of Object.values(engines)) await coldVisit(browser, engine(q).url, engine(q).done);
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      for (const engine of Object.keys(engines) as (keyof typeof engines)[]) {
        const { url, done } = engines[engine](q);
        samples[engine].push(await coldVisit(browser, url, done));
      }
    }
  }
  for (const engine of Object.keys(samples) as (keyof typeof engines)[]) {
    console.log(
      JSON.stringify({
        bench: 'cold-search',
        site: dist,
        network,
        engine,
        visits: samples[engine].length,
        first_results_median_ms: round(median(samples[engine].map((s) => s.ms))),
        first_paint_median_ms: round(median(samples[engine].map((s) => s.paint))),
        gzip_kb_median: round(median(samples[engine].map((s) => s.kb))),
        ...(engine === 'pagefind' ? { index_s: round(index.seconds) } : {}),
      }),
    );
  }
} finally {
  await browser.close();
  stop();
  rmSync(pagefindDir, { recursive: true, force: true });
}
