import type { Corpus, Interaction } from '../content/corpus';
import { buildDiagram } from './diagram';

/**
 * The crosstalk network for network tools, built from the same diagram the figure draws (the same nodes and
 * interactions): Cytoscape.js elements JSON, which Cytoscape desktop and Cytoscape.js open; GraphML, which networkx,
 * igraph, Gephi and yEd read, attributes included; and SIF, the one-line-per-edge format older tools read.
 */

interface NetworkNode {
  data: { id: string; label: string; side: string };
}

interface NetworkEdge {
  data: {
    id: string;
    source: string;
    target: string;
    effect: string;
    mechanism: string;
    site?: string;
    claims: string[];
    label: string;
    way: string;
    level: string;
  };
}

export interface CytoscapeNetwork {
  elements: { nodes: NetworkNode[]; edges: NetworkEdge[] };
}

function edgeData(interaction: Interaction): NetworkEdge['data'] {
  return {
    id: interaction.id,
    source: interaction.source.id,
    target: interaction.target.id,
    effect: interaction.effect,
    mechanism: interaction.mechanism,
    ...(interaction.site ? { site: interaction.site } : {}),
    claims: interaction.claims.map((claim) => claim.id),
    label: interaction.label,
    way: interaction.way,
    level: interaction.level,
  };
}

export function cytoscapeNetwork(corpus: Corpus): CytoscapeNetwork {
  const diagram = buildDiagram(corpus);
  return {
    elements: {
      nodes: diagram.nodes.map(({ pathway }) => ({ data: { id: pathway.id, label: pathway.label, side: pathway.side } })),
      edges: diagram.edges.map((edge) => ({ data: edgeData(edge.interaction) })),
    },
  };
}

const xmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** GraphML keys: every node and edge attribute, typed, so readers keep them. Claims are one space-separated string. */
const NODE_KEYS = ['label', 'side'] as const;
const EDGE_KEYS = ['effect', 'mechanism', 'site', 'claims', 'label', 'way', 'level'] as const;

export function graphml(network: CytoscapeNetwork): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_KEYS.map((key) => `  <key id="n_${key}" for="node" attr.name="${key}" attr.type="string"/>`),
    ...EDGE_KEYS.map((key) => `  <key id="e_${key}" for="edge" attr.name="${key}" attr.type="string"/>`),
    '  <graph id="er-her2-crosstalk" edgedefault="directed">',
  ];
  for (const { data } of network.elements.nodes) {
    lines.push(`    <node id="${xmlEscape(data.id)}">`);
    for (const key of NODE_KEYS) lines.push(`      <data key="n_${key}">${xmlEscape(data[key])}</data>`);
    lines.push('    </node>');
  }
  for (const { data } of network.elements.edges) {
    lines.push(`    <edge id="${xmlEscape(data.id)}" source="${xmlEscape(data.source)}" target="${xmlEscape(data.target)}">`);
    for (const key of EDGE_KEYS) {
      const value = key === 'claims' ? data.claims.join(' ') : data[key];
      if (value !== undefined) lines.push(`      <data key="e_${key}">${xmlEscape(value)}</data>`);
    }
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}

/** SIF: "source<TAB>interaction<TAB>target" per edge, the interaction type being activates or inhibits. */
export function sif(network: CytoscapeNetwork): string {
  return network.elements.edges.map(({ data }) => `${data.source}\t${data.effect}\t${data.target}\n`).join('');
}
