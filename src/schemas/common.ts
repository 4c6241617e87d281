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
