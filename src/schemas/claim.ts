import { z } from 'astro/zod';
import { design, direction, era, phase, slug, stance, status } from './common';

/** Longest statement we accept: a claim is one sentence a reader takes in at a glance. */
export const MAX_STATEMENT_LENGTH = 300;
/** Longest short title: it has to fit a browser tab and a breadcrumb. */
export const MAX_TITLE_LENGTH = 70;

const CLINICAL = new Set(['clinical-trial', 'clinical-correlative', 'meta-analysis']);

/**
 * One study's finding on one claim.
 * Example: `{reference: kaufman2009trastuzumab, stance: supports, design: clinical-trial, phase: "III", randomised: true,
 * model: "Postmenopausal HR+/HER2+ metastatic breast cancer, first line", n: 207, effect: "PFS HR 0.63 (95% CI 0.47–0.84)",
 * finding: "Adding trastuzumab to anastrozole doubled median progression-free survival."}`
 */
export const evidenceItemSchema = z
  .object({
    /** Citation key of the study (content/references/), e.g. kaufman2009trastuzumab. */
    reference: z.string().min(1),
    /** supports | contradicts | mixed (partly, or only in a subgroup) | context (background that does not weigh either way). */
    stance,
    /** in-vitro | in-vivo | clinical-trial | clinical-correlative | meta-analysis | review, decided for this finding. */
    design,
    /** Trial phase, for clinical-trial items only, e.g. "III". */
    phase: phase.optional(),
    /** Whether patients were randomised, for clinical-trial items only. */
    randomised: z.boolean().optional(),
    /** `later` for studies published after the review (2014 on); review-era items leave it out. */
    era: era.default('review'),
    /** Cell lines or xenografts by name, or for clinical work the setting and HER2/ER status, e.g. "MCF-7/HER2-18 xenografts". */
    model: z.string().trim().min(1).optional(),
    /** Number of patients, required for clinical and meta-analytic items, e.g. 207; "not reported" when the study does not give it. */
    n: z.union([z.number().int().positive(), z.literal('not reported')]).optional(),
    /** The key figures exactly as reported, e.g. "HR 0.63 (95% CI 0.47–0.84); P = .0016". */
    effect: z.string().trim().regex(/\d/, 'must carry the figures (at least one number)').optional(),
    /** One or two sentences in our words: what this study found that bears on the claim. */
    finding: z.string().trim().min(1).max(700, 'must be at most 700 characters (one or two sentences)'),
  })
  .strict()
  .superRefine((item, ctx) => {
    const trial = item.design === 'clinical-trial';
    if (trial && item.phase === undefined) ctx.addIssue({ code: 'custom', path: ['phase'], message: 'a clinical-trial item needs its phase, e.g. "III"' });
    if (trial && item.randomised === undefined) ctx.addIssue({ code: 'custom', path: ['randomised'], message: 'a clinical-trial item must say whether it was randomised (true or false)' });
    if (!trial && item.phase !== undefined) ctx.addIssue({ code: 'custom', path: ['phase'], message: 'only clinical-trial items have a phase' });
    if (!trial && item.randomised !== undefined) ctx.addIssue({ code: 'custom', path: ['randomised'], message: 'only clinical-trial items are randomised or not' });
    if (CLINICAL.has(item.design) && item.n === undefined) ctx.addIssue({ code: 'custom', path: ['n'], message: `a ${item.design} item needs n, the number of patients` });
    if (item.design !== 'review' && item.model === undefined) ctx.addIssue({ code: 'custom', path: ['model'], message: 'needs the model system or population (cell lines, xenografts, or setting and HER2/ER status)' });
  });
export type EvidenceItemData = z.infer<typeof evidenceItemSchema>;

/**
 * One assertion the review makes or rests on, weighed by every study that bears on it. Its Markdown body is the
 * synthesis. Example: content/claims/her2-overexpression-reduces-tamoxifen-benefit.md.
 */
export const claimSchema = z
  .object({
    /** One sentence in our own words, exactly as strong as the evidence allows. */
    statement: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(MAX_STATEMENT_LENGTH, `must be at most ${MAX_STATEMENT_LENGTH} characters`),
    /** A short title for page titles and breadcrumbs, e.g. "HER2 and tamoxifen benefit". */
    title: z.string().trim().min(1, 'must not be empty').max(MAX_TITLE_LENGTH, `must be at most ${MAX_TITLE_LENGTH} characters`),
    /** Id of the review section this claim belongs to, e.g. endocrine-resistance. */
    section: slug,
    /** her2-to-er | er-to-her2 | bidirectional | single-pathway. */
    direction,
    /** Pathway node ids (content/vocab/pathways.yaml); at least one. */
    pathways: z.array(slug).min(1),
    /** Drug ids (content/vocab/drugs.yaml). */
    drugs: z.array(slug).default([]),
    /** Trial ids (content/trials/) whose results the evidence reports. */
    trials: z.array(slug).default([]),
    /** Ids of earlier claims whose content now lives here; their old addresses redirect to this claim. */
    replaces: z.array(slug).default([]),
    /** A curator's override of the derived status since 2013, only with a reason in our words. */
    status: z
      .object({
        /** confirmed | refined | contradicted | not-yet-tested */
        value: status,
        /** Why the derived status is not the right summary, in one or two sentences. */
        reason: z.string().trim().min(20, 'must explain the override in a sentence or two'),
      })
      .strict()
      .optional(),
    /** The studies that bear on the claim; at least one. */
    evidence: z.array(evidenceItemSchema).min(1, 'needs at least one evidence item'),
  })
  .strict();
export type ClaimData = z.infer<typeof claimSchema>;
/** A claim as written in YAML, before defaults are filled in. */
export type ClaimInput = z.input<typeof claimSchema>;
export type EvidenceItemInput = z.input<typeof evidenceItemSchema>;
