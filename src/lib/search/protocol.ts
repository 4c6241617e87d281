import type { SearchState } from './url-state';
import type { ResultView, SearchOverview } from './view';

/** The messages between the search page and its worker. */

/** Up to this many documents, the page also searches on its own thread once the reader starts typing (see SearchClient). */
export const SEARCH_HERE_LIMIT = 500;

/** Messages the search page sends to the search worker. */
export type WorkerRequest =
  | { type: 'init'; dataUrl: string; bibtexUrl: string }
  | { type: 'search'; state: SearchState; limit: number }
  | { type: 'export'; state: SearchState };

/** Messages the search worker sends back. */
export type WorkerResponse =
  | { type: 'ready'; overview: SearchOverview }
  | { type: 'results'; view: ResultView }
  | { type: 'exported'; bibtex: string; count: number }
  | { type: 'failed'; stage: 'load' | 'export' };
