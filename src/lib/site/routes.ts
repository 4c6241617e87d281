/** Every address on the site, built in one place so the site works under any base path (BASE_PATH). */

export type Download =
  | 'references.bib'
  | 'references.biblatex.bib'
  | 'references.ris'
  | 'references.json'
  | 'claims.json'
  | 'claims.csv'
  | 'trials.csv'
  | 'network.json'
  | 'network.graphml'
  | 'network.sif';

/** Joins a base path and a site-relative path ("claims/x/" or "/claims/x/"). */
function withBase(base: string, path: string): string {
  return (base.endsWith('/') ? base : `${base}/`) + path.replace(/^\/+/, '');
}

/** The route table for a base path: pages, endpoints and downloads. */
export function siteRoutes(base: string) {
  const at = (path: string) => withBase(base, path);
  return {
    home: () => at('/'),
    review: () => at('/review/'),
    claims: () => at('/claims/'),
    claim: (id: string) => at(`/claims/${id}/`),
    claimBib: (id: string) => at(`/claims/${id}.bib`),
    references: () => at('/references/'),
    reference: (key: string) => at(`/references/${key}/`),
    referenceBib: (key: string) => at(`/references/${key}.bib`),
    pathways: () => at('/pathways/'),
    pathway: (id: string) => at(`/pathways/${id}/`),
    drugs: () => at('/drugs/'),
    drug: (id: string) => at(`/drugs/${id}/`),
    trials: () => at('/trials/'),
    trial: (id: string) => at(`/trials/${id}/`),
    section: (id: string) => at(`/sections/${id}/`),
    search: (params?: Record<string, string>) => at(`/search/${params ? `?${new URLSearchParams(params)}` : ''}`),
    /** The directory of the search index files (see lib/search/index-format.ts indexFiles). */
    searchDir: () => at('/search/'),
    searchBibtex: () => at('/search/bibtex.json'),
    searchRis: () => at('/search/ris.json'),
    readingList: () => at('/reading-list/'),
    about: () => at('/about/'),
    evidence: () => at('/evidence/'),
    since2013: () => at('/since-2013/'),
    download: (file: Download) => at(`/${file}`),
    asset: (path: string) => at(path),
  };
}
export type Routes = ReturnType<typeof siteRoutes>;

/** The routes of the site being built (Astro's configured base). */
export const routes: Routes = siteRoutes(import.meta.env?.BASE_URL ?? '/');

export function doiUrl(doi: string): string {
  return `https://doi.org/${doi}`;
}

export function pubmedUrl(pmid: string): string {
  return `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`;
}

export function pmcUrl(pmcid: string): string {
  return `https://pmc.ncbi.nlm.nih.gov/articles/${pmcid}/`;
}

/** The registry's own page for a trial id, where the registry has stable addresses. */
export function registryUrl(registry: string): string | undefined {
  if (registry.startsWith('NCT')) return `https://clinicaltrials.gov/study/${registry}`;
  if (registry.startsWith('ISRCTN')) return `https://www.isrctn.com/${registry}`;
  if (registry.startsWith('EudraCT ')) return `https://www.clinicaltrialsregister.eu/ctr-search/search?query=${registry.slice('EudraCT '.length)}`;
  return undefined;
}
