import type { FacetKey, FacetOption } from './url-state';

/** The search data the site builds (site/search-documents.ts) and the browser loads: one document per thing a reader can find. */

export type ResultType = 'claim' | 'reference' | 'drug' | 'pathway' | 'trial';

export interface SearchDoc {
  type: ResultType;
  id: string;
  url: string;
  /** Shown as the result's heading and fuzzy-matched. */
  title: string;
  /** Short strings fuzzy-matched with the title: names, synonyms, codes, authors. */
  names: string[];
  /**
   * Further strings a query word must equal to count as an exact hit (DOIs, PMIDs, trial ids), beyond the id, the
   * title and the names, which always do. An exact hit ranks first.
   */
  exact?: string[];
  /** Long text (a claim's synthesis and findings), matched word by word rather than fuzzily, since fuzzy cost grows with length. */
  text: string;
  /** A line of context under the title. */
  detail: string;
  /** The values of each facet this document has; only claims carry facets. */
  facets?: Partial<Record<FacetKey, string[]>>;
  /** Publication years: of the studies a claim rests on, or a study's own. */
  years?: number[];
  /** Reference keys, for exporting a result set. */
  references?: string[];
  /** A claim's evidence level (A best), for sorting and the result card. */
  level?: string;
  consensus?: string;
  status?: string;
  /** A claim's number of distinct studies. */
  studies?: number;
  /** A study that is primary evidence rather than a review; ranks first on a tie. */
  primary?: boolean;
  /** A study's identifiers, kept with a saved study for the reading list's CSV. */
  doi?: string;
  pmid?: string;
}

export interface SearchData {
  docs: SearchDoc[];
  facets: Record<FacetKey, FacetOption[]>;
}
