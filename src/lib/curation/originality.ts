/**
 * Our-own-words check: the longest run of consecutive words a piece of our prose shares with the title or abstract of
 * a study it cites. Numbers and statistical shorthand are dropped from both texts before comparing, so they neither
 * count towards a run nor break one ("HR 0.63, 95% CI 0.47-0.84" is a fact, not a borrowed phrase).
 */

import { foldText } from '../text/fold';

/** A run this long or longer is copying, not paraphrase. */
export const MAX_SHARED_RUN = 8;

/** Tokens that carry figures, not wording: HR 0.63, 95% CI, P = .05, n = 207, vs. */
const STATISTICAL_SHORTHAND = new Set(['hr', 'rr', 'ci', 'p', 'n', 'vs', 'pcr', 'ss', 'sd', 'se', 'iqr']);
/** Shorthand that is also an English word: dropped only as written in capitals ("OR 2.99", not "with or without"). */
const CAPITALISED_SHORTHAND = new Set(['OR']);

export interface Token {
  /** The normalised word compared. */
  word: string;
  /** The word as written, for the report. */
  text: string;
}

export function comparableTokens(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = foldText(match[0]);
    if (/^\d+$/.test(word) || STATISTICAL_SHORTHAND.has(word) || CAPITALISED_SHORTHAND.has(match[0])) continue;
    tokens.push({ word, text: match[0] });
  }
  return tokens;
}

export interface SharedRun {
  length: number;
  /** The shared words as they appear in our prose. */
  words: string;
}

/** The run of `length` words of our prose that ends before token `end`, as written. */
function runEndingAt(ours: Token[], length: number, end: number): SharedRun {
  return {
    length,
    words: ours
      .slice(end - length, end)
      .map((token) => token.text)
      .join(' '),
  };
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
  return runEndingAt(ours, best, bestEnd);
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

/** The longest shared run over every field of one record and every study the field cites, by `runOf` (absent: no source). */
function worstField(file: string, fields: ProseField[], runOf: (text: string, key: string) => SharedRun | undefined): RecordReport {
  let longest: RecordReport['longest'];
  const missing = new Set<string>();
  for (const { field, text, cites } of fields) {
    for (const key of cites) {
      const run = runOf(text, key);
      if (run === undefined) missing.add(key);
      else if (!longest || run.length > longest.length) longest = { ...run, field, key };
    }
  }
  return { file, longest, missing: [...missing].sort() };
}

/** The longest shared run over every field of one record and every study the field cites. */
export function checkRecord(file: string, fields: ProseField[], abstracts: Map<string, string>): RecordReport {
  return worstField(file, fields, (text, key) => {
    const source = abstracts.get(key);
    return source === undefined ? undefined : longestSharedRun(text, source);
  });
}

/**
 * Fingerprints: what a plagiarism checker stores instead of the text. For each study, the hashes of every run of
 * MAX_SHARED_RUN consecutive comparable words of its title and abstract. They are committed, so every machine and CI
 * can run the check, while no abstract text enters the repository (eight-word runs cannot be recovered from hashes).
 */
export type Fingerprints = Set<string>;

/** A shingle's hash: the first 16 hex digits of its SHA-256, plenty to make chance collisions negligible at this size. */
function shingleHash(words: string[], digest: (text: string) => string): string {
  return digest(words.join(' ')).slice(0, 16);
}

/** Every MAX_SHARED_RUN-word shingle of a text, hashed, in text order. */
export function shingleHashes(text: string, digest: (text: string) => string): string[] {
  const words = comparableTokens(text).map((token) => token.word);
  const hashes: string[] = [];
  for (let i = 0; i + MAX_SHARED_RUN <= words.length; i++) hashes.push(shingleHash(words.slice(i, i + MAX_SHARED_RUN), digest));
  return hashes;
}

/** A study's fingerprint file: one hash per line, sorted and without repeats, so diffs stay small. */
export function fingerprintFile(abstract: string, digest: (text: string) => string): string {
  return `${[...new Set(shingleHashes(abstract, digest))].sort().join('\n')}\n`;
}

export function parseFingerprints(file: string): Fingerprints {
  return new Set(file.split('\n').filter(Boolean));
}

/**
 * The longest run our prose shares with a fingerprinted source, when it is MAX_SHARED_RUN words or more: n
 * consecutive shingles found mean a run of n + MAX_SHARED_RUN - 1 words. Shorter runs leave no trace, so 0.
 */
export function sharedRunFromFingerprints(prose: string, source: Fingerprints, digest: (text: string) => string): SharedRun {
  const ours = comparableTokens(prose);
  const hashes = shingleHashes(prose, digest);
  let best = 0;
  let bestEnd = 0;
  let streak = 0;
  hashes.forEach((hash, i) => {
    streak = source.has(hash) ? streak + 1 : 0;
    if (streak > 0 && streak + MAX_SHARED_RUN - 1 > best) {
      best = streak + MAX_SHARED_RUN - 1;
      bestEnd = i + MAX_SHARED_RUN;
    }
  });
  return runEndingAt(ours, best, bestEnd);
}

/** The worst field of one record against fingerprints, for the studies that have them. */
export function checkRecordFingerprints(
  file: string,
  fields: ProseField[],
  fingerprints: Map<string, Fingerprints>,
  digest: (text: string) => string,
): RecordReport {
  return worstField(file, fields, (text, key) => {
    const source = fingerprints.get(key);
    return source === undefined ? undefined : sharedRunFromFingerprints(text, source, digest);
  });
}
