// Shared by the benchmark scripts: serve dist/ with astro preview and drive Debian's Chromium.
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';

export const port = Number(process.env.BENCH_PORT ?? 4500);
export const origin = `http://127.0.0.1:${port}`;

export async function startPreview() {
  const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore', detached: true });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${origin}/`)).ok) return () => process.kill(-server.pid);
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  process.kill(-server.pid);
  throw new Error('astro preview did not start');
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export const round = (value) => Math.round(value * 100) / 100;
