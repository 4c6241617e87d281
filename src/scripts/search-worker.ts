/**
 * The search engine runs here, off the main thread: building the index and matching each keystroke never block
 * typing or scrolling, however large the corpus. The page sends states and gets back only the results it renders.
 */
import type { SearchData } from '../lib/search/documents';
import { referencesOfHits, SearchEngine } from '../lib/search/engine';
import type { WorkerRequest, WorkerResponse } from '../lib/search/protocol';
import { overview, resultView } from '../lib/search/view';
import { emptyState } from '../lib/search/url-state';

// The worker's global scope, typed by hand: the project compiles against the DOM library, not the WebWorker one.
const scope = self as unknown as {
  postMessage(message: WorkerResponse): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
};

let engine: Promise<SearchEngine> | undefined;
let bibtexUrl = '';
let bibtex: Promise<Record<string, string>> | undefined;

const post = (message: WorkerResponse) => scope.postMessage(message);
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json() as Promise<T>;
}

/** Runs a few typical queries once the index is built, one per task, so the first real keystrokes do not pay for compiling the matcher. */
async function warmUp(ready: SearchEngine): Promise<void> {
  for (const q of ['t', 'tam', 'tamoxifen her2', 'lapatinb']) {
    await nextTask();
    ready.search({ ...emptyState(), q });
  }
}

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'init') {
    bibtexUrl = request.bibtexUrl;
    engine = fetchJson<SearchData>(request.dataUrl).then((data) => new SearchEngine(data));
    engine.then(
      (ready) => {
        post({ type: 'ready', overview: overview(ready) });
        void warmUp(ready);
      },
      () => post({ type: 'failed', stage: 'load' }),
    );
    return;
  }
  if (!engine) return;
  const ready = await engine.catch(() => undefined);
  if (!ready) return;
  if (request.type === 'search') {
    post({ type: 'results', view: resultView(ready, request.state, request.limit) });
    return;
  }
  try {
    bibtex ??= fetchJson<Record<string, string>>(bibtexUrl);
    const byKey = await bibtex;
    const keys = referencesOfHits(ready.search(request.state).hits);
    post({ type: 'exported', bibtex: keys.map((key) => byKey[key]).join('\n'), count: keys.length });
  } catch {
    bibtex = undefined;
    post({ type: 'failed', stage: 'export' });
  }
};
