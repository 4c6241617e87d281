import { facetTitles } from '../../lib/site/labels';
import { emptyState, facetKeys, type SearchState } from '../../lib/search/url-state';
import type { SearchOverview } from '../../lib/search/view';
import { facetValueLabel } from './Facets';

interface Props {
  overview: SearchOverview | null;
  state: SearchState;
  change: (patch: Partial<SearchState>) => void;
}

/** How many filters a state sets: each ticked value, and each end of the year range. */
export function activeFilterCount(state: SearchState): number {
  return facetKeys.reduce((n, key) => n + state.filters[key].length, 0) + (state.from !== undefined ? 1 : 0) + (state.to !== undefined ? 1 : 0);
}

/** The filters that apply, as chips above the results that a reader removes with one tap, and "Clear all". */
export function ActiveFilters({ overview, state, change }: Props) {
  const chips: { key: string; text: string; remove: () => void }[] = [];
  for (const key of facetKeys) {
    for (const value of state.filters[key]) {
      chips.push({
        key: `${key}:${value}`,
        text: `${facetTitles[key]}: ${facetValueLabel(overview, key, value)}`,
        remove: () => change({ filters: { ...state.filters, [key]: state.filters[key].filter((v) => v !== value) } }),
      });
    }
  }
  if (state.from !== undefined) chips.push({ key: 'from', text: `Studies from ${state.from}`, remove: () => change({ from: undefined }) });
  if (state.to !== undefined) chips.push({ key: 'to', text: `Studies up to ${state.to}`, remove: () => change({ to: undefined }) });
  if (chips.length === 0) return null;
  return (
    <ul className="mt-3 flex flex-wrap items-center gap-2" aria-label="Active filters">
      {chips.map((chip) => (
        <li key={chip.key}>
          <button type="button" className="filter-chip" onClick={chip.remove} aria-label={`Remove filter ${chip.text}`}>
            {chip.text} <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
      <li>
        <button
          type="button"
          className="min-h-7 px-1 text-sm underline"
          onClick={() => change({ filters: emptyState().filters, from: undefined, to: undefined })}
        >
          Clear all
        </button>
      </li>
    </ul>
  );
}
