import type { Corpus } from './corpus';
import { withBase } from './paths';

/** One record of /claims.json; the shape is part of the public contract (DESIGN.md). */
export interface ClaimExport {
  id: string;
  url: string;
  statement: string;
  section: string;
  direction: string;
  evidence: string;
  pathways: { id: string; label: string }[];
  drugs: { id: string; name: string }[];
  trials: string[];
  references: string[];
}

export function claimsExport(corpus: Corpus, base: string): ClaimExport[] {
  return corpus.claims.map((claim) => ({
    id: claim.id,
    url: withBase(base, `/claims/${claim.id}/`),
    statement: claim.statement,
    section: claim.section,
    direction: claim.direction,
    evidence: claim.evidence,
    pathways: claim.pathways.map((id) => ({ id, label: corpus.pathwayById.get(id)!.label })),
    drugs: claim.drugs.map((id) => ({ id, name: corpus.drugById.get(id)!.name })),
    trials: claim.trials,
    references: claim.references,
  }));
}
