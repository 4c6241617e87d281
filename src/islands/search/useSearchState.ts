import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { emptyState, paramsFromState, stateFromParams, type SearchState } from '../../lib/search/url-state';
import { FIRST_PAGE, type ResultView, type SearchOverview } from '../../lib/search/view';
import { searchClient, type SearchClient } from './client';

/** How many more results "Show more" adds. */
export const MORE_SIZE = 100;
/** How long typing must pause before the address follows the query (ms). */
const ADDRESS_DELAY = 250;

function writeAddress(state: SearchState, history: 'push' | 'replace'): void {
  const query = paramsFromState(state).toString();
  const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
  if (url === `${window.location.pathname}${window.location.search}`) return;
  if (history === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

export interface SearchStateHook {
  /** The query box, which the page gives this ref: the state writes into it, and reads what was typed before React. */
  input: RefObject<HTMLInputElement | null>;
  /** What the filters show; typing does not change it (the box keeps its own text, `current` the live state). */
  state: SearchState;
  /** The live state, including the query as typed this instant. */
  current: RefObject<SearchState>;
  /** How many results the page asks for. */
  limit: RefObject<number>;
  overview: SearchOverview | null;
  result: ResultView | null;
  failed: boolean;
  /** Only once this runs in a browser: without JavaScript the page must not promise results that never come. */
  running: boolean;
  /** A new state: asked for at once, the address written now (or, while typing, once the reader pauses). */
  update: (next: SearchState, history: 'push' | 'replace', typed?: boolean) => void;
  /** A change to the filters or sort order, as a new history entry. */
  change: (patch: Partial<SearchState>) => void;
  showMore: () => void;
}

/**
 * The address follows the state: at once, or while the reader types once they pause, since a history call costs over
 * a millisecond of the keystroke. `cancel` drops a pending write.
 */
function useAddress() {
  const timer = useRef<number | undefined>(undefined);
  const pending = useRef<{ state: SearchState; history: 'push' | 'replace' } | undefined>(undefined);
  return useMemo(() => {
    const cancel = () => {
      window.clearTimeout(timer.current);
      pending.current = undefined;
    };
    return {
      write(next: SearchState, history: 'push' | 'replace', typed: boolean) {
        // A new history entry keeps the query typed just before in the entry it leaves, so Back returns to it.
        if (!typed && history === 'push' && pending.current) writeAddress(pending.current.state, pending.current.history);
        cancel();
        if (typed) {
          pending.current = { state: next, history };
          timer.current = window.setTimeout(() => {
            pending.current = undefined;
            writeAddress(next, history);
          }, ADDRESS_DELAY);
        } else writeAddress(next, history);
      },
      cancel,
    };
  }, []);
}

/** What the search client answers: the index's overview, the results of the last state asked for, or a failure. */
function useAnswers() {
  const [overview, setOverview] = useState<SearchOverview | null>(null);
  const [result, setResult] = useState<ResultView | null>(null);
  const [failed, setFailed] = useState(false);
  const [running, setRunning] = useState(false);
  const listen = useCallback((search: SearchClient) => {
    setRunning(true);
    search.attach({
      ready: setOverview,
      // Rendered within the answer's own task, not in one scheduled after it: one hop less per keystroke.
      results: (view) => flushSync(() => setResult(view)),
      failed: () => setFailed(true),
    });
  }, []);
  return { overview, result, failed, running, listen };
}

/** Arriving with a query (from the header box, say), the reader can go on typing or press ↓ into the results. */
function focusAtEnd(input: HTMLInputElement) {
  input.focus();
  input.setSelectionRange(input.value.length, input.value.length);
}

/** Adds the listeners and returns their removal. */
function listenTo(target: Window, handlers: Record<string, () => void>): () => void {
  for (const [type, handler] of Object.entries(handlers)) target.addEventListener(type, handler);
  return () => {
    for (const [type, handler] of Object.entries(handlers)) target.removeEventListener(type, handler);
  };
}

/**
 * The search page's state: the address holds it (back and forward restore it), the search client answers it, and the
 * query box is left to itself while the reader types, so a keystroke renders nothing until its results arrive.
 */
export function useSearchState(): SearchStateHook {
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<SearchState>(emptyState);
  const current = useRef<SearchState>(emptyState());
  const limit = useRef(FIRST_PAGE);
  const address = useAddress();
  const { overview, result, failed, running, listen } = useAnswers();

  const update = useCallback(
    (next: SearchState, history: 'push' | 'replace', typed = false) => {
      current.current = next;
      limit.current = FIRST_PAGE;
      if (!typed) {
        if (input.current && input.current.value !== next.q) input.current.value = next.q;
        setState(next);
      }
      searchClient().search(next, FIRST_PAGE);
      address.write(next, history, typed);
    },
    [address],
  );

  useEffect(() => {
    const search = searchClient();
    const fromUrl = () => {
      // The address now leads: a query typed just before must not overwrite it.
      address.cancel();
      const next = stateFromParams(new URLSearchParams(window.location.search));
      current.current = next;
      limit.current = FIRST_PAGE;
      if (input.current) input.current.value = next.q;
      setState(next);
      search.search(next, FIRST_PAGE);
    };
    // The box is on screen before React: whatever was typed into it before hydration is the query, and the reader's
    // caret and selection in it are left where they are.
    const typedEarly = input.current?.value ?? '';
    const alreadyInBox = document.activeElement === input.current;
    const fromAddress = stateFromParams(new URLSearchParams(window.location.search));
    if (typedEarly && typedEarly !== fromAddress.q) update({ ...fromAddress, q: typedEarly }, 'replace');
    else fromUrl();
    listen(search);
    if (current.current.q && input.current && !alreadyInBox) focusAtEnd(input.current);
    // The address a reader leaves by, or shares, always holds the last query typed.
    const flush = () => {
      address.cancel();
      writeAddress(current.current, 'replace');
    };
    return listenTo(window, { popstate: fromUrl, pagehide: flush });
  }, [update, address, listen]);

  const change = useCallback((patch: Partial<SearchState>) => update({ ...current.current, ...patch }, 'push'), [update]);
  const showMore = useCallback(() => {
    limit.current += MORE_SIZE;
    searchClient().search(current.current, limit.current);
  }, []);

  return { input, state, current, limit, overview, result, failed, running, update, change, showMore };
}
