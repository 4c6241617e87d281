import type { AstroIntegration } from 'astro';
import { loadCorpusDirOnce } from '../lib/content/load';
import { ContentError } from '../lib/content/problems';

/**
 * Reads and checks the whole content directory before Astro builds anything, so a build with any problem stops at
 * once and reports every problem together, each with its file and field. The pages then share this reading
 * (lib/site/page-corpus.ts) instead of reading content/ again.
 */
export function contentValidation(contentDir: string): AstroIntegration {
  return {
    name: 'content-validation',
    hooks: {
      'astro:config:setup': ({ command }) => {
        // Previewing serves an already-built dist/; there is no content to check.
        if (command === 'preview') return;
        const result = loadCorpusDirOnce(contentDir);
        if (!result.ok) throw new ContentError(result.problems);
      },
    },
  };
}
