import { memo, startTransition, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import {
  emptyState,
  facetKeys,
  hasFilters,
  paramsFromState,
  referencesOfHits,
  SearchEngine,
  stateFromParams,
  type FacetKey,
  type Hit,
  type ResultType,
  type SearchData,
  type SearchResult,
  type SearchState,
} from '../lib/search';
import { downloadText } from '../scripts/download';

interface Props {
  /** URL of the prebuilt search documents (fetched when the page is first used). */
  dataUrl: string;
  /** URL of the prebuilt BibTeX strings by reference key (fetched on the first export). */
  bibtexUrl: string;
}

const facetTitles: Record<FacetKey, string> = {
  section: 'Review section',
  pathway: 'Pathway',
  drug: 'Drug',
  class: 'Drug class',
  evidence: 'Evidence',
  direction: 'Crosstalk direction',
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

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Rendering is capped; the rest is one click away. */
const PAGE_SIZE = 15;

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

interface FacetsProps {
  engine: SearchEngine | null;
  result: SearchResult | undefined;
  /** The current selection, never deferred, so a checkbox shows its new state at once. */
  filters: SearchState['filters'];
  from: number | undefined;
  to: number | undefined;
  change: (patch: Partial<SearchState>) => void;
}

const Facets = memo(function Facets({ engine, result, filters, from, to, change }: FacetsProps) {
  const state: SearchState = { q: '', filters, from, to };
  const toggle = (key: FacetKey, value: string) => {
    const current = filters[key];
    const values = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    change({ filters: { ...filters, [key]: values } });
  };
  const years = result ? Object.keys(result.years).map(Number).sort((a, b) => a - b) : [];
  const allYears = useMemo(
    () => (engine ? [...new Set(engine.data.docs.flatMap((doc) => doc.years ?? []))].sort((a, b) => a - b) : []),
    [engine],
  );
  const filtered = hasFilters(state);
  return (
    <aside aria-label="Filters" className="order-last space-y-5 text-sm md:order-none">
      {filtered && (
        <button type="button" className="text-sm underline" onClick={() => change({ filters: emptyState().filters, from: undefined, to: undefined })}>
          Clear all filters
        </button>
      )}
      {engine &&
        result &&
        facetKeys.map((key) => {
          const options = engine.data.facets[key].filter((o) => (result.counts[key][o.id] ?? 0) > 0 || state.filters[key].includes(o.id));
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
      {engine && allYears.length > 0 && (
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

export default function SearchApp({ dataUrl, bibtexUrl }: Props) {
  const [state, setState] = useState<SearchState>(emptyState);
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const [failed, setFailed] = useState(false);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [exportStatus, setExportStatus] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLOListElement>(null);
  const bibtex = useRef<Promise<Record<string, string>> | null>(null);

  useEffect(() => {
    const fromUrl = () => startTransition(() => setState(stateFromParams(new URLSearchParams(window.location.search))));
    fromUrl();
    window.addEventListener('popstate', fromUrl);
    fetch(dataUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status}`);
        return response.json() as Promise<SearchData>;
      })
      .then(async (data) => {
        // Yield between steps so loading never blocks the main thread in one long task.
        await nextTask();
        const ready = new SearchEngine(data);
        await nextTask();
        // A transition renders the first results in small interruptible slices instead of one long task.
        startTransition(() => setEngine(ready));
      })
      .catch(() => setFailed(true));
    return () => window.removeEventListener('popstate', fromUrl);
  }, [dataUrl]);

  const update = useCallback((next: SearchState, history: 'push' | 'replace') => {
    setState(next);
    setLimit(PAGE_SIZE);
    setExportStatus('');
    const query = paramsFromState(next).toString();
    const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${window.location.pathname}${window.location.search}`) {
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
  }, []);

  const result = useMemo(() => engine?.search(state), [engine, state]);
  // Facet counts may trail the results by a frame: typing updates the result list first.
  const facetResult = useDeferredValue(result);
  const latest = useRef(state);
  latest.current = state;
  const change = useCallback((patch: Partial<SearchState>) => update({ ...latest.current, ...patch }, 'push'), [update]);
  const references = useMemo(() => (result ? referencesOfHits(result.hits) : []), [result]);
  const suggestions = useMemo(
    () => (engine && result && result.hits.length === 0 && state.q.trim() ? engine.suggestions(state.q) : []),
    [engine, result, state.q],
  );

  const exportBibtex = async () => {
    setExportStatus('Preparing BibTeX…');
    try {
      bibtex.current ??= fetch(bibtexUrl).then((response) => response.json());
      const byKey = await bibtex.current;
      downloadText(references.map((key) => byKey[key]).join('\n'), 'er-her2-search-results.bib', 'application/x-bibtex');
      setExportStatus(`Downloaded ${references.length} references.`);
    } catch {
      bibtex.current = null;
      setExportStatus('The BibTeX file could not be loaded; try again.');
    }
  };

  // When the reader focuses the box, exercise the matching code once, one query per task, so the first real keystrokes
  // do not pay for compiling it (doing it at load would only add to the page's blocking time).
  const warmedUp = useRef(false);
  const warmUp = async () => {
    if (!engine || warmedUp.current) return;
    warmedUp.current = true;
    for (const query of ['t', 'tam', 'tamoxifen her2', 'lapatinb']) {
      await nextTask();
      engine.search({ ...emptyState(), q: query });
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

  const filtered = hasFilters(state);
  const total = result?.hits.length ?? 0;
  const full = result ? result.hits.filter((hit) => hit.matchedWords === result.words).length : 0;

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
          update({ ...state }, 'push');
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
            value={state.q}
            onChange={(event) => update({ ...state, q: event.target.value }, 'replace')}
            onKeyDown={onInputKey}
            onFocus={warmUp}
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

      <Facets engine={engine} result={facetResult} filters={state.filters} from={state.from} to={state.to} change={change} />

      <section aria-label="Results">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p role="status" aria-live="polite" className="min-h-5 text-sm text-body">
            {failed
              ? 'Search could not load. Browse by section, pathway or drug instead.'
              : !engine
                ? ''
                : state.q.trim() || filtered
                  ? `${total} result${total === 1 ? '' : 's'}${result && result.words > 1 && full < total ? ` (${full} matching every word)` : ''}`
                  : `Browsing all ${total} claims`}
          </p>
          {references.length > 0 && (
            <div className="flex items-center gap-2 text-sm">
              <button type="button" onClick={exportBibtex} className="rounded border border-edge bg-card px-3 py-1 font-medium hover:bg-panel">
                Export {references.length} reference{references.length === 1 ? '' : 's'} as BibTeX
              </button>
              <span role="status" aria-live="polite" className="text-ok">
                {exportStatus}
              </span>
            </div>
          )}
        </div>

        {engine && result && total === 0 && (
          <div className="mt-4 rounded-lg border border-line bg-panel p-4 text-sm">
            <p>No claim or study matches{state.q.trim() ? ` “${state.q.trim()}”` : ''}{filtered ? ' with these filters' : ''}.</p>
            {suggestions.length > 0 && (
              <p className="mt-2">
                Did you mean{' '}
                {suggestions.map((term, i) => (
                  <span key={term}>
                    {i > 0 && ', '}
                    <button type="button" className="underline" onClick={() => update({ ...state, q: term }, 'push')}>
                      {term}
                    </button>
                  </span>
                ))}
                ?
              </p>
            )}
            {filtered && (
              <p className="mt-2">
                <button type="button" className="underline" onClick={() => update({ ...emptyState(), q: state.q }, 'push')}>
                  Remove the filters
                </button>{' '}
                to search everything.
              </p>
            )}
          </div>
        )}

        <ol ref={results} className="mt-4 space-y-3" onKeyDown={onResultsKey}>
          {result?.hits.slice(0, limit).map((hit: Hit) => (
            <li key={`${hit.doc.type}:${hit.doc.id}`} data-result-type={hit.doc.type} data-result-id={hit.doc.id} className="card">
              <span className={`badge mr-2 ${typeStyles[hit.doc.type]}`}>{typeLabels[hit.doc.type]}</span>
              <a href={hit.doc.url} data-result-link className={hit.doc.type === 'claim' ? 'font-serif text-[1.05rem] text-ink' : 'font-medium text-ink'}>
                <Highlighted text={hit.doc.title} ranges={hit.highlights} />
              </a>
              <p className="mt-1 text-xs text-muted">
                {hit.doc.detail}
                {hit.doc.type === 'claim' && hit.doc.references && ` · ${hit.doc.references.length} reference${hit.doc.references.length === 1 ? '' : 's'}`}
              </p>
            </li>
          ))}
        </ol>
        {result && total > limit && (
          <button type="button" className="mt-4 rounded border border-edge px-3 py-1 text-sm" onClick={() => setLimit(total)}>
            Show all {total} results
          </button>
        )}
      </section>
    </div>
  );
}
