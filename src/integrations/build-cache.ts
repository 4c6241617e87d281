import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeDigest } from '../lib/build/cache';

/**
 * Where a build keeps its slow outputs (rendered Markdown, formatted citations, figure layouts) between builds: in the
 * content directory's own cache folder, under a digest of all code and the lockfile, so changing any code or package
 * starts from an empty cache instead of serving output made by older code.
 */
export function buildCache(): AstroIntegration {
  return {
    name: 'build-cache',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build' || process.env.BUILD_CACHE_DIR) return;
        process.env.BUILD_CACHE_DIR = join(fileURLToPath(config.cacheDir), `outputs-${codeDigest()}`);
      },
    },
  };
}
