import type { ClaimType, Consensus, Design, Direction, Era, Level, Stance, Status } from '../../schemas/common';
import { SMALL_SERIES } from '../content/appraisal';
import type { CrosstalkWay, Interaction } from '../content/corpus';
import type { InteractionEffect, Mechanism } from '../../schemas/interaction';
import type { UpdateType } from '../../schemas/reference';
import { drugClasses, type DrugClass } from '../../schemas/vocab';
import type { ResultType } from '../search/documents';
import type { ItemFilter } from '../search/export-selection';
import type { FacetKey, SortOrder } from '../search/url-state';

/**
 * Every word the site uses for a vocabulary value, with the explanation shown beside it (never only on hover). Pages,
 * browser scripts and the search island all read their labels here; it imports only types and plain tables, so the
 * browser bundles take just the labels they use.
 */

export const directionLabels: Record<Direction, string> = {
  'her2-to-er': 'HER2 → ER',
  'er-to-her2': 'ER → HER2',
  bidirectional: 'Both ways',
  'single-pathway': 'One pathway',
};

export const directionDescriptions: Record<Direction, string> = {
  'her2-to-er': 'HER2 and growth-factor signalling acting on the estrogen receptor',
  'er-to-her2': 'The estrogen receptor acting on HER2 and the HER family',
  bidirectional: 'Crosstalk both ways, or one pathway rising when the other is blocked',
  'single-pathway': 'About ER or HER2 signalling on its own, or the clinical setting, without one acting on the other',
};

export const stanceLabels: Record<Stance, string> = {
  supports: 'Supports',
  contradicts: 'Contradicts',
  mixed: 'Mixed',
  context: 'Context',
};

/** A symbol for each stance, so stance never rests on colour alone. */
export const stanceSymbols: Record<Stance, string> = {
  supports: '✓',
  contradicts: '✗',
  mixed: '±',
  context: '○',
};

export const stanceDescriptions: Record<Stance, string> = {
  supports: 'The study found what the statement says.',
  contradicts: 'The study found the opposite, in a design that could have shown the statement.',
  mixed: 'Parts of the finding go each way, or only a subgroup agrees.',
  context: 'A review, background, or a study of another question: shown, not weighed.',
};

export const designLabels: Record<Design, string> = {
  'meta-analysis': 'Meta-analysis',
  'clinical-trial': 'Clinical trial',
  'trial-analysis': 'Analysis within a trial',
  'prospective-cohort': 'Prospective cohort',
  'retrospective-cohort': 'Retrospective cohort',
  'population-registry': 'Population registry',
  'patient-tumours': 'Patients’ tumours',
  'in-vivo': 'Animal model (in vivo)',
  'in-vitro': 'Cell lines (in vitro)',
  review: 'Review',
};

export const claimTypeLabels: Record<ClaimType, string> = {
  mechanism: 'Mechanism',
  prognostic: 'Prognostic',
  predictive: 'Predictive',
  therapeutic: 'Therapeutic',
  descriptive: 'Descriptive',
};

export const claimTypeDescriptions: Record<ClaimType, string> = {
  mechanism: 'How the pathways act on each other, shown in cells, animals or patients’ tumours.',
  prognostic: 'A marker and how patients fare, whatever their treatment.',
  predictive: 'A marker and how much a named treatment helps.',
  therapeutic: 'Whether a treatment works in a population.',
  descriptive: 'How common something is, or which subtypes exist.',
};

/**
 * The level rules for each claim type, as /about/ states them and the appraisal applies them (content/appraisal.ts).
 * Predictive levels follow Simon, Paik and Hayes (J Natl Cancer Inst 2009;101:1446).
 */
export const levelRules: Record<ClaimType, Partial<Record<Level, string>>> = {
  therapeutic: {
    A: 'a meta-analysis of randomised trials, or a randomised phase III trial',
    B: 'a randomised phase II trial, or a randomised comparison within a trial subgroup',
    C: 'a single-arm or non-randomised trial',
    D: 'observational studies',
    E: 'no primary study supports it',
  },
  predictive: {
    A: 'a randomised trial designed around the marker, a meta-analysis of randomised trials, or two or more concordant analyses of marker × treatment inside randomised trials',
    B: 'one such analysis inside a randomised trial',
    C: 'patients who all had the treatment, without a randomised control (treated-only cohorts)',
    E: 'no primary study supports it',
  },
  prognostic: {
    A: 'a meta-analysis, or two or more prospective cohorts or trial populations',
    B: 'one prospective cohort or trial population',
    C: 'retrospective cohorts or registries',
    D: `retrospective series of fewer than ${SMALL_SERIES} patients`,
    E: 'no primary study supports it',
  },
  mechanism: {
    A: 'shown in patients’ tumours (for example paired biopsies)',
    B: 'shown in animal models (with cell-line work)',
    C: 'cell lines, in two or more studies',
    D: 'cell lines, in one study',
    E: 'a review or inference only',
  },
  descriptive: {
    A: 'a population registry or a meta-analysis',
    B: 'a prospective cohort or trial population',
    C: `a retrospective cohort or tumour series of ${SMALL_SERIES} or more`,
    D: 'a small series',
    E: 'no primary study supports it',
  },
};

/** What a level means for a claim of this type, e.g. "a randomised phase III trial or …". */
export function levelLabel(type: ClaimType, level: Level): string {
  return levelRules[type][level] ?? 'no primary study supports it';
}

export const levelRule =
  'A claim’s evidence level is that of its best supporting primary study, ranked by what can answer the claim’s question: a randomised comparison for a treatment, an analysis of marker × treatment inside randomised trials for a predictive marker, patients’ tumours for a mechanism. Reviews and retracted studies never count.';

export const consensusLabels: Record<Consensus, string> = {
  'no-primary-study': 'No primary study',
  'single-study': 'Single study',
  consistent: 'Consistent',
  mixed: 'Mixed',
  contested: 'Contested',
};

export const consensusDescriptions: Record<Consensus, string> = {
  'no-primary-study': 'No primary study weighs on the claim; reviews and background only.',
  'single-study': 'One primary study weighs on the claim, so there is nothing to agree or disagree with yet.',
  consistent: 'Every primary study that weighs on the claim supports it.',
  mixed: 'The primary studies point in different directions: some go against the claim or support it only in part, short of the bar for Contested.',
  contested: 'Two or more primary studies go against the claim, or one against outranks every study for it.',
};

/** "Consistent · 4 studies", "Single study". */
export function consensusWithCount(consensus: { value: Consensus; studies: number }): string {
  if (consensus.value === 'single-study' || consensus.value === 'no-primary-study') return consensusLabels[consensus.value];
  return `${consensusLabels[consensus.value]} · ${plural(consensus.studies, 'study', 'studies')}`;
}

export const consensusRule =
  'Consensus counts primary studies only (not reviews, context or retracted studies) and always shows their number: a single study is “Single study”; consistent when none goes against the claim or supports it only in part; contested when two or more go against it, or one against it outranks every study for it; mixed otherwise.';

export const statusLabels: Record<Status, string> = {
  confirmed: 'Confirmed',
  refined: 'Refined',
  contradicted: 'Contradicted',
  'no-later-study': 'No later study recorded',
};

export const statusDescriptions: Record<Status, string> = {
  confirmed: 'The strongest studies published since the review support the claim.',
  refined: 'The strongest later studies support it only in part, in some patients, or disagree with each other.',
  contradicted: 'The strongest later studies go against the claim.',
  'no-later-study': 'No study published since the review that weighs on this claim is recorded here.',
};

export const statusRule =
  'The status since 2013 comes from the primary studies published from 2014 on whose design can answer the claim’s question: the highest-level of them decide it, a meta-analysis before the single studies of its level (confirmed when they all support the claim, contradicted when they all go against it, refined otherwise), and a weaker later study does not overturn a stronger one. Each status names its deciding study with a note. A curator may override a status only with a reason, shown with it.';

export const eraLabels: Record<Era, string> = {
  review: 'Review era',
  later: 'Since 2013',
};

export function drugClassLabel(drugClass: DrugClass): string {
  return drugClasses[drugClass];
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

export const wayLabels: Record<CrosstalkWay, string> = {
  'her-to-er': 'HER side → ER',
  'er-to-her': 'ER → HER side',
  within: 'Within a side',
};

export const wayDescriptions: Record<CrosstalkWay, string> = {
  'her-to-er': 'growth-factor signalling acting on the estrogen receptor (solid)',
  'er-to-her': 'the estrogen receptor acting on HER-family signalling (dashed)',
  within: 'links inside one side that carry the crosstalk on (dotted)',
};

export const effectLabels: Record<InteractionEffect, string> = { activates: 'Activates', inhibits: 'Inhibits' };

export const mechanismLabels: Record<Mechanism, string> = {
  phosphorylation: 'phosphorylation',
  transcription: 'transcriptional regulation',
  binding: 'binding',
  degradation: 'degradation',
  other: 'other mechanism',
};

/** "activates by phosphorylation (ERα Ser118); 2 claims; best level B". */
export function interactionSummary(interaction: Pick<Interaction, 'effect' | 'mechanism' | 'site' | 'claims' | 'level'>): string {
  const how = `${interaction.effect} by ${mechanismLabels[interaction.mechanism]}${interaction.site ? ` (${interaction.site})` : ''}`;
  return `${how}; ${plural(interaction.claims.length, 'claim')}; best level ${interaction.level}`;
}

export const updateLabels: Record<UpdateType, string> = {
  retraction: 'Retraction',
  correction: 'Correction',
  erratum: 'Erratum',
  'expression-of-concern': 'Expression of concern',
};

/** What each kind of search result is called on its card. */
export const resultTypeLabels: Record<ResultType, string> = {
  claim: 'Claim',
  reference: 'Study',
  drug: 'Drug',
  pathway: 'Pathway',
  trial: 'Trial',
  interaction: 'Interaction',
};

/** The search page's filter groups. */
export const facetTitles: Record<FacetKey, string> = {
  type: 'Claim type',
  section: 'Review section',
  pathway: 'Pathway',
  drug: 'Drug',
  class: 'Drug class',
  direction: 'Crosstalk direction',
  design: 'Study design',
  stance: 'Stance of a study',
  level: 'Evidence level',
  consensus: 'Consensus',
  status: 'Since 2013',
};

export const sortLabels: Record<SortOrder, string> = {
  relevance: 'Relevance',
  newest: 'Newest study first',
  oldest: 'Oldest study first',
  level: 'Evidence level',
};

/** What a result card says beside the year a sort by date reads: a claim's newest or oldest study, a study's own year. */
export const sortYearLabels: Record<'newest' | 'oldest', { claim: string; other: string }> = {
  newest: { claim: 'Newest study', other: 'Published' },
  oldest: { claim: 'Oldest study', other: 'Published' },
};

const stanceVerbs: Record<Stance, [one: string, many: string]> = {
  supports: ['supports', 'support'],
  contradicts: ['contradicts', 'contradict'],
  mixed: ['is mixed on', 'are mixed on'],
  context: ['gives context to', 'give context to'],
};

function joinOr(words: string[]): string {
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/**
 * What an export of search results holds, in words: "14 studies", or with study-level filters "5 studies that
 * contradict the claims, published 2014 or later".
 */
export function exportSubject(count: number, filter: ItemFilter | undefined): string {
  const parts = [plural(count, 'study', 'studies')];
  if (!filter) return parts[0];
  const many = count === 1 ? 0 : 1;
  const stances = (filter.stance as Stance[]).filter((stance) => stance in stanceVerbs);
  if (stances.length) parts[0] += ` that ${joinOr(stances.map((stance) => stanceVerbs[stance][many]))} the claims`;
  const designs = (filter.design as Design[]).filter((design) => design in designLabels);
  if (designs.length) parts.push(`of design ${joinOr(designs.map((design) => designLabels[design].replace(/^./, (c) => c.toLowerCase())))}`);
  const eras = (filter.era as Era[]).filter((era) => era in eraLabels);
  if (eras.length === 1) parts.push(eras[0] === 'later' ? 'published since the review' : 'from the review’s era');
  if (filter.from !== undefined && filter.to !== undefined)
    parts.push(filter.from === filter.to ? `published in ${filter.from}` : `published ${filter.from}–${filter.to}`);
  else if (filter.from !== undefined) parts.push(`published ${filter.from} or later`);
  else if (filter.to !== undefined) parts.push(`published up to ${filter.to}`);
  return parts.join(', ');
}
