import type { CslName } from '../../schemas/bibliographic';
import type { ReferenceData } from '../../schemas/reference';
import type { Citable } from '../citations/csl';
import { doiUrl, pmcUrl, pubmedUrl } from './routes';

/** How a study's record reads on its page: names in reading order and the best place to read its abstract. */

/** "Grazia Arpino", "Rachel Schiff", or a group name as written. */
export function readingName(name: CslName): string {
  return 'literal' in name ? name.literal : [name.given, name.family, name.suffix].filter(Boolean).join(' ');
}

/** "Arpino", or "Arpino et al." for more than one author. */
export function firstAuthorShort(authors: CslName[]): string {
  const first = authors[0];
  const family = 'literal' in first ? first.literal : first.family;
  return authors.length > 1 ? `${family} et al.` : family;
}

/** PubMed first (it carries the abstract), then PMC, then the publisher through the DOI. */
export function abstractUrl(ref: Pick<Citable, 'PMID' | 'PMCID' | 'DOI' | 'URL'>): string | undefined {
  if (ref.PMID) return pubmedUrl(ref.PMID);
  if (ref.PMCID) return pmcUrl(ref.PMCID);
  if (ref.DOI) return doiUrl(ref.DOI);
  return ref.URL;
}

// One formatter for the whole build: toLocaleDateString makes a new one per call, which cost 8 s over a 10,000-claim site.
const readerDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A check date as readers write it: 3 December 2026. */
export function readableDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return readerDate.format(new Date(Date.UTC(year, month - 1, day)));
}

/**
 * What a reader can check the record against: the canonical PubMed, PMC or DOI record the curator matched. The page
 * the curator happened to read (possibly a mirror) is a working note and never shown.
 */
export function provenance(record: Pick<ReferenceData, 'verified' | 'PMID' | 'PMCID' | 'DOI' | 'URL'>): { label: string; url?: string; date: string } {
  const date = readableDate(record.verified.date);
  switch (record.verified.against) {
    case 'pubmed':
      return { label: `PubMed (PMID ${record.PMID})`, url: pubmedUrl(record.PMID!), date };
    case 'pmc':
      return { label: `PubMed Central (${record.PMCID})`, url: pmcUrl(record.PMCID!), date };
    case 'publisher':
      return record.DOI
        ? { label: `the publisher's record (DOI ${record.DOI})`, url: doiUrl(record.DOI), date }
        : { label: "the publisher's page", url: record.URL, date };
    case 'citation':
      return { label: 'its published citation (no PubMed, PMC or DOI record was available to us)', date };
  }
}
