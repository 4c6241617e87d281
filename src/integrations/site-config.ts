import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeDigest } from '../lib/build/cache';
import type { BuildConfig, PageConfig } from '../lib/build/config.mjs';

const MODULE = 'virtual:site-config';

/**
 * Hands pages and endpoints their part of the configuration as the `virtual:site-config` module, the way Astro
 * integrations pass options to the code Vite bundles (pages cannot see the config's variables: Vite bundles them
 * separately). A build also gets its cache directory for slow outputs (rendered Markdown, formatted citations, figure
 * layouts): in the content directory's own cache folder, under a digest of all code and the lockfile, so changing any
 * code or package starts from an empty cache instead of serving output made by older code. The dev server keeps none.
 */
export function siteConfig(config: BuildConfig): AstroIntegration {
  return {
    name: 'site-config',
    hooks: {
      'astro:config:setup': ({ command, config: astro, updateConfig }) => {
        const pageConfig: PageConfig = {
          contentDir: config.contentDir,
          siteUrl: config.siteUrl,
          reportUrl: config.reportUrl,
          searchWholeLimit: config.searchWholeLimit,
          buildCacheDir: command === 'build' ? join(fileURLToPath(astro.cacheDir), `outputs-${codeDigest()}`) : undefined,
        };
        const resolved = `\0${MODULE}`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'site-config',
                resolveId: (id: string) => (id === MODULE ? resolved : undefined),
                load: (id: string) => (id === resolved ? `export default ${JSON.stringify(pageConfig)};` : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
