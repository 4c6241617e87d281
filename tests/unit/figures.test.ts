import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cytoscape from 'cytoscape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpusDir } from '../../src/lib/content/load';
import type { Corpus } from '../../src/lib/content/corpus';
import { buildDiagram, mechanismTag, neighbours, sideOrder, type Diagram } from '../../src/lib/figures/diagram';
import { layoutDiagram, LABEL, roundedPath, titleLines, TITLE_SIZE, type Point } from '../../src/lib/figures/diagram-layout';
import { axisTicks, evidenceTimeline, pathwayDrugMatrix } from '../../src/lib/figures/evidence-map';
import { layoutForest, percent, type ForestInput } from '../../src/lib/figures/forest';
import { cytoscapeNetwork, graphml, sif } from '../../src/lib/figures/network-export';
import { textWidth } from '../../src/lib/figures/text-width';
import { goodCorpus, siteCorpusDir } from '../support/fixtures';

function corpusAt(dir: string): Corpus {
  const result = loadCorpusDir(dir);
  if (!result.ok) throw new Error(`${dir} must be valid`);
  return result.corpus;
}

const good = corpusAt(goodCorpus);
const site = corpusAt(siteCorpusDir);
const real = corpusAt('content');
const corpora = [
  ['the good fixture', good],
  ['the site fixture', site],
  ['the real corpus', real],
] as const;

/** Whether the segment from a to b (horizontal or vertical, as ELK's orthogonal routes are) enters the box's inside. */
function entersBox(a: Point, b: Point, box: { x: number; y: number; width: number; height: number }): boolean {
  const inset = 0.5;
  const [x1, x2] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
  const [y1, y2] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
  return x2 > box.x + inset && x1 < box.x + box.width - inset && y2 > box.y + inset && y1 < box.y + box.height - inset;
}

/** Whether a point lies on the polyline (within half a unit). */
function onRoute(p: Point, points: Point[]): boolean {
  return points.slice(1).some((b, i) => {
    const a = points[i];
    const within = (v: number, u: number, w: number) => v >= Math.min(u, w) - 0.5 && v <= Math.max(u, w) + 0.5;
    return within(p.x, a.x, b.x) && within(p.y, a.y, b.y) && (Math.abs(a.x - b.x) < 0.5 || Math.abs(a.y - b.y) < 0.5);
  });
}

describe('the crosstalk network is drawn from curated interactions, nothing else', () => {
  for (const [name, corpus] of corpora) {
    const diagram = buildDiagram(corpus);

    it(`${name}: one edge per interaction record, signed and directed as recorded`, () => {
      expect(diagram.edges.map((e) => e.id).sort()).toEqual(corpus.interactions.map((x) => x.id).sort());
      for (const edge of diagram.edges) {
        const { interaction } = edge;
        expect(edge.ends).toBe(`${interaction.source.id}>${interaction.target.id}`);
        expect(edge.from.pathway).toBe(interaction.source);
        expect(edge.to.pathway).toBe(interaction.target);
        expect(['activates', 'inhibits']).toContain(interaction.effect);
        expect(interaction.claims.length).toBeGreaterThan(0);
        for (const claim of interaction.claims) expect(claim.type, `${edge.id} rests on ${claim.id}`).toBe('mechanism');
      }
    });

    it(`${name}: both crosstalk directions, and every node drawn has an interaction`, () => {
      const ways = new Set(diagram.edges.map((e) => e.interaction.way));
      expect(ways.has('her-to-er') && ways.has('er-to-her'), [...ways].join(', ')).toBe(true);
      const ends = new Set(diagram.edges.flatMap((e) => [e.from.pathway.id, e.to.pathway.id]));
      expect(diagram.nodes.map((n) => n.pathway.id).sort()).toEqual([...ends].sort());
      // Nodes read from the ER side to the HER side.
      const sides = diagram.nodes.map((n) => sideOrder[n.pathway.side]);
      expect(sides).toEqual([...sides].sort((a, b) => a - b));
    });

    it(`${name}: each drug sits only under a node it targets, never chemotherapy, and only drugs some claim names`, () => {
      for (const node of diagram.nodes) {
        for (const drug of node.drugs) {
          const record = corpus.drugById.get(drug.id)!;
          expect(
            record.targets.map((t) => t.id),
            drug.id,
          ).toContain(node.pathway.id);
          expect(record.class).not.toBe('chemotherapy');
          expect(record.claims.length).toBeGreaterThan(0);
        }
      }
    });
  }

  it('keeps two interactions between one pair of nodes as two edges, each with its own route', async () => {
    const diagram = buildDiagram(good);
    const parallel = diagram.edges.filter((e) => e.ends === 'pi3k-akt-mtor>er-genomic');
    expect(parallel.map((e) => e.id).sort()).toEqual(['akt-lowers-er', 'akt-phosphorylates-er-ser167']);
    expect(parallel.map((e) => e.interaction.effect).sort()).toEqual(['activates', 'inhibits']);
    const layout = await layoutDiagram(diagram);
    const routes = layout.edges.filter((e) => parallel.includes(e.edge)).map((e) => JSON.stringify(e.points));
    expect(routes).toHaveLength(2);
    expect(routes[0]).not.toBe(routes[1]);
    // A node's neighbours count each neighbour once, however many lines join them.
    expect([...neighbours(diagram.edges).get('pi3k-akt-mtor')!]).toEqual(['er-genomic']);
  });

  it('tags each line with its mechanism: a phosphorylation by its site', () => {
    expect(mechanismTag({ mechanism: 'phosphorylation', site: 'ERα Ser118' })).toBe('pS118');
    expect(mechanismTag({ mechanism: 'phosphorylation', site: 'ERα Ser-167' })).toBe('pS167');
    expect(mechanismTag({ mechanism: 'phosphorylation', site: 'Tyr 537' })).toBe('pY537');
    expect(mechanismTag({ mechanism: 'phosphorylation' })).toBe('P');
    expect(mechanismTag({ mechanism: 'transcription' })).toBe('Tx');
    expect(mechanismTag({ mechanism: 'binding' })).toBe('Bind');
  });
});

describe('the crosstalk layout', () => {
  for (const [name, corpus] of corpora) {
    it(`${name}: ER side above the shared cascades above the HER side, no line through a node it does not connect, text inside its box, each tag on its own line`, async () => {
      const built = buildDiagram(corpus);
      const layout = await layoutDiagram(built);
      expect(layout.edges.map((e) => e.edge)).toEqual(built.edges);
      const bottom = (side: string) => Math.max(...layout.nodes.filter((n) => n.node.pathway.side === side).map((n) => n.y + n.height));
      const top = (side: string) => Math.min(...layout.nodes.filter((n) => n.node.pathway.side === side).map((n) => n.y));
      const present = (['er', 'shared', 'her'] as const).filter((side) => layout.nodes.some((n) => n.node.pathway.side === side));
      for (let i = 1; i < present.length; i++) expect(bottom(present[i - 1]), `${present[i - 1]} above ${present[i]}`).toBeLessThan(top(present[i]));
      for (const { edge, points, label } of layout.edges) {
        expect(points[0].x === points.at(-1)!.x && points[0].y === points.at(-1)!.y).toBe(false);
        for (const placed of layout.nodes) {
          if (placed.node === edge.from || placed.node === edge.to) continue;
          for (let i = 1; i < points.length; i++)
            expect(entersBox(points[i - 1], points[i], placed), `${edge.id} through ${placed.node.pathway.id}`).toBe(false);
        }
        expect(label.text).toBe(mechanismTag(edge.interaction));
        expect(onRoute(label, points), `${edge.id}: tag at (${label.x}, ${label.y}) off its line ${JSON.stringify(points)}`).toBe(true);
        const pill = { x: label.x - label.width / 2, y: label.y - LABEL.height / 2, width: label.width, height: LABEL.height };
        for (const placed of layout.nodes)
          expect(
            entersBox({ x: pill.x, y: pill.y }, { x: pill.x + pill.width, y: pill.y + pill.height }, placed),
            `${edge.id}'s tag covers ${placed.node.pathway.id}`,
          ).toBe(false);
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

  it('breaks a long label before its parenthesis and keeps a short one whole', () => {
    expect(titleLines('Membrane ER (non-genomic)')).toEqual(['Membrane ER', '(non-genomic)']);
    expect(titleLines('HER2')).toEqual(['HER2']);
    expect(textWidth('Membrane ER', TITLE_SIZE, 'bold')).toBeGreaterThan(textWidth('Membrane ER', TITLE_SIZE));
  });

  it('rounds corners without leaving the route', () => {
    const d = roundedPath([
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 100, y: 50 },
    ]);
    expect(d).toBe('M0,0 L92,0 Q100,0 100,8 L100,50');
  });
});

describe('the network downloads read back with the same nodes and edges as the figure', () => {
  /** The figure's graph as plain data: what every download must hold. */
  function figureGraph(diagram: Diagram) {
    return {
      nodes: diagram.nodes.map((n) => ({ id: n.pathway.id, label: n.pathway.label, side: n.pathway.side })).sort((a, b) => a.id.localeCompare(b.id)),
      edges: diagram.edges
        .map(({ interaction: x }) => ({
          id: x.id,
          source: x.source.id,
          target: x.target.id,
          effect: x.effect,
          mechanism: x.mechanism,
          site: x.site,
          claims: x.claims.map((c) => c.id),
        }))
        .sort((a, b) => a.id.localeCompare(b.id)),
    };
  }

  for (const [name, corpus] of corpora) {
    const network = cytoscapeNetwork(corpus);
    const expected = figureGraph(buildDiagram(corpus));

    it(`${name}: network.json opens in Cytoscape.js (headless)`, () => {
      const cy = cytoscape({ headless: true, elements: JSON.parse(JSON.stringify(network)).elements });
      const nodes = cy
        .nodes()
        .map((n) => ({ id: n.id(), label: n.data('label'), side: n.data('side') }))
        .sort((a, b) => a.id.localeCompare(b.id));
      const edges = cy
        .edges()
        .map((e) => ({
          id: e.id(),
          source: e.source().id(),
          target: e.target().id(),
          effect: e.data('effect'),
          mechanism: e.data('mechanism'),
          site: e.data('site'),
          claims: e.data('claims'),
        }))
        .sort((a, b) => a.id.localeCompare(b.id));
      expect({ nodes, edges }).toEqual(expected);
      // Every edge joins two nodes Cytoscape knows: no dangling end.
      expect(cy.edges().map((e) => e.source().nonempty() && e.target().nonempty())).not.toContain(false);
    });

    it(`${name}: network.graphml opens in networkx, attributes and parallel edges kept`, () => {
      const file = join(mkdtempSync(join(tmpdir(), 'graphml-')), 'network.graphml');
      writeFileSync(file, graphml(network));
      const script = [
        'import json, sys, networkx as nx',
        'g = nx.read_graphml(sys.argv[1])',
        'edges = [dict(id=k, source=u, target=v, **d) for u, v, k, d in g.edges(keys=True, data=True)] if g.is_multigraph() else [dict(source=u, target=v, **d) for u, v, d in g.edges(data=True)]',
        'print(json.dumps({"directed": g.is_directed(), "nodes": [dict(id=n, **d) for n, d in g.nodes(data=True)], "edges": edges}))',
      ].join('\n');
      const run = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      const read = JSON.parse(run.stdout) as { directed: boolean; nodes: Record<string, string>[]; edges: Record<string, string>[] };
      expect(read.directed).toBe(true);
      expect(read.nodes.sort((a, b) => a.id.localeCompare(b.id))).toEqual(expected.nodes);
      const edges = read.edges
        .map((e) => ({ id: e.id, source: e.source, target: e.target, effect: e.effect, mechanism: e.mechanism, site: e.site, claims: e.claims.split(' ') }))
        .sort((a, b) => a.id.localeCompare(b.id));
      expect(edges).toEqual(expected.edges.map((e) => ({ ...e, site: e.site ?? undefined })));
      expect(read.edges.every((e) => e.label && e.way && e.level)).toBe(true);
    });

    it(`${name}: network.sif lists every interaction as source, effect, target`, () => {
      const text = sif(network);
      expect(text.endsWith('\n')).toBe(true);
      const lines = text
        .trimEnd()
        .split('\n')
        .map((line) => line.split('\t'));
      expect(lines.every((fields) => fields.length === 3)).toBe(true);
      const key = (source: string, effect: string, target: string) => `${source} ${effect} ${target}`;
      expect(lines.map(([source, effect, target]) => key(source, effect, target)).sort()).toEqual(
        expected.edges.map((e) => key(e.source, e.effect, e.target)).sort(),
      );
    });
  }

  it('escapes markup in GraphML values', () => {
    const network = { elements: { nodes: [{ data: { id: 'a&b', label: '<HER2> "x"', side: 'her' } }], edges: [] } };
    const text = graphml(network);
    expect(text).toContain('<node id="a&amp;b">');
    expect(text).toContain('&lt;HER2&gt; &quot;x&quot;');
  });
});

describe('forest plot layout', () => {
  const ratioInput = fc
    .record({
      estimate: fc.double({ min: 0.02, max: 40, noNaN: true }),
      spreadLow: fc.double({ min: 1, max: 5, noNaN: true }),
      spreadHigh: fc.double({ min: 1, max: 5, noNaN: true }),
      withCi: fc.boolean(),
      n: fc.option(fc.integer({ min: 1, max: 20_000 }), { nil: undefined }),
      group: fc.constantFrom(undefined, 'Metastatic', 'Early'),
    })
    .map((r): ForestInput => ({
      id: '',
      estimate: r.estimate,
      ...(r.withCi ? { low: r.estimate / r.spreadLow, high: r.estimate * r.spreadHigh } : {}),
      n: r.n,
      group: r.group,
    }));
  const inputs = fc.array(ratioInput, { minLength: 1, maxLength: 12 }).map((rows) => rows.map((row, i) => ({ ...row, id: `row${i}` })));

  it('places every estimate on a log scale, the null line at 1, each square inside its interval, with ticks on the axis', () => {
    fc.assert(
      fc.property(inputs, (rows) => {
        const layout = layoutForest(rows, 'ratio');
        expect(layout.log).toBe(true);
        const ends = layout.ticks;
        const [lo, hi] = [ends[0].value, ends.at(-1)!.value];
        expect(ends[0].at).toBeCloseTo(0, 9);
        expect(ends.at(-1)!.at).toBeCloseTo(1, 9);
        // The scale is logarithmic: equal ratios are equal distances.
        const position = (v: number) => Math.log(v / lo) / Math.log(hi / lo);
        for (const tick of layout.ticks) expect(tick.at).toBeCloseTo(position(tick.value), 9);
        expect(layout.ticks.map((t) => t.value)).toEqual([...layout.ticks.map((t) => t.value)].sort((a, b) => a - b));
        expect(layout.ticks.every((t) => t.label === String(t.value))).toBe(true);
        expect(layout.nullAt).toBeCloseTo(position(1), 9);
        expect(lo).toBeLessThanOrEqual(1);
        expect(hi).toBeGreaterThanOrEqual(1);
        for (const row of layout.rows) {
          const { estimate, low, high } = row.input;
          const clamp = (v: number) => Math.min(1, Math.max(0, position(v)));
          expect(row.at).toBeCloseTo(clamp(estimate), 9);
          if (low !== undefined && high !== undefined) {
            expect(row.low).toBeCloseTo(clamp(low), 9);
            expect(row.high).toBeCloseTo(clamp(high), 9);
            expect(row.at).toBeGreaterThanOrEqual(row.low! - 1e-9);
            expect(row.at).toBeLessThanOrEqual(row.high! + 1e-9);
            // Clipped exactly when the interval runs past an end of the axis, which is at most 1/20 to 20.
            expect(row.clippedLow).toBe(low < lo);
            expect(row.clippedHigh).toBe(high > hi);
          } else {
            expect([row.low, row.high, row.clippedLow, row.clippedHigh]).toEqual([undefined, undefined, false, false]);
          }
          // Estimates inside the axis's range sit exactly at their value.
          if (estimate >= lo && estimate <= hi) expect(row.at).toBeCloseTo(position(estimate), 9);
        }
        expect(lo).toBeGreaterThanOrEqual(0.05);
        expect(hi).toBeLessThanOrEqual(20);
      }),
      { numRuns: 500 },
    );
  });

  it('rounds the axis out to nice ratios symmetric about 1 that hold every value, so both sides of the null show', () => {
    const layout = layoutForest(
      [
        { id: 'a', estimate: 0.62, low: 0.45, high: 0.88 },
        { id: 'b', estimate: 0.71, low: 0.48, high: 1.05 },
      ],
      'ratio',
    );
    expect(layout.ticks.map((t) => t.value)).toEqual([0.25, 0.5, 1, 2, 4]);
    expect(layout.nullAt).toBeCloseTo(0.5, 9);
    expect(layout.rows[0].at).toBeCloseTo(Math.log(0.62 / 0.25) / Math.log(16), 9);
    // Only ratios above 1: the axis reaches as far below 1 as above it.
    const above = layoutForest([{ id: 'a', estimate: 1.42, low: 1.32, high: 1.52 }], 'ratio');
    expect(above.ticks.map((t) => t.value)).toEqual([0.5, 1, 2]);
    expect(above.nullAt).toBeCloseTo(0.5, 9);
  });

  it('clips an interval wider than 1/20 to 20 at the axis ends, with the square still at its estimate', () => {
    const layout = layoutForest(
      [
        { id: 'wide', estimate: 0.5, low: 0.01, high: 60 },
        { id: 'narrow', estimate: 0.8, low: 0.6, high: 1.1 },
      ],
      'ratio',
    );
    const [wide, narrow] = layout.rows;
    expect([layout.ticks[0].value, layout.ticks.at(-1)!.value]).toEqual([0.05, 20]);
    expect(wide).toMatchObject({ clippedLow: true, clippedHigh: true, low: 0, high: 1 });
    expect(wide.at).toBeCloseTo(Math.log(0.5 / 0.05) / Math.log(400), 9);
    expect(narrow).toMatchObject({ clippedLow: false, clippedHigh: false });
  });

  it('sizes squares by patients: area in proportion, 7 px without n, 17 px for the largest', () => {
    const layout = layoutForest(
      [
        { id: 'big', estimate: 0.7, n: 10_000 },
        { id: 'quarter', estimate: 0.8, n: 2_500 },
        { id: 'unknown', estimate: 0.9 },
        { id: 'tiny', estimate: 1.1, n: 1 },
      ],
      'ratio',
    );
    const size = Object.fromEntries(layout.rows.map((r) => [r.input.id, r.size]));
    expect(size.big).toBe(17);
    expect(size.quarter).toBe(12);
    expect(size.unknown).toBe(7);
    expect(size.tiny).toBeCloseTo(7.1, 5);
    fc.assert(
      fc.property(inputs, (rows) => {
        const layout = layoutForest(rows, 'ratio');
        const largest = Math.max(1, ...rows.map((r) => r.n ?? 0));
        for (const row of layout.rows) {
          expect(row.size).toBeGreaterThanOrEqual(7);
          expect(row.size).toBeLessThanOrEqual(17);
          const wanted = row.input.n ? 7 + 10 * Math.sqrt(row.input.n / largest) : 7;
          expect(Math.abs(row.size - wanted)).toBeLessThanOrEqual(0.05);
        }
        for (const a of layout.rows) for (const b of layout.rows) if ((a.input.n ?? 0) < (b.input.n ?? 0)) expect(a.size).toBeLessThanOrEqual(b.size);
      }),
      { numRuns: 300 },
    );
  });

  it('groups rows under headings in order of first appearance, every slot used once', () => {
    const layout = layoutForest(
      [
        { id: 'm1', estimate: 0.6, group: 'Metastatic' },
        { id: 'e1', estimate: 0.7, group: 'Early' },
        { id: 'm2', estimate: 0.8, group: 'Metastatic' },
      ],
      'ratio',
    );
    expect(layout.headings).toEqual([
      { group: 'Metastatic', index: 0 },
      { group: 'Early', index: 3 },
    ]);
    expect(layout.rows.map((r) => [r.input.id, r.index])).toEqual([
      ['m1', 1],
      ['m2', 2],
      ['e1', 4],
    ]);
    expect(layout.slots).toBe(5);
  });

  it('draws differences on a linear axis with the null line at 0', () => {
    const layout = layoutForest(
      [
        { id: 'a', estimate: 12, low: 4, high: 20 },
        { id: 'b', estimate: -3, low: -9, high: 3 },
      ],
      'difference',
    );
    expect(layout.log).toBe(false);
    const [lo, hi] = [layout.ticks[0].value, layout.ticks.at(-1)!.value];
    const position = (v: number) => (v - lo) / (hi - lo);
    expect(layout.nullAt).toBeCloseTo(position(0), 9);
    for (const row of layout.rows) expect(row.at).toBeCloseTo(position(row.input.estimate), 9);
    const steps = layout.ticks.slice(1).map((t, i) => t.value - layout.ticks[i].value);
    expect(steps.every((s) => Math.abs(s - steps[0]) < 1e-9)).toBe(true);
  });

  it('writes coordinates as percentages without trailing zeros', () => {
    expect(percent(0.5)).toBe('50%');
    expect(percent(0.123456)).toBe('12.346%');
    expect(percent(1)).toBe('100%');
    expect(percent(0)).toBe('0%');
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
