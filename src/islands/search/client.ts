/**
 * The search page's one search client, shared by the script that draws a cold visit's first results before React
 * loads (page.ts) and by the search island, which takes over once it is hydrated.
 *
 * A small index is written into the page whole and searched on this thread: the first answer is drawn in the task
 * that reads it, and each keystroke is answered within its own task. A large one is read in parts for the first
 * answers (the head, preloaded; the shards the query's words need; the cards of the results shown) while a worker
 * loads the whole index; once the worker is ready it answers everything, off this thread.
 */
import type { DocDisplay } from '../../lib/search/documents';
import { SearchEngine } from '../../lib/search/engine';
import {
  displayCards,
  indexFiles,
  type DisplayColumns,
  type IndexFacets,
  type IndexFile,
  type IndexFiles,
  type IndexHead,
  type IndexShard,
} from '../../lib/search/index-format';
import type { WorkerRequest, WorkerResponse } from '../../lib/search/protocol';
import type { SearchState } from '../../lib/search/url-state';
import { overview, resultView, shownIndices, type ResultView, type SearchOverview } from '../../lib/search/view';
import { WholeIndex } from '../../lib/search/whole-index';

export type ExportFormat = 'bibtex' | 'ris';

export interface SearchListener {
  ready(overview: SearchOverview): void;
  results(view: ResultView): void;
  failed(): void;
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json() as Promise<T>;
}

/** The index read in parts: what the cold path has loaded so far, and how to load the rest a state needs. */
class IndexParts {
  private readonly cards = new Map<number, Promise<DocDisplay[]>>();
  private readonly shards = new Map<string, Promise<void>>();
  private facets: Promise<void> | undefined;
  private readonly loadedCards = new Map<number, DocDisplay[]>();

  constructor(
    readonly engine: SearchEngine,
    private readonly files: IndexFiles,
  ) {}

  /** Answers a state, loading first the shards, facets and cards it needs, all at once. */
  async answer(state: SearchState, limit: number): Promise<ResultView> {
    const { engine, files } = this;
    const loading = engine.shardsFor(state).map((key) => {
      let shard = this.shards.get(key);
      if (!shard) this.shards.set(key, (shard = fetchJson<IndexShard>(files.shard(key)).then((data) => engine.load(key, data))));
      return shard;
    });
    if (engine.needsFacets(state)) loading.push((this.facets ??= fetchJson<IndexFacets>(files.facets).then((data) => engine.loadFacets(data))));
    await Promise.all(loading);
    const result = engine.search(state, limit);
    const size = engine.head.displayChunk;
    const chunks = [...new Set(shownIndices(result, limit).map((i) => Math.floor(i / size)))];
    await Promise.all(
      chunks.map((chunk) => {
        let cards = this.cards.get(chunk);
        if (!cards)
          this.cards.set(
            chunk,
            (cards = fetchJson<DisplayColumns>(files.display(chunk))
              .then(displayCards)
              .then((data) => (this.loadedCards.set(chunk, data), data))),
          );
        return cards;
      }),
    );
    return resultView(engine, result, state, limit, (i) => this.loadedCards.get(Math.floor(i / size))![i % size]);
  }
}

export class SearchClient {
  private listener: SearchListener | undefined;
  private preview: { draw(view: ResultView): void; failed(): void } | undefined;
  private overview: SearchOverview | undefined;
  private latest: ResultView | undefined;
  private failed = false;
  /** A whole index, searched here. */
  private here: WholeIndex | undefined;
  /** A large index: its parts until the worker is ready. */
  private parts: Promise<IndexParts> | undefined;
  private worker: Worker | undefined;
  private workerReady = false;
  private busy = false;
  private waiting: { state: SearchState; limit: number } | undefined;
  private requested: { key: string; state: SearchState; limit: number } | undefined;
  /** The worker became ready during an answer from the parts: ask it again once that answer is shown. */
  private refresh = false;
  private exporting: { resolve(keys: string[]): void; reject(error: Error): void } | undefined;
  private readonly ready: Promise<void>;
  /** Settles once every keystroke can be answered without fetching: the whole index is loaded here or in the worker. */
  readonly warm: Promise<void>;
  private markWarm!: () => void;

  /** `whole` is the text of a whole index the page holds; without it the index is read in parts. */
  constructor(
    private readonly files: IndexFiles,
    whole: string | undefined,
    private readonly citationUrls: Record<ExportFormat, string>,
  ) {
    this.warm = new Promise((resolve) => (this.markWarm = resolve));
    this.ready = whole
      ? Promise.resolve().then(() => {
          const file = JSON.parse(whole) as IndexFile;
          this.here = new WholeIndex(file);
          this.announce(file.head);
        })
      : (this.parts = fetchJson<IndexHead>(files.head).then((head) => {
          this.announce(head);
          return new IndexParts(new SearchEngine(head), files);
        })).then(() => undefined);
    this.ready.catch(() => this.fail());
  }

  /** The first results, drawn before the island takes over; `attach` ends it. */
  previewWith(draw: (view: ResultView) => void, failed: () => void): void {
    this.preview = { draw, failed };
    if (this.failed) failed();
    else if (this.latest) draw(this.latest);
  }

  /** The island's listener, from now on the only one; it gets what has happened so far at once. */
  attach(listener: SearchListener): void {
    this.preview = undefined;
    this.listener = listener;
    if (this.failed) listener.failed();
    if (this.overview) listener.ready(this.overview);
    if (this.latest) listener.results(this.latest);
  }

  search(state: SearchState, limit: number): void {
    // The page script and the island both ask for the address's state on arrival: answer it once.
    const key = JSON.stringify([state, limit]);
    if (key === this.requested?.key) {
      if (this.latest && !this.busy) this.deliver(this.latest);
      return;
    }
    this.requested = { key, state, limit };
    if (this.here && !this.busy) this.deliver(this.here.answer(state, limit));
    else if (this.busy) this.waiting = { state, limit };
    else this.run(state, limit);
  }

  /** The citation keys an export of the results for a state holds (with study-level filters, only matching studies). */
  async exportKeys(state: SearchState): Promise<string[]> {
    await this.ready;
    if (this.here) {
      this.completeHere();
      return this.here.exportKeys(state);
    }
    this.startWorker();
    this.exporting?.reject(new Error('superseded'));
    return new Promise((resolve, reject) => {
      this.exporting = { resolve, reject };
      const send = () => this.worker!.postMessage({ type: 'export', state } satisfies WorkerRequest);
      if (this.workerReady) send();
      else this.worker!.addEventListener('message', (event: MessageEvent<WorkerResponse>) => event.data.type === 'ready' && send());
    });
  }

  /** The citations (BibTeX, or RIS with CRLF line ends) of the studies an export of the results for a state holds. */
  async exportCitations(state: SearchState, format: ExportFormat): Promise<{ text: string; count: number }> {
    const [keys, byKey] = await Promise.all([this.exportKeys(state), fetchJson<Record<string, string>>(this.citationUrls[format])]);
    const records = keys.flatMap((key) => byKey[key] ?? []);
    return { text: format === 'ris' ? records.join('\r\n').replace(/\r?\n/g, '\r\n') : records.join('\n'), count: records.length };
  }

  private announce(head: IndexHead): void {
    this.overview = overview(head);
    this.listener?.ready(this.overview);
  }

  private fail(): void {
    this.failed = true;
    if (this.listener) this.listener.failed();
    else this.preview?.failed();
  }

  private deliver(view: ResultView): void {
    this.latest = view;
    if (this.listener) this.listener.results(view);
    else this.preview?.draw(view);
  }

  /**
   * The first answer from a whole index is drawn before its facets and cards are read: they are read in the next
   * task, and the current state is answered again with its filter counts and references to export.
   */
  private completeHere(): void {
    const here = this.here!;
    if (here.completed) return;
    here.complete();
    this.markWarm();
    if (this.requested && !this.busy) this.deliver(here.answer(this.requested.state, this.requested.limit));
  }

  private run(state: SearchState, limit: number): void {
    this.busy = true;
    if (this.workerReady) {
      this.worker!.postMessage({ type: 'search', state, limit } satisfies WorkerRequest);
      return;
    }
    this.ready
      .then(async () => (this.here ? this.here.answer(state, limit) : (await this.parts!).answer(state, limit)))
      .then(
        (view) => {
          this.finish(view);
          // The first answer is on screen: now the rest of a whole index is read, or the worker loads a large one.
          if (this.here) setTimeout(() => this.completeHere());
          else this.startWorker();
        },
        () => {
          this.busy = false;
          this.fail();
        },
      );
  }

  private finish(view: ResultView): void {
    this.busy = false;
    this.deliver(view);
    const next = this.waiting ?? (this.refresh ? this.requested : undefined);
    this.waiting = undefined;
    this.refresh = false;
    if (next) this.run(next.state, next.limit);
  }

  private startWorker(): void {
    if (this.worker) return;
    const worker = (this.worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }));
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if (message.type === 'ready') {
        this.workerReady = true;
        this.markWarm();
        // Answer the current state again from the whole index: it brings the facet counts and the references to export.
        if (this.busy) this.refresh = true;
        else if (this.requested) this.run(this.requested.state, this.requested.limit);
      } else if (message.type === 'results') this.finish(message.view);
      else if (message.type === 'exported') {
        this.exporting?.resolve(message.keys);
        this.exporting = undefined;
      } else if (message.stage === 'export') {
        this.exporting?.reject(new Error('export failed'));
        this.exporting = undefined;
      } else this.fail();
    };
    worker.onerror = () => this.fail();
    worker.postMessage({ type: 'init', indexUrl: this.files.whole } satisfies WorkerRequest);
  }
}

let client: SearchClient | undefined;

/** The page's search client, configured by the element carrying data-search-dir and by the index the page may hold (see pages/search/index.astro). */
export function searchClient(): SearchClient {
  if (!client) {
    const config = document.querySelector<HTMLElement>('[data-search-dir]')!.dataset;
    const whole = document.querySelector('script[data-search-index]')?.textContent ?? undefined;
    client = new SearchClient(indexFiles(config.searchDir!), whole, { bibtex: config.searchBibtex!, ris: config.searchRis! });
  }
  return client;
}
