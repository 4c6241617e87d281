import type { DocMeta, ResultType } from './documents';
import type { SortOrder } from './url-state';

/**
 * The order of results: the best bet and a study named by author and year first; then more of the query's words
 * matched; then relevance (BM25F); then claims, entities, primary studies and reviews in that order; then a claim
 * resting on more studies (the fuller answer), and position, so the order is total.
 */

/** A document that matched a query, as ranking orders it. */
export interface Hit {
  /** Position in the index, the last tie-breaker. */
  index: number;
  meta: DocMeta;
  /** How many of the query's meaningful words this document matched. */
  matchedWords: number;
  /** BM25F relevance summed over the words matched. */
  score: number;
}

/** On a tie, claims come first, then entities, then primary studies, then reviews. */
function typeRank(hit: Hit): number {
  const rank: Record<ResultType, number> = { claim: 0, interaction: 1, drug: 2, pathway: 3, trial: 4, reference: 5 };
  return rank[hit.meta.type] + (hit.meta.type === 'reference' && !hit.meta.primary ? 1 : 0);
}

/**
 * Puts the first `ranked` hits in order, the rest following in no order: the best ones are kept in a heap with the
 * worst of them on top, which most hits leave at one comparison, about 10,000 comparisons for 10,000 hits against
 * some 140,000 for sorting them all.
 */
export function rankByRelevance(hits: Hit[], first: { best: number | undefined; cited: Set<number> }, ranked: number): void {
  const n = hits.length;
  const lead = Int8Array.from(hits, (hit) => (hit.index === first.best ? 0 : first.cited.has(hit.index) ? 1 : 2));
  const before = (a: number, b: number) => {
    const x = hits[a];
    const y = hits[b];
    return (
      lead[a] - lead[b] ||
      y.matchedWords - x.matchedWords ||
      y.score - x.score ||
      typeRank(x) - typeRank(y) ||
      y.meta.studies - x.meta.studies ||
      x.index - y.index
    );
  };
  let order: number[];
  if (ranked >= n / 8) order = Array.from(hits.keys()).sort(before);
  else {
    const heap = bestOf(n, Math.max(1, ranked), before);
    const inHeap = new Uint8Array(n);
    for (const i of heap) inHeap[i] = 1;
    order = heap.sort(before);
    for (let i = 0; i < n; i++) if (!inHeap[i]) order.push(i);
  }
  const ordered = order.map((i) => hits[i]);
  ordered.forEach((hit, i) => (hits[i] = hit));
}

/** The `count` smallest of 0 … n − 1 under `before`, unordered: a binary heap with the largest kept on top. */
function bestOf(n: number, count: number, before: (a: number, b: number) => number): number[] {
  const heap: number[] = [];
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j], heap[i]]);
  for (let item = 0; item < n; item++) {
    if (heap.length < count) {
      heap.push(item);
      for (let i = heap.length - 1; i > 0 && before(heap[(i - 1) >> 1], heap[i]) < 0; i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
    } else if (before(item, heap[0]) < 0) {
      heap[0] = item;
      for (let i = 0; ;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let largest = i;
        if (left < count && before(heap[largest], heap[left]) < 0) largest = left;
        if (right < count && before(heap[largest], heap[right]) < 0) largest = right;
        if (largest === i) break;
        swap(i, largest);
        i = largest;
      }
    }
  }
  return heap;
}

/** The year a date sort reads: a claim's newest or oldest study, a study's own year. */
export function sortYear(hit: Hit, sort: 'newest' | 'oldest'): number {
  return sort === 'newest' ? hit.meta.yearMax : hit.meta.yearMin;
}

/** Reorders hits in place for a sort other than relevance; the sort is stable, so relevance breaks ties. */
export function sortHits(hits: Hit[], sort: Exclude<SortOrder, 'relevance'>): void {
  const key = (hit: Hit): number => {
    if (sort === 'level') return hit.meta.level ? hit.meta.level.charCodeAt(0) : 127;
    if (hit.meta.yearMax === 0) return sort === 'newest' ? -Infinity : Infinity;
    return sortYear(hit, sort);
  };
  const direction = sort === 'newest' ? -1 : 1;
  hits.sort((a, b) => direction * (key(a) - key(b)) || 0);
}
