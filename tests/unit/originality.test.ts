import { describe, expect, it } from 'vitest';
import { checkRecord, comparableTokens, longestSharedRun, MAX_SHARED_RUN } from '../../src/lib/curation/originality';

const abstract =
  'Overexpression of HER2 was associated with a shorter time to progression on tamoxifen (HR 1.42, 95% CI 1.32-1.52; P < 0.00001) in 2,379 patients with metastatic breast cancer.';

describe('the our-own-words check', () => {
  it('finds the longest run of words our prose shares with an abstract', () => {
    const copied = 'We note that overexpression of HER2 was associated with a shorter time to progression in that series.';
    const run = longestSharedRun(copied, abstract);
    expect(run.length).toBe(11);
    expect(run.words).toBe('overexpression of HER2 was associated with a shorter time to progression');
    expect(run.length).toBeGreaterThanOrEqual(MAX_SHARED_RUN);
  });

  it('ignores figures and statistical shorthand, so quoting numbers exactly is never copying', () => {
    expect(comparableTokens('HR 1.42, 95% CI 1.32-1.52; P < 0.00001; n = 207 vs 2,379').map((t) => t.word)).toEqual([]);
    // Numbers neither count towards a run nor break one.
    expect(longestSharedRun('time to progression on tamoxifen (HR 2.1)', abstract).length).toBe(5);
  });

  it('folds case, accents and Greek letters', () => {
    expect(longestSharedRun('ERα binds the Café', 'era BINDS the cafe').length).toBe(4);
    expect(comparableTokens('ERα Café').map((t) => t.word)).toEqual(['era', 'cafe']);
  });

  it('reports the worst field of a record and the cited studies without an abstract', () => {
    const report = checkRecord(
      'content/claims/x.md',
      [
        { field: 'statement', text: 'HER2-positive tumours progressed sooner on endocrine therapy.', cites: ['a2005'] },
        { field: 'evidence[0].finding', text: 'Overexpression of HER2 was associated with a shorter time to progression.', cites: ['a2005', 'b2010'] },
      ],
      new Map([['a2005', abstract]]),
    );
    expect(report.longest).toMatchObject({ field: 'evidence[0].finding', key: 'a2005', length: 11 });
    expect(report.missing).toEqual(['b2010']);
  });
});
