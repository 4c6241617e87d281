import { memo, useCallback, useDeferredValue, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import type { ResultType } from '../lib/search/documents';
import type { HitView, ResultView, SearchOverview } from '../lib/search/view';
import { emptyState, facetKeys, hasFilters, paramsFromState, stateFromParams, type FacetKey, type SearchState } from '../lib/search/url-state';
import { downloadText } from '../scripts/download';
import { SearchClient } from '../scripts/search-client';

interface Props {
  /** URL of the prebuilt search documents (fetched when the page is first used). */
  dataUrl: string;
  /** URL of the prebuilt BibTeX strings by reference key (fetched on the first export). */
  bibtexUrl: string;
  /** The corpus is small enough to search on the page's own thread once the reader focuses the box. */
  searchHere: boolean;
}

const facetTitles: Record<FacetKey, string> = {
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

const typeLabels: Record<ResultType, string> = {
  claim: 'Claim',
  reference: 'Study',
  drug: 'Drug',
  pathway: 'Pathway',
  trial: 'Trial',
};

const typeStyles: Record<ResultType, string> = {
  claim: 'border-edge bg-card text-body',
  reference: 'border-amber-400 bg-amber-50 text-amber-900',
  drug: 'border-sky-400 bg-sky-50 text-sky-900',
  pathway: 'border-emerald-400 bg-emerald-50 text-emerald-900',
  trial: 'border-violet-400 bg-violet-50 text-violet-900',
};

/** Results are rendered a page at a time, so a query matching thousands of claims never renders thousands of rows. */
const PAGE_SIZE = 15;
const MORE_SIZE = 100;

function Highlighted({ text, ranges }: { text: string; ranges: [number, number][] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  ranges.forEach(([start, end], i) => {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 text-slate-950">
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

/** The rendered hits; memoised, so a keystroke re-renders only the box until the worker answers. */
const ResultItems = memo(function ResultItems({ hits }: { hits: HitView[] | undefined }) {
  return hits?.map((hit) => (
    <li key={`${hit.type}:${hit.id}`} data-result-type={hit.type} data-result-id={hit.id} className="card">
      <span className={`badge mr-2 ${typeStyles[hit.type]}`}>{typeLabels[hit.type]}</span>
      <a href={hit.url} data-result-link className={hit.type === 'claim' ? 'font-serif text-[1.05rem] text-ink' : 'font-medium text-ink'}>
        <Highlighted text={hit.title} ranges={hit.highlights} />
      </a>
      <p className="mt-1 text-xs text-muted">
        {hit.detail}
        {hit.type === 'claim' && ` · ${hit.references} reference${hit.references === 1 ? '' : 's'}`}
      </p>
    </li>
  ));
});

interface FacetsProps {
  overview: SearchOverview | null;
  result: ResultView | null;
  /** The current selection, never deferred, so a checkbox shows its new state at once. */
  filters: SearchState['filters'];
  from: number | undefined;
  to: number | undefined;
  change: (patch: Partial<SearchState>) => void;
}

const Facets = memo(function Facets({ overview, result, filters, from, to, change }: FacetsProps) {
  const state: SearchState = { q: '', filters, from, to, sort: 'relevance' };
  const toggle = (key: FacetKey, value: string) => {
    const current = filters[key];
    const values = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    change({ filters: { ...filters, [key]: values } });
  };
  const years = result ? Object.keys(result.years).map(Number).sort((a, b) => a - b) : [];
  const allYears = overview?.years ?? [];
  const filtered = hasFilters(state);
  return (
    <aside aria-label="Filters" className="order-last space-y-5 text-sm md:order-none">
      {filtered && (
        <button type="button" className="text-sm underline" onClick={() => change({ filters: emptyState().filters, from: undefined, to: undefined })}>
          Clear all filters
        </button>
      )}
      {overview &&
        result &&
        facetKeys.map((key) => {
          const options = overview.facets[key].filter((o) => (result.counts[key][o.id] ?? 0) > 0 || state.filters[key].includes(o.id));
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
                        onChange={() => toggle(key, option.id)}
                      />
                      <span className="flex-1">{option.label}</span>
                      <span className="text-xs text-muted" aria-label={`${result.counts[key][option.id] ?? 0} claims`}>
                        {result.counts[key][option.id] ?? 0}
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          );
        })}
      {overview && result && allYears.length > 0 && (
        <fieldset>
          <legend className="font-semibold text-body">Publication year of cited studies</legend>
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
                      {year} ({result?.years[year] ?? 0})
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          {years.length > 0 && (
            <p className="mt-1 text-xs text-muted">
              Claims cite studies from {years[0]} to {years[years.length - 1]}.
            </p>
          )}
        </fieldset>
      )}
    </aside>
  );
});

export default function SearchApp({ dataUrl, bibtexUrl, searchHere }: Props) {
  // What the filters show. Typing does not re-render the page: the box keeps its own text, the live state is
  // kept in `current`, and the page renders once, when the worker's results for it arrive.
  const [state, setState] = useState<SearchState>(emptyState);
  const current = useRef<SearchState>(emptyState());
  const [overview, setOverview] = useState<SearchOverview | null>(null);
  const [result, setResult] = useState<ResultView | null>(null);
  const [failed, setFailed] = useState(false);
  // Only once this runs in a browser: without JavaScript the page must not promise results that never come.
  const [loading, setLoading] = useState(false);
  const limit = useRef(PAGE_SIZE);
  const [exportStatus, setExportStatus] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLOListElement>(null);
  const client = useRef<SearchClient | null>(null);

  useEffect(() => {
    let search: SearchClient;
    try {
      search = new SearchClient(dataUrl, bibtexUrl, {
        ready: setOverview,
        // Rendered within the worker's message task, not in a task scheduled after it: one hop less per keystroke.
        results: (view) => flushSync(() => setResult(view)),
        failed: () => setFailed(true),
      });
    } catch {
      setFailed(true);
      return;
    }
    client.current = search;
    setLoading(true);
    const fromUrl = () => {
      const next = stateFromParams(new URLSearchParams(window.location.search));
      current.current = next;
      limit.current = PAGE_SIZE;
      if (input.current) input.current.value = next.q;
      setState(next);
      search.search(next, PAGE_SIZE);
    };
    fromUrl();
    window.addEventListener('popstate', fromUrl);
    return () => {
      window.removeEventListener('popstate', fromUrl);
      search.stop();
    };
  }, [dataUrl, bibtexUrl]);

  const update = useCallback((next: SearchState, history: 'push' | 'replace', typed = false) => {
    current.current = next;
    limit.current = PAGE_SIZE;
    if (!typed) {
      if (input.current && input.current.value !== next.q) input.current.value = next.q;
      setState(next);
    }
    setExportStatus('');
    client.current?.search(next, PAGE_SIZE);
    const query = paramsFromState(next).toString();
    const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${window.location.pathname}${window.location.search}`) {
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
  }, []);

  const change = useCallback((patch: Partial<SearchState>) => update({ ...current.current, ...patch }, 'push'), [update]);
  const showMore = () => {
    limit.current += MORE_SIZE;
    client.current?.search(current.current, limit.current);
  };

  const exportBibtex = async () => {
    if (!client.current) return;
    setExportStatus('Preparing BibTeX…');
    try {
      const { bibtex, count } = await client.current.exportBibtex(current.current);
      downloadText(bibtex, 'er-her2-search-results.bib', 'application/x-bibtex');
      setExportStatus(`Downloaded ${count} references.`);
    } catch {
      setExportStatus('The BibTeX file could not be loaded; try again.');
    }
  };

  const links = () => [...(results.current?.querySelectorAll<HTMLAnchorElement>('a[data-result-link]') ?? [])];
  const onInputKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      links()[0]?.focus();
    }
  };
  const onResultsKey = (event: KeyboardEvent<HTMLOListElement>) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 };
    if (event.key === 'Escape' || (event.key === 'ArrowUp' && at === 0)) {
      event.preventDefault();
      input.current?.focus();
    } else if (event.key in moves) {
      event.preventDefault();
      all[Math.max(0, Math.min(all.length - 1, moves[event.key]))]?.focus();
    }
  };

  // Facet counts may trail the results by a frame: the results render at once, the facets in a later, interruptible pass.
  const facetResult = useDeferredValue(result);
  const filtered = hasFilters(state);
  const total = result?.total ?? 0;
  const references = result?.references ?? 0;

  return (
    // The minimum height keeps the footer below the fold while results load, so nothing shifts when they arrive.
    <div className="grid min-h-screen content-start gap-8 md:grid-cols-[17rem_1fr]">
      <form
        role="search"
        action=""
        method="get"
        className="md:col-span-2"
        onSubmit={(event) => {
          event.preventDefault();
          update({ ...current.current }, 'push');
        }}
      >
        <label htmlFor="search-q" className="block text-sm font-medium text-body">
          Search claims, drugs, pathways, trials and studies
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
            placeholder="Drug, brand or code, gene, pathway, trial, author…"
            defaultValue=""
            onChange={(event) => update({ ...current.current, q: event.target.value }, 'replace', true)}
            onKeyDown={onInputKey}
            onFocus={() => searchHere && client.current?.answerHere()}
            aria-describedby="search-help"
            className="flex-1 rounded-md border border-edge px-3 py-2"
          />
          <button type="submit" className="rounded-md bg-button px-4 py-2 font-medium text-button-ink hover:bg-button-hover">
            Search
          </button>
        </div>
        <p id="search-help" className="mt-1 text-xs text-muted">
          Typos are fine. Brand names (Herceptin), codes (GW572016) and gene aliases (ERBB2, AIB1) find the claims they belong to.
          Press ↓ to move into the results.
        </p>
      </form>

      <Facets overview={overview} result={facetResult} filters={state.filters} from={state.from} to={state.to} change={change} />

      {/* data-results-for names the query the rendered results answer (a test and benchmark hook). */}
      <section aria-label="Results" data-results-for={result?.q}>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p role="status" aria-live="polite" className="min-h-5 text-sm text-body">
            {failed
              ? 'Search could not load. Browse by section, pathway or drug instead.'
              : !result
                ? loading
                  ? 'Loading the search index…'
                  : ''
                : result.q.trim() || filtered
                  ? `${total} result${total === 1 ? '' : 's'}${result.words > 1 && result.complete < total ? ` (${result.complete} matching every word)` : ''}`
                  : `Browsing all ${total} claims`}
          </p>
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

        {result && total === 0 && (
          <div className="mt-4 rounded-lg border border-line bg-panel p-4 text-sm">
            <p>No claim or study matches{result.q.trim() ? ` “${result.q.trim()}”` : ''}{filtered ? ' with these filters' : ''}.</p>
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
          </div>
        )}

        <ol ref={results} className="mt-4 space-y-3" onKeyDown={onResultsKey}>
          <ResultItems hits={result?.hits} />
        </ol>
        {result && total > result.hits.length && (
          <button type="button" className="mt-4 rounded border border-edge px-3 py-1 text-sm" onClick={showMore}>
            {total - result.hits.length <= MORE_SIZE ? `Show all ${total} results` : `Show ${MORE_SIZE} more of ${total} results`}
          </button>
        )}
      </section>
    </div>
  );
}
