import type { ResultView, SearchOverview, SearchState, WorkerRequest, WorkerResponse } from '../lib/search';

export interface SearchClientEvents {
  ready(overview: SearchOverview): void;
  results(view: ResultView): void;
  failed(): void;
}

/**
 * The page's side of the search worker. While a search is running, only the newest state waits behind it:
 * fast typing never queues up work for states nobody will see.
 */
export class SearchClient {
  private readonly worker: Worker;
  private busy = false;
  private waiting: WorkerRequest | undefined;
  private exporting: { resolve(result: { bibtex: string; count: number }): void; reject(error: Error): void } | undefined;

  constructor(dataUrl: string, bibtexUrl: string, private readonly on: SearchClientEvents) {
    this.worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<WorkerResponse>) => this.receive(event.data);
    this.worker.onerror = () => on.failed();
    this.worker.postMessage({ type: 'init', dataUrl, bibtexUrl } satisfies WorkerRequest);
  }

  search(state: SearchState, limit: number): void {
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
