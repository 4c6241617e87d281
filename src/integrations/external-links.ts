/** A rehype plugin: links in Markdown bodies that leave the site get rel="noopener noreferrer". */

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

function walk(node: HastNode): void {
  if (node.type === 'element' && node.tagName === 'a' && typeof node.properties?.href === 'string' && /^https?:\/\//.test(node.properties.href)) {
    node.properties.rel = ['noopener', 'noreferrer'];
  }
  node.children?.forEach(walk);
}

export function rehypeExternalLinks() {
  return (tree: HastNode) => walk(tree);
}
