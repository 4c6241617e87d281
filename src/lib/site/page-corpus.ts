import { prepareCitations } from '../citations/styles';
import { BuildCache, buildCacheFile } from '../build/cache';
import { contentDir } from '../content/content-dir';
import type { Corpus } from '../content/corpus';
import { loadCorpusDir, loadCorpusDirOnce } from '../content/load';
import { markdownText, renderMarkdown } from '../content/markdown';
import { ContentError } from '../content/problems';

let cached: Promise<Corpus> | undefined;

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
    const result = import.meta.env.DEV ? loadCorpusDir(contentDir()) : loadCorpusDirOnce(contentDir());
    if (!result.ok) throw new ContentError(result.problems);
    const { corpus } = result;
    const rendered = new BuildCache(buildCacheFile('markdown'));
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
    const citations = new BuildCache(buildCacheFile('citations'));
    prepareCitations([corpus.review, ...corpus.references], citations);
    citations.save();
    return corpus;
  })();
  return cached;
}
