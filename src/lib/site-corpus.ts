import { getCollection, type CollectionKey } from 'astro:content';
import { requireCorpus, type Corpus, type RawEntry } from './corpus';

let cached: Promise<Corpus> | undefined;

async function entries(kind: CollectionKey): Promise<RawEntry[]> {
  const items = await getCollection(kind);
  return items.map((item) => ({
    id: item.id,
    file: 'filePath' in item && item.filePath ? item.filePath : kind,
    data: item.data,
    body: 'body' in item ? item.body : undefined,
    html: 'rendered' in item ? item.rendered?.html : undefined,
  }));
}

/**
 * The resolved corpus for pages and endpoints, computed once per build.
 * The content-validation integration has already checked the same files from disk, so this only resolves.
 */
export function siteCorpus(): Promise<Corpus> {
  cached ??= (async () => {
    const [reviews, claims, references, trials, pathways, drugs] = await Promise.all(
      (['reviews', 'claims', 'references', 'trials', 'pathways', 'drugs'] as const).map(entries),
    );
    return requireCorpus({ reviews, claims, references, trials, pathways, drugs });
  })();
  return cached;
}
