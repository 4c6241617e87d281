/**
 * Search state as the URL holds it: query, facet selections and year range. Kept apart from the engine so the page
 * can read and write its URL without loading the matcher.
 */

export interface FacetOption {
  id: string;
  label: string;
}

export const facetKeys = ['section', 'pathway', 'drug', 'class', 'evidence', 'direction'] as const;
export type FacetKey = (typeof facetKeys)[number];

export interface SearchState {
  q: string;
  filters: Record<FacetKey, string[]>;
  from?: number;
  to?: number;
}

export function emptyState(): SearchState {
  return { q: '', filters: { section: [], pathway: [], drug: [], class: [], evidence: [], direction: [] } };
}

export function stateFromParams(params: URLSearchParams): SearchState {
  const state = emptyState();
  state.q = (params.get('q') ?? '').slice(0, 200);
  for (const key of facetKeys) state.filters[key] = [...new Set(params.getAll(key))].slice(0, 50);
  const year = (name: string) => {
    const value = Number(params.get(name));
    return Number.isInteger(value) && value >= 1000 && value <= 9999 ? value : undefined;
  };
  state.from = year('from');
  state.to = year('to');
  return state;
}

export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q);
  for (const key of facetKeys) for (const value of state.filters[key]) params.append(key, value);
  if (state.from !== undefined) params.set('from', String(state.from));
  if (state.to !== undefined) params.set('to', String(state.to));
  return params;
}

export function hasFilters(state: SearchState): boolean {
  return facetKeys.some((key) => state.filters[key].length > 0) || state.from !== undefined || state.to !== undefined;
}
