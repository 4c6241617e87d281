import { prepareCitations } from '../citations/styles';
import config from 'virtual:site-config';
import { BuildCache, buildCacheIn } from '../build/cache';
import type { Corpus } from '../content/corpus';
import { loadCorpusDir, loadCorpusDirOnce } from '../content/load';
import { markdownText, renderMarkdown } from '../content/markdown';
import { ContentError } from '../content/problems';

let cached: Promise<Corpus> | undefined;
let layouts: BuildCache | undefined;

/** The build cache of figure layouts (lib/figures/diagram-layout.ts), shared by the pages that draw a figure. */
export function layoutCache(): BuildCache {
  return (layouts ??= buildCacheIn(config.buildCacheDir, 'layouts'));
}

/**
 * The resolved corpus for pages and endpoints, computed once per build: read and checked by the same code as
 * `npm run validate`, with every Markdown body rendered (to HTML, and to plain text for search) and every record's
 * citations formatted before the first page.
 */
export function siteCorpus(): Promise<Corpus> {
  // The dev server keeps modules alive across edits, so there the corpus is read afresh for every page;
  // a build reads it once, in the validation integration, and every page shares that.
  if (cached && !import.meta.env.DEV) return cached;
  cached = (async () => {
    const result = import.meta.env.DEV ? loadCorpusDir(config.contentDir) : loadCorpusDirOnce(config.contentDir);
    if (!result.ok) throw new ContentError(result.problems);
    const { corpus } = result;
    const rendered = buildCacheIn(config.buildCacheDir, 'markdown');
    for (const record of [corpus.review, ...corpus.claims]) {
      const key = BuildCache.key('markdown', record.body);
      record.html = rendered.get(key) ?? (await renderMarkdown(record.body));
      rendered.set(key, record.html);
    }
    for (const claim of corpus.claims) {
      const key = BuildCache.key('text', claim.body);
      claim.text = rendered.get(key) ?? markdownText(claim.body);
      rendered.set(key, claim.text);
    }
    rendered.save();
    const citations = buildCacheIn(config.buildCacheDir, 'citations');
    prepareCitations([corpus.review, ...corpus.references], citations);
    citations.save();
    return corpus;
  })();
  return cached;
}
