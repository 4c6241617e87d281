import type { APIRequestContext } from '@playwright/test';

/** One record of /claims.json, as the browser tests read it. */
export interface ClaimRecord {
  id: string;
  url: string;
  title: string;
  statement: string;
  references: string[];
  drugs: { id: string }[];
  pathways: { id: string }[];
  trials: string[];
  section: string;
  level: string;
  consensus: string;
  status: string;
  evidence: { id: string; reference: string; stance: string; design: string; era: string; n?: number | string }[];
}

export async function claimRecords(request: APIRequestContext): Promise<ClaimRecord[]> {
  return (await request.get('claims.json')).json();
}

/** One page of every kind on a built site, named, chosen from the corpus itself. */
export async function pageKinds(request: APIRequestContext): Promise<[string, string][]> {
  const claims = await claimRecords(request);
  const claim = claims.find((c) => c.trials.length > 0 && c.drugs.length > 0 && c.evidence.some((item) => item.stance === 'contradicts')) ?? claims[0];
  return [
    ['home', '/'],
    ['review', '/review/'],
    ['claims', '/claims/'],
    ['claim', new URL(claim.url, 'http://x').pathname],
    ['references', '/references/'],
    ['reference', `/references/${claim.references[0]}/`],
    ['pathways', '/pathways/'],
    ['pathway', `/pathways/${claim.pathways[0].id}/`],
    ['drugs', '/drugs/'],
    ['drug', `/drugs/${claim.drugs[0].id}/`],
    ['trials', '/trials/'],
    ['trial', `/trials/${claim.trials[0]}/`],
    ['section', `/sections/${claim.section}/`],
    ['evidence', '/evidence/'],
    ['search', '/search/?q=tamoxifen'],
    ['since-2013', '/since-2013/'],
    ['reading-list', '/reading-list/'],
    ['about', '/about/'],
    ['not-found', '/no-such-page/'],
  ];
}
