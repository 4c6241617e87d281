import type { Corpus } from '../content/corpus';
import { evidenceKinds, type EvidenceKind } from '../../schemas/common';

/** Pathways × drugs: how many claims involve both, for the evidence map's matrix. */
export interface Matrix {
  pathways: { id: string; label: string }[];
  drugs: { id: string; name: string }[];
  counts: number[][];
  max: number;
}

export function pathwayDrugMatrix(corpus: Corpus): Matrix {
  const drugs = corpus.namedDrugs;
  const pathways = corpus.pathways.filter((p) => p.claims.some((c) => c.drugs.length > 0));
  const counts = pathways.map((p) => drugs.map((d) => p.claims.filter((c) => c.drugs.includes(d)).length));
  return {
    pathways: pathways.map((p) => ({ id: p.id, label: p.label })),
    drugs: drugs.map((d) => ({ id: d.id, name: d.name })),
    counts,
    max: Math.max(1, ...counts.flat()),
  };
}

/** Shade level 0–5 of a matrix cell, so colour intensity follows the count (the number is always printed too). */
export function shade(count: number, max: number): number {
  return count === 0 ? 0 : Math.max(1, Math.ceil((count / max) * 5));
}

export interface TimelineYear {
  year: number;
  counts: Record<EvidenceKind, number>;
  total: number;
}

/** Claims by the publication year of the studies they cite, split by kind of evidence; a claim counts once per year it cites. */
export function evidenceTimeline(corpus: Corpus): TimelineYear[] {
  const byYear = new Map<number, Record<EvidenceKind, number>>();
  for (const claim of corpus.claims) {
    const years = new Set(claim.references.map((ref) => ref.year));
    for (const year of years) {
      const counts = byYear.get(year) ?? (Object.fromEntries(evidenceKinds.map((k) => [k, 0])) as Record<EvidenceKind, number>);
      counts[claim.evidence]++;
      byYear.set(year, counts);
    }
  }
  const years = [...byYear.keys()];
  const timeline: TimelineYear[] = [];
  for (let year = Math.min(...years); year <= Math.max(...years); year++) {
    const counts = byYear.get(year) ?? (Object.fromEntries(evidenceKinds.map((k) => [k, 0])) as Record<EvidenceKind, number>);
    timeline.push({ year, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) });
  }
  return timeline;
}
