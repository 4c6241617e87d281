import { createMarkdownProcessor, type MarkdownProcessor } from '@astrojs/markdown-remark';

/**
 * Claim and review bodies rendered to HTML with Astro's own Markdown pipeline (GitHub-flavoured Markdown and
 * smart punctuation), plus one rule of ours: links that leave the site get rel="noopener noreferrer".
 */

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

function markExternalLinks(node: HastNode): void {
  if (node.type === 'element' && node.tagName === 'a' && typeof node.properties?.href === 'string' && /^https?:\/\//.test(node.properties.href)) {
    node.properties.rel = ['noopener', 'noreferrer'];
  }
  node.children?.forEach(markExternalLinks);
}

export function rehypeExternalLinks() {
  return (tree: HastNode) => markExternalLinks(tree);
}

let processor: Promise<MarkdownProcessor> | undefined;

export async function renderMarkdown(markdown: string): Promise<string> {
  processor ??= createMarkdownProcessor({ syntaxHighlight: false, rehypePlugins: [rehypeExternalLinks] });
  return (await (await processor).render(markdown)).code;
}
