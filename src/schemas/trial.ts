import { z } from 'astro/zod';
import { curationSchema, phase, slug } from './common';
import { effectNumbers, effectProblems } from './estimate';

const registryId = z.string().regex(/^(NCT\d{8}|ISRCTN\d+|EudraCT [\d-]+|ChiCTR[-\w]+|JRCT\w+|UMIN\d+)$/, 'must be a registry id like NCT00022672');

/** Trials registered from this year on must carry a registry id (ICMJE required registration from 2005). */
export const REGISTRATION_YEAR = 2005;

/** Who a trial enrolled, as the /trials/ facets group them. */
export const trialPopulations = ['hr-pos-her2-pos', 'hr-pos-her2-neg', 'her2-pos', 'hr-pos', 'unselected'] as const;
/** Where in the disease course a trial treated. */
export const trialSettings = ['metastatic', 'early', 'neoadjuvant'] as const;
const analysisKinds = ['overall-survival', 'secondary', 'subgroup', 'biomarker', 'update'] as const;

/** One arm's median or rate, as published. Example: `{arm: "A", value: "8.3 months (median)"}`. */
const armResult = z.object({ arm: z.string().min(1), value: z.string().regex(/\d/, 'must carry the figure') }).strict();

/** Fields a primary result and a later analysis share: the effect's numbers, optional when only per-arm figures are published. */
const resultFields = {
  /** The endpoint and comparison, e.g. "Investigator-assessed progression-free survival, arm A vs arm C". */
  endpoint: z.string().min(1),
  /** Citation key of the publication reporting this result. */
  reference: z.string().min(1),
  /** Patients in this comparison when fewer than the trial enrolled, e.g. 57 of eLEcTRA's 92 (a non-randomised cohort apart). */
  n: z.number().int().positive().optional(),
  measure: effectNumbers.measure.optional(),
  estimate: effectNumbers.estimate.optional(),
  low: effectNumbers.low,
  high: effectNumbers.high,
  p: effectNumbers.p,
  /** Medians or rates per arm, as published. */
  arms: z.array(armResult).default([]),
  /** The result in our words, with exact figures. */
  result: z.string().min(1),
  /** True only when no record available gives the result's figures (some reports before 1990): the page says so. */
  noFigures: z.literal(true).optional(),
};

function checkResult(
  value: { measure?: (typeof effectNumbers.measure)['_output']; estimate?: number; low?: number; high?: number; arms: unknown[]; noFigures?: true },
  ctx: z.RefinementCtx,
) {
  if ((value.measure === undefined) !== (value.estimate === undefined)) {
    ctx.addIssue({ code: 'custom', path: [value.measure === undefined ? 'measure' : 'estimate'], message: 'give the measure and its estimate together' });
    return;
  }
  if (value.measure === undefined || value.estimate === undefined) {
    if (value.arms.length === 0 && !value.noFigures) {
      ctx.addIssue({
        code: 'custom',
        path: ['arms'],
        message: 'a result without an estimate needs the figures per arm (or noFigures: true when no available record gives any)',
      });
    }
    if (value.low !== undefined || value.high !== undefined)
      ctx.addIssue({ code: 'custom', path: ['low'], message: 'a confidence interval needs its measure and estimate' });
    return;
  }
  if (value.noFigures) ctx.addIssue({ code: 'custom', path: ['noFigures'], message: 'a result with an estimate has figures; remove noFigures' });
  for (const [path, message] of effectProblems({ measure: value.measure, estimate: value.estimate, low: value.low, high: value.high }))
    ctx.addIssue({ code: 'custom', path: [path], message });
}

/** The trial's primary result from its primary publication. */
const primaryResultSchema = z.object(resultFields).strict().superRefine(checkResult);

/** A secondary, subgroup, biomarker or later analysis, with its own population and source. */
const trialAnalysisSchema = z
  .object({
    /** overall-survival | secondary | subgroup | biomarker | update. */
    kind: z.enum(analysisKinds),
    /** A short label, e.g. "Final overall survival, A vs C". */
    label: z.string().min(1),
    /** Who the analysis covers, with n, e.g. "ER-positive subgroup (n = 388)". */
    population: z.string().min(1),
    ...resultFields,
  })
  .strict()
  .superRefine(checkResult);

/**
 * A clinical trial that evidence items report. Example: content/trials/tandem.yaml:
 * `{name: TAnDEM, registry: NCT00022672, start: 2001, phase: "III", randomised: true, population: hr-pos-her2-pos, setting: metastatic, ...}`.
 */
export const trialSchema = z
  .object({
    /** Acronym or short name used in the literature, e.g. TAnDEM. */
    name: z.string().min(1),
    /** A descriptive title in our words. */
    title: z.string().min(1),
    /** Registry number as the registry shows it, e.g. NCT00022672; a list for trials reported jointly. */
    registry: z.union([registryId, z.array(registryId).min(1)]).optional(),
    /** Year enrolment began, as a registry or the report states it, e.g. 2001; left out when no record gives it. */
    start: z.number().int().min(1950).max(2100).optional(),
    /** Trial phase as registered, e.g. "III"; left out for trials that report none (many before the 1990s). */
    phase: phase.optional(),
    /** Whether patients were randomised between the arms. */
    randomised: z.boolean(),
    /** hr-pos-her2-pos | hr-pos-her2-neg | her2-pos (any HR) | hr-pos (any HER2) | unselected. */
    population: z.enum(trialPopulations),
    /** metastatic | early (adjuvant) | neoadjuvant. */
    setting: z.enum(trialSettings),
    /** Who was enrolled, in our words: disease setting, prior therapy, HER2/HR status. */
    patients: z.string().min(1),
    /** Treatment arms, in our words. */
    arms: z.array(z.string().min(1)).min(1),
    /** Patients randomised or enrolled, e.g. 207. */
    n: z.number().int().positive().optional(),
    /** Drug ids given in the trial. */
    drugs: z.array(slug).default([]),
    /** The primary result, from the primary publication. */
    primary: primaryResultSchema,
    /** Secondary, subgroup, biomarker and later analyses, each with its source. */
    analyses: z.array(trialAnalysisSchema).default([]),
    /** Citation keys of the publications reporting the trial. */
    references: z.array(z.string().min(1)).min(1),
    curation: curationSchema.optional(),
  })
  .strict()
  .superRefine((trial, ctx) => {
    if (trial.start !== undefined && trial.start >= REGISTRATION_YEAR && trial.registry === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['registry'],
        message: `a trial that started in ${trial.start} (${REGISTRATION_YEAR} or later) needs its registry id`,
      });
    }
    if (trial.primary.n !== undefined && (trial.n === undefined || trial.primary.n >= trial.n)) {
      ctx.addIssue({
        code: 'custom',
        path: ['primary', 'n'],
        message: `give primary.n only for a comparison smaller than the trial's n${trial.n === undefined ? ' (which is missing)' : ` (${trial.n})`}`,
      });
    }
  });
export type TrialData = z.infer<typeof trialSchema>;
export type TrialResult = z.infer<typeof primaryResultSchema>;
export type TrialAnalysis = z.infer<typeof trialAnalysisSchema>;
