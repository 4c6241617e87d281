import Fuse from 'fuse.js/basic';
import type { IndexHead } from './index-format';
import type { Vocabulary } from './query';
import { foldText } from '../text/fold';

/**
 * The index's vocabulary as query parsing reads it: terms by binary search over the sorted list (a Set of them cost
 * a cold visit 7 ms to build), words they begin, alias groups, close spellings of title and name words with fuse.js,
 * and first authors.
 */

const FUZZY = { includeScore: true, ignoreLocation: true, threshold: 0.25, minMatchCharLength: 2 } as const;
const MAX_PREFIXED = 30;

export class SearchVocabulary implements Vocabulary {
  readonly lexicon: IndexHead['lexicon'];
  private readonly tokens: string[];
  private readonly aliasGroup = new Map<string, string[]>();
  private readonly families: Set<string>;
  private allFuzzy: Fuse<string> | undefined;
  private entities: Fuse<IndexHead['entities'][number]> | undefined;

  constructor(private readonly head: IndexHead) {
    this.lexicon = head.lexicon;
    this.tokens = head.tokens;
    for (const group of head.aliases) for (const term of group) this.aliasGroup.set(term, group);
    this.families = new Set(Object.keys(head.citations).map((key) => key.slice(0, key.indexOf('|'))));
  }

  /** The position of the first term not before `word`. */
  private lowerBound(word: string): number {
    let low = 0;
    let high = this.tokens.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.tokens[mid] < word) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  has(term: string): boolean {
    return this.tokens[this.lowerBound(term)] === term;
  }

  withPrefix(prefix: string): string[] {
    const found: string[] = [];
    for (let i = this.lowerBound(prefix); i < this.tokens.length && this.tokens[i].startsWith(prefix) && found.length < MAX_PREFIXED; i++) {
      if (this.tokens[i] !== prefix) found.push(this.tokens[i]);
    }
    return found;
  }

  aliasesOf(term: string): string[] {
    return (this.aliasGroup.get(term) ?? []).filter((other) => other !== term);
  }

  isFirstAuthor(family: string): boolean {
    return this.families.has(family);
  }

  /**
   * Close spellings among the words of titles and names, as fuse.js scores them. Fuse compares the word with every
   * such word, so only words that could be close are handed to it: a word within k edits of the query shares at
   * least length − k of its letters, counted with repeats. Fuse scores each word on its own and breaks ties by list
   * order, which the filter keeps, so the answer is the one the whole list gives. (Past 32 letters fuse splits the
   * query in parts; those go to the whole list.)
   */
  closeSpellings(word: string): string[] {
    const words = this.head.fuzzy;
    if (word.length > 32) return (this.allFuzzy ??= new Fuse(words, FUZZY)).search(word).map((r) => r.item);
    // One edit more than the threshold allows, to stay clear of rounding in fuse's score.
    const need = word.length - Math.floor(FUZZY.threshold * word.length) - 1;
    const letters = [...new Set(word)];
    const wanted = letters.map((letter) => [...word].filter((c) => c === letter).length);
    const left = new Int32Array(letters.length);
    const close = words.filter((candidate) => {
      left.set(wanted);
      let shared = 0;
      for (const char of candidate) {
        const at = letters.indexOf(char);
        if (at >= 0 && left[at] > 0) {
          left[at]--;
          shared++;
        }
      }
      return shared >= need;
    });
    return close.length === 0 ? [] : new Fuse(close, FUZZY).search(word).map((r) => r.item);
  }

  /** Drugs, pathways and trials whose names come close to a query's words, for a query that found nothing. */
  suggestions(query: string): string[] {
    const found = new Set<string>();
    this.entities ??= new Fuse(this.head.entities, { keys: ['title', 'names'], includeScore: true, ignoreLocation: true, threshold: 0.5 });
    for (const word of foldText(query).split(/\s+/).filter(Boolean)) for (const result of this.entities.search(word).slice(0, 3)) found.add(result.item.title);
    return [...found].slice(0, 5);
  }
}
