import type { Claim, Corpus, EvidenceItem } from '../content/corpus';
import { statuses, type Status } from '../../schemas/common';

/** The evidence since 2013 as pages show it: claims by status, each claim's decisive later study, what changed most. */

export function laterItems(claim: Claim): EvidenceItem[] {
  return claim.evidence.filter((item) => item.era === 'later');
}

/** Claims grouped by status, in the order statuses are explained (confirmed first), each group in outline order. */
export function claimsByStatus(corpus: Corpus): { status: Status; claims: Claim[] }[] {
  return statuses.map((status) => ({ status, claims: corpus.claims.filter((claim) => claim.status.value === status) }));
}

/**
 * The claims whose standing changed most since the review: contradicted before refined, and within each the ones with
 * the most later findings that weigh against them.
 */
export function changedMost(corpus: Corpus, limit: number): Claim[] {
  const rank: Partial<Record<Status, number>> = { contradicted: 0, refined: 1 };
  const against = (claim: Claim) => laterItems(claim).filter((item) => item.stance === 'contradicts' || item.stance === 'mixed').length;
  return corpus.claims
    .filter((claim) => rank[claim.status.value] !== undefined)
    .sort((a, b) => rank[a.status.value]! - rank[b.status.value]! || against(b) - against(a) || a.id.localeCompare(b.id))
    .slice(0, limit);
}
