import type { DocDisplay } from './documents';
import { SearchEngine } from './engine';
import { referencesOfHits } from './references';
import { cardAt, displayCards, type IndexFile } from './index-format';
import type { SearchState } from './url-state';
import { resultView, type ResultView } from './view';

/**
 * The whole index: read by the search page itself for a small site (which holds it), and by the search worker, from
 * index.json, for a large one. A first answer reads only what it shows: the postings of its words (the engine reads
 * shards on demand) and the cards of its first results. The facets and the full set of cards, which bring the filter
 * counts and the number of references to export, are read once by `complete`. A cold visit shows its first results
 * without them.
 */
export class WholeIndex {
  readonly engine: SearchEngine;
  private cards: DocDisplay[] | undefined;

  constructor(private readonly file: IndexFile) {
    this.engine = new SearchEngine(file.head);
    for (const [key, shard] of Object.entries(file.shards)) this.engine.load(key, shard);
  }

  get completed(): boolean {
    return this.cards !== undefined;
  }

  complete(): void {
    if (!this.engine.hasFacets) this.engine.loadFacets(this.file.facets);
    this.cards ??= displayCards(this.file.display);
  }

  /** A page of `limit` results; until `complete`, without facet counts (unless the state filters) or a reference count. */
  answer(state: SearchState, limit: number): ResultView {
    const { engine, file, cards } = this;
    if (engine.needsFacets(state)) engine.loadFacets(file.facets);
    return resultView(engine, engine.search(state, limit), state, limit, (i) => cards?.[i] ?? cardAt(file.display, i), cards);
  }

  /** The citation keys of every reference behind the results for a state. */
  exportKeys(state: SearchState): string[] {
    this.complete();
    return referencesOfHits(this.engine.search(state).hits, this.cards!, state);
  }
}
