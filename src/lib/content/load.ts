import type { Corpus } from './corpus';
import { readContentDir } from './files';
import type { Problem } from './problems';
import { resolveCorpus } from './resolve';
import { validateCorpus } from './validate';

export type CorpusResult = { ok: true; corpus: Corpus } | { ok: false; problems: Problem[] };

/** Reads, validates and resolves a content directory; every problem, from parsing to cross-references, comes back at once. */
export function loadCorpusDir(root: string): CorpusResult {
  const { raw, problems } = readContentDir(root);
  const validation = validateCorpus(raw);
  if (problems.length > 0 || !validation.ok) return { ok: false, problems: [...problems, ...(validation.ok ? [] : validation.problems)] };
  return { ok: true, corpus: resolveCorpus(validation.records) };
}

const LOADED = Symbol.for('er-her2-explorer.loaded-corpora');

/**
 * loadCorpusDir, once per directory and process. `astro build` runs the validation integration and the pages in one
 * process, but from separately bundled copies of this module (the config's loader bundles one, Vite's build of the
 * pages another), so a module variable would hold two caches and the pages would read and validate content/ again
 * (3.0 s at 10,000 claims: loadCorpusDir on a synthetic corpus). The global symbol is the one thing both copies share.
 * The cleaner ways do not fit: the `virtual:site-config` module carries only JSON, and the corpus is a cyclic object
 * graph that would have to be serialised and resolved again; validating only in the pages would report problems
 * after Astro had started building.
 */
export function loadCorpusDirOnce(root: string): CorpusResult {
  const loaded = ((globalThis as { [LOADED]?: Map<string, CorpusResult> })[LOADED] ??= new Map());
  let result = loaded.get(root);
  if (!result) loaded.set(root, (result = loadCorpusDir(root)));
  return result;
}
