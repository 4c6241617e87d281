import type { Consensus, Design, Era, Level, Stance, Status } from '../../schemas/common';

/**
 * How a claim's evidence is weighed. Everything here is derived from the evidence items, never typed by hand, and the
 * rules are stated on /about/ in the same words (site/labels.ts).
 */

/** The part of an evidence item the appraisal reads. */
export interface Appraised {
  stance: Stance;
  design: Design;
  randomised?: boolean;
  era: Era;
}

/**
 * The level one finding can lend a claim: A a randomised trial or a meta-analysis; B clinical evidence without
 * randomisation (correlative studies, single-arm trials); C animal models; D cell lines; E a review or inference.
 */
export function itemLevel(item: Pick<Appraised, 'design' | 'randomised'>): Level {
  switch (item.design) {
    case 'meta-analysis':
      return 'A';
    case 'clinical-trial':
      return item.randomised ? 'A' : 'B';
    case 'clinical-correlative':
      return 'B';
    case 'in-vivo':
      return 'C';
    case 'in-vitro':
      return 'D';
    case 'review':
      return 'E';
  }
}

/** A claim's evidence level: that of its best supporting item; E when nothing supports it directly. */
export function claimLevel(items: Appraised[]): Level {
  let best: Level = 'E';
  for (const item of items) {
    if (item.stance !== 'supports') continue;
    const level = itemLevel(item);
    if (level < best) best = level;
  }
  return best;
}

function tally(items: Appraised[]) {
  const count = { supports: 0, contradicts: 0, mixed: 0, context: 0 };
  for (const item of items) count[item.stance]++;
  return count;
}

/**
 * Consensus from the stances (context items do not count): consistent when no item contradicts or is mixed;
 * contested when some item contradicts and contradicting items are at least as many as supporting ones; mixed otherwise.
 */
export function consensus(items: Appraised[]): Consensus {
  const { supports, contradicts, mixed } = tally(items);
  if (contradicts === 0 && mixed === 0) return 'consistent';
  if (contradicts > 0 && contradicts >= supports) return 'contested';
  return 'mixed';
}

/**
 * The standing since the review, from the later items' stances (context items do not count): not yet tested when
 * there is none; confirmed when all support; contradicted when they only contradict; refined otherwise (some
 * mixed, or support and contradiction together).
 */
export function statusSince(items: Appraised[]): Status {
  const { supports, contradicts, mixed } = tally(items.filter((item) => item.era === 'later'));
  if (supports + contradicts + mixed === 0) return 'not-yet-tested';
  if (contradicts === 0 && mixed === 0) return 'confirmed';
  if (supports === 0 && mixed === 0) return 'contradicted';
  return 'refined';
}
