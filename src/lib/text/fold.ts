/**
 * Text folding shared by search and the our-own-words check, so both read a word the same way: lower case, accents
 * dropped (café → cafe), Greek letters to their Latin initials (ERα → era, TGF-β → tgf-b), so a keyboard without Greek
 * still matches and "ERα" and "ERa" are one word to both.
 */

const GREEK_TO_LATIN: Record<string, string> = {
  α: 'a',
  β: 'b',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'h',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  π: 'p',
  ρ: 'r',
  σ: 's',
  τ: 't',
  φ: 'ph',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
};
const GREEK = new RegExp(`[${Object.keys(GREEK_TO_LATIN).join('')}]`, 'g');

/** Greek letters folded to Latin, case kept otherwise (for text shown to readers, e.g. best-bet names). */
function foldGreek(text: string): string {
  return text.replace(/[ΑΒΓΔΕΚΜ]/g, (letter) => letter.toLowerCase()).replace(GREEK, (letter) => GREEK_TO_LATIN[letter]);
}

/**
 * The folded form of a text, character for character where it can be: lower case, accents removed, Greek folded.
 * (A Greek letter folded to two Latin ones lengthens the text; callers that map positions back use foldChar.)
 */
export function foldText(text: string): string {
  return foldGreek(
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, ''),
  );
}
