import { z } from 'astro/zod';

/** Lower-case kebab-case identifier used in URLs and cross-references. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case kebab-case (a-z, 0-9, single hyphens)');

/** Kinds of evidence a claim or a study rests on. */
export const evidenceKinds = ['in-vitro', 'in-vivo', 'clinical-trial', 'clinical-correlative', 'review'] as const;
export const evidenceKind = z.enum(evidenceKinds);
export type EvidenceKind = z.infer<typeof evidenceKind>;

/** Which way the crosstalk described by a claim runs. */
export const directions = ['er-to-her2', 'her2-to-er', 'bidirectional', 'none'] as const;
export const direction = z.enum(directions);
export type Direction = z.infer<typeof direction>;

const SAFE_LINK_SCHEMES = new Set(['http', 'https', 'mailto']);

/** What is wrong with a Markdown body that would let it smuggle markup or script into a page, if anything. */
export function markdownProblems(text: string): string[] {
  const problems: string[] = [];
  if (/<\/?[a-zA-Z][^>]*>/.test(text)) problems.push('raw HTML is not allowed in Markdown; write plain Markdown');
  const schemes = [...text.matchAll(/\]\(\s*<?\s*([a-zA-Z][a-zA-Z0-9+.-]*):/g), ...text.matchAll(/^\s*\[[^\]]+\]:\s*<?\s*([a-zA-Z][a-zA-Z0-9+.-]*):/gm)]
    .map((m) => m[1].toLowerCase())
    .filter((scheme) => !SAFE_LINK_SCHEMES.has(scheme));
  for (const scheme of new Set(schemes)) problems.push(`links may only use http, https or mailto, not '${scheme}:'`);
  return problems;
}
