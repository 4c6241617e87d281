import { z } from 'astro/zod';
import { bibliographicSchema, checkDate, doi } from './bibliographic';
import { slug } from './common';

/** One section of the review's outline, described in our words. Example: `{id: her2-to-er, title: "HER2 acting on ER", summary: ...}`. */
export const reviewSectionSchema = z
  .object({
    /** Stable id that claims use in their `section` field, e.g. her2-to-er. */
    id: slug,
    /** Short title in our words. */
    title: z.string().min(1),
    /** One or two sentences on what the section covers. */
    summary: z.string().min(1),
  })
  .strict();

/** The review the explorer is built around: its bibliographic record, outline and (in the body) an overview. */
export const reviewSchema = bibliographicSchema
  .extend({
    type: z.literal('article-journal'),
    /** Journal volume, e.g. "8". */
    volume: z.string().min(1),
    /** Page range, e.g. 256-262. */
    page: z.string().min(1),
    DOI: doi,
    /** The review's message in at most three sentences, in our words (home page). */
    summary: z.string().min(1),
    /** The review's outline in reading order. */
    sections: z.array(reviewSectionSchema).min(1),
    /** Where the bibliographic fields were checked. */
    verified: z
      .object({
        /** Address of the page the fields were checked against. */
        source: z.string().url(),
        /** Date of the check, e.g. 2026-12-03. */
        date: checkDate,
        /** What was not verified. */
        note: z.string().optional(),
      })
      .strict(),
  })
  .strict();
export type ReviewData = z.infer<typeof reviewSchema>;
