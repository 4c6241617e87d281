import { memo } from 'react';
import { facetTitles } from '../../lib/site/labels';
import { facetKeys, type FacetKey, type FacetOption, type SearchState } from '../../lib/search/url-state';
import type { ResultView, SearchOverview } from '../../lib/search/view';

interface FacetsProps {
  overview: SearchOverview | null;
  result: ResultView | null;
  /** The current selection, never deferred, so a checkbox shows its new state at once. */
  state: SearchState;
  change: (patch: Partial<SearchState>) => void;
}

/** The label of a facet value, as the index names it. */
export function facetValueLabel(overview: SearchOverview | null, key: FacetKey, id: string): string {
  return overview?.facets[key].find((option) => option.id === id)?.label ?? id;
}

/** One filter group: a checkbox per value, with the number of claims it would leave. */
function FacetGroup({
  name,
  options,
  counts,
  state,
  toggle,
}: {
  name: FacetKey;
  options: FacetOption[];
  counts: Record<string, number>;
  state: SearchState;
  toggle: (key: FacetKey, value: string) => void;
}) {
  return (
    <fieldset>
      <legend className="font-semibold text-body">{facetTitles[name]}</legend>
      <ul className="mt-1">
        {options.map((option) => (
          <li key={option.id}>
            <label className="facet-option">
              <input
                className="size-4 shrink-0"
                type="checkbox"
                name={name}
                value={option.id}
                checked={state.filters[name].includes(option.id)}
                onChange={() => toggle(name, option.id)}
              />
              <span className="flex-1">{option.label}</span>
              <span className="text-xs text-muted" aria-label={`${counts[option.id] ?? 0} claims`}>
                {counts[option.id] ?? 0}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** The publication years of the studies as a range, each year with the number of claims it would leave. */
function YearRange({
  allYears,
  years,
  state,
  change,
}: {
  allYears: number[];
  years: Record<number, number>;
  state: SearchState;
  change: FacetsProps['change'];
}) {
  return (
    <fieldset>
      <legend className="font-semibold text-body">Publication year of the studies</legend>
      <div className="mt-1 flex flex-wrap items-center gap-2">
        {(['from', 'to'] as const).map((end) => (
          <label key={end} className="flex items-center gap-1">
            <span>{end === 'from' ? 'From' : 'to'}</span>
            <select
              name={end}
              value={state[end] ?? ''}
              onChange={(event) => change({ [end]: event.target.value ? Number(event.target.value) : undefined })}
              className="min-h-8 rounded border border-edge px-1 py-0.5"
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
  );
}

/**
 * The filter groups: one checkbox per value that any result has (or that is ticked), with the number of claims it
 * would leave, and the publication years as a range. OR within a group, AND across groups.
 */
export const Facets = memo(function Facets({ overview, result, state, change }: FacetsProps) {
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
          return <FacetGroup key={key} name={key} options={options} counts={counts[key]} state={state} toggle={toggleValue} />;
        })}
      {overview && counts && allYears.length > 0 && <YearRange allYears={allYears} years={years} state={state} change={change} />}
    </div>
  );
});
