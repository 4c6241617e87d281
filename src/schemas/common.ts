import { z } from 'astro/zod';

/** Lower-case kebab-case identifier used in URLs and cross-references, e.g. her2-to-er. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case kebab-case (a-z, 0-9, single hyphens)');

/** Which way the crosstalk described by a claim runs; `single-pathway` claims are about ER or HER2 on its own. */
export const directions = ['her2-to-er', 'er-to-her2', 'bidirectional', 'single-pathway'] as const;
export const direction = z.enum(directions);
export type Direction = z.infer<typeof direction>;

/** How one study's finding bears on a claim. */
export const stances = ['supports', 'contradicts', 'mixed', 'context'] as const;
export const stance = z.enum(stances);
export type Stance = z.infer<typeof stance>;

/**
 * The design behind one finding, decided per finding (a paper with cell lines and xenografts may give either):
 * meta-analysis (pooled studies) · clinical-trial (a trial's own comparison or single-arm result) · trial-analysis (a
 * subgroup, marker or biomarker analysis inside a trial) · prospective-cohort · retrospective-cohort ·
 * population-registry · patient-tumours (patients' tumours or blood studied for mechanism: paired biopsies, profiling,
 * ctDNA) · in-vivo (xenografts, animal models) · in-vitro (cell lines) · review.
 */
export const designs = [
  'meta-analysis',
  'clinical-trial',
  'trial-analysis',
  'prospective-cohort',
  'retrospective-cohort',
  'population-registry',
  'patient-tumours',
  'in-vivo',
  'in-vitro',
  'review',
] as const;
export const design = z.enum(designs);
export type Design = z.infer<typeof design>;

/** Whether a finding is from the review's era (studies up to its year) or later evidence. */
const eras = ['review', 'later'] as const;
export const era = z.enum(eras);
export type Era = z.infer<typeof era>;

/** A claim's standing in the evidence published after the review; `no-later-study` when this corpus records none. */
export const statuses = ['confirmed', 'refined', 'contradicted', 'no-later-study'] as const;
export const status = z.enum(statuses);
export type Status = z.infer<typeof status>;

/** What a claim asserts, after CIViC's evidence types: how a mechanism works, a marker's prognosis, a marker's
 * prediction of a named treatment's benefit, a treatment's effect in a population, or how common something is. */
export const claimTypes = ['mechanism', 'prognostic', 'predictive', 'therapeutic', 'descriptive'] as const;
export const claimType = z.enum(claimTypes);
export type ClaimType = z.infer<typeof claimType>;

/** Evidence levels, derived from a claim's best supporting item by rules that depend on the claim's type (appraisal.ts). */
export const levels = ['A', 'B', 'C', 'D', 'E'] as const;
export type Level = (typeof levels)[number];

/** How a claim's primary studies agree, derived from their stances; always shown with their count. */
export const consensuses = ['no-primary-study', 'single-study', 'consistent', 'mixed', 'contested'] as const;
export type Consensus = (typeof consensuses)[number];

/** Trial phases as registries write them. */
export const phase = z.enum(['0', 'I', 'I/II', 'II', 'II/III', 'III', 'IV']);

/** The curator's working record: the pages actually read and notes. Never shown on public pages as provenance. */
export const curationSchema = z
  .object({
    /** The page or pages read (may be mirrors), e.g. https://read.qxmd.com/read/16145046/... */
    source: z.union([z.string().url(), z.array(z.string().url()).min(1)]).optional(),
    /** What was checked, what is left out and why. */
    note: z.string().min(1).optional(),
  })
  .strict();
