import type { Lexicon } from './analyze';
import type { DocDisplay, DocMeta, ResultType } from './documents';
import type { FacetKey, FacetOption } from './url-state';

/**
 * The search index as files, built once at build time and read by the browser in parts, the way Pagefind serves
 * its index: a head with the vocabulary and what ranking needs, word postings in shards by the word's first two
 * letters, facets apart, and result cards in small chunks. A cold visit to a large site fetches the head, the shards
 * its words need and the chunks its first results sit in; the warm path loads the whole index (IndexFull) in one file.
 * A small site's search page holds that whole index itself.
 */

/** The fields a term can occur in, each a number in the postings: title, summary, names, citation, long text. */
export const FIELDS = ['title', 'summary', 'names', 'cite', 'text'] as const;
export const TEXT_FIELD = FIELDS.indexOf('text');
/** A term counted more often than this in one field of one document counts as this often (tf saturates anyway). */
const MAX_TF = 15;

export interface IndexHead {
  docs: number;
  /** One letter per document: c claim, r reference, d drug, p pathway, t trial, i interaction. */
  types: string;
  /** '1' per primary study, '0' otherwise. */
  primary: string;
  studies: number[];
  /** A claim's evidence level, '-' for other documents. */
  levels: string;
  yearMin: number[];
  yearMax: number[];
  /** Words in each document's long text. */
  textLength: number[];
  /** Every index term, sorted. */
  tokens: string[];
  /** The words of titles and names as written (folded), for typo correction: in order of first occurrence. */
  fuzzy: string[];
  /** The shards that exist, by key. */
  shards: string[];
  /** Every name, code and alias of the drugs, pathways and trials (folded, lower case): what can be a best bet. */
  best: Record<string, number[]>;
  /** Drugs, pathways and trials by name, for suggesting close terms when nothing matches. */
  entities: { title: string; names: string[] }[];
  /** How queries are analysed: brand names and codes, gene symbols (analyze.ts), and alias groups of index terms. */
  lexicon: Lexicon;
  aliases: string[][];
  /** First author (folded family name) and year → the studies they name, for queries like "Slamon 1987". */
  citations: Record<string, number[]>;
  /** Result cards per display chunk. */
  displayChunk: number;
  facets: Record<FacetKey, FacetOption[]>;
  /** Every publication year that occurs, sorted. */
  years: number[];
}

export interface IndexShard {
  /**
   * Term → its occurrences, one number per document and field: `((docDelta * FIELDS.length) + field) * 16 + tf`,
   * documents in order (a document in two fields has two numbers, the second with a delta of 0).
   */
  postings: Record<string, number[]>;
  /** Folded, lower-case id, code, DOI or name without spaces → documents it names exactly, delta-coded. */
  exact: Record<string, number[]>;
}

export interface IndexFacets {
  /** Every facet value and year a claim can have: [facet, value]. */
  slots: [FacetKey | 'year', string][];
  /** Per document, its slots in facet order (facetKeys, then years); a study has only its year. */
  docs: number[][];
}

export interface IndexFull {
  head: IndexHead;
  shards: Record<string, IndexShard>;
  facets: IndexFacets;
  display: DocDisplay[];
}

/**
 * Result cards as the files store them: one array per field, so no field name repeats on every card, and null where
 * a card lacks the field. At 10,000 claims the cards are 587 KB gzipped this way against 807 KB as objects.
 */
export type DisplayColumns = { [K in keyof DocDisplay]-?: (Exclude<DocDisplay[K], undefined> | null)[] };

/** The whole index as index.json (and a small site's search page) stores it. */
export type IndexFile = Omit<IndexFull, 'display'> & { display: DisplayColumns };

export function displayColumns(cards: readonly DocDisplay[]): DisplayColumns {
  const column = <K extends keyof DocDisplay>(key: K) => cards.map((card) => (card[key] ?? null) as Exclude<DocDisplay[K], undefined> | null);
  return {
    id: column('id'),
    url: column('url'),
    title: column('title'),
    summary: column('summary'),
    detail: column('detail'),
    names: column('names'),
    references: column('references'),
    level: column('level'),
    consensus: column('consensus'),
    status: column('status'),
    studies: column('studies'),
    doi: column('doi'),
    pmid: column('pmid'),
    claimType: column('claimType'),
    retracted: column('retracted'),
    items: column('items'),
  };
}

/** One card read from the columns: a first answer reads only the cards it shows. */
export function cardAt(columns: DisplayColumns, i: number): DocDisplay {
  const card: Record<string, unknown> = {};
  for (const [field, values] of Object.entries(columns)) if (values[i] !== null) card[field] = values[i];
  return card as unknown as DocDisplay;
}

export function displayCards(columns: DisplayColumns): DocDisplay[] {
  return columns.id.map((_, i) => cardAt(columns, i));
}

export const indexFile = (full: IndexFull): IndexFile => ({ ...full, display: displayColumns(full.display) });

export const typeLetters: Record<ResultType, string> = { claim: 'c', reference: 'r', drug: 'd', pathway: 'p', trial: 't', interaction: 'i' };
const letterTypes = Object.fromEntries(Object.entries(typeLetters).map(([type, letter]) => [letter, type])) as Record<string, ResultType>;
export const DISPLAY_CHUNK = 16;

/** The shard holding a word or an exact value: its first two characters, spelled safely for a file name. */
export function shardKey(value: string): string {
  return [...value]
    .slice(0, 2)
    .map((char) => (/[a-z0-9]/.test(char) ? char : `_${char.codePointAt(0)!.toString(16)}`))
    .join('');
}

export function deltaEncode(values: number[]): number[] {
  return values.map((value, i) => (i === 0 ? value : value - values[i - 1]));
}

export function deltaDecode(deltas: number[]): number[] {
  const values = new Array<number>(deltas.length);
  let at = 0;
  for (let i = 0; i < deltas.length; i++) values[i] = at += deltas[i];
  return values;
}

/** One term's occurrences, decoded: parallel arrays in document order. */
export interface Occurrences {
  docs: Int32Array;
  fields: Uint8Array;
  tf: Uint8Array;
}

export function encodeOccurrences(list: { doc: number; field: number; tf: number }[]): number[] {
  return list.map(({ doc, field, tf }, k) => ((doc - (k === 0 ? 0 : list[k - 1].doc)) * FIELDS.length + field) * 16 + Math.min(tf, MAX_TF));
}

export function decodeOccurrences(encoded: number[]): Occurrences {
  const docs = new Int32Array(encoded.length);
  const fields = new Uint8Array(encoded.length);
  const tf = new Uint8Array(encoded.length);
  let doc = 0;
  for (let k = 0; k < encoded.length; k++) {
    const value = encoded[k];
    tf[k] = value % 16;
    const rest = Math.floor(value / 16);
    fields[k] = rest % FIELDS.length;
    doc += Math.floor(rest / FIELDS.length);
    docs[k] = doc;
  }
  return { docs, fields, tf };
}

/** The documents' ranking data, read back from the head. */
export function metaOf(head: IndexHead): DocMeta[] {
  return Array.from({ length: head.docs }, (_, i) => ({
    type: letterTypes[head.types[i]],
    primary: head.primary[i] === '1',
    studies: head.studies[i],
    level: head.levels[i] === '-' ? '' : head.levels[i],
    yearMin: head.yearMin[i],
    yearMax: head.yearMax[i],
    textLength: head.textLength[i],
  }));
}

/** The display chunks, each a file of DISPLAY_CHUNK result cards. */
export function displayChunks(full: IndexFull): DocDisplay[][] {
  const chunks: DocDisplay[][] = [];
  for (let at = 0; at < full.display.length; at += full.head.displayChunk) chunks.push(full.display.slice(at, at + full.head.displayChunk));
  return chunks;
}

/** Where the index files are, under the site's search directory (e.g. "/search/"). */
export interface IndexFiles {
  whole: string;
  head: string;
  facets: string;
  shard(key: string): string;
  display(chunk: number): string;
}

export function indexFiles(dir: string): IndexFiles {
  return {
    whole: `${dir}index.json`,
    head: `${dir}head.json`,
    facets: `${dir}facets.json`,
    shard: (key) => `${dir}shards/${key}.json`,
    display: (chunk) => `${dir}display/${chunk}.json`,
  };
}
