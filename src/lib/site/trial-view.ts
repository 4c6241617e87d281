import type { ResolvedAnalysis, ResolvedResult, Trial } from '../content/corpus';
import { trialPopulations, trialSettings } from '../../schemas/trial';
import { toCsv } from '../text/csv';
import { firstAuthorShort } from './reference-display';
import { registryUrl, siteRoutes } from './routes';

/** The trial comparison: one row per trial, the same columns on the page and in /trials.csv. */

export function registries(trial: Pick<Trial, 'registry'>): string[] {
  return trial.registry === undefined ? [] : ([] as string[]).concat(trial.registry);
}

/** The year the trial was first reported: its primary publication's year, or its earliest one. */
export function trialYear(trial: Trial): number {
  return Math.min(trial.primary.reference.year, ...trial.references.map((ref) => ref.year));
}

const PHASES = ['0', 'I', 'I/II', 'II', 'II/III', 'III', 'IV'];
/** For sorting: trials without a reported phase sort last. */
export function phaseRank(phase: string | undefined): string {
  return phase === undefined ? '' : String(PHASES.indexOf(phase));
}

/** "Phase III, randomised", "Phase II, not randomised", or "Randomised, no phase reported". */
export function trialDesign(trial: Pick<Trial, 'phase' | 'randomised'>): string {
  const allocation = trial.randomised ? 'randomised' : 'not randomised';
  return trial.phase ? `Phase ${trial.phase}, ${allocation}` : `${allocation[0].toUpperCase()}${allocation.slice(1)}, no phase reported`;
}

export const populationLabels: Record<Trial['population'], string> = {
  'hr-pos-her2-pos': 'HR+/HER2+',
  'hr-pos-her2-neg': 'HR+/HER2−',
  'her2-pos': 'HER2+ (any HR)',
  'hr-pos': 'HR+ (any HER2)',
  unselected: 'Unselected',
};

export const settingLabels: Record<Trial['setting'], string> = {
  metastatic: 'Metastatic',
  early: 'Early (adjuvant)',
  neoadjuvant: 'Neoadjuvant',
};

/** The facets of /trials/, in the order they are offered. */
const trialFacets = { population: trialPopulations, setting: trialSettings } as const;

/** A facet of /trials/ as its filter shows it: each value the trials hold, with its label and how many trials hold it. */
export interface TrialFacet {
  name: keyof typeof trialFacets;
  title: string;
  options: { value: string; label: string; count: number }[];
}

export function trialFacetOptions(trials: readonly Trial[]): TrialFacet[] {
  const labels: Record<keyof typeof trialFacets, Record<string, string>> = { population: populationLabels, setting: settingLabels };
  const titles = { population: 'Population', setting: 'Setting' };
  return (Object.keys(trialFacets) as (keyof typeof trialFacets)[]).map((name) => ({
    name,
    title: titles[name],
    options: trialFacets[name]
      .map((value) => ({ value, label: labels[name][value], count: trials.filter((trial) => trial[name] === value).length }))
      .filter((option) => option.count > 0),
  }));
}

/** Newest first, then by name: the trials a reader most likely came for. */
export function trialsNewestFirst(trials: readonly Trial[]): Trial[] {
  return [...trials].sort((a, b) => trialYear(b) - trialYear(a) || a.name.localeCompare(b.name));
}

/** A ratio or difference as papers print it: two decimals at least (1.00, not 1), more when the source gave more. */
export function figure(value: number): string {
  return value.toFixed(Math.max(2, (String(value).split('.')[1] ?? '').length));
}

/** "HR 0.67 (95% CI 0.45–1.00); P = 0.051", from a result's numbers; undefined when it has none. */
export function effectText(result: Pick<ResolvedResult, 'measure' | 'estimate' | 'low' | 'high' | 'p'>): string | undefined {
  if (result.measure === undefined || result.estimate === undefined) return result.p === undefined ? undefined : `P ${pWords(result.p)}`;
  const measure = result.measure === 'difference' ? 'Difference' : result.measure;
  const ci = result.low !== undefined && result.high !== undefined ? ` (95% CI ${figure(result.low)}–${figure(result.high)})` : '';
  return `${measure} ${figure(result.estimate)}${ci}${result.p === undefined ? '' : `; P ${pWords(result.p)}`}`;
}

/** "= 0.051" or "< 0.001", from a P value as printed. */
function pWords(p: string): string {
  const match = /^([<>≤≥])\s?(.*)$/.exec(p);
  return match ? `${match[1]} ${match[2]}` : `= ${p}`;
}

/** "Tolaney et al. 2020": a result's source as the table names it. */
export function sourceLabel(result: { reference: ResolvedResult['reference'] }): string {
  return `${firstAuthorShort(result.reference.author)} ${result.reference.year}`;
}

export const analysisKindLabels: Record<ResolvedAnalysis['kind'], string> = {
  'overall-survival': 'Overall survival',
  secondary: 'Secondary endpoint',
  subgroup: 'Subgroup',
  biomarker: 'Biomarker analysis',
  update: 'Later analysis',
};

const TRIALS_CSV_HEADER = [
  'trial',
  'url',
  'registry',
  'start',
  'phase',
  'randomised',
  'population',
  'setting',
  'patients',
  'arms',
  'n',
  'result',
  'population_analysed',
  'endpoint',
  'measure',
  'estimate',
  'ci_low',
  'ci_high',
  'p',
  'arm_results',
  'result_text',
  'source',
  'source_doi',
  'source_pmid',
  'year',
  'references',
  'registry_urls',
];

/**
 * /trials.csv: one row for each trial's primary result, then one for each of its other analyses (marked in the
 * `result` column), so a spreadsheet or R filters the primary results with one condition and reads every number from
 * its own column.
 */
export function trialsCsv(trials: Trial[], base: string): string {
  const routes = siteRoutes(base);
  const rows = trials.flatMap((trial) => {
    const fixed = [
      trial.name,
      routes.trial(trial.id),
      registries(trial).join('; '),
      trial.start,
      trial.phase,
      trial.randomised,
      trial.population,
      trial.setting,
      trial.patients,
      trial.arms.join('; '),
      trial.n,
    ];
    const tail = [
      trialYear(trial),
      trial.references.map((ref) => ref.id).join('; '),
      registries(trial)
        .flatMap((id) => registryUrl(id) ?? [])
        .join('; '),
    ];
    const row = (kind: string, population: string, result: ResolvedResult) => [
      ...fixed,
      kind,
      population,
      result.endpoint,
      result.measure,
      result.estimate,
      result.low,
      result.high,
      result.p,
      result.arms.map((arm) => `${arm.arm}: ${arm.value}`).join('; '),
      result.result,
      result.reference.id,
      result.reference.DOI,
      result.reference.PMID,
      ...tail,
    ];
    const analysed = trial.primary.n !== undefined ? `${trial.primary.n} in the primary comparison` : trial.randomised ? 'all randomised' : 'all enrolled';
    return [row('primary', analysed, trial.primary), ...trial.analyses.map((analysis) => row(analysis.kind, analysis.population, analysis))];
  });
  return toCsv([TRIALS_CSV_HEADER, ...rows]);
}
