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
 * process, from separately bundled modules, so the result is shared through a global rather than a module variable.
 */
export function loadCorpusDirOnce(root: string): CorpusResult {
  const loaded = ((globalThis as { [LOADED]?: Map<string, CorpusResult> })[LOADED] ??= new Map());
  let result = loaded.get(root);
  if (!result) loaded.set(root, (result = loadCorpusDir(root)));
  return result;
}
