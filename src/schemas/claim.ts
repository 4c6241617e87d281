import { z } from 'astro/zod';
import { claimType, design, direction, era, phase, slug, stance, status } from './common';
import { itemEstimateSchema } from './estimate';
import { withArticle } from '../lib/text/article';

/** Longest statement we accept: a claim is one sentence a reader takes in at a glance. */
const MAX_STATEMENT_LENGTH = 300;
/** Longest short title: it has to fit a browser tab and a breadcrumb. */
const MAX_TITLE_LENGTH = 70;

/** Designs that report patients, so their items need n. */
export const PATIENT_DESIGNS: ReadonlySet<string> = new Set([
  'meta-analysis',
  'clinical-trial',
  'trial-analysis',
  'prospective-cohort',
  'retrospective-cohort',
  'population-registry',
]);

/**
 * One study's finding on one claim, its stance judged against the claim's statement as written.
 * Example: `{reference: kaufman2009trastuzumab, stance: supports, design: clinical-trial, phase: "III", randomised: true,
 * model: "Postmenopausal HR+/HER2+ metastatic breast cancer, first line", n: 207, effect: "PFS HR 0.63 (95% CI 0.47–0.84)",
 * estimate: {endpoint: pfs, measure: HR, estimate: 0.63, low: 0.47, high: 0.84, comparison: "trastuzumab plus anastrozole vs anastrozole"},
 * finding: "Adding trastuzumab to anastrozole doubled median progression-free survival."}`
 */
const evidenceItemSchema = z
  .object({
    /** Citation key of the study (content/references/), e.g. kaufman2009trastuzumab. */
    reference: z.string().min(1),
    /** supports | contradicts | mixed (parts each way) | context (reviews, background, studies of another question). */
    stance,
    /** Why the item contradicts or is mixed, in one sentence naming what the statement predicts and what was found. */
    reason: z.string().trim().min(20, 'must say in a sentence what the statement predicts and what was found').optional(),
    /** The design of this finding, e.g. trial-analysis; see common.ts for the list. */
    design,
    /** Trial phase, for clinical-trial items (and optionally trial-analysis), e.g. "III". */
    phase: phase.optional(),
    /**
     * clinical-trial: whether patients were randomised; trial-analysis: whether the comparison the item reports was
     * randomised (treatment within a marker group: true; marker-positive against marker-negative: false).
     */
    randomised: z.boolean().optional(),
    /** meta-analysis only: whether it pools randomised comparisons or observational studies. */
    pooled: z.enum(['randomised', 'observational']).optional(),
    /** `later` for studies published after the review (2014 on); review-era items leave it out. */
    era: era.default('review'),
    /** Cell lines or xenografts by name, or for clinical work the setting and HER2/ER status, e.g. "MCF-7/HER2-18 xenografts". */
    model: z.string().trim().min(1).optional(),
    /** Number of patients, required for designs that report patients, e.g. 207; "not reported" when the study does not give it. */
    n: z.union([z.number().int().positive(), z.literal('not reported')]).optional(),
    /** The key figures exactly as reported, e.g. "HR 0.63 (95% CI 0.47–0.84); P = .0016". */
    effect: z.string().trim().regex(/\d/, 'must carry the figures (at least one number)').optional(),
    /** The effect as numbers, when the study reports a ratio or a difference. */
    estimate: itemEstimateSchema.optional(),
    /** One or two sentences in our words: what this study found that bears on the claim. */
    finding: z.string().trim().min(1).max(700, 'must be at most 700 characters (one or two sentences)'),
  })
  .strict()
  .superRefine((item, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    const trial = item.design === 'clinical-trial';
    const randomisable = trial || item.design === 'trial-analysis';
    if (trial && item.phase === undefined) issue('phase', 'a clinical-trial item needs its phase, e.g. "III"');
    if (randomisable && item.randomised === undefined)
      issue('randomised', `${withArticle(item.design)} item must say whether the treatment compared was randomised (true or false)`);
    if (!randomisable && item.phase !== undefined) issue('phase', 'only clinical-trial and trial-analysis items have a phase');
    if (!randomisable && item.randomised !== undefined) issue('randomised', 'only clinical-trial and trial-analysis items are randomised or not');
    if (item.design === 'meta-analysis' && item.pooled === undefined)
      issue('pooled', 'a meta-analysis item must say what it pools: randomised or observational');
    if (item.design !== 'meta-analysis' && item.pooled !== undefined) issue('pooled', 'only meta-analysis items pool studies');
    if (PATIENT_DESIGNS.has(item.design) && item.n === undefined) issue('n', `${withArticle(item.design)} item needs n, the number of patients`);
    if (item.design !== 'review' && item.model === undefined)
      issue('model', 'needs the model system or population (cell lines, xenografts, or setting and HER2/ER status)');
    if ((item.stance === 'contradicts' || item.stance === 'mixed') && item.reason === undefined) {
      issue('reason', `a '${item.stance}' item needs a reason: what the statement predicts and what the study found`);
    }
    if (item.design === 'review' && item.stance !== 'context')
      issue(
        'stance',
        `a review cannot ${item.stance === 'supports' ? 'support' : item.stance === 'mixed' ? 'be mixed on' : 'contradict'} a claim; mark it context`,
      );
  });
export type EvidenceItemData = z.infer<typeof evidenceItemSchema>;

/**
 * One testable assertion the review makes or rests on, weighed by every study that bears on it. Its Markdown body is
 * the synthesis. Example: content/claims/her2-overexpression-and-tamoxifen-benefit.md.
 */
export const claimSchema = z
  .object({
    /** One testable assertion as the review or the field asserts it, with its direction; never a verdict. */
    statement: z.string().trim().min(1, 'must not be empty').max(MAX_STATEMENT_LENGTH, `must be at most ${MAX_STATEMENT_LENGTH} characters`),
    /** A short title for cards, page titles and breadcrumbs, e.g. "HER2 and tamoxifen benefit". */
    title: z.string().trim().min(1, 'must not be empty').max(MAX_TITLE_LENGTH, `must be at most ${MAX_TITLE_LENGTH} characters`),
    /** mechanism | prognostic | predictive | therapeutic | descriptive: decides which designs can weigh and how levels rank. */
    type: claimType,
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
    /** For a clinical claim, the mechanism claims it tests in patients, e.g. [her2-overexpression-confers-tamoxifen-resistance-in-models]. */
    tests: z.array(slug).default([]),
    /** Other related claims, e.g. the same question in another setting. */
    seeAlso: z.array(slug).default([]),
    /** Ids of earlier claims whose content now lives here; their old addresses redirect to this claim. */
    replaces: z.array(slug).default([]),
    /** The status since 2013: the curator's note on the deciding later study, and an override only with a reason. */
    status: z
      .object({
        /** One sentence: what the deciding later study found and why it decides, e.g. "PERTAIN confirms the PFS gain; ...". */
        note: z.string().trim().min(20, 'must say in a sentence what the deciding study found').optional(),
        /** confirmed | refined | contradicted | no-later-study: overrides the derived status. */
        value: status.optional(),
        /** Why the derived status is not the right summary, in one or two sentences; required with value. */
        reason: z.string().trim().min(20, 'must explain the override in a sentence or two').optional(),
      })
      .strict()
      .superRefine((s, ctx) => {
        if (s.value !== undefined && s.reason === undefined)
          ctx.addIssue({ code: 'custom', path: ['reason'], message: 'an override of the derived status needs a reason' });
        if (s.value === undefined && s.reason !== undefined)
          ctx.addIssue({ code: 'custom', path: ['value'], message: 'a reason is only given with an override value' });
      })
      .optional(),
    /** What a ratio below and above 1 means in this claim's forest plot, e.g. lower: "Favours the added anti-HER2 drug". */
    forest: z
      .object({ lower: z.string().trim().min(3), higher: z.string().trim().min(3) })
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
