import { z } from 'astro/zod';

/** A person or organisation in CSL-JSON form. */
const cslName = z.union([
  z
    .object({
      /** Family name exactly as published, with accents, e.g. "De Placido". */
      family: z.string().min(1),
      /** Given names or initials as published, e.g. "C. Kent". */
      given: z.string().min(1).optional(),
      /** Generational suffix, e.g. "Jr". */
      suffix: z.string().min(1).optional(),
    })
    .strict(),
  z
    .object({
      /** Corporate or group author, e.g. "Early Breast Cancer Trialists' Collaborative Group". */
      literal: z.string().min(1),
    })
    .strict(),
]);
export type CslName = z.infer<typeof cslName>;

const year = z.number().int().min(1900).max(2100);

/** Bare DOI without resolver prefix, e.g. 10.1093/jnci/djh166. */
export const doi = z.string().regex(/^10\.\d{4,9}\/\S+$/, 'must be a bare DOI like 10.1093/jnci/djh166');
/** PubMed identifier, digits only, e.g. "15199112". */
export const pmid = z.string().regex(/^\d{1,9}$/, 'must be digits only, e.g. "15199112"');
/** PubMed Central identifier, e.g. PMC1234567. */
const pmcid = z.string().regex(/^PMC\d+$/, 'must look like PMC1234567');

/**
 * The bibliographic record of a journal article in CSL-JSON field names, shared by cited studies and the review.
 * Example: `{ type: article-journal, title: "...", author: [{family: Arpino, given: Grazia}], container-title: ..., issued: {date-parts: [[2005, 9, 7]]} }`.
 */
export const bibliographicSchema = z.object({
  /** CSL item type, e.g. article-journal. */
  type: z.enum(['article-journal', 'paper-conference', 'book', 'chapter', 'report']),
  /** Title exactly as published (Greek letters and capitalisation kept). */
  title: z.string().min(1),
  /** Every author, in publication order. */
  author: z.array(cslName).min(1),
  /** Full journal name, e.g. "Journal of Clinical Oncology". */
  'container-title': z.string().min(1),
  /** NLM journal abbreviation as PubMed shows it, e.g. "J Clin Oncol". */
  'container-title-short': z.string().min(1).optional(),
  /** The print issue date PubMed cites, as CSL date-parts: [[2005, 9, 7]]; the year is required. */
  issued: z.object({
    'date-parts': z.tuple([z.array(z.number().int()).min(1).max(3)]).refine((parts) => year.safeParse(parts[0][0]).success, {
      message: 'the first date part must be a four-digit year',
    }),
  }),
  /** Journal volume, e.g. "97". */
  volume: z.string().min(1).optional(),
  /** Journal issue, e.g. "17". */
  issue: z.string().min(1).optional(),
  /** Page range with a hyphen, e.g. 1254-1261, 331s-336s, 80-91.e7 (online-only pages after the printed range), or an article number such as 283ra51. */
  page: z
    .string()
    .regex(
      /^[A-Za-z]*\d+[A-Za-z0-9]*(?:-[A-Za-z]*\d+[A-Za-z0-9]*(?:\.e\d+)?)?$/,
      'must be a page, page range or article number like 926-935, 80-91.e7 or 283ra51',
    )
    .optional(),
  DOI: doi.optional(),
  PMID: pmid.optional(),
  PMCID: pmcid.optional(),
  /** A stable landing page when there is no DOI. */
  URL: z.string().url().optional(),
});
export type BibliographicData = z.infer<typeof bibliographicSchema>;

/** A check date, written as YYYY-MM-DD. */
export const checkDate = z
  .union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-12-03'), z.date()])
  .transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d));
