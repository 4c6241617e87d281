/**
 * The search engine for a large index runs here, off the main thread: loading the whole index and matching each
 * keystroke never block typing or scrolling. The page sends states and gets back only the results it renders.
 */
import type { IndexFile } from '../../lib/search/index-format';
import type { WorkerRequest, WorkerResponse } from '../../lib/search/protocol';
import { emptyState } from '../../lib/search/url-state';
import { FIRST_PAGE } from '../../lib/search/view';
import { WholeIndex } from '../../lib/search/whole-index';

// The worker's global scope, typed by hand: the project compiles against the DOM library, not the WebWorker one.
const scope = self as unknown as {
  postMessage(message: WorkerResponse): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
};

let loaded: Promise<WholeIndex> | undefined;

const post = (message: WorkerResponse) => scope.postMessage(message);
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Runs a few typical queries once the index is built, one per task, so the first real keystrokes pay neither for
 * compiling the matcher nor for numbering the references a result view counts.
 */
async function warmUp(index: WholeIndex): Promise<void> {
  for (const q of ['t', 'tam', 'tamoxifen her2', 'lapatinb']) {
    await nextTask();
    index.answer({ ...emptyState(), q }, FIRST_PAGE);
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
        const index = new WholeIndex(file);
        index.complete();
        return index;
      });
    loaded.then(
      async (index) => {
        await warmUp(index);
        post({ type: 'ready' });
      },
      () => post({ type: 'failed', stage: 'load' }),
    );
    return;
  }
  const index = await loaded?.catch(() => undefined);
  if (!index) return;
  if (request.type === 'search') post({ type: 'results', view: index.answer(request.state, request.limit) });
  else post({ type: 'exported', keys: index.exportKeys(request.state) });
};
