// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import tailwindcss from '@tailwindcss/vite';
import { contentValidation } from './src/integrations/content-validation.ts';
import { siteConfig } from './src/integrations/site-config.ts';
import { readConfig } from './src/lib/build/config.mjs';

/**
 * The environment is read once, by readConfig (src/lib/build/config.mjs: CONTENT_DIR, BASE_PATH, SITE_URL, REPORT_URL,
 * SEARCH_WHOLE_LIMIT, ...), and passed down from here: to Astro, to the integrations, and through them to the pages.
 */
const config = readConfig();

export default defineConfig({
  // The site's own address for canonical links and metadata; without SITE_URL none is written anywhere.
  site: config.siteUrl,
  // Deploy under a sub-path with BASE_PATH=/er-her2/.
  base: config.base,
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: 8 },
  // One cache per content directory, so building one corpus never reuses another corpus' data.
  cacheDir: config.cacheDir,
  integrations: [siteConfig(config), contentValidation(config.contentDir), react()],
  vite: {
    plugins: [tailwindcss()],
    build: {
      rollupOptions: {
        // The schemas only declare zod schemas and the vocabularies' tables: a browser script that takes a label
        // (lib/site/labels.ts reads drug classes from schemas/vocab.ts) must not bring zod along with it.
        treeshake: { moduleSideEffects: (id) => !id.includes('/src/schemas/') },
      },
    },
  },
  devToolbar: { enabled: false },
  experimental: {
    // A per-page Content-Security-Policy <meta> with hashes of every inline script and style Astro emits.
    csp: {
      directives: [
        "default-src 'self'",
        "connect-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
