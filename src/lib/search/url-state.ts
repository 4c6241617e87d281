/**
 * Search state as the URL holds it: query, facet selections, year range and sort order. Kept apart from the engine
 * so the page can read and write its URL without loading the matcher.
 */

export interface FacetOption {
  id: string;
  label: string;
}

/** Facets in the order the page shows them; each is a URL parameter, repeated for OR within the facet. */
export const facetKeys = ['type', 'section', 'pathway', 'drug', 'class', 'direction', 'design', 'stance', 'level', 'consensus', 'status'] as const;
export type FacetKey = (typeof facetKeys)[number];

export const sortOrders = ['relevance', 'newest', 'oldest', 'level'] as const;
export type SortOrder = (typeof sortOrders)[number];

export interface SearchState {
  q: string;
  filters: Record<FacetKey, string[]>;
  from?: number;
  to?: number;
  sort: SortOrder;
  /** False when the reader asked for the query as typed, without typo correction (`spell=off`). */
  spell: boolean;
}

/** Parameters earlier addresses used, read as their current facet: bookmarks keep working. */
const FACET_ALIASES: Record<string, FacetKey> = { evidence: 'design' };
/** Values earlier addresses used, read as the values that replaced them (a retired design stands for the designs it was split into). */
const VALUE_ALIASES: Partial<Record<FacetKey, Record<string, string[]>>> = {
  direction: { none: ['single-pathway'] },
  design: { 'clinical-correlative': ['trial-analysis', 'prospective-cohort', 'retrospective-cohort', 'population-registry', 'patient-tumours'] },
  status: { 'not-yet-tested': ['no-later-study'] },
};

export function emptyState(): SearchState {
  return { q: '', filters: Object.fromEntries(facetKeys.map((key) => [key, []])) as unknown as Record<FacetKey, string[]>, sort: 'relevance', spell: true };
}

export function stateFromParams(params: URLSearchParams): SearchState {
  const state = emptyState();
  state.q = (params.get('q') ?? '').slice(0, 200);
  for (const key of facetKeys) {
    const aliases = Object.keys(FACET_ALIASES).filter((alias) => FACET_ALIASES[alias] === key);
    const values = [key, ...aliases].flatMap((name) => params.getAll(name)).flatMap((value) => VALUE_ALIASES[key]?.[value] ?? [value]);
    state.filters[key] = [...new Set(values)].slice(0, 50);
  }
  const year = (name: string) => {
    const value = Number(params.get(name));
    return Number.isInteger(value) && value >= 1000 && value <= 9999 ? value : undefined;
  };
  state.from = year('from');
  state.to = year('to');
  const sort = params.get('sort');
  state.sort = sortOrders.includes(sort as SortOrder) ? (sort as SortOrder) : 'relevance';
  state.spell = params.get('spell') !== 'off';
  return state;
}

export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q);
  for (const key of facetKeys) for (const value of state.filters[key]) params.append(key, value);
  if (state.from !== undefined) params.set('from', String(state.from));
  if (state.to !== undefined) params.set('to', String(state.to));
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (!state.spell) params.set('spell', 'off');
  return params;
}

export function hasFilters(state: SearchState): boolean {
  return facetKeys.some((key) => state.filters[key].length > 0) || state.from !== undefined || state.to !== undefined;
}
