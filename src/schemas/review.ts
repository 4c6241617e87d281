import { z } from 'astro/zod';
import { cslName } from './reference';
import { slug } from './common';

/** One section of the review's outline, described in our words. */
export const reviewSectionSchema = z
  .object({
    /** Stable id that claims use in their `section` field. */
    id: slug,
    /** Short title in our words. */
    title: z.string().min(1),
    /** One or two sentences on what the section covers. */
    summary: z.string().min(1),
  })
  .strict();

/** The review the explorer is built around: bibliographic record, outline and (in the body) an overview. */
export const reviewSchema = z
  .object({
    /** CSL item type. */
    type: z.literal('article-journal'),
    /** Title exactly as published. */
    title: z.string().min(1),
    /** Authors in publication order. */
    author: z.array(cslName).min(1),
    /** Full journal name. */
    'container-title': z.string().min(1),
    /** NLM journal abbreviation. */
    'container-title-short': z.string().min(1).optional(),
    /** Publication date as CSL date-parts. */
    issued: z.object({ 'date-parts': z.tuple([z.array(z.number().int()).min(1).max(3)]) }),
    /** Journal volume. */
    volume: z.string().min(1),
    /** Journal issue. */
    issue: z.string().min(1).optional(),
    /** Page range, e.g. 256-262. */
    page: z.string().min(1),
    /** Bare DOI. */
    DOI: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'must be a bare DOI'),
    /** PubMed identifier, only if verified. */
    PMID: z.string().regex(/^\d{1,9}$/).optional(),
    /** PubMed Central identifier, only if verified. */
    PMCID: z.string().regex(/^PMC\d+$/).optional(),
    /** The review's message in at most three sentences, in our words (home page). */
    summary: z.string().min(1),
    /** The review's outline in reading order. */
    sections: z.array(reviewSectionSchema).min(1),
    /** Where the bibliographic fields were checked. */
    verified: z
      .object({
        /** Address of the page the fields were checked against. */
        source: z.string().url(),
        /** Date of the check. */
        date: z.union([z.string(), z.date()]).transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d)),
        /** What was not verified. */
        note: z.string().optional(),
      })
      .strict(),
  })
  .strict();
export type ReviewData = z.infer<typeof reviewSchema>;
