import type { SearchData } from '../lib/search/documents';
import type { SearchEngine } from '../lib/search/engine';
import type { WorkerRequest, WorkerResponse } from '../lib/search/protocol';
import type { ResultView, SearchOverview } from '../lib/search/view';
import type { SearchState } from '../lib/search/url-state';

export interface SearchClientEvents {
  ready(overview: SearchOverview): void;
  results(view: ResultView): void;
  failed(): void;
}

/**
 * The page's side of the search worker. While a search is running, only the newest state waits behind it:
 * fast typing never queues up work for states nobody will see.
 *
 * A small corpus can also be searched on this thread (answerHere): its index builds in a few milliseconds and
 * answers within the keystroke's own task, while on a two-core machine the round trip to the worker costs more than
 * the search itself (measured: 4 ms versus 12 ms median per keystroke on the real corpus).
 */
export class SearchClient {
  private readonly worker: Worker;
  private here: { engine: SearchEngine; view: typeof import('../lib/search/view').resultView } | undefined;
  private herePending = false;
  private busy = false;
  private waiting: WorkerRequest | undefined;
  private exporting: { resolve(result: { bibtex: string; count: number }): void; reject(error: Error): void } | undefined;

  constructor(private readonly dataUrl: string, bibtexUrl: string, private readonly on: SearchClientEvents) {
    this.worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<WorkerResponse>) => this.receive(event.data);
    this.worker.onerror = () => on.failed();
    this.worker.postMessage({ type: 'init', dataUrl, bibtexUrl } satisfies WorkerRequest);
  }

  /** Builds a copy of the index on this thread; later searches are answered here without a round trip. */
  answerHere(): void {
    if (this.here || this.herePending) return;
    this.herePending = true;
    // The matcher is loaded only now, so the page's first paint and hydration never pay for it.
    Promise.all([import('../lib/search/engine'), import('../lib/search/view'), fetch(this.dataUrl).then((response) => response.json() as Promise<SearchData>)])
      .then(([{ SearchEngine }, { resultView }, data]) => (this.here = { engine: new SearchEngine(data), view: resultView }))
      .catch(() => (this.herePending = false));
  }

  search(state: SearchState, limit: number): void {
    if (this.here && !this.busy) {
      this.on.results(this.here.view(this.here.engine, state, limit));
      return;
    }
    const request: WorkerRequest = { type: 'search', state, limit };
    if (this.busy) this.waiting = request;
    else this.send(request);
  }

  /** The BibTeX of every reference behind the results for a state. */
  exportBibtex(state: SearchState): Promise<{ bibtex: string; count: number }> {
    this.exporting?.reject(new Error('superseded'));
    return new Promise((resolve, reject) => {
      this.exporting = { resolve, reject };
      this.worker.postMessage({ type: 'export', state } satisfies WorkerRequest);
    });
  }

  stop(): void {
    this.worker.terminate();
  }

  private send(request: WorkerRequest): void {
    this.busy = true;
    this.worker.postMessage(request);
  }

  private receive(message: WorkerResponse): void {
    if (message.type === 'ready') this.on.ready(message.overview);
    else if (message.type === 'results') {
      this.busy = false;
      this.on.results(message.view);
      if (this.waiting) {
        const next = this.waiting;
        this.waiting = undefined;
        this.send(next);
      }
    } else if (message.type === 'exported') {
      this.exporting?.resolve(message);
      this.exporting = undefined;
    } else if (message.stage === 'export') {
      this.exporting?.reject(new Error('export failed'));
      this.exporting = undefined;
    } else this.on.failed();
  }
}
