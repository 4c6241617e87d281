import type { FacetKey, FacetOption } from './url-state';

/**
 * What search knows about each thing a reader can find. The site builds one SearchDoc per claim, reference, drug,
 * pathway, trial and interaction (site/search-documents.ts); build-index.ts indexes them into the files
 * index-format.ts describes: what ranking needs (DocMeta, word postings, exact names) apart from what a result card
 * shows (DocDisplay).
 */

export type ResultType = 'claim' | 'reference' | 'drug' | 'pathway' | 'trial' | 'interaction';

export interface SearchDoc {
  type: ResultType;
  id: string;
  url: string;
  /** Shown as the result's heading (a claim's short title) and fuzzy-matched. */
  title: string;
  /** A claim's statement or an interaction's description: shown under the title, weighted next to it. */
  summary?: string;
  /** Short strings fuzzy-matched with the title: names, synonyms, codes, authors. */
  names: string[];
  /**
   * Further strings a query word must equal to count as an exact hit (DOIs, PMIDs, trial ids), beyond the id, the
   * title and the names, which always do. An exact hit ranks first.
   */
  exact?: string[];
  /** A study's authors, journal (full, abbreviated and its common short names) and year: what a citation names. */
  cite?: string[];
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
  /** A claim's type (mechanism, prognostic, ...). */
  claimType?: string;
  /** A retracted study. */
  retracted?: boolean;
  /** A study's first author's family name, folded: what "Slamon 1987" names. */
  firstAuthor?: string;
  /** A claim's evidence items, so that an export can follow study-level filters (export-selection.ts). */
  items?: ExportItem[];
}

/** Reader-facing names the search analyses alike on both sides: brand names and codes of drugs, gene aliases of nodes. */
export interface SearchLexiconSource {
  /** Brand names and development codes → the drug's name. */
  canonical: Record<string, string>;
  /** Alias groups: the names of one pathway node (HER2, ERBB2, neu). */
  aliases: string[][];
  /** Gene symbols, for phrases like "ESR1 mutation". */
  genes: string[];
}

export interface SearchData {
  docs: SearchDoc[];
  facets: Record<FacetKey, FacetOption[]>;
  lexicon: SearchLexiconSource;
}

/** What ranking, sorting and filtering read of a document. */
export interface DocMeta {
  type: ResultType;
  primary: boolean;
  studies: number;
  /** Evidence level, '' for anything but a claim. */
  level: string;
  /** Publication years, oldest and newest; 0 when there are none. */
  yearMin: number;
  yearMax: number;
  /** Words in the long text, for length normalisation. */
  textLength: number;
}

/** What a result card shows of a document, fetched only for the results on screen. */
export interface DocDisplay {
  id: string;
  url: string;
  title: string;
  summary?: string;
  detail: string;
  /** A claim's names (drugs, genes, trials, section), to say which one matched when its statement does not. */
  names?: string[];
  references?: string[];
  level?: string;
  consensus?: string;
  status?: string;
  studies?: number;
  doi?: string;
  pmid?: string;
  claimType?: string;
  retracted?: boolean;
  /** A claim's evidence items, encoded against its `references`. */
  items?: EncodedItem[];
}

/** One evidence item of a claim, as an export reads it. */
export interface ExportItem {
  /** The cited study's citation key. */
  reference: string;
  /** supports | contradicts | mixed | context */
  stance: string;
  /** The item's design, e.g. in-vitro, clinical-trial. */
  design: string;
  /** review (studies up to the review's year) | later. */
  era: string;
  /** Publication year of the cited study. */
  year: number;
}

/**
 * An item as the index stores it, beside the claim's `references`: the position of its study in them, stance,
 * design, era and year. At 400 items this costs the real corpus about 3 KB gzipped.
 */
export type EncodedItem = [reference: number, stance: string, design: string, era: string, year: number];
