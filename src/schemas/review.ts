import { z } from 'astro/zod';
import { bibliographicSchema, doi } from './bibliographic';
import { curationSchema, slug } from './common';
import { verificationProblem, verifiedSchema } from './reference';

/** One section of the review's outline, described in our words. Example: `{id: her2-to-er, title: "HER2 acting on ER", summary: ...}`. */
const reviewSectionSchema = z
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
    verified: verifiedSchema,
    curation: curationSchema.optional(),
  })
  .strict()
  .superRefine((review, ctx) => {
    const problem = verificationProblem(review);
    if (problem) ctx.addIssue({ code: 'custom', path: ['verified', 'against'], message: problem });
  });
export type ReviewData = z.infer<typeof reviewSchema>;
