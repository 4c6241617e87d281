import { analyze, type Lexicon } from './analyze';

/** What to mark in a result: the words of a title, statement or name whose terms the query matched. */

export function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = ranges.filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * Merged, non-overlapping [start, end) ranges of a text to highlight: every word whose index term the query matched,
 * through the word itself, an alias, an equivalent or a corrected spelling, so "Herceptin" marks "trastuzumab" and
 * "Ser118" marks "serine 118". Computed only for hits on screen.
 */
export function highlightRanges(text: string, terms: Set<string>, lexicon: Lexicon): [number, number][] {
  return mergeRanges(
    analyze(text, lexicon)
      .filter((term) => terms.has(term.term))
      .map((term) => [term.start, term.end]),
  );
}

/**
 * The name holding a matched term, marked: why a claim matched when its title and statement do not say. Names come
 * in the order the document lists them (drugs and nodes before models), so the first that matched is shown.
 */
export function matchedName(names: string[], terms: Set<string>, lexicon: Lexicon): { text: string; ranges: [number, number][] } | undefined {
  for (const name of names) {
    const ranges = highlightRanges(name, terms, lexicon);
    if (ranges.length > 0) return { text: name, ranges };
  }
  return undefined;
}
