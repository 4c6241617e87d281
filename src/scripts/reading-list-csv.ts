/**
 * The reading list as CSV, built when the reader asks for it (by reading-list-csv-worker.ts, so the list page's own
 * script stays small): one row per study, from the studies' records in /references.json and the
 * claims' stances in /claims.json.
 */
import { toCsv } from '../lib/text/csv';
import type { SavedEntry } from './reading-list-store';

/** A study as /references.json (CSL-JSON) describes it: what the reading list's CSV reads of it. */
export interface CslStudy {
  id: string;
  title?: string;
  author?: { family?: string; given?: string; literal?: string }[];
  issued?: { 'date-parts'?: (number | string)[][] };
  'container-title'?: string;
  DOI?: string;
  PMID?: string;
}

/** A claim as /claims.json describes it: its title and the stance of each of its findings, by study. */
export interface ClaimStances {
  id: string;
  title: string;
  evidence: { reference: string; stance: string }[];
}

export const READING_LIST_CSV_HEADER = ['key', 'authors', 'year', 'title', 'journal', 'doi', 'pmid', 'claim', 'claim_id', 'stance'];

/** "André F; O'Regan R" from CSL names: family name and initials, as reference managers and PubMed write them. */
function authorNames(authors: CslStudy['author']): string {
  return (authors ?? [])
    .map(
      (a) =>
        a.literal ??
        [
          a.family,
          (a.given ?? '')
            .split(/[\s.-]+/)
            .filter(Boolean)
            .map((part) => part[0].toUpperCase())
            .join(''),
        ]
          .filter(Boolean)
          .join(' '),
    )
    .join('; ');
}

/**
 * The rows of the reading list's CSV: one per study, in export order (every saved study, and every study of every
 * saved claim), with its key, authors, year, title, journal, DOI and PMID, and, when it was saved with claims, the
 * claims (their titles and ids) and its stance on each; several claims share a cell, separated by "; ", in the same
 * order in each column. A study no longer on the site keeps the row, with what the list itself knows of it.
 */
export function readingListRows(entries: SavedEntry[], keys: readonly string[], studies: readonly CslStudy[], claims: readonly ClaimStances[]): string[][] {
  const studyById = new Map(studies.map((study) => [study.id, study]));
  const claimById = new Map(claims.map((claim) => [claim.id, claim]));
  const savedWith = new Map<string, { title: string; id: string; stance: string }[]>();
  for (const entry of entries) {
    if (entry.kind !== 'claim') continue;
    const claim = claimById.get(entry.id);
    for (const key of entry.refs ?? []) {
      const stances = [...new Set(claim?.evidence.filter((item) => item.reference === key).map((item) => item.stance) ?? [])];
      const list = savedWith.get(key) ?? [];
      list.push({ title: claim?.title ?? entry.title, id: entry.id, stance: stances.join(' and ') });
      savedWith.set(key, list);
    }
  }
  const savedStudy = new Map(entries.filter((entry) => entry.kind === 'study').map((entry) => [entry.id, entry]));
  return keys.map((key) => {
    const study = studyById.get(key);
    const saved = savedStudy.get(key);
    const year = study?.issued?.['date-parts']?.[0]?.[0];
    const withClaims = savedWith.get(key) ?? [];
    return [
      key,
      authorNames(study?.author),
      year === undefined ? '' : String(year),
      study?.title ?? saved?.title ?? '',
      study?.['container-title'] ?? '',
      study?.DOI ?? saved?.doi ?? '',
      study?.PMID ?? saved?.pmid ?? '',
      withClaims.map((claim) => claim.title).join('; '),
      withClaims.map((claim) => claim.id).join('; '),
      withClaims.map((claim) => claim.stance).join('; '),
    ];
  });
}

/** The reading list as CSV (see readingListRows); `keys` are its studies in export order (reading-list-store exportKeys). */
export function readingListCsv(entries: SavedEntry[], keys: readonly string[], studies: readonly CslStudy[], claims: readonly ClaimStances[]): string {
  return toCsv([READING_LIST_CSV_HEADER, ...readingListRows(entries, keys, studies, claims)]);
}
