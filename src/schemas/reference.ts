import { z } from 'astro/zod';
import { evidenceKind } from './common';

/** A person or organisation in CSL-JSON form. */
export const cslName = z.union([
  z
    .object({
      /** Family name exactly as published, with accents. */
      family: z.string().min(1),
      /** Given names or initials as published. */
      given: z.string().min(1).optional(),
      /** Generational suffix, e.g. Jr. */
      suffix: z.string().min(1).optional(),
    })
    .strict(),
  z
    .object({
      /** Corporate or group author, e.g. a trial group. */
      literal: z.string().min(1),
    })
    .strict(),
]);
export type CslName = z.infer<typeof cslName>;

const year = z.number().int().min(1900).max(2100);

/** One cited study: CSL-JSON field names, plus the record of where it was verified. */
export const referenceSchema = z
  .object({
    /** CSL item type, e.g. article-journal. */
    type: z.enum(['article-journal', 'paper-conference', 'book', 'chapter', 'report']),
    /** Title exactly as published (Greek letters and capitalisation kept). */
    title: z.string().min(1),
    /** Authors in publication order. */
    author: z.array(cslName).min(1),
    /** Full journal name. */
    'container-title': z.string().min(1),
    /** NLM journal abbreviation, as PubMed shows it. */
    'container-title-short': z.string().min(1).optional(),
    /** Publication date as CSL date-parts; the year is required. */
    issued: z.object({
      /** [[year, month?, day?]] */
      'date-parts': z.tuple([z.array(z.number().int()).min(1).max(3)]).refine((parts) => year.safeParse(parts[0][0]).success, {
        message: 'the first date part must be a four-digit year',
      }),
    }),
    /** Journal volume. */
    volume: z.string().min(1).optional(),
    /** Journal issue. */
    issue: z.string().min(1).optional(),
    /** Page range with a hyphen, e.g. 926-935, or an article number. */
    page: z.string().regex(/^[A-Za-z]?\d+[A-Za-z]?(?:-[A-Za-z]?\d+[A-Za-z]?)?$/, 'must be a page or page range like 926-935').optional(),
    /** Bare DOI without resolver prefix. */
    DOI: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'must be a bare DOI like 10.1093/jnci/djh166').optional(),
    /** PubMed identifier, digits only. */
    PMID: z.string().regex(/^\d{1,9}$/, 'must be digits only, e.g. "15199112"').optional(),
    /** PubMed Central identifier. */
    PMCID: z.string().regex(/^PMC\d+$/, 'must look like PMC1234567').optional(),
    /** A stable landing page when there is no DOI. */
    URL: z.string().url().optional(),
    /** The main kind of evidence this study provides. */
    evidence: evidenceKind,
    /** Where and when the bibliographic fields were checked. */
    verified: z
      .object({
        /** Address of the stored PubMed/PMC/publisher page the fields were checked against. */
        source: z.string().url(),
        /** Date of the check (YYYY-MM-DD). */
        date: z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.date()]).transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d)),
        /** Fields that could not be verified and were left out, or how they were verified. */
        note: z.string().optional(),
      })
      .strict(),
  })
  .strict()
  .refine((ref) => ref.DOI !== undefined || ref.PMID !== undefined || (ref.verified.note ?? '').length > 0, {
    message: 'needs a DOI or a PMID, or a verified.note saying why neither exists',
    path: ['DOI'],
  });
export type ReferenceData = z.infer<typeof referenceSchema>;
