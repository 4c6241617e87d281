/** URL helpers: every internal link goes through here so the site works under any base path. */

function normaliseBase(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** Joins the configured base path and a site-relative path ("claims/x/" or "/claims/x/"). */
export function withBase(base: string, path: string): string {
  return normaliseBase(base) + path.replace(/^\/+/, '');
}

export function url(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

export const routes = {
  home: () => url('/'),
  review: () => url('/review/'),
  claims: () => url('/claims/'),
  claim: (id: string) => url(`/claims/${id}/`),
  claimBib: (id: string) => url(`/claims/${id}.bib`),
  references: () => url('/references/'),
  reference: (key: string) => url(`/references/${key}/`),
  referenceBib: (key: string) => url(`/references/${key}.bib`),
  pathways: () => url('/pathways/'),
  pathway: (id: string) => url(`/pathways/${id}/`),
  drugs: () => url('/drugs/'),
  drug: (id: string) => url(`/drugs/${id}/`),
  trials: () => url('/trials/'),
  trial: (id: string) => url(`/trials/${id}/`),
  section: (id: string) => url(`/sections/${id}/`),
  search: (params?: Record<string, string>) => url(`/search/${params ? `?${new URLSearchParams(params)}` : ''}`),
  about: () => url('/about/'),
  evidence: () => url('/evidence/'),
  download: (file: 'references.bib' | 'references.biblatex.bib' | 'references.ris' | 'references.json' | 'claims.json' | 'claims.csv') => url(`/${file}`),
};

export function doiUrl(doi: string): string {
  return `https://doi.org/${doi}`;
}

export function pubmedUrl(pmid: string): string {
  return `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`;
}

export function pmcUrl(pmcid: string): string {
  return `https://pmc.ncbi.nlm.nih.gov/articles/${pmcid}/`;
}
