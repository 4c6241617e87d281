import type { ClaimType, Consensus, Design, Era, Level, Stance, Status } from '../../schemas/common';

/**
 * How a claim's evidence is weighed. Everything here is derived from the evidence items, never typed by hand, and the
 * rules are stated on /about/ in the same words (site/labels.ts). Levels depend on the question: a randomised
 * comparison is the best evidence that a treatment works, an analysis of marker × treatment inside randomised trials
 * the best that a marker predicts benefit (Simon, Paik and Hayes, J Natl Cancer Inst 2009;101:1446), patients' own
 * tumours the best that a mechanism operates.
 */

/** The part of an evidence item the appraisal reads. */
export interface Appraised {
  reference: string;
  /**
   * What counts as one study: the trial a publication reports, else the publication itself, so two reports of one
   * trial (the first and the 10-year update) count once. Defaults to the reference.
   */
  study?: string;
  stance: Stance;
  design: Design;
  phase?: string;
  randomised?: boolean;
  pooled?: 'randomised' | 'observational';
  n?: number | 'not reported';
  era: Era;
  /** The cited study was retracted: the item is shown, flagged, and never counts. */
  retracted?: boolean;
  /** Publication year of the cited study: the most recent decides between equal later items. */
  year?: number;
}

/** The designs that can weigh on each claim type; any other design may appear only as context. */
export const designsFor: Record<ClaimType, readonly Design[]> = {
  mechanism: ['patient-tumours', 'in-vivo', 'in-vitro'],
  prognostic: ['meta-analysis', 'prospective-cohort', 'retrospective-cohort', 'trial-analysis', 'population-registry'],
  predictive: ['meta-analysis', 'clinical-trial', 'trial-analysis', 'prospective-cohort', 'retrospective-cohort'],
  therapeutic: ['meta-analysis', 'clinical-trial', 'trial-analysis', 'prospective-cohort', 'retrospective-cohort'],
  descriptive: ['population-registry', 'meta-analysis', 'prospective-cohort', 'retrospective-cohort', 'trial-analysis', 'patient-tumours'],
};

/** A series smaller than this is a "small series" (level D) for prognostic and descriptive claims. */
export const SMALL_SERIES = 100;

const small = (item: Pick<Appraised, 'n'>) => typeof item.n === 'number' && item.n < SMALL_SERIES;
const phaseThreeOrLater = (phase: string | undefined) => phase === 'III' || phase === 'II/III' || phase === 'IV';

/** The level one finding could lend a claim of this type on its own (before the rules that need two concordant items). */
export function itemLevel(type: ClaimType, item: Pick<Appraised, 'design' | 'randomised' | 'phase' | 'pooled' | 'n'>): Level {
  if (item.design === 'review' || !designsFor[type].includes(item.design)) return 'E';
  switch (type) {
    case 'therapeutic':
      if (item.design === 'meta-analysis') return item.pooled === 'randomised' ? 'A' : 'D';
      if (item.design === 'clinical-trial') return !item.randomised ? 'C' : phaseThreeOrLater(item.phase) ? 'A' : 'B';
      if (item.design === 'trial-analysis') return item.randomised ? 'B' : 'D';
      return 'D';
    case 'predictive':
      if (item.design === 'meta-analysis') return item.pooled === 'randomised' ? 'A' : 'C';
      if (item.design === 'clinical-trial') return item.randomised ? 'A' : 'C';
      if (item.design === 'trial-analysis') return item.randomised ? 'B' : 'C';
      return 'C';
    case 'prognostic':
      if (item.design === 'meta-analysis') return 'A';
      if (item.design === 'prospective-cohort' || item.design === 'trial-analysis') return 'B';
      return small(item) ? 'D' : 'C';
    case 'mechanism':
      if (item.design === 'patient-tumours') return 'A';
      if (item.design === 'in-vivo') return 'B';
      return 'D';
    case 'descriptive':
      if (item.design === 'population-registry' || item.design === 'meta-analysis') return 'A';
      if (item.design === 'prospective-cohort' || item.design === 'trial-analysis') return 'B';
      return small(item) ? 'D' : 'C';
  }
}

/** An item that weighs on the claim: a primary study of a design that can answer the claim's type, not context, not retracted. */
export function weighs(type: ClaimType, item: Appraised): boolean {
  return item.stance !== 'context' && !item.retracted && designsFor[type].includes(item.design);
}

const better = (a: Level, b: Level) => a < b;

/**
 * A claim's evidence level: that of its best supporting item, raised to A for a predictive claim with two or more
 * supporting analyses inside randomised trials (concordant, from different studies), for a prognostic claim with two or
 * more supporting prospective cohorts or trial populations, and to C for a mechanism shown in two or more in vitro
 * studies. E when nothing primary supports it.
 */
export function claimLevel(type: ClaimType, items: Appraised[]): Level {
  const supporting = items.filter((item) => item.stance === 'supports' && weighs(type, item));
  let best: Level = 'E';
  for (const item of supporting) {
    const level = itemLevel(type, item);
    if (better(level, best)) best = level;
  }
  const studies = (match: (item: Appraised) => boolean) => new Set(supporting.filter(match).map(studyOf)).size;
  const randomisedAnalysis = (item: Appraised) => item.design === 'trial-analysis' && item.randomised === true;
  // Concordant means the randomised analyses agree: one against them keeps the claim at B (Simon, Paik and Hayes).
  const againstRandomised = items.some((item) => weighs(type, item) && item.stance === 'contradicts' && randomisedAnalysis(item));
  if (type === 'predictive' && studies(randomisedAnalysis) >= 2 && !againstRandomised) return 'A';
  if (type === 'prognostic' && studies((item) => item.design === 'prospective-cohort' || item.design === 'trial-analysis') >= 2) return 'A';
  if (type === 'mechanism' && best === 'D' && studies((item) => item.design === 'in-vitro') >= 2) return 'C';
  return best;
}

const studyOf = (item: Appraised) => item.study ?? item.reference;

/** Each study once: when a trial has several reports, its most recent one speaks for it. */
function oneItemPerStudy(items: Appraised[]): Appraised[] {
  const latest = new Map<string, Appraised>();
  for (const item of items) {
    const kept = latest.get(studyOf(item));
    if (!kept || (item.year ?? 0) > (kept.year ?? 0)) latest.set(studyOf(item), item);
  }
  return [...latest.values()];
}

/** A claim's consensus with the number of primary studies it counts. */
export interface ConsensusCount {
  value: Consensus;
  /** Primary studies that weigh on the claim (supports, contradicts or mixed). */
  studies: number;
}

/**
 * Consensus from the primary studies only (reviews, context and retracted studies do not count; a trial reported
 * twice counts once, by its latest report): none; a single study; consistent when none is against or mixed;
 * contested when two or more are against, or one is against at a higher level than every supporting item; mixed
 * otherwise.
 */
export function consensus(type: ClaimType, items: Appraised[]): ConsensusCount {
  const weighing = oneItemPerStudy(items.filter((item) => weighs(type, item)));
  const studies = weighing.length;
  if (studies === 0) return { value: 'no-primary-study', studies };
  if (studies === 1) return { value: 'single-study', studies };
  const against = weighing.filter((item) => item.stance === 'contradicts');
  const mixed = weighing.filter((item) => item.stance === 'mixed');
  if (against.length === 0 && mixed.length === 0) return { value: 'consistent', studies };
  const bestFor = weighing.filter((item) => item.stance === 'supports').reduce<Level>((best, item) => {
    const level = itemLevel(type, item);
    return better(level, best) ? level : best;
  }, 'E');
  const strongAgainst = against.length === 1 && better(itemLevel(type, against[0]), bestFor);
  if (against.length >= 2 || strongAgainst) return { value: 'contested', studies };
  return { value: 'mixed', studies };
}

/** The status since the review and the later item that decides it. */
export interface StatusDerivation {
  value: Status;
  /** The highest-level later item (the most recent among equals); absent when there is no later study. */
  deciding?: Appraised;
}

/**
 * The standing since the review, from later primary items of a design that can answer the claim's type: no later
 * study; otherwise the highest-level later items decide (a meta-analysis before single studies of its level):
 * confirmed when they all support, contradicted when they all contradict, refined otherwise. A lower-level later
 * study does not overturn a higher-level one.
 */
export function statusSince(type: ClaimType, items: Appraised[]): StatusDerivation {
  const later = items.filter((item) => item.era === 'later' && weighs(type, item));
  if (later.length === 0) return { value: 'no-later-study' };
  const top = later.reduce<Level>((best, item) => {
    const level = itemLevel(type, item);
    return better(level, best) ? level : best;
  }, 'E');
  const atTop = later.filter((item) => itemLevel(type, item) === top);
  // Within a level a meta-analysis outranks the single studies it pools or sits beside.
  const pooled = atTop.filter((item) => item.design === 'meta-analysis');
  const deciders = pooled.length > 0 ? pooled : atTop;
  const deciding = deciders.reduce((latest, item) => ((item.year ?? 0) > (latest.year ?? 0) ? item : latest));
  const value: Status = deciders.every((item) => item.stance === 'supports')
    ? 'confirmed'
    : deciders.every((item) => item.stance === 'contradicts')
      ? 'contradicted'
      : 'refined';
  return { value, deciding };
}
