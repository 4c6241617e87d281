import type { Trial } from '../content/corpus';
import { toCsv } from './downloads';
import { registryUrl, siteRoutes } from './routes';

/** The trial comparison: one row per trial, the same columns on the page and in /trials.csv. */

export function registries(trial: Pick<Trial, 'registry'>): string[] {
  return trial.registry === undefined ? [] : ([] as string[]).concat(trial.registry);
}

/** The year the trial was first reported: its earliest publication in the corpus. */
export function trialYear(trial: Trial): number {
  return Math.min(...trial.references.map((ref) => ref.year));
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

export const TRIALS_CSV_HEADER = ['trial', 'url', 'registry', 'phase', 'randomised', 'setting', 'arms', 'n', 'primary_endpoint', 'effect', 'result', 'year', 'references', 'registry_urls'];

export function trialsCsv(trials: Trial[], base: string): string {
  const routes = siteRoutes(base);
  const rows = trials.map((trial) => [
    trial.name,
    routes.trial(trial.id),
    registries(trial).join('; '),
    trial.phase ?? '',
    String(trial.randomised),
    trial.setting,
    trial.arms.join('; '),
    trial.n === undefined ? '' : String(trial.n),
    trial.primaryEndpoint,
    trial.effect ?? '',
    trial.result,
    String(trialYear(trial)),
    trial.references.map((ref) => ref.id).join('; '),
    registries(trial).flatMap((id) => registryUrl(id) ?? []).join('; '),
  ]);
  return toCsv([TRIALS_CSV_HEADER, ...rows]);
}
