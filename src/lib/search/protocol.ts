import type { SearchState } from './url-state';
import type { ResultView } from './view';

/** The messages between the search page and its worker, which searches a large index off the page's thread. */

/** Messages the search page sends to the search worker. */
export type WorkerRequest = { type: 'init'; indexUrl: string } | { type: 'search'; state: SearchState; limit: number } | { type: 'export'; state: SearchState };

/** Messages the search worker sends back. */
export type WorkerResponse =
  { type: 'ready' } | { type: 'results'; view: ResultView } | { type: 'exported'; keys: string[] } | { type: 'failed'; stage: 'load' | 'export' };
