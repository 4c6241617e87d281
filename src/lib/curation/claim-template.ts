import { significantWords } from '../content/citation-key';

/**
 * Helpers for `npm run new:claim`: a readable id for a new claim and its comma-separated list flags. The placeholders it
 * writes live in lib/content/placeholders.ts, beside the validation that refuses them.
 */

export function parseList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** A readable, unused id for a new claim: the statement's first significant words, numbered if taken. */
export function claimId(statement: string, taken: Set<string>): string {
  let stem = '';
  for (const word of significantWords(statement)) {
    if ((stem ? `${stem}-${word}` : word).length > 50) break;
    stem = stem ? `${stem}-${word}` : word;
    if (stem.split('-').length >= 7) break;
  }
  stem ||= 'claim';
  let id = stem;
  for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
  return id;
}
