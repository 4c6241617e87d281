import { z } from 'astro/zod';
import { bibliographicSchema, checkDate } from './bibliographic';
import { evidenceKind } from './common';

export { cslName, type CslName } from './bibliographic';

/** One cited study: its bibliographic record plus where it was verified. Example: content/references/arpino2005estrogen.yaml. */
export const referenceSchema = bibliographicSchema
  .extend({
    /** The main kind of evidence this study provides. */
    evidence: evidenceKind,
    /** Where and when the bibliographic fields were checked. */
    verified: z
      .object({
        /** Address of the PubMed/PMC/publisher page the fields were checked against. */
        source: z.string().url(),
        /** Date of the check, e.g. 2026-12-03. */
        date: checkDate,
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
