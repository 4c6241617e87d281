import { analyze, isPhrase, termOf, type Lexicon, type Term } from './analyze';
import { EQUIVALENTS, QUESTION_WORDS } from './words';
import { foldText } from '../text/fold';

/**
 * A query as the engine runs it: its meaningful words, each with the index terms that count as finding it (the word
 * itself, its aliases, its reviewed equivalents, words it begins while the reader is still typing it, a close
 * spelling when it matches nothing), the words set aside, and a citation the query may name ("Osborne 2003 JNCI").
 */

type Via = 'word' | 'alias' | 'equivalent' | 'prefix' | 'spelling';

interface Alternative {
  term: string;
  /** How much a match through this term counts against the word itself (1). */
  weight: number;
  via: Via;
}

interface QueryWord {
  /** The word as typed, folded. */
  raw: string;
  alternatives: Alternative[];
  /** The word as typed, for the exact table (codes, DOIs, PMIDs, ids), when it is one whitespace-delimited word. */
  exact?: string;
}

export interface ParsedQuery {
  words: QueryWord[];
  /** Question and function words not counted ("which", "studies", "versus"). */
  ignored: string[];
  /** The query with each corrected word replaced, when typo correction changed one. */
  corrected?: string;
  /** A study named by first author and year. */
  citation?: { family: string; year: number };
}

/** What parsing needs of the index: its vocabulary, aliases and the close spellings of a word. */
export interface Vocabulary {
  lexicon: Lexicon;
  has(term: string): boolean;
  /** Index terms starting with a prefix (a bounded number). */
  withPrefix(prefix: string): string[];
  /** Alias groups (gene and protein names of one node) holding a term. */
  aliasesOf(term: string): string[];
  /** Close spellings among the words of titles and names, closest first, as written (folded). */
  closeSpellings(word: string): string[];
  /** Whether some study's first author has this family name (folded). */
  isFirstAuthor(family: string): boolean;
}

const WEIGHTS = { alias: 0.9, prefix: 0.8, equivalent: 0.7, spelling: 0.9 } as const;
/** Each term's equivalents, over every group it belongs to ("reactiv" is both activation and a rise). */
const equivalentsOf = new Map<string, Set<string>>();
for (const group of EQUIVALENTS)
  for (const term of group)
    for (const other of group) if (other !== term) (equivalentsOf.get(term) ?? equivalentsOf.set(term, new Set()).get(term)!).add(other);
/** Only words this long are corrected: shorter ones are too close to too many others. */
const MIN_CORRECTED = 5;

/** A word without the punctuation around it ("(HER2)," → "her2"), inner punctuation kept. */
function bare(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * What one query word may match, best first: itself, its aliases and reviewed equivalents, the words it begins (the
 * last word, while the reader is still typing it), or else the first close spelling the index holds, which is
 * returned too, since the reader is told of it.
 */
function alternativesOf(
  term: Term,
  typed: string,
  vocabulary: Vocabulary,
  beginsWords: boolean,
  spell: boolean,
): { alternatives: Alternative[]; spelling?: string } {
  const alternatives: Alternative[] = [];
  const add = (candidate: string, weight: number, via: Via) => {
    if (!alternatives.some((a) => a.term === candidate)) alternatives.push({ term: candidate, weight, via });
  };
  if (vocabulary.has(term.term)) add(term.term, 1, 'word');
  // A gene-variant phrase means exactly that: "ESR1 mutation" is not any ER study that mentions a mutation.
  if (!isPhrase(term.term)) {
    for (const alias of vocabulary.aliasesOf(term.term)) if (vocabulary.has(alias)) add(alias, WEIGHTS.alias, 'alias');
    for (const equivalent of equivalentsOf.get(term.term) ?? []) if (vocabulary.has(equivalent)) add(equivalent, WEIGHTS.equivalent, 'equivalent');
    if (beginsWords && typed.length >= 3) for (const longer of vocabulary.withPrefix(typed)) add(longer, WEIGHTS.prefix, 'prefix');
  }
  if (alternatives.length === 0 && spell && term.raw.length >= MIN_CORRECTED && !/\d/.test(term.raw)) {
    for (const spelling of vocabulary.closeSpellings(term.raw)) {
      const candidate = termOf(spelling, vocabulary.lexicon);
      if (!vocabulary.has(candidate)) continue;
      add(candidate, WEIGHTS.spelling, 'spelling');
      return { alternatives, spelling };
    }
  }
  return { alternatives };
}

/**
 * The words a typed word stands for: a brand or code is read as its drug's name, so "Herceptin" begins and equals what
 * "trastuzumab" does, and "Kadcyla" what "trastuzumab emtansine" does; any other word stands for itself.
 */
function standsFor(raw: string, lexicon: Lexicon): string[] {
  return Object.hasOwn(lexicon.canonical, raw) ? lexicon.canonical[raw].split(' ') : [raw];
}

export function parseQuery(query: string, vocabulary: Vocabulary, options: { spell: boolean }): ParsedQuery {
  const folded = foldText(query);
  // A reader still typing the last word wants the words it begins.
  const typing = folded.length > 0 && !/\s$/.test(folded);
  const spaced = folded.split(/\s+/).filter(Boolean);
  // Codes, DOIs and ids keep their punctuation: "10.1056/nejmoa052122" is one exact word, not three terms. A slash
  // alone is notation ("CDK4/6", "HER2/neu"), analysed as words.
  const isCode = (word: string) => /[.:]/.test(word);
  const dotted = spaced.map(bare).filter(isCode);
  const terms = analyze(
    query
      .split(/\s+/)
      .filter((word) => !isCode(bare(foldText(word))))
      .join(' '),
    vocabulary.lexicon,
    true,
  );
  const ignored: string[] = [];
  const words: QueryWord[] = [];
  let corrected = false;
  const correctedText = new Map<string, string>();
  // A gene–variant phrase the index holds stands for its two words; one it does not hold gives way to them.
  const phrases = terms.filter((term) => isPhrase(term.term) && vocabulary.has(term.term));
  const inPhrase = (term: (typeof terms)[number]) => !isPhrase(term.term) && phrases.some((phrase) => term.start >= phrase.start && term.end <= phrase.end);
  const kept = terms.filter((term) => (isPhrase(term.term) ? vocabulary.has(term.term) : !inPhrase(term)));
  kept.forEach((term, i) => {
    if (!term.compound && QUESTION_WORDS.has(term.raw)) {
      ignored.push(term.raw);
      return;
    }
    // The nth term a brand of a two-word drug gave stands for the drug's nth word.
    const meant = standsFor(term.raw, vocabulary.lexicon);
    const typed = meant[Math.min(kept.slice(0, i).filter((other) => other.raw === term.raw && other.start === term.start).length, meant.length - 1)];
    const { alternatives, spelling } = alternativesOf(term, typed, vocabulary, typing && i === kept.length - 1, options.spell);
    if (spelling !== undefined) {
      correctedText.set(term.raw, spelling);
      corrected = true;
    }
    // A whole typed word ("ICI-182780" reads as the one word "ici182780"), not a part of one, is also looked up exactly.
    const exact = spaced.some((word) => bare(word).replace(/[^\p{L}\p{N}]/gu, '') === term.raw) ? typed : undefined;
    words.push({ raw: term.raw, alternatives, ...(exact ? { exact } : {}) });
  });
  for (const word of dotted) words.push({ raw: word, alternatives: [], exact: word });
  const year = spaced.map(Number).find((n) => Number.isInteger(n) && n >= 1950 && n <= 2100);
  const family = year === undefined ? undefined : spaced.find((word) => !/\d/.test(word) && vocabulary.isFirstAuthor(word));
  return {
    words,
    ignored,
    ...(corrected ? { corrected: spaced.map((word) => correctedText.get(word) ?? word).join(' ') } : {}),
    ...(year !== undefined && family ? { citation: { family, year } } : {}),
  };
}
