import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimLevel, consensus, designsFor, itemLevel, statusSince, weighs, type Appraised } from '../../src/lib/content/appraisal';
import { claimTypes, designs, type ClaimType, type Design, type Level, type Stance } from '../../src/schemas/common';

/**
 * The appraisal against the rules as the content model states them (../plan/MODEL.md, "Levels", "Consensus", "Status
 * since 2013"), written out here a second time, independently, as tables and plain loops: the brute-force checks
 * compare the two over every pair of item kinds and over random evidence lists.
 */

const item = (stance: Stance, design: Design, extra: Partial<Appraised> = {}): Appraised => ({
  reference: `r${Math.random()}`,
  stance,
  design,
  era: 'review',
  ...extra,
});
const later = (stance: Stance, design: Design, extra: Partial<Appraised> = {}) => item(stance, design, { era: 'later', ...extra });

/** The kinds of finding worth telling apart: every design, with each phase, randomisation, pooling and size that the rules read. */
const kinds: Pick<Appraised, 'design' | 'phase' | 'randomised' | 'pooled' | 'n'>[] = [
  { design: 'meta-analysis', pooled: 'randomised', n: 5000 },
  { design: 'meta-analysis', pooled: 'observational', n: 5000 },
  { design: 'clinical-trial', phase: 'III', randomised: true, n: 900 },
  { design: 'clinical-trial', phase: 'II', randomised: true, n: 120 },
  { design: 'clinical-trial', phase: 'II', randomised: false, n: 40 },
  { design: 'trial-analysis', randomised: true, n: 700 },
  { design: 'trial-analysis', randomised: false, n: 700 },
  { design: 'prospective-cohort', n: 300 },
  { design: 'retrospective-cohort', n: 300 },
  { design: 'retrospective-cohort', n: 60 },
  { design: 'population-registry', n: 20000 },
  { design: 'patient-tumours', n: 40 },
  { design: 'in-vivo' },
  { design: 'in-vitro' },
  { design: 'review' },
];

/** The level table of the content model: what one finding can lend a claim of each type (E: nothing). */
function expectedItemLevel(type: ClaimType, k: (typeof kinds)[number]): Level {
  const { design, randomised, pooled, phase } = k;
  const small = typeof k.n === 'number' && k.n < 100;
  const table: Record<ClaimType, () => Level> = {
    therapeutic: () =>
      design === 'meta-analysis'
        ? pooled === 'randomised'
          ? 'A'
          : 'D'
        : design === 'clinical-trial'
          ? !randomised
            ? 'C'
            : phase === 'III'
              ? 'A'
              : 'B'
          : design === 'trial-analysis'
            ? randomised
              ? 'B'
              : 'D'
            : design === 'prospective-cohort' || design === 'retrospective-cohort'
              ? 'D'
              : 'E',
    predictive: () =>
      design === 'meta-analysis'
        ? pooled === 'randomised'
          ? 'A'
          : 'C'
        : design === 'clinical-trial'
          ? randomised
            ? 'A'
            : 'C'
          : design === 'trial-analysis'
            ? randomised
              ? 'B'
              : 'C'
            : design === 'prospective-cohort' || design === 'retrospective-cohort'
              ? 'C'
              : 'E',
    prognostic: () =>
      design === 'meta-analysis'
        ? 'A'
        : design === 'prospective-cohort' || design === 'trial-analysis'
          ? 'B'
          : design === 'retrospective-cohort' || design === 'population-registry'
            ? small
              ? 'D'
              : 'C'
            : 'E',
    mechanism: () => (design === 'patient-tumours' ? 'A' : design === 'in-vivo' ? 'B' : design === 'in-vitro' ? 'D' : 'E'),
    descriptive: () =>
      design === 'population-registry' || design === 'meta-analysis'
        ? 'A'
        : design === 'prospective-cohort' || design === 'trial-analysis'
          ? 'B'
          : design === 'retrospective-cohort' || design === 'patient-tumours'
            ? small
              ? 'D'
              : 'C'
            : 'E',
  };
  return table[type]();
}

const studyOf = (i: Appraised) => i.study ?? i.reference;
const best = (levels: Level[]): Level => levels.reduce<Level>((a, b) => (b < a ? b : a), 'E');
const primary = (type: ClaimType, i: Appraised) => i.stance !== 'context' && !i.retracted && i.design !== 'review' && expectedItemLevel(type, i) !== 'E';

function expectedClaimLevel(type: ClaimType, items: Appraised[]): Level {
  const supporting = items.filter((i) => i.stance === 'supports' && primary(type, i));
  const level = best(supporting.map((i) => expectedItemLevel(type, i)));
  const distinct = (match: (i: Appraised) => boolean) => new Set(supporting.filter(match).map(studyOf)).size;
  const randomisedAnalysis = (i: Appraised) => i.design === 'trial-analysis' && i.randomised === true;
  const discordant = items.some((i) => primary(type, i) && i.stance === 'contradicts' && randomisedAnalysis(i));
  if (type === 'predictive' && distinct(randomisedAnalysis) >= 2 && !discordant) return 'A';
  if (type === 'prognostic' && distinct((i) => i.design === 'prospective-cohort' || i.design === 'trial-analysis') >= 2) return 'A';
  if (type === 'mechanism' && level === 'D' && distinct((i) => i.design === 'in-vitro') >= 2) return 'C';
  return level;
}

function expectedConsensus(type: ClaimType, items: Appraised[]) {
  const byStudy = new Map<string, Appraised>();
  for (const i of items.filter((x) => primary(type, x))) {
    const kept = byStudy.get(studyOf(i));
    if (!kept || (i.year ?? 0) > (kept.year ?? 0)) byStudy.set(studyOf(i), i);
  }
  const counted = [...byStudy.values()];
  const studies = counted.length;
  if (studies === 0) return { value: 'no-primary-study', studies };
  if (studies === 1) return { value: 'single-study', studies };
  const against = counted.filter((i) => i.stance === 'contradicts');
  if (against.length === 0 && counted.every((i) => i.stance === 'supports')) return { value: 'consistent', studies };
  const bestFor = best(counted.filter((i) => i.stance === 'supports').map((i) => expectedItemLevel(type, i)));
  if (against.length >= 2 || (against.length === 1 && expectedItemLevel(type, against[0]) < bestFor)) return { value: 'contested', studies };
  return { value: 'mixed', studies };
}

function expectedStatus(type: ClaimType, items: Appraised[]) {
  const laterItems = items.filter((i) => i.era === 'later' && primary(type, i));
  if (laterItems.length === 0) return { value: 'no-later-study', deciding: undefined };
  const top = best(laterItems.map((i) => expectedItemLevel(type, i)));
  const atTop = laterItems.filter((i) => expectedItemLevel(type, i) === top);
  const pooled = atTop.filter((i) => i.design === 'meta-analysis');
  const deciders = pooled.length ? pooled : atTop;
  const value = deciders.every((i) => i.stance === 'supports') ? 'confirmed' : deciders.every((i) => i.stance === 'contradicts') ? 'contradicted' : 'refined';
  let deciding = deciders[0];
  for (const i of deciders) if ((i.year ?? 0) > (deciding.year ?? 0)) deciding = i;
  return { value, deciding };
}

describe('the level one finding lends a claim, by claim type', () => {
  it('follows the table of the content model for every design, phase, randomisation, pooling and size', () => {
    for (const type of claimTypes) for (const k of kinds) expect(itemLevel(type, k), `${type} ${JSON.stringify(k)}`).toBe(expectedItemLevel(type, k));
  });

  it('a design that cannot answer the claim type lends nothing and does not weigh', () => {
    for (const type of claimTypes) {
      for (const design of designs) {
        const answers = designsFor[type].includes(design);
        expect(weighs(type, item('supports', design)), `${type} ${design}`).toBe(answers && design !== 'review');
        if (!answers) expect(itemLevel(type, { design }), `${type} ${design}`).toBe('E');
      }
    }
    // The examples the model gives: a trial cannot weigh on a mechanism, a cell line not on a treatment.
    expect(weighs('mechanism', item('supports', 'clinical-trial', { phase: 'III', randomised: true }))).toBe(false);
    expect(weighs('therapeutic', item('supports', 'in-vitro'))).toBe(false);
    expect(weighs('mechanism', item('context', 'in-vitro'))).toBe(false);
    expect(weighs('mechanism', item('supports', 'in-vitro', { retracted: true }))).toBe(false);
  });
});

describe('a claim’s evidence level', () => {
  it('is that of its best supporting item, whatever contradicts, is mixed or gives context', () => {
    expect(
      claimLevel('therapeutic', [
        item('supports', 'clinical-trial', { phase: 'II', randomised: true }),
        item('contradicts', 'meta-analysis', { pooled: 'randomised' }),
      ]),
    ).toBe('B');
    expect(claimLevel('therapeutic', [item('mixed', 'clinical-trial', { phase: 'III', randomised: true })])).toBe('E');
    expect(claimLevel('mechanism', [item('supports', 'in-vivo'), item('context', 'patient-tumours')])).toBe('B');
  });

  it('for a predictive claim: a meta-analysis of treated-only cohorts is C, however large; analyses inside randomised trials rank above it', () => {
    const cohorts = item('supports', 'meta-analysis', { pooled: 'observational', n: 2379 });
    expect(claimLevel('predictive', [cohorts])).toBe('C');
    expect(claimLevel('predictive', [cohorts, item('supports', 'trial-analysis', { randomised: true, reference: 'knoop2001' })])).toBe('B');
  });

  it('for a predictive claim: A with two concordant randomised analyses from two studies, never from one study twice or against a discordant one', () => {
    const analysis = (reference: string, stance: Stance = 'supports', study?: string) => item(stance, 'trial-analysis', { randomised: true, reference, study });
    expect(claimLevel('predictive', [analysis('knoop2001'), analysis('love2003')])).toBe('A');
    expect(claimLevel('predictive', [analysis('knoop2001', 'supports', 'trial:dbcg-77c'), analysis('knoop2014', 'supports', 'trial:dbcg-77c')])).toBe('B');
    expect(claimLevel('predictive', [analysis('knoop2001'), analysis('love2003'), analysis('ryden2008', 'contradicts')])).toBe('B');
    // A mixed randomised analysis does not break the concordance of the supporting ones; a retracted contradiction does not count.
    expect(claimLevel('predictive', [analysis('knoop2001'), analysis('love2003'), analysis('ryden2008', 'mixed')])).toBe('A');
    expect(claimLevel('predictive', [analysis('knoop2001'), analysis('love2003'), { ...analysis('x2010', 'contradicts'), retracted: true }])).toBe('A');
    // Non-randomised analyses (marker-positive against marker-negative, all treated) never add up to A.
    expect(
      claimLevel('predictive', [
        item('supports', 'trial-analysis', { randomised: false, reference: 'a' }),
        item('supports', 'trial-analysis', { randomised: false, reference: 'b' }),
      ]),
    ).toBe('C');
  });

  it('for a prognostic claim, two prospective cohorts or trial populations make A; for a mechanism, two cell-line studies make C', () => {
    expect(claimLevel('prognostic', [item('supports', 'prospective-cohort', { reference: 'a' }), item('supports', 'trial-analysis', { reference: 'b' })])).toBe(
      'A',
    );
    expect(claimLevel('prognostic', [item('supports', 'retrospective-cohort', { n: 50 })])).toBe('D');
    expect(claimLevel('mechanism', [item('supports', 'in-vitro', { reference: 'a' }), item('supports', 'in-vitro', { reference: 'b' })])).toBe('C');
    expect(
      claimLevel('mechanism', [item('supports', 'in-vitro', { reference: 'a', study: 's' }), item('supports', 'in-vitro', { reference: 'b', study: 's' })]),
    ).toBe('D');
    expect(
      claimLevel('mechanism', [
        item('supports', 'in-vitro', { reference: 'a' }),
        item('supports', 'in-vitro', { reference: 'b' }),
        item('supports', 'in-vivo'),
      ]),
    ).toBe('B');
  });

  it('never counts a retracted study', () => {
    expect(
      claimLevel('therapeutic', [
        item('supports', 'clinical-trial', { phase: 'III', randomised: true, retracted: true }),
        item('supports', 'prospective-cohort'),
      ]),
    ).toBe('D');
  });

  it('matches the rules over every pair of item kinds and stances, for every claim type (brute force)', () => {
    const stances: Stance[] = ['supports', 'contradicts', 'mixed', 'context'];
    let checked = 0;
    for (const type of claimTypes) {
      for (const [a, b] of kinds.flatMap((x) => kinds.map((y) => [x, y] as const))) {
        for (const sa of stances) {
          for (const sb of stances) {
            for (const sameStudy of [false, true]) {
              const items = [
                item(sa, a.design, { ...a, reference: 'a', study: sameStudy ? 's' : undefined, year: 2001 }),
                item(sb, b.design, { ...b, reference: 'b', study: sameStudy ? 's' : undefined, year: 2002 }),
              ];
              expect(claimLevel(type, items), `${type} ${JSON.stringify(items)}`).toBe(expectedClaimLevel(type, items));
              checked++;
            }
          }
        }
      }
    }
    expect(checked).toBe(claimTypes.length * kinds.length ** 2 * 16 * 2);
  });
});

describe('consensus, from primary studies, with its count', () => {
  it('no primary study, a single study, consistent, mixed and contested, each with the number of studies', () => {
    expect(consensus('mechanism', [item('context', 'review')])).toEqual({ value: 'no-primary-study', studies: 0 });
    expect(consensus('mechanism', [item('supports', 'in-vitro'), item('context', 'review')])).toEqual({ value: 'single-study', studies: 1 });
    expect(consensus('mechanism', [item('contradicts', 'in-vitro')])).toEqual({ value: 'single-study', studies: 1 });
    expect(consensus('mechanism', [item('supports', 'in-vitro'), item('supports', 'in-vivo'), item('supports', 'patient-tumours')])).toEqual({
      value: 'consistent',
      studies: 3,
    });
    expect(consensus('mechanism', [item('supports', 'in-vivo'), item('supports', 'in-vitro'), item('mixed', 'in-vitro')])).toEqual({
      value: 'mixed',
      studies: 3,
    });
    expect(consensus('mechanism', [item('supports', 'in-vivo'), item('contradicts', 'in-vitro')])).toEqual({ value: 'mixed', studies: 2 });
    expect(consensus('mechanism', [item('supports', 'in-vivo'), item('contradicts', 'in-vitro'), item('contradicts', 'in-vitro')])).toEqual({
      value: 'contested',
      studies: 3,
    });
  });

  it('one study against is contested only when it outranks every study for the claim', () => {
    expect(consensus('mechanism', [item('supports', 'in-vitro'), item('contradicts', 'patient-tumours')]).value).toBe('contested');
    expect(consensus('mechanism', [item('supports', 'patient-tumours'), item('contradicts', 'in-vitro')]).value).toBe('mixed');
    expect(consensus('mechanism', [item('supports', 'in-vivo'), item('contradicts', 'in-vivo')]).value).toBe('mixed');
  });

  it('leaves out reviews, context, retracted studies and designs that cannot answer the claim type', () => {
    const value = consensus('mechanism', [
      item('supports', 'in-vitro'),
      item('supports', 'in-vivo'),
      item('context', 'in-vitro'),
      item('contradicts', 'in-vitro', { retracted: true }),
      item('contradicts', 'clinical-trial', { phase: 'III', randomised: true }),
    ]);
    expect(value).toEqual({ value: 'consistent', studies: 2 });
  });

  it('counts a trial reported twice once, by its most recent report', () => {
    const first = item('supports', 'clinical-trial', { reference: 'first2001', study: 'trial:dbcg', phase: 'III', randomised: true, year: 2001 });
    const update = item('contradicts', 'clinical-trial', { reference: 'update2014', study: 'trial:dbcg', phase: 'III', randomised: true, year: 2014 });
    expect(consensus('therapeutic', [first, update])).toEqual({ value: 'single-study', studies: 1 });
    const other = item('supports', 'clinical-trial', { reference: 'other2005', phase: 'III', randomised: true, year: 2005 });
    // The update speaks for the trial: one study for, one against at the same level.
    expect(consensus('therapeutic', [first, update, other])).toEqual({ value: 'mixed', studies: 2 });
    expect(consensus('therapeutic', [update, first, other])).toEqual({ value: 'mixed', studies: 2 });
  });

  it('matches the rules over random evidence lists for every claim type (fast-check)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...claimTypes), evidenceList, (type, items) => {
        expect(consensus(type, items)).toEqual(expectedConsensus(type, items));
        expect(claimLevel(type, items)).toBe(expectedClaimLevel(type, items));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('status since 2013', () => {
  it('reads only later items: none, or only context, reviews, retracted studies or designs that cannot answer, is no later study', () => {
    expect(statusSince('mechanism', [item('contradicts', 'in-vitro'), item('supports', 'in-vivo')])).toEqual({ value: 'no-later-study' });
    expect(
      statusSince('mechanism', [later('context', 'in-vitro'), later('context', 'review'), later('contradicts', 'in-vitro', { retracted: true })]).value,
    ).toBe('no-later-study');
    expect(statusSince('mechanism', [later('contradicts', 'clinical-trial', { phase: 'III', randomised: true })]).value).toBe('no-later-study');
  });

  it('is decided by the highest-level later items: a lower-level study does not overturn a higher one', () => {
    const trial = later('supports', 'clinical-trial', { phase: 'III', randomised: true, reference: 'pertain2018', year: 2018 });
    const cohort = later('contradicts', 'retrospective-cohort', { n: 400, reference: 'cohort2020', year: 2020 });
    expect(statusSince('therapeutic', [trial, cohort])).toEqual({ value: 'confirmed', deciding: trial });
    expect(statusSince('therapeutic', [later('contradicts', 'clinical-trial', { phase: 'III', randomised: true }), cohort]).value).toBe('contradicted');
    expect(statusSince('therapeutic', [trial, later('mixed', 'clinical-trial', { phase: 'III', randomised: true, year: 2016 })]).value).toBe('refined');
  });

  it('puts a meta-analysis before the single studies of its level, and the most recent among equals decides', () => {
    const meta = later('supports', 'meta-analysis', { pooled: 'randomised', reference: 'ebctcg2021', year: 2021 });
    const trial = later('contradicts', 'clinical-trial', { phase: 'III', randomised: true, reference: 'trial2022', year: 2022 });
    expect(statusSince('therapeutic', [trial, meta])).toEqual({ value: 'confirmed', deciding: meta });
    const older = later('supports', 'clinical-trial', { phase: 'III', randomised: true, reference: 'a2015', year: 2015 });
    const newer = later('supports', 'clinical-trial', { phase: 'III', randomised: true, reference: 'b2019', year: 2019 });
    expect(statusSince('therapeutic', [newer, older]).deciding).toBe(newer);
    expect(statusSince('therapeutic', [older, newer]).deciding).toBe(newer);
  });

  it('never lets a retracted study decide', () => {
    const retracted = later('supports', 'clinical-trial', { phase: 'III', randomised: true, retracted: true, reference: 'johnston2018', year: 2018 });
    const corrected = later('supports', 'clinical-trial', { phase: 'III', randomised: true, reference: 'johnston2021', year: 2021 });
    const phaseTwo = later('contradicts', 'clinical-trial', { phase: 'II', randomised: true, reference: 'x2019', year: 2019 });
    expect(statusSince('therapeutic', [retracted, phaseTwo])).toEqual({ value: 'contradicted', deciding: phaseTwo });
    expect(statusSince('therapeutic', [retracted, corrected, phaseTwo])).toEqual({ value: 'confirmed', deciding: corrected });
  });

  it('matches the rules over random evidence lists for every claim type (fast-check)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...claimTypes), evidenceList, (type, items) => {
        const { value, deciding } = statusSince(type, items);
        const expected = expectedStatus(type, items);
        expect(value).toBe(expected.value);
        expect(deciding).toBe(expected.deciding);
      }),
      { numRuns: 3000 },
    );
  });
});

/** Evidence lists of up to six items: any kind and stance, either era, some retracted, some sharing a trial. */
const evidenceList = fc
  .array(
    fc.record({
      kind: fc.constantFrom(...kinds),
      stance: fc.constantFrom<Stance>('supports', 'contradicts', 'mixed', 'context'),
      era: fc.constantFrom<'review' | 'later'>('review', 'later'),
      retracted: fc.boolean(),
      study: fc.constantFrom(undefined, 'trial:a', 'trial:b'),
      year: fc.integer({ min: 1990, max: 2025 }),
    }),
    { maxLength: 6 },
  )
  .map((drawn) =>
    // Distinct years, so "the most recent" is never a tie the rules leave open.
    drawn.map((d, i): Appraised => ({
      ...d.kind,
      reference: `ref${i}`,
      stance: d.stance,
      era: d.era,
      retracted: d.retracted || undefined,
      study: d.study,
      year: d.year * 10 + i,
    })),
  );
