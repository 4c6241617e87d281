import { defineConfig } from '@playwright/test';
import { origin } from './support/sites';

/**
 * Browser tests against built sites in Debian's Chromium (no browser is downloaded). Behaviour is tested on the fixture
 * site; the real corpus gets one smoke run; the sub-path build checks that every address honours the base path.
 */
export default defineConfig({
  testDir: './e2e',
  outputDir: './.artifacts/results',
  globalSetup: './e2e/global-setup.ts',
  timeout: 60_000,
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  use: {
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'fixture', testDir: './e2e/fixture', use: { baseURL: origin('fixture') } },
    { name: 'subpath', testDir: './e2e/subpath', use: { baseURL: origin('subpath') } },
    { name: 'real', testDir: './e2e/real', use: { baseURL: origin('real') } },
  ],
});
