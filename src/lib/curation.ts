import type { CslName, ReferenceData } from '../schemas/reference';

/** Helpers for the curator tools: ids for new claims and citation keys for imported references. */

const STOP_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'for', 'and', 'to', 'with', 'by', 'from', 'at', 'is', 'are', 'as', 'its', 'was', 'were', 'that', 'than']);

/** The sentence new:claim writes as context; validation refuses to publish a claim that still holds it. */
export const CONTEXT_PLACEHOLDER = 'What was done, in which system, the key figures (exact numbers from the paper) and the limits of the evidence.';

function asciiWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export function parseList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** A readable, unused id for a new claim: the statement's first significant words, numbered if taken. */
export function claimId(statement: string, taken: Set<string>): string {
  const words = asciiWords(statement).filter((word) => !STOP_WORDS.has(word));
  let stem = '';
  for (const word of words) {
    if ((stem ? `${stem}-${word}` : word).length > 50) break;
    stem = stem ? `${stem}-${word}` : word;
    if (stem.split('-').length >= 7) break;
  }
  stem ||= 'claim';
  let id = stem;
  for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
  return id;
}

/** The citation key convention: first author + year + first significant title word, then a, b, ... on a collision. */
export function citationKey(ref: { author: CslName[]; issued: ReferenceData['issued']; title: string }, taken: Set<string>): string {
  const firstWord = asciiWords(ref.title).find((word) => !STOP_WORDS.has(word)) ?? '';
  const base = `${citationKeyStem(ref)}${firstWord}`;
  if (!taken.has(base)) return base;
  for (const suffix of 'abcdefghijklmnopqrstuvwxyz') if (!taken.has(`${base}${suffix}`)) return `${base}${suffix}`;
  throw new Error(`no free citation key for ${base}`);
}

function asciiFold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/gi, 'o')
    .replace(/æ/gi, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/** The part of a citation key fixed by the record: first author's family name in ASCII + year. */
export function citationKeyStem(ref: Pick<ReferenceData, 'author' | 'issued'>): string {
  const first = ref.author[0];
  const name = 'family' in first ? first.family : first.literal;
  return `${asciiFold(name)}${ref.issued['date-parts'][0][0]}`;
}

