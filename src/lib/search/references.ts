import type { DocDisplay, DocMeta } from './documents';
import type { Hit } from './ranking';
import { exportDoc, exportKeys, itemFilterOf } from './export-selection';
import type { SearchState } from './url-state';

/**
 * The studies behind a set of results: what "Export N references" downloads and counts. With study-level filters
 * (stance, design, years), a claim brings only the studies whose items pass them (export-selection.ts).
 */

/**
 * Every document's citation keys as numbers, numbered once per index: document i's keys are keys[start[i]] to
 * keys[start[i + 1]] (a study lists itself). markedIn holds, for each key, the call that last counted it.
 */
interface ReferenceNumbers {
  start: Int32Array;
  keys: Int32Array;
  markedIn: Int32Array;
  calls: number;
}
const referenceNumbers = new WeakMap<readonly DocDisplay[], ReferenceNumbers>();

function numberReferences(display: readonly DocDisplay[], meta: readonly DocMeta[]): ReferenceNumbers {
  const number = new Map<string, number>();
  const numberOf = (key: string) => {
    let n = number.get(key);
    if (n === undefined) number.set(key, (n = number.size));
    return n;
  };
  const start = new Int32Array(display.length + 1);
  const keys: number[] = [];
  display.forEach((doc, i) => {
    if (meta[i].type === 'reference') keys.push(numberOf(doc.id));
    for (const key of doc.references ?? []) keys.push(numberOf(key));
    start[i + 1] = keys.length;
  });
  return { start, keys: Int32Array.from(keys), markedIn: new Int32Array(number.size), calls: 0 };
}

/**
 * How many distinct references are behind a set of hits: `referencesOfHits(...).length` without building the list.
 * It is asked on every keystroke, and at 10,000 claims a set of key strings cost 11-14 ms for a broad query;
 * numbered keys in flat arrays, marked with the call's number, cost under 1 ms. With study-level filters the keys
 * are read per item (a rarer state), as referencesOfHits does.
 */
export function countReferencesOfHits(hits: readonly Hit[], display: readonly DocDisplay[], meta: readonly DocMeta[], state: SearchState): number {
  if (itemFilterOf(state)) return referencesOfHits(hits, display, state).length;
  let numbers = referenceNumbers.get(display);
  if (!numbers) referenceNumbers.set(display, (numbers = numberReferences(display, meta)));
  const { start, keys, markedIn } = numbers;
  const call = ++numbers.calls;
  let distinct = 0;
  for (const hit of hits) {
    const end = start[hit.index + 1];
    for (let k = start[hit.index]; k < end; k++) {
      const key = keys[k];
      if (markedIn[key] === call) continue;
      markedIn[key] = call;
      distinct++;
    }
  }
  return distinct;
}

/** The distinct references behind a set of hits, in rank order: claims bring their citations (or, filtered, those of the matching items), references themselves. */
export function referencesOfHits(hits: readonly Hit[], display: readonly DocDisplay[], state: SearchState): string[] {
  return exportKeys(
    hits.map((hit) => exportDoc(hit.meta.type, display[hit.index])),
    state,
  );
}
