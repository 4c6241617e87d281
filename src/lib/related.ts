import type { Claim, Corpus } from './corpus';

/** Claims sharing the most drugs and pathways with a claim (drugs count double: they are the more specific link). */
export function relatedClaims(corpus: Corpus, claim: Claim, limit = 5): Claim[] {
  const scores = new Map<Claim, number>();
  const add = (others: Claim[] | undefined, weight: number) => {
    for (const other of others ?? []) if (other !== claim) scores.set(other, (scores.get(other) ?? 0) + weight);
  };
  for (const drug of claim.drugs) add(corpus.claimsByDrug.get(drug), 2);
  for (const pathway of claim.pathways) add(corpus.claimsByPathway.get(pathway), 1);
  return [...scores.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].id.localeCompare(b[0].id))
    .slice(0, limit)
    .map(([other]) => other);
}
