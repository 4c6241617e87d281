import type { Claim, Corpus, Pathway } from '../content/corpus';

/**
 * The crosstalk network as drawn at build time: pathway nodes in three columns (ER side, shared cascades, HER side), the
 * drugs acting on each node, and edges for every pair of nodes on different sides that a crosstalk claim connects,
 * oriented by the claim's direction and weighted by the number of claims.
 */

export interface DiagramNode {
  pathway: Pathway;
  x: number;
  y: number;
  drugs: { id: string; name: string }[];
  claimCount: number;
}

export interface DiagramEdge {
  id: string;
  from: DiagramNode;
  to: DiagramNode;
  /** both: claims run in both directions (or are bidirectional). */
  orientation: 'forward' | 'both';
  claims: Claim[];
  /** The crosstalk direction most of the edge's claims have. */
  direction: Claim['direction'];
}

export interface Diagram {
  width: number;
  height: number;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

export const NODE_WIDTH = 196;
export const NODE_HEIGHT = 40;
const ROW = 78;
const TOP = 64;
export const columns = { er: 120, shared: 450, her: 780 } as const;
/** Edges with fewer claims are listed beside the diagram but not drawn, to keep the drawing readable. */
export const MIN_DRAWN_CLAIMS = 2;
/** Ranks order the sides from ER to HER, so HER2 → ER claims point leftwards and ER → HER2 claims rightwards. */
const rank = { er: 0, shared: 1, her: 2 } as const;

export function buildDiagram(corpus: Corpus): Diagram {
  const nodes: DiagramNode[] = [];
  for (const side of ['er', 'shared', 'her'] as const) {
    corpus.pathways
      .filter((p) => p.side === side)
      .forEach((pathway, i) => {
        nodes.push({
          pathway,
          x: columns[side],
          y: TOP + i * ROW,
          drugs: pathway.drugs.filter((d) => d.claims.length > 0).map((d) => ({ id: d.id, name: d.name })),
          claimCount: pathway.claims.length,
        });
      });
  }
  const nodeById = new Map(nodes.map((n) => [n.pathway.id, n]));

  const grouped = new Map<string, { a: DiagramNode; b: DiagramNode; forward: Claim[]; backward: Claim[]; both: Claim[] }>();
  for (const claim of corpus.claims) {
    if (claim.direction === 'single-pathway') continue;
    const involved = claim.pathways.map((p) => nodeById.get(p.id)!);
    for (const p of involved) {
      for (const q of involved) {
        // Each unordered pair once, from the lower-ranked (ER-side) node to the higher-ranked one.
        if (rank[p.pathway.side] >= rank[q.pathway.side]) continue;
        const key = `${p.pathway.id}--${q.pathway.id}`;
        let group = grouped.get(key);
        if (!group) grouped.set(key, (group = { a: p, b: q, forward: [], backward: [], both: [] }));
        if (claim.direction === 'er-to-her2') group.forward.push(claim);
        else if (claim.direction === 'her2-to-er') group.backward.push(claim);
        else group.both.push(claim);
      }
    }
  }

  const edges: DiagramEdge[] = [...grouped.entries()].map(([key, { a, b, forward, backward, both }]) => {
    const claims = [...forward, ...backward, ...both];
    const directions = { 'er-to-her2': forward.length, 'her2-to-er': backward.length, bidirectional: both.length };
    // The edge is drawn the way most of its claims run; the list beside the diagram gives every claim.
    const direction = Object.entries(directions).sort((x, y) => y[1] - x[1])[0][0] as Claim['direction'];
    if (direction === 'bidirectional') return { id: key, from: a, to: b, orientation: 'both', claims, direction };
    return direction === 'er-to-her2'
      ? { id: key, from: a, to: b, orientation: 'forward', claims, direction }
      : { id: key, from: b, to: a, orientation: 'forward', claims, direction };
  });
  edges.sort((x, y) => y.claims.length - x.claims.length || x.id.localeCompare(y.id));

  const rows = Math.max(...(['er', 'shared', 'her'] as const).map((side) => nodes.filter((n) => n.pathway.side === side).length));
  return { width: columns.her + NODE_WIDTH / 2 + 40, height: TOP + rows * ROW, nodes, edges };
}

/** A gentle curve between two node edges, leaving from the side facing the target. */
export function edgePath(edge: DiagramEdge): string {
  const leftToRight = edge.from.x < edge.to.x;
  const x1 = edge.from.x + (leftToRight ? NODE_WIDTH / 2 : -NODE_WIDTH / 2);
  const x2 = edge.to.x + (leftToRight ? -NODE_WIDTH / 2 : NODE_WIDTH / 2);
  const y1 = edge.from.y;
  const y2 = edge.to.y;
  const bend = (x2 - x1) / 2;
  return `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`;
}

export function edgeWidth(claimCount: number): number {
  return Math.min(1.5 + claimCount * 0.9, 8);
}
