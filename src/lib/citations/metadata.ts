import type { CslName } from '../../schemas/bibliographic';
import type { Citable } from './csl';

/** Metadata reference managers read from pages: COinS spans and Highwire citation_* tags. */

function pageRange(page: string | undefined): { first?: string; last?: string } {
  if (!page) return {};
  const [first, last] = page.split(/[-–]/);
  return { first, last };
}

function displayName(name: CslName): string {
  return 'literal' in name ? name.literal : [name.family, name.given].filter(Boolean).join(', ');
}

/** A COinS (OpenURL ContextObject) title attribute, which Zotero's connector reads from a span of class Z3988. */
export function coins(ref: Citable): string {
  const { first, last } = pageRange(ref.page);
  const params = new URLSearchParams({
    ctx_ver: 'Z39.88-2004',
    rft_val_fmt: 'info:ofi/fmt:kev:mtx:journal',
    'rft.genre': 'article',
    'rft.atitle': ref.title,
    'rft.jtitle': ref['container-title'],
    'rft.date': String(ref.issued['date-parts'][0][0]),
  });
  if (ref['container-title-short']) params.append('rft.stitle', ref['container-title-short']);
  if (ref.volume) params.append('rft.volume', ref.volume);
  if (ref.issue) params.append('rft.issue', ref.issue);
  if (first) params.append('rft.spage', first);
  if (last) params.append('rft.epage', last);
  for (const author of ref.author) params.append('rft.au', displayName(author));
  if (ref.DOI) params.append('rft_id', `info:doi/${ref.DOI}`);
  if (ref.PMID) params.append('rft_id', `info:pmid/${ref.PMID}`);
  return params.toString();
}

/** Highwire Press citation_* meta tags: for the review's own page only, where the page is about that article. */
export function highwireTags(ref: Citable): [string, string][] {
  const { first, last } = pageRange(ref.page);
  const tags: [string, string][] = [['citation_title', ref.title]];
  for (const author of ref.author) tags.push(['citation_author', displayName(author)]);
  tags.push(['citation_journal_title', ref['container-title']]);
  if (ref['container-title-short']) tags.push(['citation_journal_abbrev', ref['container-title-short']]);
  tags.push(['citation_publication_date', ref.issued['date-parts'][0].join('/')]);
  if (ref.volume) tags.push(['citation_volume', ref.volume]);
  if (ref.issue) tags.push(['citation_issue', ref.issue]);
  if (first) tags.push(['citation_firstpage', first]);
  if (last) tags.push(['citation_lastpage', last]);
  if (ref.DOI) tags.push(['citation_doi', ref.DOI]);
  if (ref.PMID) tags.push(['citation_pmid', ref.PMID]);
  return tags;
}
