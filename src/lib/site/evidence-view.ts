import type { Claim, EvidenceItem } from '../content/corpus';
import { stances, type Stance } from '../../schemas/common';
import { plural } from './labels';
import { firstAuthorShort } from './reference-display';

/** How evidence reads on pages: the default order of an evidence table, study labels and stance tallies. */

const stanceOrder = new Map(stances.map((stance, i) => [stance, i]));

/**
 * The order an evidence table shows without JavaScript: supporting items first, then mixed, contradicting and
 * context, each group strongest design first and then oldest first, so the evidence for and against reads in turn.
 */
export function defaultItemOrder(items: EvidenceItem[]): EvidenceItem[] {
  const rank: Record<Stance, number> = { supports: 0, mixed: 1, contradicts: 2, context: 3 };
  return [...items].sort(
    (a, b) =>
      rank[a.stance] - rank[b.stance] || a.level.localeCompare(b.level) || a.reference.year - b.reference.year || a.reference.id.localeCompare(b.reference.id),
  );
}

/** A patient count as tables show it: 11,399, or "not reported". */
export function patients(n: EvidenceItem['n']): string | undefined {
  return typeof n === 'number' ? n.toLocaleString('en-GB') : n;
}

/** The design's particulars: "phase III, randomised", "pools randomised trials", "tamoxifen randomised". */
export function designDetail(item: Pick<EvidenceItem, 'design' | 'phase' | 'randomised' | 'pooled'>): string | undefined {
  if (item.design === 'clinical-trial') return `phase ${item.phase}, ${item.randomised ? 'randomised' : 'not randomised'}`;
  if (item.design === 'trial-analysis')
    return `${item.phase ? `phase ${item.phase} trial, ` : ''}${item.randomised ? 'treatment randomised' : 'treatment not randomised'}`;
  if (item.design === 'meta-analysis') return item.pooled === 'randomised' ? 'pools randomised comparisons' : 'pools observational studies';
  return undefined;
}

/** "Arpino et al. 2005". */
export function studyLabel(item: EvidenceItem): string {
  return `${firstAuthorShort(item.reference.author)} ${item.reference.year}`;
}

function stanceCounts(items: EvidenceItem[]): Record<Stance, number> {
  const counts = { supports: 0, contradicts: 0, mixed: 0, context: 0 };
  for (const item of items) counts[item.stance]++;
  return counts;
}

/** "5 support, 2 contradict, 1 mixed, 1 context", leaving out stances with no item. */
export function stanceSummary(items: EvidenceItem[]): string {
  const counts = stanceCounts(items);
  const words: Record<Stance, string> = { supports: 'support', contradicts: 'contradict', mixed: 'mixed', context: 'context' };
  return [...stanceOrder.keys()]
    .filter((stance) => counts[stance] > 0)
    .map((stance) => `${counts[stance]} ${words[stance]}`)
    .join(', ');
}

/** "4 studies, 1 since 2013". */
export function studyCount(claim: Claim): string {
  const later = new Set(claim.evidence.filter((item) => item.era === 'later').map((item) => item.reference)).size;
  return `${plural(claim.references.length, 'study', 'studies')}${later ? `, ${later} since 2013` : ''}`;
}
