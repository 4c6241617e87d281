import type { Direction, EvidenceKind } from '../../schemas/common';
import { drugClasses, type DrugClass } from '../../schemas/vocab';

export const evidenceLabels: Record<EvidenceKind, string> = {
  'in-vitro': 'Cell lines (in vitro)',
  'in-vivo': 'Animal models (in vivo)',
  'clinical-trial': 'Clinical trial',
  'clinical-correlative': 'Correlative clinical study',
  review: 'Review',
};

export const directionLabels: Record<Direction, string> = {
  'her2-to-er': 'HER2 → ER',
  'er-to-her2': 'ER → HER2',
  bidirectional: 'Bidirectional',
  none: 'Background',
};

export const directionDescriptions: Record<Direction, string> = {
  'her2-to-er': 'Growth-factor (HER2) signalling acting on the estrogen receptor',
  'er-to-her2': 'The estrogen receptor acting on HER-family signalling',
  bidirectional: 'Crosstalk in both directions, or one pathway rising when the other is blocked',
  none: 'Background biology or clinical context without a crosstalk direction',
};

export function drugClassLabel(drugClass: DrugClass): string {
  return drugClasses[drugClass];
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
