import { analyze, type Lexicon } from './analyze';
import type { DocDisplay, DocMeta, SearchData, SearchDoc } from './documents';
import {
  DISPLAY_CHUNK,
  deltaEncode,
  encodeOccurrences,
  FIELDS,
  shardKey,
  TEXT_FIELD,
  typeLetters,
  type IndexFacets,
  type IndexFull,
  type IndexHead,
  type IndexShard,
} from './index-format';
import { foldText } from '../text/fold';
import { encodeItems } from './export-selection';
import { facetKeys, type FacetKey } from './url-state';

/**
 * Builds the search index files from the search documents, at build time: the terms of every field (analyze.ts),
 * their occurrences by shard, the exact names and best bets, the facets, and the result cards.
 */

const ENTITY_TYPES = new Set<SearchDoc['type']>(['drug', 'pathway', 'trial']);

/** The analysis settings the browser needs: brand and code names, and gene symbols, folded. */
function lexiconOf(data: SearchData): Lexicon {
  const canonical: Record<string, string> = {};
  for (const [name, drug] of Object.entries(data.lexicon.canonical)) {
    const key = foldText(name).replace(/[^\p{L}\p{N}]/gu, '');
    const target = foldText(drug);
    // A brand of a two-word drug ("Kadcyla") stands for both words (analyze.ts writes a term for each).
    if (key && key !== target) canonical[key] = target;
  }
  return { canonical, genes: [...new Set(data.lexicon.genes.map((gene) => foldText(gene).replace(/[^\p{L}\p{N}]/gu, '')))].sort() };
}

/** Each alias group as the index terms its one-word names give. */
function aliasGroups(data: SearchData, lexicon: Lexicon): string[][] {
  return data.lexicon.aliases
    .map((names) => [
      ...new Set(
        names.flatMap((name) => {
          const terms = analyze(name, lexicon, true);
          return terms.length === 1 ? [terms[0].term] : [];
        }),
      ),
    ])
    .filter((group) => group.length > 1);
}

/** Identifiers a query word must equal to hit a document outright: its id, DOI, PMID, registry number, code. */
function exactValues(doc: SearchDoc): string[] {
  return [...new Set([doc.id, ...(doc.exact ?? [])].map((value) => foldText(value)))];
}

/** Names a whole query may equal to make a document the best bet: a drug's, node's or trial's name, brand, code or alias. */
function bestBetNames(doc: SearchDoc): string[] {
  return [...new Set([doc.id, doc.title, ...doc.names, ...(doc.exact ?? [])].map((value) => foldText(value)))];
}

function fieldTexts(doc: SearchDoc): string[] {
  const texts: Record<(typeof FIELDS)[number], string> = {
    title: doc.title,
    summary: doc.summary ?? '',
    names: doc.names.join(' ; '),
    cite: (doc.cite ?? []).join(' ; '),
    text: doc.text,
  };
  return FIELDS.map((field) => texts[field]);
}

function display(doc: SearchDoc): DocDisplay {
  return {
    id: doc.id,
    url: doc.url,
    title: doc.title,
    ...(doc.summary && doc.type === 'claim' ? { summary: doc.summary } : {}),
    detail: doc.detail,
    ...(doc.type === 'claim'
      ? {
          names: doc.names,
          references: doc.references,
          level: doc.level,
          consensus: doc.consensus,
          status: doc.status,
          studies: doc.studies,
          claimType: doc.claimType,
          ...(doc.items ? { items: encodeItems(doc.references ?? [], doc.items) } : {}),
        }
      : {}),
    ...(doc.doi ? { doi: doc.doi } : {}),
    ...(doc.pmid ? { pmid: doc.pmid } : {}),
    ...(doc.retracted ? { retracted: true } : {}),
  };
}

/** Every term's occurrences, by document and field, with the words typo tolerance may correct to. */
function occurrences(docs: SearchDoc[], lexicon: Lexicon) {
  const byTerm = new Map<string, { doc: number; field: number; tf: number }[]>();
  const textLength: number[] = [];
  const fuzzy = new Set<string>();
  docs.forEach((doc, i) => {
    fieldTexts(doc).forEach((text, field) => {
      const terms = analyze(text, lexicon);
      if (field === TEXT_FIELD) textLength[i] = terms.length;
      const counts = new Map<string, number>();
      for (const term of terms) {
        counts.set(term.term, (counts.get(term.term) ?? 0) + 1);
        if ((field === 0 || field === 2) && !term.compound && term.raw.length > 2 && /\p{L}/u.test(term.raw) && !/\d/.test(term.raw)) fuzzy.add(term.raw);
      }
      for (const [term, tf] of counts) {
        let list = byTerm.get(term);
        if (!list) byTerm.set(term, (list = []));
        list.push({ doc: i, field, tf });
      }
    });
  });
  return { byTerm, textLength, fuzzy: [...fuzzy] };
}

/** Facet slots per document. */
function facetsOf(docs: SearchDoc[]): IndexFacets {
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
  return { slots, docs: facetDocs };
}

function headOf(
  data: SearchData,
  meta: DocMeta[],
  rest: Pick<IndexHead, 'tokens' | 'fuzzy' | 'shards' | 'best' | 'lexicon' | 'aliases' | 'citations'>,
): IndexHead {
  return {
    docs: data.docs.length,
    types: meta.map((m) => typeLetters[m.type]).join(''),
    primary: meta.map((m) => (m.primary ? '1' : '0')).join(''),
    studies: meta.map((m) => m.studies),
    levels: meta.map((m) => m.level || '-').join(''),
    yearMin: meta.map((m) => m.yearMin),
    yearMax: meta.map((m) => m.yearMax),
    textLength: meta.map((m) => m.textLength),
    ...rest,
    entities: data.docs.filter((doc) => ENTITY_TYPES.has(doc.type)).map((doc) => ({ title: doc.title, names: doc.names })),
    displayChunk: DISPLAY_CHUNK,
    facets: data.facets,
    years: [...new Set(data.docs.flatMap((doc) => doc.years ?? []))].sort((a, b) => a - b),
  };
}

/** Splits the search documents into the index files. */
export function buildIndex(data: SearchData): IndexFull {
  const { docs } = data;
  const lexicon = lexiconOf(data);
  const shards = new Map<string, IndexShard>();
  const shard = (key: string) => {
    let found = shards.get(key);
    if (!found) shards.set(key, (found = { postings: {}, exact: {} }));
    return found;
  };
  const { byTerm, textLength, fuzzy } = occurrences(docs, lexicon);
  const tokens = [...byTerm.keys()].sort();
  for (const term of tokens) shard(shardKey(term)).postings[term] = encodeOccurrences(byTerm.get(term)!);

  const exact = new Map<string, number[]>();
  const best: Record<string, number[]> = {};
  const citations: Record<string, number[]> = {};
  docs.forEach((doc, i) => {
    if (ENTITY_TYPES.has(doc.type)) for (const value of bestBetNames(doc)) (best[value] ??= []).push(i);
    for (const value of exactValues(doc)) {
      // A query word never holds a space.
      if (/\s/.test(value)) continue;
      const list = exact.get(value);
      if (list) list.push(i);
      else exact.set(value, [i]);
    }
    if (doc.firstAuthor && doc.years?.length) (citations[`${doc.firstAuthor}|${doc.years[0]}`] ??= []).push(i);
  });
  for (const [value, list] of exact) shard(shardKey(value)).exact[value] = deltaEncode(list);

  const meta: DocMeta[] = docs.map((doc, i) => ({
    type: doc.type,
    primary: doc.primary === true,
    studies: doc.studies ?? 0,
    level: doc.level ?? '',
    yearMin: doc.years?.length ? Math.min(...doc.years) : 0,
    yearMax: doc.years?.length ? Math.max(...doc.years) : 0,
    textLength: textLength[i] ?? 0,
  }));
  const head = headOf(data, meta, { tokens, fuzzy, shards: [...shards.keys()].sort(), best, lexicon, aliases: aliasGroups(data, lexicon), citations });
  return { head, shards: Object.fromEntries(shards), facets: facetsOf(docs), display: docs.map(display) };
}
