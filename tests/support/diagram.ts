import type { Page } from '@playwright/test';

/** What the geometry checks found on the crosstalk diagram of the page open in `page`. */
export interface DiagramGeometry {
  nodes: number;
  edges: number;
  /** Points of an edge path inside the box of a node the edge does not connect. */
  crossings: string[];
  /** Text in a node that spills out of the node's box. */
  overflowing: string[];
  /** Rendered text size in CSS pixels, smallest first, with the text. */
  smallestText: { size: number; text: string };
  /** Links (nodes, edges, drugs) whose target is under 24 px in either direction. */
  smallTargets: string[];
  /** Mechanism tags on lines that a node box covers in part (nodes are drawn over lines, so the tag is hidden). */
  hiddenTags: string[];
}

/**
 * Samples every `path[data-edge]` every 3 user units and tests the points against the box of every `[data-node]` the
 * edge does not connect (shrunk by half a unit, so a line running along a border does not count).
 */
export function diagramGeometry(page: Page): Promise<DiagramGeometry> {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('svg[data-diagram]')!;
    const nodes = [...svg.querySelectorAll<SVGGElement>('[data-node]')].map((g) => ({ id: g.dataset.node!, box: g.getBBox(), g }));
    const crossings: string[] = [];
    const edges = [...svg.querySelectorAll<SVGPathElement>('path[data-edge]')];
    for (const path of edges) {
      const [from, to] = path.dataset.edge!.split('>');
      const length = path.getTotalLength();
      for (let at = 0; at <= length; at += 3) {
        const p = path.getPointAtLength(at);
        for (const { id, box } of nodes) {
          if (id === from || id === to) continue;
          if (p.x > box.x + 0.5 && p.x < box.x + box.width - 0.5 && p.y > box.y + 0.5 && p.y < box.y + box.height - 0.5) {
            crossings.push(`${path.dataset.edge} crosses ${id} at (${Math.round(p.x)}, ${Math.round(p.y)})`);
          }
        }
      }
    }
    const overflowing: string[] = [];
    for (const { id, box, g } of nodes) {
      for (const text of g.querySelectorAll('text')) {
        const t = text.getBBox();
        if (t.x < box.x || t.y < box.y || t.x + t.width > box.x + box.width || t.y + t.height > box.y + box.height) {
          overflowing.push(`${id}: "${text.textContent}"`);
        }
      }
    }
    const scale = svg.getScreenCTM()!.a;
    const sizes = [...svg.querySelectorAll('text')].map((text) => ({
      size: parseFloat(getComputedStyle(text).fontSize) * scale,
      text: text.textContent ?? '',
    }));
    sizes.sort((a, b) => a.size - b.size);
    // Node and drug links are boxes; an edge's target is its line, widened by a transparent stroke.
    const smallTargets = [
      ...[...svg.querySelectorAll('a:not([data-edge-link])')]
        .map((a) => ({ a, rect: a.getBoundingClientRect() }))
        .filter(({ rect }) => rect.width < 24 || rect.height < 24)
        .map(({ a, rect }) => `${a.getAttribute('aria-label')}: ${Math.round(rect.width)}×${Math.round(rect.height)}`),
      ...[...svg.querySelectorAll<SVGAElement>('a[data-edge-link]')]
        .filter((a) => parseFloat(getComputedStyle(a.querySelector('.edge-hit')!).strokeWidth) * scale < 24)
        .map((a) => `${a.getAttribute('aria-label')}: line target under 24 px`),
    ];
    const hiddenTags: string[] = [];
    for (const link of svg.querySelectorAll<SVGAElement>('a[data-edge-link]')) {
      const tag = link.querySelector('.edge-label rect');
      if (!tag) continue;
      const t = (tag as SVGGraphicsElement).getBBox();
      for (const { id, box } of nodes) {
        if (t.x + t.width > box.x + 0.5 && t.x < box.x + box.width - 0.5 && t.y + t.height > box.y + 0.5 && t.y < box.y + box.height - 0.5) {
          hiddenTags.push(`${link.dataset.edgeLink} "${link.querySelector('.edge-label text')?.textContent}" under ${id}`);
        }
      }
    }
    return { nodes: nodes.length, edges: edges.length, crossings, overflowing, smallestText: sizes[0], smallTargets, hiddenTags };
  });
}
