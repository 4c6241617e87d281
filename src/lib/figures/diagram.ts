import type { Corpus, CrosstalkWay, Interaction, Pathway } from '../content/corpus';
import type { Level } from '../../schemas/common';

/**
 * The crosstalk network as a graph of curated interactions, after SIGNOR's causal relations: a node per pathway that
 * takes part in an interaction, on the ER side, the shared cascades or the HER side, with the drugs acting on it; an
 * edge per interaction record, signed and directed, never inferred from claims that merely share tags. Where things
 * sit on the page is figures/diagram-layout.ts's business.
 */

export type Side = Pathway['side'];

export interface DiagramNode {
  pathway: Pathway;
  /** Drugs with claims that act on this node. */
  drugs: { id: string; name: string }[];
}

export interface DiagramEdge {
  /** The interaction's id: unique, so two interactions between one pair of nodes stay two lines. */
  id: string;
  /** `<from>><to>`: the hook browser checks find an edge by. */
  ends: string;
  /** An id safe in a URL fragment. */
  anchor: string;
  from: DiagramNode;
  to: DiagramNode;
  interaction: Interaction;
}

export interface Diagram {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

/** Left to right: the ER side, the cascades both sides use, the HER side. */
export const sideOrder: Record<Side, number> = { er: 0, shared: 1, her: 2 };

/** The anchor of an interaction's entry in the list beside the figure. */
export function interactionAnchor(id: string): string {
  return `interaction-${id}`;
}

export function buildDiagram(corpus: Corpus): Diagram {
  const nodes: DiagramNode[] = corpus.pathways
    .filter((pathway) => pathway.outgoing.length + pathway.incoming.length > 0)
    .sort((a, b) => sideOrder[a.side] - sideOrder[b.side])
    .map((pathway) => ({ pathway, drugs: pathway.drugs.filter((d) => d.claims.length > 0).map((d) => ({ id: d.id, name: d.name })) }));
  const nodeById = new Map(nodes.map((n) => [n.pathway.id, n]));
  const edges: DiagramEdge[] = corpus.interactions.map((interaction) => ({
    id: interaction.id,
    ends: `${interaction.source.id}>${interaction.target.id}`,
    anchor: interactionAnchor(interaction.id),
    from: nodeById.get(interaction.source.id)!,
    to: nodeById.get(interaction.target.id)!,
    interaction,
  }));
  // Best-evidenced first: they get the first pick of places for their labels.
  edges.sort(
    (x, y) => x.interaction.level.localeCompare(y.interaction.level) || y.interaction.claims.length - x.interaction.claims.length || x.id.localeCompare(y.id),
  );
  return { nodes, edges };
}

/** Each node's neighbours through the interactions, for highlighting a node's connections. */
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

/** Line width by the evidence level of the interaction's best claim: 5 px for A down to 1.5 px for E. */
export function edgeWidth(level: Level): number {
  return { A: 5, B: 4, C: 3, D: 2.2, E: 1.5 }[level];
}

/** An interaction shown by one claim only is drawn lighter (and dashed), not dropped. */
export function singleClaim(edge: DiagramEdge): boolean {
  return edge.interaction.claims.length < 2;
}

/** The order the phone list and the legend read the crosstalk directions in. */
export const wayOrder: CrosstalkWay[] = ['her-to-er', 'er-to-her', 'within'];

/**
 * The mechanism as the line's label says it: a phosphorylation by its site in the usual shorthand (pS118), else a
 * short word.
 */
/** One-letter residue codes: tyrosine is Y, not the T of threonine. */
const RESIDUE_CODES: Record<string, string> = { ser: 'S', thr: 'T', tyr: 'Y' };

export function mechanismTag(interaction: Pick<Interaction, 'mechanism' | 'site'>): string {
  if (interaction.mechanism === 'phosphorylation') {
    const residue = interaction.site?.match(/(Ser|Thr|Tyr)[-\s]?(\d+)/i);
    return residue ? `p${RESIDUE_CODES[residue[1].toLowerCase()]}${residue[2]}` : 'P';
  }
  return { transcription: 'Tx', binding: 'Bind', degradation: 'Deg', other: 'Other' }[interaction.mechanism];
}
