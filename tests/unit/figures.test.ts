import { describe, expect, it } from 'vitest';
import { loadCorpusDir } from '../../src/lib/content/load';
import type { Corpus } from '../../src/lib/content/corpus';
import { buildDiagram, MIN_DRAWN_CLAIMS, sideOrder } from '../../src/lib/figures/diagram';
import { layoutDiagram, roundedPath, titleLines, TITLE_SIZE, type Point } from '../../src/lib/figures/diagram-layout';
import { axisTicks, evidenceTimeline, pathwayDrugMatrix } from '../../src/lib/figures/evidence-map';
import { textWidth } from '../../src/lib/figures/text-width';
import { siteCorpusDir } from '../support/fixtures';
import { syntheticCorpusAt } from '../support/synthetic';

function corpusAt(dir: string): Corpus {
  const result = loadCorpusDir(dir);
  if (!result.ok) throw new Error('fixture must be valid');
  return result.corpus;
}

const site = corpusAt(siteCorpusDir);

/** Whether the segment from a to b (horizontal or vertical, as ELK's orthogonal routes are) enters the box's inside. */
function entersBox(a: Point, b: Point, box: { x: number; y: number; width: number; height: number }): boolean {
  const inset = 0.5;
  const [x1, x2] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
  const [y1, y2] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
  return x2 > box.x + inset && x1 < box.x + box.width - inset && y2 > box.y + inset && y1 < box.y + box.height - inset;
}

describe('the crosstalk diagram', () => {
  const diagram = buildDiagram(site);

  it('joins nodes on different sides only, each pair once, drawn the way most of its claims run', () => {
    const pairs = diagram.edges.map((e) => [e.from.pathway.id, e.to.pathway.id].sort().join('+'));
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const edge of diagram.edges) {
      expect(edge.from.pathway.side).not.toBe(edge.to.pathway.side);
      const counts = { 'er-to-her2': 0, 'her2-to-er': 0, bidirectional: 0, 'single-pathway': 0 };
      for (const claim of edge.claims) counts[claim.direction]++;
      expect(counts['single-pathway']).toBe(0);
      // A tie between the two ways reads as both ways.
      if (counts['er-to-her2'] === counts['her2-to-er'] && counts['er-to-her2'] > counts.bidirectional) expect(edge.direction).toBe('bidirectional');
      else expect(counts[edge.direction]).toBe(Math.max(counts['er-to-her2'], counts['her2-to-er'], counts.bidirectional));
      // HER2 → ER edges start on the side nearer HER, ER → HER2 edges on the side nearer ER.
      if (edge.direction === 'her2-to-er') expect(sideOrder[edge.from.pathway.side]).toBeGreaterThan(sideOrder[edge.to.pathway.side]);
      if (edge.direction === 'er-to-her2') expect(sideOrder[edge.from.pathway.side]).toBeLessThan(sideOrder[edge.to.pathway.side]);
      expect(edge.id).toBe(`${edge.from.pathway.id}>${edge.to.pathway.id}`);
      expect(Object.values(edge.consensusCounts).reduce((a, b) => a + b, 0)).toBe(edge.claims.length);
      expect(edge.consensusCounts[edge.consensus]).toBe(Math.max(...Object.values(edge.consensusCounts)));
    }
  });

  it('draws every drug only under a node it targets, and chemotherapy under none', () => {
    for (const node of diagram.nodes) {
      for (const drug of node.drugs) {
        const record = site.drugById.get(drug.id)!;
        expect(record.targets.map((t) => t.id), drug.id).toContain(node.pathway.id);
        expect(record.class).not.toBe('chemotherapy');
      }
    }
    const lapatinib = diagram.nodes.filter((n) => n.drugs.some((d) => d.id === 'lapatinib')).map((n) => n.pathway.id);
    expect(lapatinib.sort()).toEqual(['egfr', 'her2']);
  });

  it('breaks a long label before its parenthesis and keeps a short one whole', () => {
    expect(titleLines('Membrane ER (non-genomic)')).toEqual(['Membrane ER', '(non-genomic)']);
    expect(titleLines('HER2')).toEqual(['HER2']);
    expect(textWidth('Membrane ER', TITLE_SIZE, 'bold')).toBeGreaterThan(textWidth('Membrane ER', TITLE_SIZE));
  });

  for (const [name, corpus] of [
    ['the site fixture', site],
    ['a synthetic corpus of 400 claims', syntheticCorpusAt(400, 7)],
  ] as const) {
    it(`lays out ${name} in three columns with no line through a node it does not connect and text inside its box`, async () => {
      const built = buildDiagram(corpus);
      const drawn = built.edges.filter((e) => e.claims.length >= MIN_DRAWN_CLAIMS);
      const layout = await layoutDiagram(built, drawn);
      expect(layout.edges).toHaveLength(drawn.length);
      // Columns: every ER node left of every shared node, every shared node left of every HER node.
      const right = (side: string) => Math.max(...layout.nodes.filter((n) => n.node.pathway.side === side).map((n) => n.x + n.width));
      const left = (side: string) => Math.min(...layout.nodes.filter((n) => n.node.pathway.side === side).map((n) => n.x));
      expect(right('er')).toBeLessThan(left('shared'));
      expect(right('shared')).toBeLessThan(left('her'));
      for (const { edge, points } of layout.edges) {
        expect(points[0].x === points.at(-1)!.x && points[0].y === points.at(-1)!.y).toBe(false);
        for (const placed of layout.nodes) {
          if (placed === undefined || placed.node === edge.from || placed.node === edge.to) continue;
          for (let i = 1; i < points.length; i++) expect(entersBox(points[i - 1], points[i], placed), `${edge.id} through ${placed.node.pathway.id}`).toBe(false);
        }
      }
      for (const placed of layout.nodes) {
        for (const line of placed.title) expect(line.width).toBeLessThanOrEqual(placed.width - 2 * 12);
        for (const drug of placed.drugs) {
          expect(drug.x).toBeGreaterThanOrEqual(placed.x);
          expect(drug.x + drug.width).toBeLessThanOrEqual(placed.x + placed.width);
          expect(drug.y).toBeLessThanOrEqual(placed.y + placed.height);
        }
      }
    });
  }

  it('rounds corners without leaving the route', () => {
    const d = roundedPath([{ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 100, y: 50 }]);
    expect(d).toBe('M0,0 L92,0 Q100,0 100,8 L100,50');
  });
});

describe('the evidence map', () => {
  it('has no empty row or column', () => {
    const matrix = pathwayDrugMatrix(site);
    expect(matrix.counts.every((row) => row.some((n) => n > 0))).toBe(true);
    expect(matrix.drugs.every((_, c) => matrix.counts.some((row) => row[c] > 0))).toBe(true);
    expect(matrix.drugs.some((d) => d.class === 'chemotherapy' && site.drugById.get(d.id)!.claims.length === 0)).toBe(false);
  });

  it('runs the timeline from the first study to the latest year, counting every finding once', () => {
    const timeline = evidenceTimeline(site);
    const years = site.items.map((item) => item.reference.year);
    expect(timeline[0].year).toBe(Math.min(...years));
    expect(timeline.at(-1)!.year).toBe(Math.max(...years, site.review.year));
    expect(timeline.map((y) => y.year)).toEqual(timeline.map((_, i) => timeline[0].year + i));
    expect(timeline.reduce((sum, y) => sum + y.total, 0)).toBe(site.items.length);
  });

  it('picks round axis ticks covering the tallest bar', () => {
    expect(axisTicks(13)).toEqual([0, 5, 10, 15]);
    expect(axisTicks(4)).toEqual([0, 1, 2, 3, 4]);
    expect(axisTicks(1)).toEqual([0, 1]);
    expect(axisTicks(230)).toEqual([0, 50, 100, 150, 200, 250]);
  });
});
