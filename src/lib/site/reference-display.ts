import type { CslName } from '../../schemas/bibliographic';
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
