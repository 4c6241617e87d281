import { defineConfig } from 'vitest/config';

// src/lib is plain TypeScript, so the unit tests need no Astro config (which would also validate ./content on load).
export default defineConfig({
  test: {
    root: '.',
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 180_000,
    maxConcurrency: 2,
  },
});
