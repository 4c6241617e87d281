// Shared by the benchmark scripts: serve a built site (DIST, default dist/) as a static host and drive Debian's Chromium.
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { serveStatic } from '../support/static-server';

/** Pagefind's command, from the benchmarks' own packages (tests/bench/package.json, `npm run bench:install`). */
export const pagefindCommand = fileURLToPath(new URL('./node_modules/.bin/pagefind', import.meta.url));

export const dist = process.env.DIST ?? 'dist';
export const port = Number(process.env.BENCH_PORT ?? 4500);
export const origin = `http://127.0.0.1:${port}`;

/** Serves the built site; returns the function that stops it. */
export async function serveSite(): Promise<() => void> {
  const server = await serveStatic(dist, '/', port, { gzip: true });
  return () => server.close();
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export const median = (values: number[]) => percentile(values, 50);
export const round = (value: number) => Math.round(value * 100) / 100;
