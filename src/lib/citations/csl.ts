import type { BibliographicData, CslName } from '../../schemas/bibliographic';

/**
 * Everything that turns a record into an exportable citation lives in this folder and runs only at build time
 * (citation-js is Node-side); the browser receives finished strings. This file: the CSL-JSON form of a record, and the
 * per-build memo of each record's output in each format.
 */

/** The bibliographic part of a record; review and references share it. */
export type Citable = Pick<
  BibliographicData,
  'type' | 'title' | 'author' | 'container-title' | 'container-title-short' | 'issued' | 'volume' | 'issue' | 'page' | 'DOI' | 'PMID' | 'PMCID' | 'URL'
> & {
  id: string;
  /** `partial` when the author list stops short of the full byline (references only). */
  authorList?: 'complete' | 'partial';
  /** Retractions, corrections and other notices (references only). */
  updates?: { type: string; date: string; DOI?: string }[];
  /** The article that replaces a retracted one, when a notice names it. */
  replacedBy?: Pick<Citable, 'DOI' | 'title'>;
};

/** The note CSL-JSON and RIS carry for a record whose author list is incomplete. */
export const PARTIAL_AUTHORS_NOTE = 'Author list incomplete: further authors not recorded.';

/**
 * The warning a retracted record carries in every export (BibTeX note, RIS N1, CSL note), as reference managers show
 * Retraction Watch's flags: the notice's date and DOI, and the replacing article's DOI.
 */
export function retractionNote(ref: Citable): string | undefined {
  const notice = ref.updates?.find((update) => update.type === 'retraction');
  if (!notice) return undefined;
  const replaced = ref.replacedBy?.DOI ? ` Replaced by the corrected article doi:${ref.replacedBy.DOI}.` : '';
  return `RETRACTED (notice ${notice.date}${notice.DOI ? `, doi:${notice.DOI}` : ''}); do not cite as evidence.${replaced}`;
}

/** A record's export note: the retraction warning first, then the incomplete-byline note. */
function exportNote(ref: Citable): string | undefined {
  const notes = [retractionNote(ref), ref.authorList === 'partial' ? PARTIAL_AUTHORS_NOTE : undefined].filter(Boolean);
  return notes.length ? notes.join(' ') : undefined;
}

/** A CSL-JSON item as exported in references.json. */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: string;
  title: string;
  author: CslName[];
  'container-title': string;
  'container-title-short'?: string;
  issued: { 'date-parts': number[][] };
  volume?: string;
  issue?: string;
  page?: string;
  DOI?: string;
  PMID?: string;
  PMCID?: string;
  URL?: string;
  note?: string;
}

const outputs = new WeakMap<Citable, Map<string, string>>();

/**
 * Each record's output in each format is computed once per build: a reference appears on many pages and in many files,
 * and citation-js is the slowest part of the build. Records are immutable once the corpus is resolved.
 */
export function once(ref: Citable, format: string, make: () => string): string {
  let byFormat = outputs.get(ref);
  if (!byFormat) outputs.set(ref, (byFormat = new Map()));
  let output = byFormat.get(format);
  if (output === undefined) byFormat.set(format, (output = make()));
  return output;
}

export function toCsl(ref: Citable): CslItem {
  const item: CslItem = {
    id: ref.id,
    'citation-key': ref.id,
    type: ref.type,
    title: ref.title,
    author: ref.author,
    'container-title': ref['container-title'],
    issued: ref.issued,
  };
  for (const field of ['container-title-short', 'volume', 'issue', 'page', 'DOI', 'PMID', 'PMCID', 'URL'] as const) {
    const value = ref[field];
    if (value !== undefined) item[field] = value;
  }
  const note = exportNote(ref);
  if (note) item.note = note;
  return item;
}

export function toCslJson(refs: Citable[]): string {
  return JSON.stringify(refs.map(toCsl), null, 2) + '\n';
}
