import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk.bundled.js';
import { BuildCache } from '../build/cache';
import { mechanismTag, sideOrder, type Diagram, type DiagramEdge, type DiagramNode } from './diagram';
import { textWidth } from './text-width';

/**
 * Where everything in the crosstalk diagram goes, computed once at build time by ELK's layered layout: the three sides
 * are forced into bands top to bottom (ER, shared cascades, HER) and edges are routed orthogonally around nodes, so no
 * line passes through a node it does not connect. Node sizes come from their text, so every label fits its box.
 */

export const TITLE_SIZE = 15;
export const DRUG_SIZE = 13;
const TITLE_LINE = 19;
const DRUG_ROW = 24;
const PAD_X = 12;
const PAD_TOP = 9;
const PAD_BOTTOM = 6;
const DRUG_GAP = 12;
const MAX_INNER = 190;
/** Room above each band for its heading. */
const HEADER = 34;
const MARGIN = 12;

export interface Point {
  x: number;
  y: number;
}

interface PlacedText extends Point {
  text: string;
  width: number;
}

interface PlacedDrug extends PlacedText {
  id: string;
}

/** A drug name's link target: a full row high, so it is at least 24 px. */
export const DRUG_TARGET = { above: 17, height: DRUG_ROW, pad: 3 } as const;

interface PlacedNode {
  node: DiagramNode;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Baselines of the title's lines, centred on x + width / 2. */
  title: PlacedText[];
  /** Height of the band holding the title (the whole box when no drugs are listed): the pathway link's target. */
  titleHeight: number;
  drugs: PlacedDrug[];
}

interface PlacedEdge {
  edge: DiagramEdge;
  /** From the drawn source's border to the drawn target's border. */
  points: Point[];
  /** The mechanism tag on the line: its text, centre and pill width. */
  label: Point & { text: string; width: number };
}

export interface DiagramLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  /** Where each side's band (that has nodes) begins, for its heading: the top of its first row of nodes. */
  bands: Partial<Record<DiagramNode['pathway']['side'], number>>;
}

/** A long label breaks before its parenthesis: "Membrane ER" over "(non-genomic)". */
export function titleLines(label: string): string[] {
  if (textWidth(label, TITLE_SIZE, 'bold') <= MAX_INNER) return [label];
  const at = label.indexOf(' (');
  return at > 0 ? [label.slice(0, at), label.slice(at + 1)] : [label];
}

/** Drug names in rows no wider than the node's text allows. */
function drugRows(drugs: DiagramNode['drugs'], maxWidth: number): { id: string; text: string; width: number }[][] {
  const rows: { id: string; text: string; width: number }[][] = [];
  let used = Infinity;
  for (const drug of drugs) {
    const width = textWidth(drug.name, DRUG_SIZE);
    if (used + DRUG_GAP + width > maxWidth) {
      rows.push([]);
      used = -DRUG_GAP;
    }
    rows.at(-1)!.push({ id: drug.id, text: drug.name, width });
    used += DRUG_GAP + width;
  }
  return rows;
}

function measure(node: DiagramNode) {
  const lines = titleLines(node.pathway.label).map((text) => ({ text, width: textWidth(text, TITLE_SIZE, 'bold') }));
  const inner = Math.max(MAX_INNER * 0.75, ...lines.map((l) => l.width));
  const rows = drugRows(node.drugs, Math.max(inner, MAX_INNER));
  const rowWidths = rows.map((row) => row.reduce((sum, d) => sum + d.width, 0) + DRUG_GAP * (row.length - 1));
  const width = Math.ceil(Math.max(inner, ...rowWidths) + 2 * PAD_X);
  const height = PAD_TOP + lines.length * TITLE_LINE + rows.length * DRUG_ROW + PAD_BOTTOM + (rows.length === 0 ? 4 : 0);
  return { lines, rows, rowWidths, width, height };
}

const layingOut = new Map<string, Promise<ElkNode>>();

/**
 * ELK's layout of a graph, computed once per build and kept between builds in `layouts`: two pages draw the same
 * figure, and loading ELK and laying the graph out costs about half a second each time, at any corpus size.
 */
function laidOut(graph: ElkNode, layouts: BuildCache): Promise<ElkNode> {
  const key = BuildCache.key('elk', JSON.stringify(graph));
  const stored = layouts.get(key);
  if (stored) return Promise.resolve(JSON.parse(stored) as ElkNode);
  let pending = layingOut.get(key);
  if (!pending) {
    pending = (async () => {
      const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
      const result = await new ELK().layout(graph);
      layouts.set(key, JSON.stringify(result));
      layouts.save();
      return result;
    })();
    layingOut.set(key, pending);
  }
  return pending;
}

type Measured = ReturnType<typeof measure>;

/** The graph ELK lays out: nodes sized by their text, the three sides as partitions, lines from the ER side on. */
function elkGraph(diagram: Diagram, measured: Map<string, Measured>): ElkNode {
  return {
    id: 'crosstalk',
    layoutOptions: {
      'elk.algorithm': 'layered',
      // Top to bottom, so a network whose sides have inner links (HER2 to HER3 to PI3K) grows down the page, which
      // scrolls anyway, rather than past the width of a laptop screen.
      'elk.direction': 'DOWN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.partitioning.activate': 'true',
      // One drawing: otherwise a separate group of nodes would be packed beside the graph, outside its column.
      'elk.separateConnectedComponents': 'false',
      // Two interactions between one pair of nodes are two routes, each followable.
      'elk.layered.mergeEdges': 'false',
      'elk.layered.spacing.nodeNodeBetweenLayers': String(HEADER + 28),
      'elk.layered.spacing.edgeNodeBetweenLayers': '18',
      'elk.spacing.nodeNode': '26',
      'elk.spacing.edgeNode': '18',
      'elk.spacing.edgeEdge': '11',
      'elk.layered.spacing.edgeEdgeBetweenLayers': '11',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      'elk.layered.thoroughness': '40',
      'elk.randomSeed': '1',
      'elk.padding': `[top=${HEADER},left=${MARGIN},bottom=${MARGIN},right=${MARGIN}]`,
    },
    children: diagram.nodes.map((node) => ({
      id: node.pathway.id,
      width: measured.get(node.pathway.id)!.width,
      height: measured.get(node.pathway.id)!.height,
      layoutOptions: { 'elk.partitioning.partition': String(sideOrder[node.pathway.side]) },
    })),
    // Laid out from the ER side to the HER side whatever way the claims run; arrowheads show the direction.
    edges: diagram.edges.map((edge): ElkExtendedEdge => {
      const ends = [edge.from.pathway.id, edge.to.pathway.id];
      const [source, target] = sideOrder[edge.from.pathway.side] < sideOrder[edge.to.pathway.side] ? ends : ends.reverse();
      return { id: edge.id, sources: [source], targets: [target] };
    }),
  };
}

/** A node where ELK put it, with its title's lines and its drugs' rows placed inside the box. */
function placeNode(node: DiagramNode, child: ElkNode, { lines, rows, rowWidths, width, height }: Measured): PlacedNode {
  const x = child.x!;
  const y = child.y!;
  const centre = x + width / 2;
  const title = lines.map((line, i) => ({ ...line, x: centre, y: y + PAD_TOP + (i + 1) * TITLE_LINE - 5 }));
  const drugs: PlacedDrug[] = rows.flatMap((row, r) => {
    let at = centre - rowWidths[r] / 2;
    const baseline = y + PAD_TOP + lines.length * TITLE_LINE + r * DRUG_ROW + 16;
    return row.map((drug) => {
      const placed = { ...drug, x: at, y: baseline };
      at += drug.width + DRUG_GAP;
      return placed;
    });
  });
  const titleHeight = rows.length === 0 ? height : PAD_TOP + lines.length * TITLE_LINE;
  return { node, x, y, width, height, title, titleHeight, drugs };
}

/**
 * Each line as ELK routed it, drawn from its own source, with its mechanism tag placed where it covers no node and no
 * tag placed before it. Lines are taken in the diagram's order (best evidence first), so the lines that matter most
 * get the best places for their tags.
 */
function placeEdges(drawn: DiagramEdge[], laidEdges: ElkExtendedEdge[], nodes: PlacedNode[], canvasWidth: number): PlacedEdge[] {
  const boxes: Box[] = nodes.map((n) => ({ x: n.x, y: n.y, width: n.width, height: n.height }));
  const laidById = new Map(laidEdges.map((laid) => [laid.id, laid]));
  return drawn.map((edge) => {
    const laid = laidById.get(edge.id)!;
    const section = laid.sections![0];
    let points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map(({ x, y }) => ({ x, y }));
    // ELK ran the edge from the ER side; draw it from its own source.
    if (laid.sources[0] !== edge.from.pathway.id) points = points.reverse();
    const text = mechanismTag(edge.interaction);
    const width = Math.ceil(textWidth(text, LABEL.fontSize, 'bold')) + 2 * LABEL.padX;
    const place = labelPlace(points, boxes, width, canvasWidth);
    boxes.push({ x: place.x - width / 2 - 2, y: place.y - LABEL.height / 2 - 2, width: width + 4, height: LABEL.height + 4 });
    return { edge, points, label: { ...place, text, width } };
  });
}

/** Where every node, line and tag of the diagram goes; `layouts` keeps ELK's results between builds (none: in memory). */
export async function layoutDiagram(diagram: Diagram, layouts = new BuildCache(undefined)): Promise<DiagramLayout> {
  const measured = new Map(diagram.nodes.map((node) => [node.pathway.id, measure(node)]));
  const result = await laidOut(elkGraph(diagram, measured), layouts);
  const nodes = result.children!.map((child) => {
    const node = diagram.nodes.find((n) => n.pathway.id === child.id)!;
    return placeNode(node, child, measured.get(node.pathway.id)!);
  });
  const edges = placeEdges(diagram.edges, result.edges!, nodes, result.width!);
  const bands: DiagramLayout['bands'] = {};
  for (const side of ['er', 'shared', 'her'] as const) {
    const placed = nodes.filter((n) => n.node.pathway.side === side);
    if (placed.length > 0) bands[side] = Math.min(...placed.map((n) => n.y));
  }
  return { width: Math.ceil(result.width!), height: Math.ceil(result.height!), nodes, edges, bands };
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The mechanism tag's pill on a line. */
export const LABEL = { height: 20, padX: 6, fontSize: 12 } as const;

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Where a line's tag goes: on the line, on one of its straight runs (longest first, the middle of a run first), at the
 * first spot that covers no node and no tag already placed and lies inside the drawing.
 */
function labelPlace(points: Point[], taken: Box[], width: number, canvasWidth: number): Point {
  const length = ({ start, end }: { start: Point; end: Point }) => Math.abs(end.x - start.x) + Math.abs(end.y - start.y);
  // A run long enough to hold the tag along it: horizontal runs need its width, vertical ones its height.
  const runs = points
    .slice(1)
    .map((end, i) => ({ start: points[i], end }))
    .filter((run) => (run.start.y === run.end.y ? length(run) > width + 8 : run.start.x === run.end.x && length(run) > LABEL.height + 12))
    .sort((a, b) => length(b) - length(a));
  const candidates = runs.flatMap(({ start, end }) =>
    [0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9].map((t) => ({ x: start.x + (end.x - start.x) * t, y: start.y + (end.y - start.y) * t })),
  );
  const inside = (c: Point) => c.x - width / 2 >= 0 && c.x + width / 2 <= canvasWidth;
  const free = candidates.find(
    (c) => inside(c) && !taken.some((box) => overlaps(box, { x: c.x - width / 2, y: c.y - LABEL.height / 2, width, height: LABEL.height })),
  );
  return free ?? candidates[0] ?? points[Math.floor(points.length / 2)];
}

/** An SVG path through the points with rounded corners, so crossing lines read apart from corners. */
export function roundedPath(points: Point[], radius = 8): string {
  let d = `M${points[0].x},${points[0].y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const [prev, at, next] = [points[i - 1], points[i], points[i + 1]];
    const r = Math.min(radius, Math.hypot(at.x - prev.x, at.y - prev.y) / 2, Math.hypot(next.x - at.x, next.y - at.y) / 2);
    const inX = at.x - Math.sign(at.x - prev.x) * r;
    const inY = at.y - Math.sign(at.y - prev.y) * r;
    const outX = at.x + Math.sign(next.x - at.x) * r;
    const outY = at.y + Math.sign(next.y - at.y) * r;
    d += ` L${inX},${inY} Q${at.x},${at.y} ${outX},${outY}`;
  }
  const last = points.at(-1)!;
  return `${d} L${last.x},${last.y}`;
}
