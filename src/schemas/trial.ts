import { z } from 'astro/zod';
import { curationSchema, phase, slug } from './common';

const registryId = z.string().regex(/^(NCT\d{8}|ISRCTN\d+|EudraCT [\d-]+|ChiCTR[-\w]+|JRCT\w+|UMIN\d+)$/, 'must be a registry id like NCT00022672');

/**
 * A clinical trial that evidence items report. Example: content/trials/tandem.yaml:
 * `{name: TAnDEM, registry: NCT00022672, phase: "III", randomised: true, n: 207, primaryEndpoint: Progression-free survival, ...}`.
 */
export const trialSchema = z
  .object({
    /** Acronym or short name used in the literature, e.g. TAnDEM. */
    name: z.string().min(1),
    /** A descriptive title in our words. */
    title: z.string().min(1),
    /** Registry number, only when a page shows it, e.g. NCT00022672; a list for trials reported jointly. */
    registry: z.union([registryId, z.array(registryId).min(1)]).optional(),
    /** Trial phase, e.g. "III"; left out for trials that report none (many before the 1990s). */
    phase: phase.optional(),
    /** Whether patients were randomised between the arms. */
    randomised: z.boolean(),
    /** Disease setting and population, with HER2/HR status. */
    setting: z.string().min(1),
    /** Treatment arms, in our words. */
    arms: z.array(z.string().min(1)).min(1),
    /** Patients randomised or enrolled, e.g. 207. */
    n: z.number().int().positive().optional(),
    /** Drug ids given in the trial. */
    drugs: z.array(slug).default([]),
    /** The primary endpoint, e.g. "Progression-free survival". */
    primaryEndpoint: z.string().min(1),
    /** The result in our words, with exact figures. */
    result: z.string().min(1),
    /** The primary endpoint's effect with its 95% CI where reported, e.g. "HR 0.63 (95% CI 0.47–0.84); P = .0016". */
    effect: z.string().regex(/\d/, 'must carry the figures (at least one number)').optional(),
    /** Citation keys of the publications reporting the trial. */
    references: z.array(z.string().min(1)).min(1),
    curation: curationSchema.optional(),
  })
  .strict();
export type TrialData = z.infer<typeof trialSchema>;
