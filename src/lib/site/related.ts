import type { Claim, Corpus } from '../content/corpus';

interface RelatedIndex {
  position: Map<Claim, number>;
  claimsByDrug: Map<string, Int32Array>;
  claimsByPathway: Map<string, Int32Array>;
  /** Each claim's place in id order, so ties are broken by comparing numbers, not strings. */
  idRank: Int32Array;
  /** Scratch scores, one slot per claim, reset after each use. */
  scores: Int32Array;
}

const indexes = new WeakMap<Corpus, RelatedIndex>();

function positions(entities: { id: string; claims: Claim[] }[], position: Map<Claim, number>): Map<string, Int32Array> {
  return new Map(entities.map((entity) => [entity.id, Int32Array.from(entity.claims, (claim) => position.get(claim)!)]));
}

function relatedIndex(corpus: Corpus): RelatedIndex {
  let index = indexes.get(corpus);
  if (!index) {
    const position = new Map(corpus.claims.map((claim, i) => [claim, i]));
    const idRank = new Int32Array(corpus.claims.length);
    corpus.claims
      .map((claim, i) => [claim.id, i] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .forEach(([, i], rank) => (idRank[i] = rank));
    index = {
      position,
      idRank,
      claimsByDrug: positions(corpus.drugs, position),
      claimsByPathway: positions(corpus.pathways, position),
      scores: new Int32Array(corpus.claims.length),
    };
    indexes.set(corpus, index);
  }
  return index;
}

/**
 * Claims sharing the most drugs and pathways with a claim (drugs count double: they are the more specific link),
 * ties broken by id, leaving out those the claim already links to (tests, tested by, see also). Every claim page asks, and a pathway may be shared by thousands of claims, so scores are
 * summed in a flat array and only the best few are kept, never a sorted list of every candidate.
 */
export function relatedClaims(corpus: Corpus, claim: Claim, limit = 5): Claim[] {
  const { position, claimsByDrug, claimsByPathway, idRank, scores } = relatedIndex(corpus);
  const left = new Set([claim, ...claim.tests, ...claim.testedBy, ...claim.seeAlso].map((other) => position.get(other)!));
  const touched: number[] = [];
  const add = (others: Int32Array | undefined, weight: number) => {
    for (const other of others ?? []) {
      if (left.has(other)) continue;
      if (scores[other] === 0) touched.push(other);
      scores[other] += weight;
    }
  };
  for (const drug of claim.drugs) add(claimsByDrug.get(drug.id), 2);
  for (const pathway of claim.pathways) add(claimsByPathway.get(pathway.id), 1);

  const before = (a: number, b: number) => scores[a] > scores[b] || (scores[a] === scores[b] && idRank[a] < idRank[b]);
  const best: number[] = [];
  for (const candidate of touched) {
    if (best.length === limit && !before(candidate, best[limit - 1])) continue;
    let at = best.length;
    while (at > 0 && before(candidate, best[at - 1])) at--;
    best.splice(at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  for (const other of touched) scores[other] = 0;
  return best.map((i) => corpus.claims[i]);
}
