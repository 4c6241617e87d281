import { stemmer } from 'stemmer';
import { foldText } from '../text/fold';
import { BASE_GENES, SLASH_SYNONYMS, SPELLINGS, STEM_FIXES, STOP_WORDS, VARIANT_LINKS, VARIANT_STEMS } from './words';

/**
 * How text becomes index terms, the same for documents at build time and for queries in the browser: words folded
 * (case, accents, Greek), brand names and development codes turned into the drug's name, British spellings into
 * American, then stemmed with the Porter stemmer (wooorm's `stemmer`), so "phosphorylates" meets "phosphorylation"
 * and "tumours" meets "tumor". Hyphenated words are also indexed joined ("up-regulation" as "upregul"), a
 * phosphosite in any notation becomes one term ("Ser118", "Ser-118", "S118", "serine 118", "pS118" are all "s118"),
 * and a gene followed by a kind of variant becomes a phrase term ("ESR1 mutations" is "esr1_mutat").
 */

export interface Term {
  /** The index term. */
  term: string;
  /** Where it came from in the text, for highlighting: [start, end) in the original string. */
  start: number;
  end: number;
  /** The folded word as written (the joined compound, or the site's words), before canonical names and stemming. */
  raw: string;
  /** A term made from several words (a joined compound, a phosphosite, a gene–variant phrase). */
  compound?: boolean;
}

/**
 * What the analysis knows of the corpus' vocabulary: written once into the index head so the browser analyses
 * queries exactly as the build analysed documents.
 */
export interface Lexicon {
  /** Folded brand name, code or spelling → the word it stands for ("herceptin" → "trastuzumab"). */
  canonical: Record<string, string>;
  /** Folded gene symbols that form phrases with a following variant word ("esr1", "erbb2", "pik3ca"). */
  genes: string[];
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Receptor-status shorthand: "HER2+" and "ER−" read as "HER2-positive" and "ER-negative". */
const STATUS_PLUS = /([\p{L}\p{N}])\+/gu;
const STATUS_MINUS = /([\p{L}\p{N}])(?:−|-(?=[\s/),;]|$))/gu;
/** Stems that, after a marker, name its status: "HER2 positive" and "HER2-positive" are one term, apart from "HER2-negative". */
const STATUS_STEMS = new Set(['posit', 'neg', 'negat', 'low', 'high']);
const SITE_WORD = /^p?(ser|serine|thr|threonine|tyr|tyrosine)$/;
const SITE_JOINED = /^p?(ser|thr|tyr|s|t|y)(\d{2,4})$/;
/** Each residue's one-letter code: tyrosine is Y, not the T of threonine. */
const RESIDUE_LETTERS: Record<string, string> = { s: 's', ser: 's', serine: 's', t: 't', thr: 't', threonine: 't', y: 'y', tyr: 'y', tyrosine: 'y' };

/** A table's own entry for a word, never an inherited property ("constructor" is a word a reader may type). */
function entry(table: Record<string, string>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

function stemWord(word: string): string {
  if (/\d/.test(word) || word.length <= 3) return word;
  const stem = stemmer(word);
  return entry(STEM_FIXES, stem) ?? stem;
}

/** One folded word as an index term: its canonical name (drug for brand, American for British spelling), stemmed. */
export function termOf(folded: string, lexicon: Lexicon): string {
  const canonical = entry(lexicon.canonical, folded) ?? entry(SPELLINGS, folded) ?? folded;
  return canonical.split(' ').map(stemWord).join(' ');
}

interface RawWord {
  folded: string;
  /** Position in the original text. */
  start: number;
  end: number;
  /** End in the text searched (status marks written out), for telling what joins two words. */
  endInCopy: number;
  /** The word is joined to the previous one by a hyphen or slash, with no space. */
  joined: boolean;
}

function rawWords(original: string): RawWord[] {
  const words: RawWord[] = [];
  // Same length as the original where it matters: positions map back for highlighting ("+" becomes "-positive"
  // only in the copy searched, so spans are mapped through `offsets`).
  const { text, offsets } = expandStatus(original);
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const previous = words[words.length - 1];
    const between = previous ? text.slice(previous.endInCopy, start) : '';
    words.push({
      folded: foldText(match[0]),
      start: offsets[start],
      end: offsets[start + match[0].length - 1] + 1,
      endInCopy: start + match[0].length,
      joined: previous !== undefined && (between === '-' || between === '‐' || between === '–'),
    });
  }
  return words;
}

/** The text with "+" and "−" status marks written out, and for each character of it the position it came from. */
function expandStatus(text: string): { text: string; offsets: number[] } {
  if (!/[+−-]/.test(text)) return { text, offsets: Array.from({ length: text.length + 1 }, (_, i) => i) };
  let out = '';
  const offsets: number[] = [];
  const marks = new Map<number, string>();
  for (const match of text.matchAll(STATUS_PLUS)) marks.set(match.index + match[1].length, '-positive');
  for (const match of text.matchAll(STATUS_MINUS)) marks.set(match.index + match[1].length, '-negative');
  for (let i = 0; i < text.length; i++) {
    const mark = marks.get(i);
    const piece = mark ?? text[i];
    out += piece;
    for (let k = 0; k < piece.length; k++) offsets.push(i);
  }
  offsets.push(text.length);
  return { text: out, offsets };
}

/**
 * The terms of a hyphenated run read as one word: a gene–variant phrase ("ESR1-mutant"), a brand or code as its drug
 * ("T-DM1"), else the joined parts' stem, so "up-regulation" and "upregulation" are one term.
 */
function joinedTerms(run: RawWord[], lexicon: Lexicon, genes: Set<string>): string[] {
  const parts = run.map((w) => termOf(w.folded, lexicon));
  const raw = run.map((w) => w.folded).join('');
  if (parts.length === 2 && genes.has(parts[0]) && VARIANT_STEMS.has(parts[1])) return [`${parts[0]}_${parts[1]}`];
  const named = entry(lexicon.canonical, raw) !== undefined || entry(SPELLINGS, raw) !== undefined;
  const joined = named ? termOf(raw, lexicon) : parts.every((part) => !/\d/.test(part)) ? stemWord(raw) : parts.join('');
  return joined.split(' ').map((term) => entry(STEM_FIXES, term) ?? term);
}

/**
 * A text's terms in order. `forQuery` keeps stop words out and does not emit the parts of a hyphenated word beside
 * its joined form (a query means the compound).
 */
export function analyze(text: string, lexicon: Lexicon, forQuery = false): Term[] {
  const words = rawWords(text);
  const genes = new Set([...BASE_GENES, ...lexicon.genes]);
  const terms: Term[] = [];
  // The last word of the hyphenated run being read: its inner words start no run of their own.
  let runEnd = -1;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    // A phosphosite: "Ser118", "pS118", "Ser-118", "serine 118".
    const site = SITE_WORD.exec(word.folded);
    const next = words[i + 1];
    if (site && next && /^\d{2,4}$/.test(next.folded) && next.start - word.end <= 1) {
      terms.push({ term: `${RESIDUE_LETTERS[site[1]]}${next.folded}`, start: word.start, end: next.end, raw: `${word.folded} ${next.folded}`, compound: true });
      i++;
      continue;
    }
    const joinedSite = SITE_JOINED.exec(word.folded);
    if (joinedSite) {
      terms.push({ term: `${RESIDUE_LETTERS[joinedSite[1]]}${joinedSite[2]}`, start: word.start, end: word.end, raw: word.folded, compound: true });
      continue;
    }
    // A hyphenated run ("up-regulation", "HER-2", "SRC-3") is also one joined term.
    let last = i;
    if (i > runEnd) while (words[last + 1]?.joined) last++;
    if (last > i) {
      runEnd = last;
      const run = words.slice(i, last + 1);
      const raw = run.map((w) => w.folded).join('');
      for (const term of joinedTerms(run, lexicon, genes)) terms.push({ term, start: word.start, end: words[last].end, raw, compound: true });
      if (forQuery) {
        i = last;
        continue;
      }
    }
    // A marker and its status written apart ("HER2 positive") are also the joined term "HER2-positive" gives.
    const status = next && !next.joined ? termOf(next.folded, lexicon) : undefined;
    if (status && STATUS_STEMS.has(status) && /^[\p{L}\p{N}]{2,8}$/u.test(word.folded) && /\d|^(er|pr|hr|her\d)$/.test(word.folded)) {
      terms.push({ term: `${termOf(word.folded, lexicon)}${status}`, start: word.start, end: next.end, raw: `${word.folded}${next.folded}`, compound: true });
      if (forQuery) {
        i++;
        continue;
      }
    }
    // "in" and "of" stay until the phrases are found ("mutations in ESR1"), then go.
    if (STOP_WORDS.has(word.folded) && !VARIANT_LINKS.has(word.folded)) continue;
    // A brand of a two-word drug ("Kadcyla") stands for both words.
    for (const term of termOf(word.folded, lexicon).split(' ')) terms.push({ term, start: word.start, end: word.end, raw: word.folded });
  }
  return withPhrases(terms, genes);
}

/** Adds a phrase term after each gene followed by a variant ("ESR1 mutation", "mutations in ESR1", "HER2-amplified"). */
function withPhrases(terms: Term[], genes: Set<string>): Term[] {
  const out: Term[] = [];
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i];
    if (VARIANT_LINKS.has(term.raw)) continue;
    out.push(term);
    if (genes.has(term.term)) {
      // The variant follows the gene's own parts ("HER-2" is also "her" and "2") and a synonym after a slash ("HER2/neu").
      let next = i + 1;
      while (terms[next] && terms[next].start < term.end) next++;
      if (SLASH_SYNONYMS.has(terms[next]?.raw ?? '')) next++;
      const variant = terms[next];
      // A hyphenated "ESR1-mutant" already gave its phrase as a joined term.
      const given = out.some((other) => other.compound && other.term === `${term.term}_${variant?.term}` && other.start <= term.start);
      if (variant && VARIANT_STEMS.has(variant.term) && !given)
        out.push({ term: `${term.term}_${variant.term}`, start: term.start, end: variant.end, raw: `${term.raw} ${variant.raw}`, compound: true });
    } else if (VARIANT_STEMS.has(term.term)) {
      const link = terms[i + 1];
      const gene = VARIANT_LINKS.has(link?.raw ?? '') ? terms[i + 2] : undefined;
      if (gene && genes.has(gene.term))
        out.push({ term: `${gene.term}_${term.term}`, start: term.start, end: gene.end, raw: `${gene.raw} ${term.raw}`, compound: true });
    }
  }
  return out;
}

/** Whether a term is a gene–variant phrase. */
export function isPhrase(term: string): boolean {
  return term.includes('_');
}
