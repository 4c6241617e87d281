import { z } from 'astro/zod';
import { bibliographicSchema, checkDate, doi, pmid } from './bibliographic';
import { curationSchema } from './common';

export type { CslName } from './bibliographic';

/**
 * Which record a reader can check the fields against: the PubMed record, the PubMed Central record, the publisher's
 * record (through the DOI, or its landing page when there is no DOI), or, for older studies with none of those
 * available to us, the study's citation as printed in the literature.
 */
const verificationSources = ['pubmed', 'pmc', 'publisher', 'citation'] as const;

/** The public record of a check: which canonical record the fields match, and when. */
export const verifiedSchema = z
  .object({
    /** pubmed (needs a PMID) | pmc (needs a PMCID) | publisher (needs a DOI or URL) | citation. */
    against: z.enum(verificationSources),
    /** Date of the check, e.g. 2026-12-03. */
    date: checkDate,
  })
  .strict();

/** The identifiers a verification source can be reached by, any one of which the record must have. */
export const identifiersFor = { pubmed: ['PMID'], pmc: ['PMCID'], publisher: ['DOI', 'URL'], citation: [] } as const;

/** The problem with a record's verification, if its named source cannot be reached from the record. */
export function verificationProblem(
  record: { verified: { against: keyof typeof identifiersFor } } & Partial<Record<'PMID' | 'PMCID' | 'DOI' | 'URL', string>>,
): string | undefined {
  const wanted: readonly ('PMID' | 'PMCID' | 'DOI' | 'URL')[] = identifiersFor[record.verified.against];
  if (wanted.length === 0 || wanted.some((id) => record[id] !== undefined)) return undefined;
  return `checked against ${record.verified.against} needs the record's ${wanted.join(' or ')}`;
}

const updateTypes = ['retraction', 'correction', 'erratum', 'expression-of-concern'] as const;
export type UpdateType = (typeof updateTypes)[number];

/**
 * A notice attached to a study after publication, as Crossmark and Retraction Watch record them. Example:
 * `{type: retraction, date: 2020-09-10, replacedBy: johnston2021phase, note: "Retracted and replaced after ..."}`.
 */
const updateSchema = z
  .object({
    /** retraction | correction | erratum | expression-of-concern. */
    type: z.enum(updateTypes),
    /** Date of the notice: YYYY-MM-DD, YYYY-MM or YYYY. */
    date: z.union([z.string().regex(/^\d{4}(?:-\d{2}){0,2}$/, 'must be a date like 2020-09-10, 2020-09 or 2020'), z.number().int()]).transform(String),
    /** The notice's DOI, when it has one. */
    DOI: doi.optional(),
    /** The notice's PMID, when PubMed indexes it. */
    PMID: pmid.optional(),
    /** Citation key of the article that replaces this one (a corrected republication). */
    replacedBy: z.string().min(1).optional(),
    /** One sentence in our words: what the notice says. */
    note: z.string().min(10),
  })
  .strict();

/** One cited study: its bibliographic record, its public verification and the curator's working record. Example: content/references/arpino2005estrogen.yaml. */
export const referenceSchema = bibliographicSchema
  .extend({
    /**
     * `partial` when no record available to us shows every author: the list holds those confirmed, in order, and
     * exports mark it as incomplete (BibTeX "and others", "et al." in formatted citations). Default `complete`.
     */
    authorList: z.enum(['complete', 'partial']).default('complete'),
    verified: verifiedSchema,
    /** Retractions, corrections, errata and expressions of concern, oldest first. */
    updates: z.array(updateSchema).default([]),
    curation: curationSchema.optional(),
  })
  .strict()
  .superRefine((ref, ctx) => {
    const problem = verificationProblem(ref);
    if (problem) ctx.addIssue({ code: 'custom', path: ['verified', 'against'], message: problem });
    if (ref.authorList === 'partial' && !ref.curation?.note) {
      ctx.addIssue({ code: 'custom', path: ['authorList'], message: 'a partial author list needs a curation.note saying where the list stops and why' });
    }
  });
export type ReferenceData = z.infer<typeof referenceSchema>;
/** A reference as written in YAML, before defaults are filled in. */
export type ReferenceInput = z.input<typeof referenceSchema>;
