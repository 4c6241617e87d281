import { significantWords } from '../content/citation-key';

/** What `npm run new:claim` writes: a readable id and a placeholder context that validation refuses to publish. */

/** The synthesis new:claim writes; validation refuses to publish a claim that still holds it. */
export const CONTEXT_PLACEHOLDER = 'Weigh the evidence in your own words: what the strongest studies show, where they disagree and why, and what is still a hypothesis.';
/** The finding new:claim writes in each item; validation refuses it too. */
export const FINDING_PLACEHOLDER = 'What this study found that bears on the claim, in one or two sentences of your own words.';

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
