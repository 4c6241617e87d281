// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import tailwindcss from '@tailwindcss/vite';
import { buildCache } from './src/integrations/build-cache.ts';
import { contentValidation } from './src/integrations/content-validation.ts';
import { cacheDirFor, contentDir } from './src/lib/content/content-dir.ts';
import { siteConfig } from './src/lib/site/config.ts';

/**
 * Deploy under a sub-path with BASE_PATH=/er-her2/. SITE_URL (read in src/lib/site/config.ts) sets the site's own
 * address for canonical links and metadata; without it no absolute address of the site is written anywhere.
 */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: siteConfig.siteUrl,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: 8 },
  // One cache per content directory, so building one corpus never reuses another corpus' data.
  cacheDir: cacheDirFor(contentDir()),
  integrations: [buildCache(), contentValidation(), react()],
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
