import type { Citable } from '../citations/csl';
import { doiUrl, pubmedUrl } from './routes';

/** schema.org JSON-LD for search engines and reference tools. */

export function scholarlyArticle(ref: Citable, url?: string): Record<string, unknown> {
  const [year, month, day] = ref.issued['date-parts'][0];
  return {
    '@type': 'ScholarlyArticle',
    ...(url ? { url } : {}),
    headline: ref.title,
    name: ref.title,
    author: ref.author.map((a) =>
      'literal' in a ? { '@type': 'Organization', name: a.literal } : { '@type': 'Person', familyName: a.family, ...(a.given ? { givenName: a.given } : {}) },
    ),
    datePublished: [year, month, day]
      .filter((part) => part !== undefined)
      .map((part) => String(part).padStart(2, '0'))
      .join('-'),
    isPartOf: {
      '@type': 'PublicationIssue',
      ...(ref.issue ? { issueNumber: ref.issue } : {}),
      isPartOf: {
        '@type': 'PublicationVolume',
        ...(ref.volume ? { volumeNumber: ref.volume } : {}),
        isPartOf: { '@type': 'Periodical', name: ref['container-title'] },
      },
    },
    ...(ref.page ? { pagination: ref.page } : {}),
    sameAs: [ref.DOI ? doiUrl(ref.DOI) : undefined, ref.PMID ? pubmedUrl(ref.PMID) : undefined].filter(Boolean),
    identifier: [
      ...(ref.DOI ? [{ '@type': 'PropertyValue', propertyID: 'DOI', value: ref.DOI }] : []),
      ...(ref.PMID ? [{ '@type': 'PropertyValue', propertyID: 'PMID', value: ref.PMID }] : []),
    ],
  };
}

/** A claim as schema.org JSON-LD; `url` only when the site's own address is configured. */
export function claimNode(claim: { statement: string }, url: string | undefined, refs: Citable[]): Record<string, unknown> {
  return {
    '@type': 'Claim',
    ...(url ? { url } : {}),
    text: claim.statement,
    citation: refs.map((ref) => scholarlyArticle(ref)),
  };
}

/** JSON text made safe to write inside a script element: "<" is escaped, so no string can close the element. */
export function scriptJson(json: string): string {
  return json.replace(/</g, '\\u003c');
}

/** Serialises JSON-LD for an inline script element. */
export function jsonLd(node: Record<string, unknown>): string {
  return scriptJson(JSON.stringify({ '@context': 'https://schema.org', ...node }));
}
