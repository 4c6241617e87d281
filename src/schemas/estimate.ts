import { z } from 'astro/zod';
import { withArticle } from '../lib/text/article';

/** Effect measures a forest plot can draw: ratios on a log scale, differences on a linear one. */
const measures = ['HR', 'OR', 'RR', 'difference'] as const;
export type Measure = (typeof measures)[number];
export const ratioMeasures: readonly Measure[] = ['HR', 'OR', 'RR'];

/** Endpoint families: two estimates are comparable (one forest plot) when they share one. */
const endpoints = ['os', 'pfs', 'dfs', 'pcr', 'response', 'recurrence', 'other'] as const;
export type Endpoint = (typeof endpoints)[number];

/** A P value as printed, e.g. "0.0016", "<0.001", "0.05". */
const pValue = z.string().regex(/^[<>≤≥]?\s?(?:0?\.\d+|1(?:\.0+)?)(?:[eE]-?\d+)?$/, 'must be a P value as printed, e.g. "0.0016" or "<0.001"');

/** The numbers of one effect, shared by evidence items and trial results; checked for a CI that holds its estimate. */
export const effectNumbers = {
  /** HR | OR | RR | difference. */
  measure: z.enum(measures),
  /** Point estimate, e.g. 0.63. */
  estimate: z.number(),
  /** Lower bound of the 95% confidence interval, e.g. 0.47. */
  low: z.number().optional(),
  /** Upper bound of the 95% confidence interval, e.g. 0.84. */
  high: z.number().optional(),
  /** P value as printed, e.g. "0.0016" or "<0.001". */
  p: pValue.optional(),
};

/** The problems with one effect's numbers, as [field, message] pairs: a ratio at or below 0, a CI that is reversed or misses its estimate. */
export function effectProblems(effect: { measure: Measure; estimate: number; low?: number; high?: number }): [string, string][] {
  const problems: [string, string][] = [];
  const ratio = ratioMeasures.includes(effect.measure);
  if (ratio && effect.estimate <= 0) problems.push(['estimate', `${withArticle(effect.measure)} must be above 0`]);
  if (ratio && effect.low !== undefined && effect.low <= 0) problems.push(['low', `${withArticle(effect.measure)}'s confidence limit must be above 0`]);
  if ((effect.low === undefined) !== (effect.high === undefined))
    problems.push([effect.low === undefined ? 'low' : 'high', 'give both confidence limits or neither']);
  if (effect.low !== undefined && effect.high !== undefined) {
    if (effect.low > effect.high) problems.push(['low', `the lower limit (${effect.low}) is above the upper limit (${effect.high})`]);
    else if (effect.estimate < effect.low || effect.estimate > effect.high)
      problems.push(['estimate', `${effect.estimate} lies outside its confidence interval (${effect.low}–${effect.high})`]);
  }
  return problems;
}

/**
 * The structured effect of one evidence item. Example: `{endpoint: pfs, measure: HR, estimate: 0.63, low: 0.47,
 * high: 0.84, p: "0.0016", comparison: "trastuzumab plus anastrozole vs anastrozole"}`.
 */
export const itemEstimateSchema = z
  .object({
    /** os | pfs | dfs | pcr | response | recurrence | other: estimates on one endpoint share a forest plot. */
    endpoint: z.enum(endpoints),
    ...effectNumbers,
    /** What is compared, first vs second (a ratio below 1 means lower in the first), e.g. "HER2-positive vs HER2-negative". */
    comparison: z.string().trim().min(3),
  })
  .strict()
  .superRefine((effect, ctx) => {
    for (const [path, message] of effectProblems(effect)) ctx.addIssue({ code: 'custom', path: [path], message });
  });
