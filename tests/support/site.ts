import type { APIRequestContext } from '@playwright/test';

/** One record of /claims.json, as the browser tests read it. */
export interface ClaimRecord {
  id: string;
  url: string;
  title: string;
  statement: string;
  type: 'mechanism' | 'prognostic' | 'predictive' | 'therapeutic' | 'descriptive';
  references: string[];
  drugs: { id: string; name: string }[];
  pathways: { id: string; label: string }[];
  trials: string[];
  section: string;
  tests: string[];
  testedBy: string[];
  seeAlso: string[];
  level: string;
  consensus: string;
  consensusStudies: number;
  status: 'confirmed' | 'refined' | 'contradicted' | 'no-later-study';
  statusNote?: string;
  statusStudy?: string;
  evidence: {
    id: string;
    reference: string;
    stance: string;
    reason?: string;
    design: string;
    era: string;
    level: string;
    n?: number | string;
    retracted?: true;
    endpoint?: string;
    measure?: string;
    estimate?: number;
    low?: number;
    high?: number;
  }[];
}

/** The site's words for a claim's status and consensus, as pages show them (src/lib/site/labels.ts). */
export const statusLabels = { confirmed: 'Confirmed', refined: 'Refined', contradicted: 'Contradicted', 'no-later-study': 'No later study recorded' } as const;
const consensusLabels: Record<string, string> = {
  'no-primary-study': 'No primary study',
  'single-study': 'Single study',
  consistent: 'Consistent',
  mixed: 'Mixed',
  contested: 'Contested',
};
/** "Consistent · 4 studies", "Single study": a consensus is always shown with its count. */
export function consensusText(claim: Pick<ClaimRecord, 'consensus' | 'consensusStudies'>): string {
  const label = consensusLabels[claim.consensus];
  return claim.consensus === 'single-study' || claim.consensus === 'no-primary-study' ? label : `${label} · ${claim.consensusStudies} studies`;
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
