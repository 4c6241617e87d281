import { memo, useCallback, useDeferredValue, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { FIRST_PAGE, type ResultView, type SearchOverview } from '../../lib/search/view';
import { emptyState, facetKeys, hasFilters, paramsFromState, sortOrders, stateFromParams, type FacetKey, type SearchState, type SortOrder } from '../../lib/search/url-state';
import { downloadText } from '../../scripts/download';
import { renderHits, resultsStatus } from './result-list';
import { searchClient } from './client';

interface Props {
  /** Addresses for the empty-result page's browse links. */
  browse: { claims: string; since2013: string; drugs: string; pathways: string; trials: string };
}

const facetTitles: Record<FacetKey, string> = {
  type: 'Claim type',
  section: 'Review section',
  pathway: 'Pathway',
  drug: 'Drug',
  class: 'Drug class',
  direction: 'Crosstalk direction',
  design: 'Study design',
  stance: 'Stance of a study',
  level: 'Evidence level',
  consensus: 'Consensus',
  status: 'Since 2013',
};

const sortLabels: Record<SortOrder, string> = { relevance: 'Relevance', newest: 'Newest studies', oldest: 'Oldest studies', level: 'Evidence level' };

const MORE_SIZE = 100;
/** How long typing must pause before the address follows the query (ms). */
const ADDRESS_DELAY = 250;

function writeAddress(state: SearchState, history: 'push' | 'replace'): void {
  const query = paramsFromState(state).toString();
  const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
  if (url === `${window.location.pathname}${window.location.search}`) return;
  if (history === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}
/**
 * The result lists are drawn by result-list.ts, not by React: a cold visit draws its first results there before
 * React loads. React renders each list as an empty container it never touches again (a constant, empty inner HTML).
 */
const DRAWN_ELSEWHERE = { __html: '' };

interface FacetsProps {
  overview: SearchOverview | null;
  result: ResultView | null;
  /** The current selection, never deferred, so a checkbox shows its new state at once. */
  state: SearchState;
  change: (patch: Partial<SearchState>) => void;
}

function label(overview: SearchOverview | null, key: FacetKey, id: string): string {
  return overview?.facets[key].find((option) => option.id === id)?.label ?? id;
}

const Facets = memo(function Facets({ overview, result, state, change }: FacetsProps) {
  const toggleValue = (key: FacetKey, value: string) => {
    const current = state.filters[key];
    change({ filters: { ...state.filters, [key]: current.includes(value) ? current.filter((v) => v !== value) : [...current, value] } });
  };
  const allYears = overview?.years ?? [];
  const counts = result?.counts;
  const years = result?.years ?? {};
  // A large index shows its first results before the facets have loaded; their counts follow.
  if (result && !counts) return <p className="text-sm text-muted">Counting the filters…</p>;
  return (
    <div className="space-y-5 text-sm">
      {overview &&
        counts &&
        facetKeys.map((key) => {
          const options = overview.facets[key].filter((o) => (counts[key][o.id] ?? 0) > 0 || state.filters[key].includes(o.id));
          if (options.length === 0) return null;
          return (
            <fieldset key={key}>
              <legend className="font-semibold text-body">{facetTitles[key]}</legend>
              <ul className="mt-1">
                {options.map((option) => (
                  <li key={option.id}>
                    <label className="flex min-h-7 cursor-pointer items-center gap-2">
                      <input
                        className="size-4 shrink-0"
                        type="checkbox"
                        name={key}
                        value={option.id}
                        checked={state.filters[key].includes(option.id)}
                        onChange={() => toggleValue(key, option.id)}
                      />
                      <span className="flex-1">{option.label}</span>
                      <span className="text-xs text-muted" aria-label={`${counts[key][option.id] ?? 0} claims`}>
                        {counts[key][option.id] ?? 0}
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          );
        })}
      {overview && counts && allYears.length > 0 && (
        <fieldset>
          <legend className="font-semibold text-body">Publication year of the studies</legend>
          <div className="mt-1 flex items-center gap-2">
            {(['from', 'to'] as const).map((end) => (
              <label key={end} className="flex items-center gap-1">
                <span>{end === 'from' ? 'From' : 'to'}</span>
                <select
                  name={end}
                  value={state[end] ?? ''}
                  onChange={(event) => change({ [end]: event.target.value ? Number(event.target.value) : undefined })}
                  className="rounded border border-edge px-1 py-0.5"
                >
                  <option value="">any</option>
                  {allYears.map((year) => (
                    <option key={year} value={year}>
                      {year} ({years[year] ?? 0})
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
        </fieldset>
      )}
    </div>
  );
});

/** The active filters as chips a reader removes with one tap. */
function ActiveFilters({ overview, state, change }: { overview: SearchOverview | null; state: SearchState; change: (patch: Partial<SearchState>) => void }) {
  const chips: { key: string; text: string; remove: () => void }[] = [];
  for (const key of facetKeys) {
    for (const value of state.filters[key]) {
      chips.push({
        key: `${key}:${value}`,
        text: `${facetTitles[key]}: ${label(overview, key, value)}`,
        remove: () => change({ filters: { ...state.filters, [key]: state.filters[key].filter((v) => v !== value) } }),
      });
    }
  }
  if (state.from !== undefined) chips.push({ key: 'from', text: `From ${state.from}`, remove: () => change({ from: undefined }) });
  if (state.to !== undefined) chips.push({ key: 'to', text: `To ${state.to}`, remove: () => change({ to: undefined }) });
  if (chips.length === 0) return null;
  return (
    <ul className="mt-3 flex flex-wrap gap-2" aria-label="Active filters">
      {chips.map((chip) => (
        <li key={chip.key}>
          <button type="button" className="filter-chip" onClick={chip.remove} aria-label={`Remove filter ${chip.text}`}>
            {chip.text} <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
      <li>
        <button type="button" className="text-sm underline" onClick={() => change({ filters: emptyState().filters, from: undefined, to: undefined })}>
          Clear all
        </button>
      </li>
    </ul>
  );
}

export default function SearchApp({ browse }: Props) {
  // What the filters show. Typing does not re-render the page: the box keeps its own text, the live state is
  // kept in `current`, and the page renders once, when the results for it arrive.
  const [state, setState] = useState<SearchState>(emptyState);
  const current = useRef<SearchState>(emptyState());
  const [overview, setOverview] = useState<SearchOverview | null>(null);
  const [result, setResult] = useState<ResultView | null>(null);
  const [failed, setFailed] = useState(false);
  // Only once this runs in a browser: without JavaScript the page must not promise results that never come.
  const [running, setRunning] = useState(false);
  const [filtersOpen, setFiltersOpen] = useState(false);
  // Partial matches render only when opened, so the results in the page are always the ones matching every word.
  const [partialOpen, setPartialOpen] = useState(false);
  const limit = useRef(FIRST_PAGE);
  const addressTimer = useRef<number | undefined>(undefined);
  const [exportStatus, setExportStatus] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLOListElement>(null);
  const partialResults = useRef<HTMLOListElement>(null);

  useEffect(() => {
    const search = searchClient();
    setRunning(true);
    const fromUrl = () => {
      // The address now leads: a query typed just before must not overwrite it.
      window.clearTimeout(addressTimer.current);
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
    search.attach({
      ready: setOverview,
      // Rendered within the answer's own task, not in one scheduled after it: one hop less per keystroke.
      results: (view) => flushSync(() => setResult(view)),
      failed: () => setFailed(true),
    });
    // Arriving with a query (from the header box, say), the reader can go on typing or press ↓ into the results.
    if (current.current.q && input.current && !alreadyInBox) {
      input.current.focus();
      input.current.setSelectionRange(input.current.value.length, input.current.value.length);
    }
    window.addEventListener('popstate', fromUrl);
    return () => window.removeEventListener('popstate', fromUrl);
  }, []);

  useEffect(() => {
    if (result && results.current) renderHits(results.current, result.hits);
  }, [result]);
  useEffect(() => {
    if (result && partialOpen && partialResults.current) renderHits(partialResults.current, result.partial.hits);
  }, [result, partialOpen]);

  const update = useCallback((next: SearchState, history: 'push' | 'replace', typed = false) => {
    current.current = next;
    limit.current = FIRST_PAGE;
    if (!typed) {
      if (input.current && input.current.value !== next.q) input.current.value = next.q;
      setState(next);
    }
    setExportStatus('');
    searchClient().search(next, FIRST_PAGE);
    // Typing writes the address once the reader pauses: a history call costs over a millisecond of the keystroke.
    window.clearTimeout(addressTimer.current);
    if (typed) addressTimer.current = window.setTimeout(() => writeAddress(next, history), ADDRESS_DELAY);
    else writeAddress(next, history);
  }, []);

  // The address a reader leaves by, or shares, always holds the last query typed.
  useEffect(() => {
    const flush = () => {
      window.clearTimeout(addressTimer.current);
      writeAddress(current.current, 'replace');
    };
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, []);

  const change = useCallback((patch: Partial<SearchState>) => update({ ...current.current, ...patch }, 'push'), [update]);
  const showMore = () => {
    limit.current += MORE_SIZE;
    searchClient().search(current.current, limit.current);
  };

  const exportBibtex = async () => {
    setExportStatus('Preparing BibTeX…');
    try {
      const { bibtex, count } = await searchClient().exportBibtex(current.current);
      downloadText(bibtex, 'er-her2-search-results.bib', 'application/x-bibtex');
      setExportStatus(`Downloaded ${count} references.`);
    } catch {
      setExportStatus('The BibTeX file could not be loaded; try again.');
    }
  };

  // Facet counts may trail the results by a frame: the results render at once, the facets in a later, interruptible pass.
  const facetResult = useDeferredValue(result);
  const filtered = hasFilters(state);
  const total = result?.total ?? 0;
  const references = result?.references ?? 0;
  const activeFilters = facetKeys.reduce((n, key) => n + state.filters[key].length, 0) + (state.from !== undefined ? 1 : 0) + (state.to !== undefined ? 1 : 0);
  const statusText = failed
    ? 'Search could not load. Browse by section, pathway or drug instead.'
    : !result
      ? running
        ? 'Loading the search index…'
        : ''
      : resultsStatus(result, filtered);

  return (
    <div className={running ? 'search-app search-app-running' : 'search-app'}>
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

      <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2">
        {/* The first results' line may be written before React loads (search-page.ts); it is the same line. */}
        <p role="status" aria-live="polite" data-search-status className="min-h-5 text-sm font-medium text-body" suppressHydrationWarning>
          {statusText}
        </p>
        {running && (
          <>
            <label className="flex items-center gap-1 text-sm text-body">
              Sort by
              <select value={state.sort} onChange={(event) => change({ sort: event.target.value as SortOrder })} className="rounded border border-edge px-1 py-0.5">
                {sortOrders.map((order) => (
                  <option key={order} value={order}>
                    {sortLabels[order]}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="filters-toggle rounded border border-edge bg-card px-3 py-1 text-sm font-medium md:hidden"
              aria-expanded={filtersOpen}
              aria-controls="search-filters"
              onClick={() => setFiltersOpen((open) => !open)}
            >
              Filters{activeFilters > 0 ? ` (${activeFilters})` : ''}
            </button>
          </>
        )}
        {references > 0 && (
          <div className="flex items-center gap-2 text-sm">
            <button type="button" onClick={exportBibtex} className="rounded border border-edge bg-card px-3 py-1 font-medium hover:bg-panel">
              Export {references} reference{references === 1 ? '' : 's'} as BibTeX
            </button>
            <span role="status" aria-live="polite" className="text-ok">
              {exportStatus}
            </span>
          </div>
        )}
      </div>
      <ActiveFilters overview={overview} state={state} change={change} />

      <div className="search-body mt-4 grid gap-8 md:grid-cols-[minmax(0,1fr)_17rem]">
        {/* data-results-for names the query the rendered results answer (a test and benchmark hook). */}
        <section aria-label="Results" data-results-for={result?.q}>
          {result && total === 0 && (
            <div className="note-box text-sm">
              <p>
                No claim or study matches{result.q.trim() ? ` “${result.q.trim()}”` : ''}
                {result.words > 1 ? ' with every word' : ''}
                {filtered ? ' with these filters' : ''}.
              </p>
              {result.suggestions.length > 0 && (
                <p className="mt-2">
                  Did you mean{' '}
                  {result.suggestions.map((term, i) => (
                    <span key={term}>
                      {i > 0 && ', '}
                      <button type="button" className="underline" onClick={() => update({ ...current.current, q: term }, 'push')}>
                        {term}
                      </button>
                    </span>
                  ))}
                  ?
                </p>
              )}
              {filtered && (
                <p className="mt-2">
                  <button type="button" className="underline" onClick={() => update({ ...emptyState(), q: current.current.q }, 'push')}>
                    Remove the filters
                  </button>{' '}
                  to search everything.
                </p>
              )}
              <p className="mt-2">
                The explorer covers the evidence behind the 2013 review's claims and the later studies that test them; drugs, trials and
                topics outside that question are not included. Browse the <a href={browse.claims}>claims by section</a>, what held up{' '}
                <a href={browse.since2013}>since 2013</a>, or the <a href={browse.drugs}>drugs</a>, <a href={browse.pathways}>pathways</a> and{' '}
                <a href={browse.trials}>trials</a>.
              </p>
            </div>
          )}

          {/* Its arrow keys, and ↓ from the box, are handled by result-list.ts from before React loads. */}
          <ol ref={results} data-results-list className="space-y-3" dangerouslySetInnerHTML={DRAWN_ELSEWHERE} suppressHydrationWarning />
          {result && total > result.hits.length && (
            <button type="button" className="mt-4 rounded border border-edge px-3 py-1 text-sm" onClick={showMore}>
              {total - result.hits.length <= MORE_SIZE ? `Show all ${total} results` : `Show ${MORE_SIZE} more of ${total} results`}
            </button>
          )}
          {result && result.partial.total > 0 && (
            <details className="partial-matches mt-6" open={partialOpen} onToggle={(event) => setPartialOpen(event.currentTarget.open)}>
              <summary className="cursor-pointer text-sm font-medium text-body">
                {result.partial.total} partial match{result.partial.total === 1 ? '' : 'es'}: results with only some of your words
              </summary>
              {partialOpen && (
                <ol ref={partialResults} className="mt-3 space-y-3" aria-label="Partial matches" dangerouslySetInnerHTML={DRAWN_ELSEWHERE} />
              )}
            </details>
          )}
        </section>

        <aside id="search-filters" aria-label="Filters" className={filtersOpen ? 'search-filters' : 'search-filters max-md:hidden'}>
          <h2 className="mb-3 text-base font-semibold">Filters</h2>
          <Facets overview={overview} result={facetResult} state={state} change={change} />
        </aside>
      </div>
    </div>
  );
}
