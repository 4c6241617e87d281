/**
 * Our-own-words check: the longest run of consecutive words a piece of our prose shares with the title or abstract of
 * a study it cites. Numbers and statistical shorthand are dropped from both texts before comparing, so they neither
 * count towards a run nor break one ("HR 0.63, 95% CI 0.47-0.84" is a fact, not a borrowed phrase).
 */

/** A run this long or longer is copying, not paraphrase. */
export const MAX_SHARED_RUN = 8;

const GREEK: Record<string, string> = { α: 'a', β: 'b', γ: 'g', δ: 'd', ε: 'e', κ: 'k', μ: 'm' };

/** Tokens that carry figures, not wording: HR 0.63, 95% CI, P = .05, n = 207, vs. */
const STATISTICAL_SHORTHAND = new Set(['hr', 'or', 'rr', 'ci', 'p', 'n', 'vs', 'pcr', 'ss', 'sd', 'se', 'iqr']);

export interface Token {
  /** The normalised word compared. */
  word: string;
  /** The word as written, for the report. */
  text: string;
}

export function comparableTokens(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0]
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[αβγδεκμ]/g, (letter) => GREEK[letter])
      .toLowerCase();
    if (/^\d+$/.test(word) || STATISTICAL_SHORTHAND.has(word)) continue;
    tokens.push({ word, text: match[0] });
  }
  return tokens;
}

export interface SharedRun {
  length: number;
  /** The shared words as they appear in our prose. */
  words: string;
}

/** Longest common run of comparable words between our prose and a source text (dynamic programming over words). */
export function longestSharedRun(prose: string, source: string): SharedRun {
  const ours = comparableTokens(prose);
  const theirs = comparableTokens(source).map((token) => token.word);
  let best = 0;
  let bestEnd = 0;
  let previous = new Uint16Array(theirs.length + 1);
  for (let i = 1; i <= ours.length; i++) {
    const current = new Uint16Array(theirs.length + 1);
    for (let j = 1; j <= theirs.length; j++) {
      if (ours[i - 1].word !== theirs[j - 1]) continue;
      current[j] = previous[j - 1] + 1;
      if (current[j] > best) {
        best = current[j];
        bestEnd = i;
      }
    }
    previous = current;
  }
  return { length: best, words: ours.slice(bestEnd - best, bestEnd).map((token) => token.text).join(' ') };
}

/** One piece of prose in a record, with the studies it cites. */
export interface ProseField {
  /** Where the prose is, e.g. "evidence[2].finding" or "body". */
  field: string;
  text: string;
  /** Citation keys whose title and abstract it must not copy from. */
  cites: string[];
}

export interface RecordReport {
  file: string;
  longest: (SharedRun & { field: string; key: string }) | undefined;
  /** Cited keys with no abstract file to compare against. */
  missing: string[];
}

/** The longest shared run over every field of one record and every study the field cites. */
export function checkRecord(file: string, fields: ProseField[], abstracts: Map<string, string>): RecordReport {
  let longest: RecordReport['longest'];
  const missing = new Set<string>();
  for (const { field, text, cites } of fields) {
    for (const key of cites) {
      const source = abstracts.get(key);
      if (source === undefined) {
        missing.add(key);
        continue;
      }
      const run = longestSharedRun(text, source);
      if (!longest || run.length > longest.length) longest = { ...run, field, key };
    }
  }
  return { file, longest, missing: [...missing].sort() };
}
