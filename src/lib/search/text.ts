/** Text handling shared by the index and the query: Greek folding, tokens, query words, highlight ranges. */

const GREEK_TO_LATIN: Record<string, string> = { α: 'a', β: 'b', γ: 'g', δ: 'd', κ: 'k', μ: 'm' };

/** Greek letters folded to their Latin initials (ERα → ERa), so a keyboard without Greek still matches. */
export function foldGreek(text: string): string {
  return text.replace(/[αβγδκμ]/g, (letter) => GREEK_TO_LATIN[letter]);
}

export function tokenize(text: string): string[] {
  return foldGreek(text.toLowerCase()).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The words of a query, folded and trimmed of punctuation; at most eight. */
export function queryWords(query: string): string[] {
  return foldGreek(query.toLowerCase())
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word.length > 0)
    .slice(0, 8);
}

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
