import type { Claim, Corpus, EvidenceItem, Trial } from '../content/corpus';
import { ratioMeasures, type Endpoint } from '../../schemas/estimate';
import type { Stance } from '../../schemas/common';
import type { ForestInput } from '../figures/forest';
import { studyLabel } from './evidence-view';
import { figure, populationLabels, settingLabels } from './trial-view';
import { plural } from './labels';

/** The forest plots pages draw: one per endpoint on a claim with two or more ratios on it, one per population on /trials/. */

interface ForestEntry extends ForestInput {
  /** The row's name, e.g. "Kaufman et al. 2009 (TAnDEM)". */
  label: string;
  href: string;
  /** A second line, e.g. "n = 207 · PFS". */
  detail: string;
  /** The effect in words, e.g. "HR 0.63 (0.47–0.84)". */
  effect: string;
  /** For a claim's plot: the item's stance, which colours the square (and is written beside it). */
  stance?: Stance;
}

export interface ForestPlot {
  id: string;
  title: string;
  /** What a ratio below and above the null line means. */
  lower: string;
  higher: string;
  entries: ForestEntry[];
}

const endpointLabels: Record<Endpoint, string> = {
  os: 'Overall survival',
  pfs: 'Progression-free survival',
  dfs: 'Disease-free or recurrence-free survival',
  pcr: 'Pathological complete response',
  response: 'Response or clinical benefit',
  recurrence: 'Recurrence',
  other: 'Other endpoints',
};

function ratioText(measure: string, estimate: number, low?: number, high?: number): string {
  return `${measure} ${figure(estimate)}${low !== undefined && high !== undefined ? ` (${figure(low)}–${figure(high)})` : ''}`;
}

const patients = (n: number | 'not reported' | undefined) => (typeof n === 'number' ? `n = ${n.toLocaleString('en-GB')}` : undefined);

/** One plot per endpoint on which two or more of the claim's items report a ratio, in the endpoints' order. */
export function claimForests(claim: Claim, itemHref: (item: EvidenceItem) => string): ForestPlot[] {
  const byEndpoint = new Map<Endpoint, EvidenceItem[]>();
  for (const item of claim.evidence) {
    if (!item.estimate || !ratioMeasures.includes(item.estimate.measure)) continue;
    const list = byEndpoint.get(item.estimate.endpoint) ?? [];
    list.push(item);
    byEndpoint.set(item.estimate.endpoint, list);
  }
  return [...byEndpoint]
    .filter(([, items]) => items.length >= 2)
    .map(([endpoint, items]) => ({
      id: `forest-${endpoint}`,
      title: `${endpointLabels[endpoint]}: ${plural(items.length, 'estimate')}`,
      lower: claim.forest?.lower ?? 'Ratio below 1',
      higher: claim.forest?.higher ?? 'Ratio above 1',
      entries: [...items]
        .sort((a, b) => a.reference.year - b.reference.year || a.reference.id.localeCompare(b.reference.id))
        .map((item) => {
          const e = item.estimate!;
          const trials = item.reference.trials.map((t) => t.name).join(', ');
          return {
            id: item.id,
            estimate: e.estimate,
            low: e.low,
            high: e.high,
            n: typeof item.n === 'number' ? item.n : undefined,
            label: `${studyLabel(item)}${trials ? ` (${trials})` : ''}`,
            href: itemHref(item),
            detail: [patients(item.n), e.comparison].filter(Boolean).join(' · '),
            effect: ratioText(e.measure, e.estimate, e.low, e.high),
            stance: item.stance,
          };
        }),
    }));
}

/**
 * The trials' primary hazard ratios, one plot per population with two or more, grouped by setting (metastatic,
 * early, neoadjuvant), newest first within a setting.
 */
export function trialForests(corpus: Corpus, trialHref: (trial: Trial) => string): ForestPlot[] {
  const withRatio = corpus.trials.filter((t) => t.primary.measure === 'HR' && t.primary.estimate !== undefined);
  const settings = Object.keys(settingLabels) as Trial['setting'][];
  return (Object.keys(populationLabels) as Trial['population'][])
    .map((population) => {
      const trials = withRatio
        .filter((t) => t.population === population)
        .sort(
          (a, b) =>
            settings.indexOf(a.setting) - settings.indexOf(b.setting) || b.primary.reference.year - a.primary.reference.year || a.name.localeCompare(b.name),
        );
      return {
        id: `forest-${population}`,
        title: `${populationLabels[population]}: primary hazard ratios of ${plural(trials.length, 'trial')}`,
        lower: 'Favours the experimental arm',
        higher: 'Favours the control arm',
        entries: trials.map((trial) => ({
          id: trial.id,
          estimate: trial.primary.estimate!,
          low: trial.primary.low,
          high: trial.primary.high,
          n: trial.primary.n ?? trial.n,
          group: settingLabels[trial.setting],
          label: trial.name,
          href: trialHref(trial),
          detail: [patients(trial.primary.n ?? trial.n), trial.primary.endpoint].filter(Boolean).join(' · '),
          effect: ratioText('HR', trial.primary.estimate!, trial.primary.low, trial.primary.high),
        })),
      };
    })
    .filter((plot) => plot.entries.length >= 2);
}
