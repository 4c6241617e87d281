// Relevance, ours against Pagefind's default ranking, on the same built pages (DIST, default dist/): a fixed set of
// researcher queries (relevance/queries.json, each with its need in a sentence), each engine's top 10 pooled, graded
// blind 0/1/2 (relevance/grades.json, written by a reader who sees only the pooled pages, never which engine returned
// them), then nDCG@10 and precision at 5 for both.
//   npx tsx tests/bench/relevance.ts pool    # runs both engines; writes relevance/pool.json (what the grader reads) and runs.json
//   npx tsx tests/bench/relevance.ts score   # prints the table from runs.json and grades.json (ungraded results count 0, and are listed)
//   npx tsx tests/bench/relevance.ts all     # both, as `npm run bench` does
// Re-pool and re-grade when the corpus changes (the score step says which results lack a grade).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { CONTENT_TYPES } from '../support/static-server';
import { WholeIndex } from '../../src/lib/search/whole-index';
import { emptyState } from '../../src/lib/search/url-state';
import { dist, launchBrowser, pagefindCommand, round } from './support';

interface Query {
  id: string;
  query: string;
  need: string;
}
interface PoolEntry {
  url: string;
  title: string;
  description: string;
}
type Runs = Record<string, { ours: string[]; pagefind: string[] }>;
type Grades = Record<string, Record<string, 0 | 1 | 2>>;

const here = join(import.meta.dirname, 'relevance');
const queries: Query[] = JSON.parse(readFileSync(join(here, 'queries.json'), 'utf8'));
const TOP = 10;
const port = Number(process.env.BENCH_PORT ?? 4500) + 2;
const origin = `http://127.0.0.1:${port}`;

/** A result's page address without the origin or the index.html: "/claims/x/", "/pathways/#interaction-y". */
function pageOf(url: string): string {
  const parsed = new URL(url, origin);
  return `${parsed.pathname.replace(/index\.html$/, '')}${parsed.hash}`;
}

function ourTop(): Record<string, string[]> {
  const whole = new WholeIndex(JSON.parse(readFileSync(join(dist, 'search', 'index.json'), 'utf8')));
  whole.complete();
  return Object.fromEntries(
    queries.map(({ id, query }) => {
      const view = whole.answer({ ...emptyState(), q: `${query} ` }, TOP);
      return [id, [...view.hits, ...view.partial.hits].slice(0, TOP).map((hit) => pageOf(hit.url))];
    }),
  );
}

async function pagefindTop(): Promise<Record<string, string[]>> {
  const dir = join(tmpdir(), `er-her2-relevance-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (spawnSync(pagefindCommand, ['--site', dist, '--output-path', join(dir, 'pagefind'), '--quiet'], { stdio: 'inherit' }).status !== 0)
    throw new Error('pagefind failed');
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pagefind</title></head><body></body></html>');
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', origin).pathname);
    const [root, local] = path.startsWith('/__pagefind/') ? [dir, path.slice('/__pagefind/'.length)] : [dist, path];
    const file = [join(root, normalize(local)), join(root, normalize(local), 'index.html')].find((f) => existsSync(f) && statSync(f).isFile());
    response.writeHead(file ? 200 : 404, { 'content-type': CONTENT_TYPES[extname(file ?? '')] ?? 'application/octet-stream' });
    response.end(file ? readFileSync(file) : undefined);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/__pagefind/`);
    const out: Record<string, string[]> = {};
    for (const { id, query } of queries) {
      out[id] = await page.evaluate(
        async ([q, top]) => {
          const pagefind = await import('/__pagefind/pagefind/pagefind.js' as string);
          // The bundle is served from /__pagefind/, so without this every result address would carry that prefix.
          await pagefind.options({ baseUrl: '/' });
          const search = await pagefind.search(q);
          const data = await Promise.all(search.results.slice(0, top).map((r: { data: () => Promise<{ url: string }> }) => r.data()));
          return data.map((d: { url: string }) => d.url);
        },
        [query, TOP] as const,
      );
      out[id] = out[id].map(pageOf);
    }
    return out;
  } finally {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What the grader sees of a page: its title and description, read from the built HTML, the same for both engines. */
function entryFor(url: string): PoolEntry {
  const path = url.split('#')[0];
  const file = join(dist, path, 'index.html');
  const html = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const text = (pattern: RegExp) =>
    (pattern.exec(html)?.[1] ?? '')
      .replace(/&amp;/g, '&')
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .trim();
  const anchor = url.split('#')[1];
  if (anchor) {
    // A section of a page (an interaction on /pathways/): what the reader lands on is that section's own text.
    const at = html.indexOf(`id="${anchor}"`);
    const section =
      at < 0
        ? ''
        : html
            .slice(at, html.indexOf('</li>', at))
            .replace(/<[^>]+>/g, ' ')
            .replace(/^[^>]*>/, '')
            .replace(/\s+/g, ' ');
    return { url, title: `${text(/<title>([^<]*)<\/title>/)}, section ${anchor}`, description: section.trim().slice(0, 400) };
  }
  return { url, title: text(/<title>([^<]*)<\/title>/), description: text(/<meta name="description" content="([^"]*)"/) };
}

/** A stable shuffle, so the pool never shows which engine ranked a page where. */
function shuffled<T>(items: T[], seed: string): T[] {
  let state = [...seed].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  const next = () => (state = (state * 1103515245 + 12345) >>> 0) / 2 ** 32;
  return items
    .map((item) => ({ item, key: next() }))
    .sort((a, b) => a.key - b.key)
    .map(({ item }) => item);
}

async function pool(): Promise<void> {
  const ours = ourTop();
  const pagefind = await pagefindTop();
  const runs: Runs = Object.fromEntries(queries.map(({ id }) => [id, { ours: ours[id], pagefind: pagefind[id] }]));
  const poolFile = queries.map(({ id, query, need }) => ({
    id,
    query,
    need,
    results: shuffled([...new Set([...ours[id], ...pagefind[id]])], id).map(entryFor),
  }));
  writeFileSync(join(here, 'runs.json'), `${JSON.stringify(runs, null, 1)}\n`);
  writeFileSync(join(here, 'pool.json'), `${JSON.stringify(poolFile, null, 1)}\n`);
  console.log(JSON.stringify({ bench: 'relevance-pool', queries: queries.length, pooled: poolFile.reduce((n, q) => n + q.results.length, 0) }));
}

function dcg(gains: number[]): number {
  return gains.reduce((sum, gain, i) => sum + (2 ** gain - 1) / Math.log2(i + 2), 0);
}

function score(): void {
  const runs: Runs = JSON.parse(readFileSync(join(here, 'runs.json'), 'utf8'));
  const grades: Grades = JSON.parse(readFileSync(join(here, 'grades.json'), 'utf8'));
  const ungraded: string[] = [];
  const rows = queries.map(({ id, query }) => {
    const graded = grades[id] ?? {};
    const gain = (url: string) => {
      if (graded[url] === undefined) ungraded.push(`${id} ${url}`);
      return graded[url] ?? 0;
    };
    const ideal = dcg(
      Object.values(graded)
        .sort((a, b) => b - a)
        .slice(0, TOP),
    );
    const metrics = (urls: string[]) => ({
      ndcg: ideal === 0 ? 0 : dcg(urls.slice(0, TOP).map(gain)) / ideal,
      p5: urls.slice(0, 5).filter((url) => gain(url) >= 1).length / 5,
      shown: urls.length,
      relevant: urls.some((url) => gain(url) >= 1),
    });
    return { id, query, ours: metrics(runs[id].ours), pagefind: metrics(runs[id].pagefind) };
  });
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  for (const row of rows) {
    console.log(
      `${row.id}\t${row.ours.ndcg.toFixed(2)}\t${row.pagefind.ndcg.toFixed(2)}\t${row.ours.p5.toFixed(1)}\t${row.pagefind.p5.toFixed(1)}\t${row.query}`,
    );
  }
  const zeroWherePagefindHelps = rows.filter((row) => row.ours.shown === 0 && row.pagefind.relevant).map((row) => row.id);
  console.log(
    JSON.stringify({
      bench: 'relevance',
      queries: rows.length,
      ours: { ndcg10: round(mean(rows.map((r) => r.ours.ndcg))), p5: round(mean(rows.map((r) => r.ours.p5))) },
      pagefind: { ndcg10: round(mean(rows.map((r) => r.pagefind.ndcg))), p5: round(mean(rows.map((r) => r.pagefind.p5))) },
      zero_results_where_pagefind_relevant: zeroWherePagefindHelps,
      ungraded: ungraded.length,
    }),
  );
  if (ungraded.length) console.log(`Ungraded (re-pool and grade these):\n${[...new Set(ungraded)].join('\n')}`);
}

const mode = process.argv[2] ?? 'score';
if (mode === 'pool' || mode === 'all') await pool();
if (mode === 'score' || mode === 'all') score();
