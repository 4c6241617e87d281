import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/content/content-dir';
import { loadCorpusDirOnce } from '../lib/content/load';
import { ContentError } from '../lib/content/problems';

/**
 * Checks the whole content directory before Astro loads a single collection: Astro alone only warns about a
 * missing reference() and lets a duplicate YAML id silently win, and stops at the first schema error.
 */
export function contentValidation(): AstroIntegration {
  return {
    name: 'content-validation',
    hooks: {
      'astro:config:setup': ({ command }) => {
        // Previewing serves an already-built dist/; there is no content to check.
        if (command === 'preview') return;
        const result = loadCorpusDirOnce(contentDir());
        if (!result.ok) throw new ContentError(result.problems);
      },
    },
  };
}
