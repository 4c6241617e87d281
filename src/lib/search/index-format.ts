import type { DocDisplay, DocMeta, ResultType, SearchData, SearchDoc } from './documents';
import { encodeItems } from './export-selection';
import { foldGreek, tokenize } from './text';
import { facetKeys, type FacetKey, type FacetOption } from './url-state';

/**
 * The search index as files, built once at build time and read by the browser in parts, the way Pagefind serves
 * its index: a head with the vocabulary and what ranking needs, word postings in shards by the word's first two
 * letters, facets apart, and result cards in small chunks. A cold visit to a large site fetches the head, the shards
 * its words need and the chunks its first results sit in; the warm path loads the whole index (IndexFull) in one file.
 * A small site's search page holds that whole index itself.
 */

/** Field numbers, in order of weight: title 0, names 1, long text 2 (the engine's fieldPenalty is indexed by them). */
const TEXT = 2;

export interface IndexHead {
  docs: number;
  /** One letter per document: c claim, r reference, d drug, p pathway, t trial. */
  types: string;
  /** '1' per primary study, '0' otherwise. */
  primary: string;
  studies: number[];
  /** A claim's evidence level, '-' for other documents. */
  levels: string;
  yearMin: number[];
  yearMax: number[];
  /** Every index word, sorted. */
  tokens: string[];
  /** Positions in `tokens` of the words typo tolerance covers (of titles and names), in order of first occurrence, delta-coded. */
  fuzzy: number[];
  /** The shards that exist, by key. */
  shards: string[];
  /** Every name, code and alias of the drugs, pathways and trials (folded, lower case): what can be a best bet. */
  best: Record<string, number[]>;
  /** Drugs, pathways and trials by name, for suggesting close terms when nothing matches. */
  entities: { title: string; names: string[] }[];
  /** Result cards per display chunk. */
  displayChunk: number;
  facets: Record<FacetKey, FacetOption[]>;
  /** Every publication year that occurs, sorted. */
  years: number[];
}

export interface IndexShard {
  /** Word → documents containing it, each `docDelta * 3 + field` (the best field the word occurs in). */
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
    detail: column('detail'),
    summary: column('summary'),
    claimType: column('claimType'),
    retracted: column('retracted'),
    items: column('items'),
    names: column('names'),
    references: column('references'),
    level: column('level'),
    consensus: column('consensus'),
    status: column('status'),
    studies: column('studies'),
    doi: column('doi'),
    pmid: column('pmid'),
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

const typeLetters: Record<ResultType, string> = { claim: 'c', reference: 'r', drug: 'd', pathway: 'p', trial: 't' };
const letterTypes = Object.fromEntries(Object.entries(typeLetters).map(([type, letter]) => [letter, type])) as Record<string, ResultType>;
const ENTITY_TYPES = new Set<ResultType>(['drug', 'pathway', 'trial']);
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

/** Exact values of a document, as a query word or the whole query is compared with them. */
export function exactValues(doc: SearchDoc): string[] {
  return [...new Set([doc.id, doc.title, ...doc.names, ...(doc.exact ?? [])].map((value) => foldGreek(value).toLowerCase()))];
}

function display(doc: SearchDoc): DocDisplay {
  return {
    id: doc.id,
    url: doc.url,
    title: doc.cardTitle ?? doc.title,
    detail: doc.detail,
    ...(doc.type === 'claim'
      ? {
          names: doc.names,
          references: doc.references,
          level: doc.level,
          consensus: doc.consensus,
          status: doc.status,
          studies: doc.studies,
          ...(doc.summary ? { summary: doc.summary } : {}),
          ...(doc.claimType ? { claimType: doc.claimType } : {}),
          ...(doc.items ? { items: encodeItems(doc.references ?? [], doc.items) } : {}),
        }
      : {}),
    ...(doc.retracted ? { retracted: true } : {}),
    ...(doc.doi ? { doi: doc.doi } : {}),
    ...(doc.pmid ? { pmid: doc.pmid } : {}),
  };
}

/** Splits the search documents into the index files. */
export function buildIndex(data: SearchData): IndexFull {
  const { docs } = data;
  const postings = new Map<string, number[][]>();
  const fuzzy = new Set<string>();
  const shards = new Map<string, IndexShard>();
  const shard = (key: string) => {
    let found = shards.get(key);
    if (!found) shards.set(key, (found = { postings: {}, exact: {} }));
    return found;
  };
  const exact = new Map<string, number[]>();
  const best: Record<string, number[]> = {};
  docs.forEach((doc, i) => {
    for (const value of exactValues(doc)) {
      if (ENTITY_TYPES.has(doc.type)) (best[value] ??= []).push(i);
      // A query word never holds a space, so only the whole query can equal a name with one: the best bets above.
      if (/\s/.test(value)) continue;
      const list = exact.get(value);
      if (list) list.push(i);
      else exact.set(value, [i]);
    }
    // The first field a word occurs in for this document is its best.
    [doc.title, doc.names.join(' '), doc.text].forEach((text, field) => {
      for (const token of tokenize(text)) {
        let list = postings.get(token);
        if (!list) postings.set(token, (list = []));
        if (list[list.length - 1]?.[0] === i) continue;
        list.push([i, field]);
        if (field !== TEXT && token.length > 2 && /\p{L}/u.test(token)) fuzzy.add(token);
      }
    });
  });
  const tokens = [...postings.keys()].sort();
  for (const token of tokens) {
    const list = postings.get(token)!;
    shard(shardKey(token)).postings[token] = list.map(([doc, field], k) => (doc - (k === 0 ? 0 : list[k - 1][0])) * 3 + field);
  }
  for (const [value, list] of exact) shard(shardKey(value)).exact[value] = deltaEncode(list);

  const slots: [FacetKey | 'year', string][] = [];
  const slotIndex = new Map<string, number>();
  const slotOf = (key: FacetKey | 'year', value: string) => {
    const id = `${key}\u0000${value}`;
    let slot = slotIndex.get(id);
    if (slot === undefined) {
      slotIndex.set(id, (slot = slots.length));
      slots.push([key, value]);
    }
    return slot;
  };
  // Only claims have facets, but a study's year still filters it by publication year.
  const facetDocs = docs.map((doc) => [
    ...(doc.type === 'claim' ? facetKeys.flatMap((key) => (doc.facets?.[key] ?? []).map((value) => slotOf(key, value))) : []),
    ...(doc.years ?? []).map((year) => slotOf('year', String(year))),
  ]);

  const meta: DocMeta[] = docs.map((doc) => ({
    type: doc.type,
    primary: doc.primary === true,
    studies: doc.studies ?? 0,
    level: doc.level ?? '',
    yearMin: doc.years?.length ? Math.min(...doc.years) : 0,
    yearMax: doc.years?.length ? Math.max(...doc.years) : 0,
  }));
  // In the order the words first occur: Fuse breaks ties between equally close words by their order in its list.
  const position = new Map(tokens.map((token, i) => [token, i]));
  const fuzzyPositions = [...fuzzy].map((token) => position.get(token)!);
  const head: IndexHead = {
    docs: docs.length,
    types: meta.map((m) => typeLetters[m.type]).join(''),
    primary: meta.map((m) => (m.primary ? '1' : '0')).join(''),
    studies: meta.map((m) => m.studies),
    levels: meta.map((m) => m.level || '-').join(''),
    yearMin: meta.map((m) => m.yearMin),
    yearMax: meta.map((m) => m.yearMax),
    tokens,
    fuzzy: deltaEncode(fuzzyPositions),
    shards: [...shards.keys()].sort(),
    best,
    entities: docs.filter((doc) => ENTITY_TYPES.has(doc.type)).map((doc) => ({ title: doc.title, names: doc.names })),
    displayChunk: DISPLAY_CHUNK,
    facets: data.facets,
    years: [...new Set(docs.flatMap((doc) => doc.years ?? []))].sort((a, b) => a - b),
  };
  return { head, shards: Object.fromEntries(shards), facets: { slots, docs: facetDocs }, display: docs.map(display) };
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
