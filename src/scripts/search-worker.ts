/**
 * The search engine for a large index runs here, off the main thread: loading the whole index and matching each
 * keystroke never block typing or scrolling. The page sends states and gets back only the results it renders.
 */
import { referencesOfHits, SearchEngine } from '../lib/search/engine';
import type { IndexFull } from '../lib/search/index-format';
import type { WorkerRequest, WorkerResponse } from '../lib/search/protocol';
import { emptyState } from '../lib/search/url-state';
import { resultView } from '../lib/search/view';

// The worker's global scope, typed by hand: the project compiles against the DOM library, not the WebWorker one.
const scope = self as unknown as {
  postMessage(message: WorkerResponse): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
};

let loaded: Promise<{ engine: SearchEngine; index: IndexFull }> | undefined;

const post = (message: WorkerResponse) => scope.postMessage(message);
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Runs a few typical queries once the index is built, one per task, so the first real keystrokes do not pay for compiling the matcher. */
async function warmUp(engine: SearchEngine): Promise<void> {
  for (const q of ['t', 'tam', 'tamoxifen her2', 'lapatinb']) {
    await nextTask();
    engine.search({ ...emptyState(), q });
  }
}

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'init') {
    loaded = fetch(request.indexUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`${request.indexUrl}: ${response.status}`);
        return response.json() as Promise<IndexFull>;
      })
      .then((index) => ({ engine: SearchEngine.full(index), index }));
    loaded.then(
      async ({ engine }) => {
        await warmUp(engine);
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
    const result = engine.search(request.state);
    post({ type: 'results', view: resultView(engine, result, request.state, request.limit, (i) => index.display[i], index.display) });
  } else {
    post({ type: 'exported', keys: referencesOfHits(engine.search(request.state).hits, index.display) });
  }
};
