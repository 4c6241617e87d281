import type { Consensus, Design, Direction, Era, Level, Stance, Status } from '../../schemas/common';
import { drugClasses, type DrugClass } from '../../schemas/vocab';

/** Every word the site uses for a vocabulary value, with the explanation shown beside it (never only on hover). */

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
  supports: 'The finding agrees with the claim.',
  contradicts: 'The finding goes against the claim.',
  mixed: 'The finding agrees only in part, in a subgroup or under some conditions.',
  context: 'Background that bears on the claim without weighing for or against it.',
};

export const designLabels: Record<Design, string> = {
  'meta-analysis': 'Meta-analysis',
  'clinical-trial': 'Clinical trial',
  'clinical-correlative': 'Clinical correlative study',
  'in-vivo': 'Animal model (in vivo)',
  'in-vitro': 'Cell lines (in vitro)',
  review: 'Review',
};

export const levelLabels: Record<Level, string> = {
  A: 'Randomised trial or meta-analysis',
  B: 'Clinical evidence, not randomised',
  C: 'Animal models',
  D: 'Cell lines only',
  E: 'Review or inference only',
};

export const levelRule =
  'A claim’s evidence level is that of its best supporting item: A, a randomised trial or a meta-analysis; B, clinical evidence without randomisation (correlative studies, single-arm trials); C, animal models; D, cell lines only; E, a review or inference only, or no item that supports it directly.';

export const consensusLabels: Record<Consensus, string> = {
  consistent: 'Consistent',
  mixed: 'Mixed',
  contested: 'Contested',
};

export const consensusDescriptions: Record<Consensus, string> = {
  consistent: 'No study contradicts the claim or supports it only in part.',
  mixed: 'Most studies support the claim, but some contradict it or support it only in part.',
  contested: 'Studies contradict the claim at least as often as they support it.',
};

export const consensusRule =
  'Consensus counts the items that support, contradict or are mixed (context items do not count): consistent when none contradicts or is mixed; contested when at least one contradicts and contradicting items are at least as many as supporting ones; mixed otherwise.';

export const statusLabels: Record<Status, string> = {
  confirmed: 'Confirmed',
  refined: 'Refined',
  contradicted: 'Contradicted',
  'not-yet-tested': 'Not yet tested',
};

export const statusDescriptions: Record<Status, string> = {
  confirmed: 'Every later study that weighs the claim supports it.',
  refined: 'Later studies support it in part, or only in some patients, or disagree with each other.',
  contradicted: 'Later studies that weigh the claim go against it.',
  'not-yet-tested': 'No study published after the review has tested it yet, as far as this corpus records.',
};

export const statusRule =
  'The status since 2013 comes from the later items alone (studies published from 2014 on; context items do not count): not yet tested when there is none; confirmed when all support the claim; contradicted when they only contradict it; refined otherwise. A curator may override it only with a reason, shown with the status.';

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
