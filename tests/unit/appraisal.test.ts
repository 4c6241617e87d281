import { describe, expect, it } from 'vitest';
import { claimLevel, consensus, itemLevel, statusSince, type Appraised } from '../../src/lib/content/appraisal';
import { designs, stances } from '../../src/schemas/common';

const item = (stance: Appraised['stance'], design: Appraised['design'] = 'in-vitro', extra: Partial<Appraised> = {}): Appraised => ({
  stance,
  design,
  era: 'review',
  ...extra,
});

describe('evidence level', () => {
  it('ranks each design: randomised trials and meta-analyses A, other clinical B, animals C, cells D, reviews E', () => {
    expect(itemLevel({ design: 'meta-analysis' })).toBe('A');
    expect(itemLevel({ design: 'clinical-trial', randomised: true })).toBe('A');
    expect(itemLevel({ design: 'clinical-trial', randomised: false })).toBe('B');
    expect(itemLevel({ design: 'clinical-correlative' })).toBe('B');
    expect(itemLevel({ design: 'in-vivo' })).toBe('C');
    expect(itemLevel({ design: 'in-vitro' })).toBe('D');
    expect(itemLevel({ design: 'review' })).toBe('E');
  });

  it("is the claim's best supporting item, whatever contradicts or gives context", () => {
    expect(claimLevel([item('supports', 'in-vitro'), item('supports', 'in-vivo')])).toBe('C');
    expect(claimLevel([item('supports', 'in-vitro'), item('contradicts', 'meta-analysis'), item('context', 'clinical-trial', { randomised: true })])).toBe('D');
    expect(claimLevel([item('mixed', 'meta-analysis')])).toBe('E');
  });

  it('is never better than the best supporting item, checked over every pair of designs', () => {
    for (const a of designs) {
      for (const b of designs) {
        const level = claimLevel([item('supports', a), item('supports', b)]);
        expect(level <= itemLevel({ design: a }) && level <= itemLevel({ design: b })).toBe(true);
        expect([itemLevel({ design: a }), itemLevel({ design: b })]).toContain(level);
      }
    }
  });
});

describe('consensus', () => {
  it('is consistent when nothing contradicts or is mixed, ignoring context', () => {
    expect(consensus([item('supports'), item('supports'), item('context')])).toBe('consistent');
  });
  it('is contested when contradicting items are at least as many as supporting ones', () => {
    expect(consensus([item('supports'), item('contradicts')])).toBe('contested');
    expect(consensus([item('contradicts')])).toBe('contested');
    expect(consensus([item('supports'), item('contradicts'), item('contradicts'), item('mixed')])).toBe('contested');
  });
  it('is mixed otherwise', () => {
    expect(consensus([item('supports'), item('supports'), item('contradicts')])).toBe('mixed');
    expect(consensus([item('supports'), item('mixed')])).toBe('mixed');
    expect(consensus([item('mixed')])).toBe('mixed');
  });
  it('gives one of the three values for every combination of two stances', () => {
    for (const a of stances) for (const b of stances) expect(['consistent', 'mixed', 'contested']).toContain(consensus([item(a), item(b)]));
  });
});

describe('status since 2013', () => {
  const later = (stance: Appraised['stance']) => item(stance, 'clinical-trial', { randomised: true, era: 'later' });
  it('reads only later items', () => {
    expect(statusSince([item('contradicts'), item('supports')])).toBe('not-yet-tested');
    expect(statusSince([item('contradicts'), later('supports')])).toBe('confirmed');
  });
  it('is not yet tested when later items only give context', () => {
    expect(statusSince([later('context')])).toBe('not-yet-tested');
  });
  it('is contradicted only when later items only contradict', () => {
    expect(statusSince([later('contradicts'), later('contradicts')])).toBe('contradicted');
    expect(statusSince([later('contradicts'), later('supports')])).toBe('refined');
    expect(statusSince([later('mixed')])).toBe('refined');
    expect(statusSince([later('supports'), later('mixed')])).toBe('refined');
  });
});
