import anyAscii from 'any-ascii';
import type { BibliographicData, CslName } from '../../schemas/bibliographic';

/** The citation key convention: first author's family name in ASCII + year + first significant title word, then a, b, ... */

const STOP_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'for', 'and', 'to', 'with', 'by', 'from', 'at', 'is', 'are', 'as', 'its', 'was', 'were', 'that', 'than']);

/** Lower-case ASCII words of a text, transliterated (Łukasiewicz → lukasiewicz, Øvrebø → ovrebo, Yılmaz → yilmaz). */
function asciiWords(text: string): string[] {
  return anyAscii(text)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export function significantWords(text: string): string[] {
  return asciiWords(text).filter((word) => !STOP_WORDS.has(word));
}

/** A group author's short name: the acronym it gives in parentheses ("... Collaborative Group (EBCTCG)"), else its words. */
function groupName(literal: string): string {
  return /\(([^()]+)\)\s*$/.exec(literal)?.[1] ?? literal;
}

/** The part of a citation key fixed by the record: first author's family name (or a group's acronym) in ASCII + year. */
export function citationKeyStem(ref: Pick<BibliographicData, 'author' | 'issued'>): string {
  const first: CslName = ref.author[0];
  const name = 'family' in first ? first.family : groupName(first.literal);
  return `${asciiWords(name).join('').replace(/[^a-z]/g, '')}${ref.issued['date-parts'][0][0]}`;
}

export function citationKey(ref: Pick<BibliographicData, 'author' | 'issued' | 'title'>, taken: Set<string>): string {
  const base = `${citationKeyStem(ref)}${significantWords(ref.title)[0] ?? ''}`;
  if (!taken.has(base)) return base;
  for (const suffix of 'abcdefghijklmnopqrstuvwxyz') if (!taken.has(`${base}${suffix}`)) return `${base}${suffix}`;
  throw new Error(`no free citation key for ${base}`);
}
