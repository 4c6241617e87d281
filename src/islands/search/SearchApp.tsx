import { useCallback, useDeferredValue, useEffect, useRef, useState, type RefObject } from 'react';
import { sortLabels } from '../../lib/site/labels';
import { emptyState, hasFilters, sortOrders, type SearchState, type SortOrder } from '../../lib/search/url-state';
import type { ResultView } from '../../lib/search/view';
import { ActiveFilters, activeFilterCount } from './ActiveFilters';
import { EmptyState } from './EmptyState';
import { ExportControl } from './ExportControl';
import { Facets } from './Facets';
import { FilterPanel } from './FilterPanel';
import { renderResults, resultCount, resultsStatus } from './result-list';
import { MORE_SIZE, useSearchState, type SearchStateHook } from './useSearchState';

interface Props {
  /** Addresses for the empty-result page's browse links. */
  browse: { claims: string; since2013: string; drugs: string; pathways: string; trials: string };
}

/**
 * The result list is drawn by result-list.ts, not by React: a cold visit draws its first results there before React
 * loads. React renders the list as an empty container it never touches again (a constant, empty inner HTML).
 */
const DRAWN_ELSEWHERE = { __html: '' };

/** The query box: every keystroke searches; submitting makes the query a history entry. */
function SearchForm({ hook: { input, current, update } }: { hook: SearchStateHook }) {
  return (
    <form
      role="search"
      action=""
      method="get"
      onSubmit={(event) => {
        event.preventDefault();
        update({ ...current.current }, 'push');
      }}
    >
      <label htmlFor="search-q" className="block text-sm font-medium text-body">
        Search claims, studies, drugs, genes and trials
      </label>
      <div className="mt-1 flex max-w-2xl gap-2">
        <input
          ref={input}
          id="search-q"
          type="search"
          name="q"
          data-search-input
          autoComplete="off"
          spellCheck={false}
          placeholder="e.g. HER2 tamoxifen resistance"
          defaultValue=""
          onChange={(event) => update({ ...current.current, q: event.target.value }, 'replace', true)}
          aria-describedby="search-help"
          className="min-w-0 flex-1 rounded-md border border-edge px-3 py-2"
        />
        <button type="submit" className="rounded-md bg-button px-4 py-2 font-medium text-button-ink hover:bg-button-hover">
          Search
        </button>
      </div>
      <p id="search-help" className="mt-1 text-xs text-muted">
        Typos are fine. Brand names (Herceptin), development codes (GW572016) and gene aliases (ERBB2, AIB1) find what they belong to.
      </p>
    </form>
  );
}

interface ToolbarProps {
  statusText: string;
  state: SearchState;
  change: SearchStateHook['change'];
  filtersButton: RefObject<HTMLButtonElement | null>;
  filtersOpen: boolean;
  toggleFilters: () => void;
  activeFilters: number;
}

/** The line that says how many results there are, the sort order and, on a phone, the Filters button. */
function Toolbar({ statusText, state, change, filtersButton, filtersOpen, toggleFilters, activeFilters }: ToolbarProps) {
  return (
    <div className="search-toolbar">
      {/* The first results' line may be written before React loads (page.ts); it is the same line. */}
      <p role="status" aria-live="polite" data-search-status className="min-h-5 text-sm font-medium text-body" suppressHydrationWarning>
        {statusText}
      </p>
      {/* Rendered from the first paint (the island is shown only with JavaScript), so nothing moves when React arrives. */}
      <div className="flex flex-wrap items-center gap-2">
        <label className="flex items-center gap-1 text-sm text-body">
          Sort by
          <select
            value={state.sort}
            onChange={(event) => change({ sort: event.target.value as SortOrder })}
            className="min-h-8 rounded border border-edge px-1 py-0.5"
          >
            {sortOrders.map((order) => (
              <option key={order} value={order}>
                {sortLabels[order]}
              </option>
            ))}
          </select>
        </label>
        <button
          ref={filtersButton}
          type="button"
          className="filters-toggle"
          aria-expanded={filtersOpen}
          aria-controls="search-filters"
          aria-haspopup="dialog"
          onClick={toggleFilters}
        >
          Filters{activeFilters > 0 ? ` (${activeFilters})` : ''}
        </button>
      </div>
    </div>
  );
}

/** What the engine did to the query: a spelling it corrected (with the way back) and the words it did not count. */
function QueryNotes({ result, change }: { result: ResultView | null; change: SearchStateHook['change'] }) {
  return (
    <>
      {result?.corrected && (
        <p className="mt-2 text-sm text-body">
          Showing results for <strong>{result.corrected.query}</strong>.{' '}
          <button type="button" className="underline" onClick={() => change({ spell: false })}>
            Search for “{result.q.trim()}” instead
          </button>
        </p>
      )}
      {result?.ignored && result.ignored.length > 0 && <p className="mt-1 text-xs text-muted">Not counted: {result.ignored.join(', ')}.</p>}
    </>
  );
}

/** The results: what to do when there are none, the list, and the button that shows more. */
function Results({ hook, filtered, browse }: { hook: SearchStateHook; filtered: boolean; browse: Props['browse'] }) {
  const { result, limit, current, update, showMore } = hook;
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (result && list.current) renderResults(list.current, result, limit.current, current.current.sort);
  }, [result, limit, current]);
  const total = result ? resultCount(result) : 0;
  const shown = result ? Math.min(limit.current, result.hits.length >= result.total ? result.hits.length + result.partial.hits.length : result.hits.length) : 0;
  return (
    // data-results-for names the query the rendered results answer (a test and benchmark hook).
    <section aria-label="Results" data-results-for={result?.q}>
      <h2 className="sr-only">Results</h2>
      {result && total === 0 && (
        <EmptyState
          result={result}
          filtered={filtered}
          browse={browse}
          search={(q) => update({ ...current.current, q }, 'push')}
          clearFilters={() => update({ ...emptyState(), q: current.current.q }, 'push')}
        />
      )}
      {/* Its arrow keys, and ↓ from the box, are handled by result-list.ts from before React loads. */}
      <ol ref={list} data-results-list className="space-y-3" dangerouslySetInnerHTML={DRAWN_ELSEWHERE} suppressHydrationWarning />
      {result && total > shown && (
        <button type="button" className="mt-4 rounded border border-edge px-3 py-1 text-sm" onClick={showMore}>
          {total - shown <= MORE_SIZE ? `Show all ${total} results` : `Show ${MORE_SIZE} more of ${total} results`}
        </button>
      )}
    </section>
  );
}

/** The line above the results: how many there are, or why there are none yet. */
function statusOf({ failed, result, running }: SearchStateHook, filtered: boolean): string {
  if (failed) return 'Search could not load. Browse by section, pathway or drug instead.';
  if (!result) return running ? 'Loading the search index…' : '';
  return resultsStatus(result, filtered);
}

/**
 * The search page: the query box, the line that says how many results there are, sort, export, the active filters as
 * chips, the results (every word first, then some words, in one list) and the filters (a rail beside them on a wide
 * screen, a sheet over them on a phone).
 */
export default function SearchApp({ browse }: Props) {
  const filtersButton = useRef<HTMLButtonElement>(null);
  const hook = useSearchState();
  const { state, current, overview, result, running, change } = hook;
  const [filtersOpen, setFiltersOpen] = useState(false);
  const closeFilters = useCallback(() => setFiltersOpen(false), []);
  const toggleFilters = useCallback(() => setFiltersOpen((open) => !open), []);
  const clearFilters = useCallback(() => change({ filters: emptyState().filters, from: undefined, to: undefined }), [change]);
  // Facet counts may trail the results by a frame: the results render at once, the facets in a later, interruptible pass.
  const facetResult = useDeferredValue(result);
  const filtered = hasFilters(state);
  const activeFilters = activeFilterCount(state);
  const statusText = statusOf(hook, filtered);

  return (
    <div className={running ? 'search-app search-app-running' : 'search-app'}>
      <SearchForm hook={hook} />
      <Toolbar
        statusText={statusText}
        state={state}
        change={change}
        filtersButton={filtersButton}
        filtersOpen={filtersOpen}
        toggleFilters={toggleFilters}
        activeFilters={activeFilters}
      />
      <QueryNotes result={result} change={change} />
      <ActiveFilters overview={overview} state={state} change={change} />
      <ExportControl count={result?.references} state={state} current={() => current.current} />
      <div className="search-body">
        <Results hook={hook} filtered={filtered} browse={browse} />
        <FilterPanel
          open={filtersOpen}
          close={closeFilters}
          opener={filtersButton}
          count={result ? resultCount(result) : undefined}
          countText={result ? statusText : ''}
          activeFilters={activeFilters}
          clearAll={clearFilters}
        >
          <Facets overview={overview} result={facetResult} state={state} change={change} />
        </FilterPanel>
      </div>
    </div>
  );
}
