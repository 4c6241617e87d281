import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const port = Number(process.env.PREVIEW_PORT ?? 4321);

/** Browser tests run against the built site (npm run build first) in Debian's Chromium; no browser is downloaded. */
export default defineConfig({
  testDir: './e2e',
  outputDir: './.artifacts/results',
  timeout: 60_000,
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'site', testIgnore: /(lighthouse|scale)\.spec\.ts/ },
    // One at a time, after everything else: performance scores and main-thread timings suffer when other browsers share the CPU.
    { name: 'alone', testMatch: /(lighthouse|scale)\.spec\.ts/, dependencies: ['site'], workers: 1 },
  ],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
