import { z } from 'astro/zod';
import { slug } from './common';

/** A clinical trial named by claims. */
export const trialSchema = z
  .object({
    /** Acronym or short name used in the literature, e.g. TAnDEM. */
    name: z.string().min(1),
    /** Descriptive title. */
    title: z.string().min(1),
    /** Registry number (e.g. NCT00022672), only when verified. */
    registry: z.string().regex(/^(NCT\d{8}|ISRCTN\d+|EudraCT [\d-]+)$/, 'must be a registry id like NCT00022672').optional(),
    /** Trial phase, e.g. "II" or "III". */
    phase: z.string().min(1),
    /** Disease setting and population. */
    setting: z.string().min(1),
    /** Treatment arms. */
    arms: z.array(z.string().min(1)).min(1),
    /** Number of randomised or enrolled patients, when verified. */
    n: z.number().int().positive().optional(),
    /** Drug ids given in the trial. */
    drugs: z.array(slug).default([]),
    /** Primary result in our words, with exact figures. */
    primaryResult: z.string().min(1),
    /** Reference keys reporting the trial. */
    references: z.array(z.string().min(1)).min(1),
    /** What could not be verified. */
    note: z.string().optional(),
  })
  .strict();
export type TrialData = z.infer<typeof trialSchema>;
