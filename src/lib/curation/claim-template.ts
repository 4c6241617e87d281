import { significantWords } from '../content/citation-key';

/** What `npm run new:claim` writes: a readable id and a placeholder context that validation refuses to publish. */

/** The sentence new:claim writes as context; validation refuses to publish a claim that still holds it. */
export const CONTEXT_PLACEHOLDER = 'What was done, in which system, the key figures (exact numbers from the paper) and the limits of the evidence.';

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
