import { z } from 'astro/zod';
import { direction, evidenceKind, slug } from './common';

/** Longest statement we accept: a claim is one sentence a reader takes in at a glance. */
export const MAX_STATEMENT_LENGTH = 300;

/** One claim of the review, in our own words, with what it points to. Its Markdown body gives the context. */
export const claimSchema = z
  .object({
    /** One sentence in our own words stating what the cited studies found. */
    statement: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(MAX_STATEMENT_LENGTH, `must be at most ${MAX_STATEMENT_LENGTH} characters`),
    /** Id of the review section this claim belongs to. */
    section: slug,
    /** Which way the crosstalk runs. */
    direction,
    /** The strongest kind of evidence among the references that support this statement. */
    evidence: evidenceKind,
    /** Pathway node ids (content/vocab/pathways.yaml); at least one. */
    pathways: z.array(slug).min(1),
    /** Drug ids (content/vocab/drugs.yaml). */
    drugs: z.array(slug).default([]),
    /** Trial ids (content/trials/). */
    trials: z.array(slug).default([]),
    /** Cell lines, xenografts or patient cohorts studied. */
    models: z.array(z.string().min(1)).default([]),
    /** Reference keys (content/references/); at least one. */
    references: z.array(z.string().min(1)).min(1),
  })
  .strict();
export type ClaimData = z.infer<typeof claimSchema>;
