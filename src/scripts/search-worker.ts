/**
 * The search engine for a large index runs here, off the main thread: loading the whole index and matching each
 * keystroke never block typing or scrolling. The page sends states and gets back only the results it renders.
 */
import { referencesOfHits, SearchEngine } from '../lib/search/engine';
import { readIndexFile, type IndexFile, type IndexFull } from '../lib/search/index-format';
import type { WorkerRequest, WorkerResponse } from '../lib/search/protocol';
import { emptyState } from '../lib/search/url-state';
import { FIRST_PAGE, resultView } from '../lib/search/view';

// The worker's global scope, typed by hand: the project compiles against the DOM library, not the WebWorker one.
const scope = self as unknown as {
  postMessage(message: WorkerResponse): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
};

let loaded: Promise<{ engine: SearchEngine; index: IndexFull }> | undefined;

const post = (message: WorkerResponse) => scope.postMessage(message);
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Runs a few typical queries once the index is built, one per task, so the first real keystrokes pay neither for
 * compiling the matcher nor for numbering the references a result view counts.
 */
async function warmUp(engine: SearchEngine, index: IndexFull): Promise<void> {
  for (const q of ['t', 'tam', 'tamoxifen her2', 'lapatinb']) {
    await nextTask();
    const state = { ...emptyState(), q };
    resultView(engine, engine.search(state, FIRST_PAGE), state, FIRST_PAGE, (i) => index.display[i], index.display);
  }
}

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'init') {
    loaded = fetch(request.indexUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`${request.indexUrl}: ${response.status}`);
        return response.json() as Promise<IndexFile>;
      })
      .then((file) => {
        const index = readIndexFile(file);
        return { engine: SearchEngine.full(index), index };
      });
    loaded.then(
      async ({ engine, index }) => {
        await warmUp(engine, index);
        post({ type: 'ready' });
      },
      () => post({ type: 'failed', stage: 'load' }),
    );
    return;
  }
  const ready = await loaded?.catch(() => undefined);
  if (!ready) return;
  const { engine, index } = ready;
  if (request.type === 'search') {
    const result = engine.search(request.state, request.limit);
    post({ type: 'results', view: resultView(engine, result, request.state, request.limit, (i) => index.display[i], index.display) });
  } else {
    post({ type: 'exported', keys: referencesOfHits(engine.search(request.state).hits, index.display) });
  }
};
