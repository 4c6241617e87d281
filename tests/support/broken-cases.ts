import { join } from 'node:path';

/**
 * Every broken fixture corpus (tests/fixtures/broken/<case>/, laid over the good corpus) and the exact problems it must
 * produce, each naming the file and the field. A function of the directory the corpus was copied to.
 */
export const brokenCaseProblems: Record<string, (dir: string) => (string | RegExp)[]> = {
  'missing-reference': (dir) => [
    `${join(dir, 'claims/mapk-phosphorylates-er.md')}: evidence[0].reference: no reference 'kato1995activatoin' (did you mean 'kato1995activation'?)`,
  ],
  'unknown-vocabulary': (dir) => [
    `${join(dir, 'claims/foxo3a-links-akt-to-er-loss.md')}: section: no review section 'her2-to-her' (did you mean 'her2-to-er'?)`,
    `${join(dir, 'claims/foxo3a-links-akt-to-er-loss.md')}: pathways[0]: no pathway 'pi3k-akt' (did you mean 'pi3k-akt-mtor'?)`,
    `${join(dir, 'claims/foxo3a-links-akt-to-er-loss.md')}: drugs[0]: no drug 'tamoxifin' (did you mean 'tamoxifen'?)`,
    `${join(dir, 'claims/foxo3a-links-akt-to-er-loss.md')}: trials[0]: no trial 'no-such-trial'`,
  ],
  // A key given twice would otherwise let the second value silently win.
  'duplicate-key': (dir) => [`${join(dir, 'claims/pax2-represses-erbb2.md')}: line 8: malformed YAML: duplicated mapping key`],
  'malformed-yaml': (dir) => [new RegExp(`^${join(dir, 'references/kato1995activation.yaml')}: line \\d+: malformed YAML: `)],
  'missing-field': (dir) => [`${join(dir, 'claims/pax2-represses-erbb2.md')}: statement: is required`],
  'wrong-type': (dir) => [
    `${join(dir, 'claims/pax2-represses-erbb2.md')}: direction: invalid enum value. Expected 'her2-to-er' | 'er-to-her2' | 'bidirectional' | 'single-pathway', received 'sideways'`,
    `${join(dir, 'claims/pax2-represses-erbb2.md')}: pathways: expected array, received string`,
  ],
  'empty-statement': (dir) => [`${join(dir, 'claims/pax2-represses-erbb2.md')}: statement: must not be empty`],
  'overlong-statement': (dir) => [`${join(dir, 'claims/pax2-represses-erbb2.md')}: statement: must be at most 300 characters`],
  'duplicate-doi': (dir) => [
    `${join(dir, 'references/hurtado2008regulation.yaml')}: DOI: DOI 10.1038/nature07483 is also used by ${join(dir, 'references/guo2004forkhead.yaml')}`,
    `${join(dir, 'references/hurtado2008regulation.yaml')}: PMID: PMID 19005469 is also used by ${join(dir, 'references/guo2004forkhead.yaml')}`,
  ],
  'duplicate-pmid': (dir) => [
    `${join(dir, 'references/hurtado2008regulation.yaml')}: PMID: PMID 19005469 is also used by ${join(dir, 'references/guo2004forkhead.yaml')}`,
  ],
  'duplicate-id': (dir) => [
    `${join(dir, 'vocab/pathways.yaml')}: [5] (her2).id: duplicate pathway id 'her2' (also in ${join(dir, 'vocab/pathways.yaml')} [1] (her2))`,
  ],
  'malformed-doi': (dir) => [`${join(dir, 'references/guo2004forkhead.yaml')}: DOI: must be a bare DOI like 10.1093/jnci/djh166`],
  'malformed-pmid': (dir) => [`${join(dir, 'references/guo2004forkhead.yaml')}: PMID: must be digits only, e.g. "15199112"`],
  'malformed-year': (dir) => [`${join(dir, 'references/guo2004forkhead.yaml')}: issued.date-parts: the first date part must be a four-digit year`],
  'raw-html': (dir) => [`${join(dir, 'claims/pax2-represses-erbb2.md')}: body: raw HTML is not allowed in Markdown; write plain Markdown`],
  'javascript-link': (dir) => [`${join(dir, 'claims/pax2-represses-erbb2.md')}: body: links may only use http, https or mailto, not 'javascript:'`],
  'orphan-reference': (dir) => [
    `${join(dir, 'references/ruff2000estrogen.yaml')}: (record): reference 'ruff2000estrogen' is cited by no evidence item or trial; cite it or remove the file`,
  ],
  'wrong-extension': (dir) => [`${join(dir, 'references/extra-record.yml')}: (file name): only .yaml files belong in references/; rename or remove this file`],
  'drug-targets': (dir) => [
    `${join(dir, 'vocab/drugs.yaml')}: [1] (trastuzumab).targets[1]: 'mapk-erk' is not a target of this class: an anti-her2-antibody drug acts on her2 or her3`,
    `${join(dir, 'vocab/drugs.yaml')}: [3] (docetaxel).targets[0]: 'pi3k-akt-mtor' is not a target of this class: a chemotherapy drug acts on no signalling node`,
    `${join(dir, 'vocab/drugs.yaml')}: [3] (docetaxel).id: drug 'docetaxel' is named by no claim or trial; name it or remove it`,
  ],
  'verified-without-identifier': (dir) => [`${join(dir, 'references/guo2004forkhead.yaml')}: verified.against: checked against pubmed needs the record's PMID`],

  // Evidence items.
  'empty-evidence': (dir) => [
    `${join(dir, 'claims/pax2-represses-erbb2.md')}: evidence: needs at least one evidence item`,
    `${join(dir, 'references/hurtado2008regulation.yaml')}: (record): reference 'hurtado2008regulation' is cited by no evidence item or trial; cite it or remove the file`,
  ],
  'unknown-stance': (dir) => [
    `${join(dir, 'claims/mapk-phosphorylates-er.md')}: evidence[0].stance: invalid enum value. Expected 'supports' | 'contradicts' | 'mixed' | 'context', received 'agrees'`,
    `${join(dir, 'claims/mapk-phosphorylates-er.md')}: evidence[0].design: invalid enum value. Expected 'meta-analysis' | 'clinical-trial' | 'trial-analysis' | 'prospective-cohort' | 'retrospective-cohort' | 'population-registry' | 'patient-tumours' | 'in-vivo' | 'in-vitro' | 'review', received 'cell-culture'`,
  ],
  'clinical-item-fields': (dir) => [
    `${join(dir, 'claims/her2-predicts-endocrine-failure.md')}: evidence[0].effect: must carry the figures (at least one number)`,
    `${join(dir, 'claims/her2-predicts-endocrine-failure.md')}: evidence[0].n: a meta-analysis item needs n, the number of patients`,
    `${join(dir, 'claims/her2-predicts-endocrine-failure.md')}: evidence[1].phase: only clinical-trial and trial-analysis items have a phase`,
    `${join(dir, 'claims/her2-predicts-endocrine-failure.md')}: evidence[2].phase: a clinical-trial item needs its phase, e.g. "III"`,
    `${join(dir, 'claims/her2-predicts-endocrine-failure.md')}: evidence[2].randomised: a clinical-trial item must say whether the treatment compared was randomised (true or false)`,
  ],
  'meta-analysis-without-pooled': (dir) => [
    `${join(dir, 'claims/her2-predicts-endocrine-failure.md')}: evidence[0].pooled: a meta-analysis item must say what it pools: randomised or observational`,
  ],
  'context-only-and-duplicate': (dir) => [
    `${join(dir, 'claims/foxo3a-links-akt-to-er-loss.md')}: evidence[1].reference: 'guo2004forkhead' already has an item in this claim; put both findings in one item`,
    `${join(dir, 'claims/foxo3a-links-akt-to-er-loss.md')}: evidence: needs at least one item that supports, contradicts or is mixed; context alone does not weigh a claim`,
  ],
  'era-mismatch': (dir) => [
    `${join(dir, 'claims/mapk-phosphorylates-er.md')}: evidence[0].era: 'kato1995activation' was published in 1995; later evidence must date from 2014 or after`,
    `${join(dir, 'claims/mapk-phosphorylates-er.md')}: evidence[1].era: 'giuliano2015upregulation' was published in 2015, after the review (2013); mark the item era: later`,
  ],
  // Stances: judged against the statement, with a reason when against or mixed; reviews never weigh.
  'reason-missing': (dir) => [
    `${join(dir, 'claims/foxo3a-links-akt-to-er-loss.md')}: evidence[1].reason: a 'contradicts' item needs a reason: what the statement predicts and what the study found`,
    `${join(dir, 'claims/foxo3a-links-akt-to-er-loss.md')}: evidence[2].reason: a 'mixed' item needs a reason: what the statement predicts and what the study found`,
  ],
  'review-weighs': (dir) => [
    `${join(dir, 'claims/mapk-phosphorylates-er.md')}: evidence[0].stance: a review cannot support a claim; mark it context`,
    `${join(dir, 'claims/mapk-phosphorylates-er.md')}: evidence[1].stance: a review cannot be mixed on a claim; mark it context`,
  ],
  // A design weighs only on the claim types it can answer: a trial not on a mechanism, tumour biology not on a treatment.
  'design-cannot-answer': (dir) => [
    `${join(dir, 'claims/dual-her2-blockade-with-aromatase-inhibitor.md')}: evidence[2].design: a patient-tumours study cannot support a therapeutic claim (it answers another question); mark it context or put it on the claim of the pair (therapeutic claims weigh meta-analysis, clinical-trial, trial-analysis, prospective-cohort, retrospective-cohort)`,
    `${join(dir, 'claims/mapk-phosphorylates-er.md')}: evidence[0].design: a clinical-trial study cannot support a mechanism claim (it answers another question); mark it context or put it on the claim of the pair (mechanism claims weigh patient-tumours, in-vivo, in-vitro)`,
  ],
  // Status since 2013: its note whenever a later study decides it, an override only when it changes something.
  'status-without-later': (dir) => [
    `${join(dir, 'claims/pax2-represses-erbb2.md')}: status.value: 'confirmed' needs at least one later (era: later) evidence item`,
  ],
  'status-note-missing': (dir) => [
    `${join(dir, 'claims/dual-her2-blockade-with-aromatase-inhibitor.md')}: status.note: the status since 2013 is 'confirmed': say in one sentence what the deciding later study found and why it decides`,
    `${join(dir, 'claims/pax2-represses-erbb2.md')}: status.note: no later study decides this claim, so there is no status note to give; remove it`,
  ],
  'status-override-equal': (dir) => [
    `${join(dir, 'claims/dual-her2-blockade-with-aromatase-inhibitor.md')}: status.value: the derived status is already 'confirmed'; remove the override`,
  ],
  // Effects as numbers, on items and trials alike.
  'forest-labels-missing': (dir) => [
    `${join(dir, 'claims/dual-her2-blockade-with-aromatase-inhibitor.md')}: forest: two or more items give a ratio on one endpoint, so the claim draws a forest plot: say what a ratio below and above 1 means (forest.lower, forest.higher)`,
  ],
  'estimate-outside-ci': (dir) => [
    `${join(dir, 'claims/dual-her2-blockade-with-aromatase-inhibitor.md')}: evidence[0].estimate.estimate: 0.95 lies outside its confidence interval (0.45–0.88)`,
    `${join(dir, 'trials/alternative.yaml')}: primary.estimate: 0.4 lies outside its confidence interval (0.45–0.88)`,
  ],
  'ci-reversed': (dir) => [
    `${join(dir, 'claims/dual-her2-blockade-with-aromatase-inhibitor.md')}: evidence[1].estimate.low: the lower limit (0.88) is above the upper limit (0.45)`,
  ],
  'ratio-not-positive': (dir) => [
    `${join(dir, 'claims/her2-predicts-endocrine-failure.md')}: evidence[0].estimate.estimate: an RR must be above 0`,
    `${join(dir, 'trials/alternative.yaml')}: primary.low: an HR's confidence limit must be above 0`,
  ],
  // Trials.
  'trial-without-registry': (dir) => [`${join(dir, 'trials/alternative.yaml')}: registry: a trial that started in 2011 (2005 or later) needs its registry id`],
  // The primary comparison's own n is for a comparison smaller than the trial (eLEcTRA's 57 randomised of 92 enrolled).
  'primary-n-not-smaller': (dir) => [
    `${join(dir, 'trials/alternative.yaml')}: primary.n: give primary.n only for a comparison smaller than the trial's n (355)`,
  ],
  'result-without-figures': (dir) => [
    `${join(dir, 'trials/alternative.yaml')}: primary.arms: a result without an estimate needs the figures per arm (or noFigures: true when no available record gives any)`,
    `${join(dir, 'trials/alternative.yaml')}: analyses[0].noFigures: a result with an estimate has figures; remove noFigures`,
  ],
  // Claims and their relations.
  'claim-without-type': (dir) => [`${join(dir, 'claims/pax2-represses-erbb2.md')}: type: is required`],
  'tests-non-mechanism': (dir) => [
    `${join(dir, 'claims/her2-predicts-endocrine-failure.md')}: tests[0]: 'dual-her2-blockade-with-aromatase-inhibitor' is a therapeutic claim; tests names the mechanism claim this claim tests in patients`,
  ],
  'tests-on-mechanism': (dir) => [
    `${join(dir, 'claims/mapk-phosphorylates-er.md')}: tests: a mechanism claim tests nothing; the clinical claim that tests it names it in its own tests`,
  ],
  'replaces-current': (dir) => [
    `${join(dir, 'claims/pax2-represses-erbb2.md')}: replaces[0]: 'mapk-phosphorylates-er' is a current claim; only retired ids can be replaced`,
    `${join(dir, 'claims/pax2-represses-erbb2.md')}: replaces[1]: 'her2-endocrine-old' is already replaced by ${join(dir, 'claims/her2-predicts-endocrine-failure.md')}`,
  ],
  // Interactions rest on mechanism claims between known nodes.
  'interaction-unknown-node': (dir) => [`${join(dir, 'interactions/her2-activates-mapk.yaml')}: target: no pathway 'mapk' (did you mean 'mapk-erk'?)`],
  'interaction-non-mechanism-claim': (dir) => [
    `${join(dir, 'interactions/er-represses-erbb2.yaml')}: claims[1]: 'her2-predicts-endocrine-failure' is a predictive claim; an interaction rests on mechanism claims`,
  ],
  // Retractions and corrections.
  'replaced-by-unknown': (dir) => [
    `${join(dir, 'references/johnston2018phase.yaml')}: updates[0].replacedBy: no reference 'johnston2021phse' (did you mean 'johnston2021phase'?)`,
  ],
};
