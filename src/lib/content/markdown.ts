import { createMarkdownProcessor, type MarkdownProcessor } from '@astrojs/markdown-remark';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { toString } from 'mdast-util-to-string';

/**
 * Claim and review bodies: the content rules checked on the Markdown parser's own tree, and rendering with Astro's
 * Markdown pipeline (GitHub-flavoured Markdown, smart punctuation) plus rel="noopener noreferrer" on external links.
 */

const SAFE_LINK_SCHEMES = new Set(['http', 'https', 'mailto']);

const syntaxExtensions = [gfm()];
const treeExtensions = [gfmFromMarkdown()];

function parse(text: string) {
  return fromMarkdown(text, { extensions: syntaxExtensions, mdastExtensions: treeExtensions });
}

/** A body as plain text (for search and snippets): the words, without Markdown syntax. */
export function markdownText(text: string): string {
  return parse(text)
    .children.map((block) => toString(block))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function visit(node: Nodes, each: (node: Nodes) => void): void {
  each(node);
  if ('children' in node) for (const child of node.children) visit(child, each);
}

/** What is wrong with a Markdown body that would let it smuggle markup or script into a page, if anything. */
export function markdownProblems(text: string): string[] {
  // Raw HTML needs a '<', and a link, image or definition a '[' or a '<' (GFM's bare autolinks are only ever http,
  // https or mailto). Most bodies have neither, and parsing costs about a millisecond each: 10 s at 10,000 claims.
  if (!/[<[]/.test(text)) return [];
  const problems = new Set<string>();
  visit(parse(text), (node) => {
    if (node.type === 'html') problems.add('raw HTML is not allowed in Markdown; write plain Markdown');
    if (node.type === 'link' || node.type === 'definition' || node.type === 'image') {
      const scheme = /^\s*([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(node.url)?.[1].toLowerCase();
      if (scheme && !SAFE_LINK_SCHEMES.has(scheme)) problems.add(`links may only use http, https or mailto, not '${scheme}:'`);
    }
  });
  return [...problems];
}

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

function rehypeExternalLinks() {
  return (tree: HastNode) => markExternalLinks(tree);
}

let processor: Promise<MarkdownProcessor> | undefined;

export async function renderMarkdown(markdown: string): Promise<string> {
  processor ??= createMarkdownProcessor({ syntaxHighlight: false, rehypePlugins: [rehypeExternalLinks] });
  return (await (await processor).render(markdown)).code;
}
