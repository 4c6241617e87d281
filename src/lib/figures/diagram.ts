import type { Claim, Corpus, Pathway } from '../content/corpus';
import type { Consensus } from '../../schemas/common';

/**
 * The crosstalk network as a graph: a node per pathway, on the ER side, the shared cascades or the HER side, with the
 * drugs acting on it; an edge for every pair of nodes on different sides that crosstalk claims connect, oriented the way
 * most of its claims run. Where things sit on the page is figures/diagram-layout.ts's business.
 */

export type Side = Pathway['side'];

export interface DiagramNode {
  pathway: Pathway;
  /** Drugs with claims that act on this node. */
  drugs: { id: string; name: string }[];
  claimCount: number;
}

export interface DiagramEdge {
  /** `<from>><to>`, the way it is drawn: the hook browser checks find it by. */
  id: string;
  /** An id safe in a URL fragment. */
  anchor: string;
  from: DiagramNode;
  to: DiagramNode;
  /** both: the edge's claims run both ways as often as one way, or most are bidirectional. */
  orientation: 'forward' | 'both';
  claims: Claim[];
  /** The crosstalk direction most of the edge's claims have. */
  direction: Claim['direction'];
  /** The consensus most of the edge's claims have; on a tie, the less settled one. */
  consensus: Consensus;
  consensusCounts: Record<Consensus, number>;
}

export interface Diagram {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

/** Left to right: the ER side, the cascades both sides use, the HER side. */
export const sideOrder: Record<Side, number> = { er: 0, shared: 1, her: 2 };
const consensusOrder: Consensus[] = ['contested', 'mixed', 'consistent'];

export function buildDiagram(corpus: Corpus): Diagram {
  const nodes: DiagramNode[] = [...corpus.pathways]
    .sort((a, b) => sideOrder[a.side] - sideOrder[b.side])
    .map((pathway) => ({
      pathway,
      drugs: pathway.drugs.filter((d) => d.claims.length > 0).map((d) => ({ id: d.id, name: d.name })),
      claimCount: pathway.claims.length,
    }));
  const nodeById = new Map(nodes.map((n) => [n.pathway.id, n]));

  const grouped = new Map<string, { a: DiagramNode; b: DiagramNode; forward: Claim[]; backward: Claim[]; both: Claim[] }>();
  for (const claim of corpus.claims) {
    if (claim.direction === 'single-pathway') continue;
    const involved = claim.pathways.map((p) => nodeById.get(p.id)!);
    for (const p of involved) {
      for (const q of involved) {
        // Each unordered pair once, from the node nearer the ER side to the one nearer the HER side.
        if (sideOrder[p.pathway.side] >= sideOrder[q.pathway.side]) continue;
        const key = `${p.pathway.id}>${q.pathway.id}`;
        let group = grouped.get(key);
        if (!group) grouped.set(key, (group = { a: p, b: q, forward: [], backward: [], both: [] }));
        if (claim.direction === 'er-to-her2') group.forward.push(claim);
        else if (claim.direction === 'her2-to-er') group.backward.push(claim);
        else group.both.push(claim);
      }
    }
  }

  const edges: DiagramEdge[] = [...grouped.values()].map(({ a, b, forward, backward, both }) => {
    const claims = [...forward, ...backward, ...both];
    const consensusCounts: Record<Consensus, number> = { consistent: 0, mixed: 0, contested: 0 };
    for (const claim of claims) consensusCounts[claim.consensus]++;
    const consensus = [...consensusOrder].sort((x, y) => consensusCounts[y] - consensusCounts[x])[0];
    const tally: [Claim['direction'], number][] = [
      ['bidirectional', both.length],
      ['her2-to-er', backward.length],
      ['er-to-her2', forward.length],
    ];
    // The edge is drawn the way most of its claims run (a tie between the two ways counts as both); the list gives every claim.
    const direction = forward.length === backward.length && forward.length > both.length ? 'bidirectional' : tally.sort((x, y) => y[1] - x[1])[0][0];
    const [from, to] = direction === 'her2-to-er' ? [b, a] : [a, b];
    // The claims that run the edge's way first, then the best evidence, then the most studies.
    claims.sort((x, y) => Number(y.direction === direction) - Number(x.direction === direction) || x.level.localeCompare(y.level) || y.references.length - x.references.length);
    const id = `${from.pathway.id}>${to.pathway.id}`;
    return {
      id,
      anchor: `edge-${from.pathway.id}--${to.pathway.id}`,
      from,
      to,
      orientation: direction === 'bidirectional' ? 'both' : 'forward',
      claims,
      direction,
      consensus,
      consensusCounts,
    };
  });
  edges.sort((x, y) => y.claims.length - x.claims.length || x.id.localeCompare(y.id));
  return { nodes, edges };
}

/** Each node's neighbours through the given edges, for highlighting a node's connections. */
export function neighbours(edges: DiagramEdge[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const edge of edges) {
    const [a, b] = [edge.from.pathway.id, edge.to.pathway.id];
    if (!map.has(a)) map.set(a, new Set());
    if (!map.has(b)) map.set(b, new Set());
    map.get(a)!.add(b);
    map.get(b)!.add(a);
  }
  return map;
}

/** Connections made by a single claim are listed beside the drawing but not drawn, so the drawing stays readable. */
export const MIN_DRAWN_CLAIMS = 2;

/** Line width by number of claims: 2 px for one, growing to 9 px. */
export function edgeWidth(claimCount: number): number {
  return Math.min(1.4 + claimCount * 0.6, 9);
}
