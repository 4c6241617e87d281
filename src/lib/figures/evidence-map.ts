import type { Corpus } from '../content/corpus';
import { designs, type Design } from '../../schemas/common';
import { drugClasses, type DrugClass } from '../../schemas/vocab';

/** Pathways × drugs: how many claims involve both, for the evidence map's matrix. */
export interface Matrix {
  pathways: { id: string; label: string }[];
  /** In drug-class order, so a class's drugs sit side by side. */
  drugs: { id: string; name: string; class: DrugClass }[];
  counts: number[][];
  max: number;
}

/** The matrix without empty rows or columns: every pathway and drug shown meets at least one claim. */
export function pathwayDrugMatrix(corpus: Corpus): Matrix {
  const classOrder = Object.keys(drugClasses);
  const allDrugs = [...corpus.namedDrugs].sort((a, b) => classOrder.indexOf(a.class) - classOrder.indexOf(b.class));
  const all = corpus.pathways.map((p) => allDrugs.map((d) => p.claims.filter((c) => c.drugs.includes(d)).length));
  const rows = corpus.pathways.map((_, r) => r).filter((r) => all[r].some((n) => n > 0));
  const cols = allDrugs.map((_, c) => c).filter((c) => rows.some((r) => all[r][c] > 0));
  const counts = rows.map((r) => cols.map((c) => all[r][c]));
  return {
    pathways: rows.map((r) => ({ id: corpus.pathways[r].id, label: corpus.pathways[r].label })),
    drugs: cols.map((c) => ({ id: allDrugs[c].id, name: allDrugs[c].name, class: allDrugs[c].class })),
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

/**
 * Evidence items by the publication year of their study, split by design, for every year from the first study to the
 * latest year anything was published or the review appeared, so gaps show as gaps.
 */
export function evidenceTimeline(corpus: Corpus): TimelineYear[] {
  const empty = () => Object.fromEntries(designs.map((d) => [d, 0])) as Record<Design, number>;
  const byYear = new Map<number, Record<Design, number>>();
  for (const item of corpus.items) {
    const counts = byYear.get(item.reference.year) ?? empty();
    counts[item.design]++;
    byYear.set(item.reference.year, counts);
  }
  const years = [...byYear.keys(), corpus.review.year];
  const timeline: TimelineYear[] = [];
  for (let year = Math.min(...years); year <= Math.max(...years); year++) {
    const counts = byYear.get(year) ?? empty();
    timeline.push({ year, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) });
  }
  return timeline;
}

/** Round steps for a count axis: 0 to at least `max`, in steps of 1, 2, 5, 10… giving at most `most` ticks above 0. */
export function axisTicks(max: number, most = 5): number[] {
  const step = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500].find((s) => Math.ceil(max / s) <= most) ?? Math.ceil(max / most);
  const top = Math.max(step, Math.ceil(max / step) * step);
  return Array.from({ length: top / step + 1 }, (_, i) => i * step);
}
