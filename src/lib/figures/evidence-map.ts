import type { Corpus } from '../content/corpus';
import { designs, type Design } from '../../schemas/common';

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
  counts: Record<Design, number>;
  total: number;
}

/** Evidence items by the publication year of their study, split by design. */
export function evidenceTimeline(corpus: Corpus): TimelineYear[] {
  const empty = () => Object.fromEntries(designs.map((d) => [d, 0])) as Record<Design, number>;
  const byYear = new Map<number, Record<Design, number>>();
  for (const item of corpus.items) {
    const counts = byYear.get(item.reference.year) ?? empty();
    counts[item.design]++;
    byYear.set(item.reference.year, counts);
  }
  const years = [...byYear.keys()];
  const timeline: TimelineYear[] = [];
  for (let year = Math.min(...years); year <= Math.max(...years); year++) {
    const counts = byYear.get(year) ?? empty();
    timeline.push({ year, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) });
  }
  return timeline;
}
