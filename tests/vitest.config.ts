import { defineConfig } from 'vitest/config';

// src/lib is plain TypeScript, so the unit tests need no Astro config (which would also validate ./content on load).
export default defineConfig({
  test: {
    root: '.',
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 180_000,
    maxConcurrency: 2,
    // The files share each worker's module cache: no test changes module state, and loading citation-js, the Markdown
    // pipeline and the corpus once per worker instead of once per file saves about 8 s of the suite's 52 s.
    isolate: false,
  },
});
