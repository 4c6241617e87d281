import type { ClaimData } from '../../schemas/claim';
import type { ClaimType } from '../../schemas/common';
import { ratioMeasures } from '../../schemas/estimate';
import type { InteractionData } from '../../schemas/interaction';
import type { ReferenceData } from '../../schemas/reference';
import type { TrialData } from '../../schemas/trial';
import type { DrugData } from '../../schemas/vocab';
import { closest } from '../text/closest';
import { designsFor, statusSince, type Appraised } from './appraisal';
import { citationKeyStem } from './citation-key';
import type { RawCorpus, RawEntry } from './files';
import type { Problem } from './problems';
import { withArticle } from '../text/article';

/**
 * The rules a corpus must meet beyond each record's own schema (validate.ts): every id a record names exists and is
 * named once, evidence items fit their claim's type and era, statuses have their notes, nothing is left unused, and
 * citation keys, DOIs and PMIDs are sound. Each rule adds its problems to the list it is given, in a fixed order, so
 * a curator reads them file by file.
 */

/** A record that passed its schema, with where it came from. */
export interface Valid<T> {
  entry: RawEntry;
  data: T;
}

/** What cross-references are checked against. */
export interface Known {
  /** Ids of every record that exists, parsed or not: a record with its own schema error is reported once. */
  referenceIds: Set<string>;
  pathwayIds: Set<string>;
  drugIds: Set<string>;
  trialIds: Set<string>;
  claimIds: Set<string>;
  /** The review's section ids, when there is a review. */
  sectionIds: Set<string> | undefined;
  referenceYear: Map<string, number>;
  retracted: Set<string>;
  claimTypeById: Map<string, ClaimType>;
  reviewYear: number | undefined;
}

/** A field's name in a record, after the prefix of a record that shares its file (vocabulary lists). */
export function field(entry: RawEntry, name: string): string {
  return [entry.fieldPrefix, name].filter(Boolean).join('.');
}

function missing(kind: string, key: string, known: Iterable<string>): string {
  const suggestion = closest(key, known);
  return `no ${kind} '${key}'${suggestion ? ` (did you mean '${suggestion}'?)` : ''}`;
}

/** Every key must name a known record, and none may be listed twice. */
function checkRefs(file: string, name: string, keys: string[], kind: string, known: Set<string>, problems: Problem[]) {
  const seen = new Set<string>();
  const twice: Problem[] = [];
  keys.forEach((key, i) => {
    if (!known.has(key)) problems.push({ file, field: `${name}[${i}]`, message: missing(kind, key, known) });
    if (seen.has(key)) twice.push({ file, field: `${name}[${i}]`, message: `'${key}' is listed twice` });
    seen.add(key);
  });
  problems.push(...twice);
}

/** A list field of a record, read before validation (strings only). */
function rawList(data: unknown, name: string): string[] {
  const value = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[name] : undefined;
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** The citation keys a claim's evidence items name, read before validation. */
function rawEvidenceReferences(data: unknown): string[] {
  const items = typeof data === 'object' && data !== null ? (data as { evidence?: unknown }).evidence : undefined;
  if (!Array.isArray(items)) return [];
  return items.flatMap((item) =>
    typeof item === 'object' && item !== null && typeof (item as { reference?: unknown }).reference === 'string' ? [(item as { reference: string }).reference] : [],
  );
}

/** The items of a claim as the appraisal reads them, with their studies' years and retractions. */
function appraised(claim: ClaimData, referenceYear: Map<string, number>, retracted: Set<string>): Appraised[] {
  return claim.evidence.map((item) => ({ ...item, retracted: retracted.has(item.reference), year: referenceYear.get(item.reference) }));
}

const verb = { supports: 'support', contradicts: 'contradict', mixed: 'be mixed on' } as const;

/** Each item's study exists and is cited once per claim, its design can answer the claim's type, and its era fits its year. */
function checkItems(entry: RawEntry, claim: ClaimData, { referenceIds, referenceYear, reviewYear }: Known, problems: Problem[]) {
  const seen = new Set<string>();
  const report = (field: string, message: string) => problems.push({ file: entry.file, field, message });
  claim.evidence.forEach((item, i) => {
    const at = `evidence[${i}]`;
    if (!referenceIds.has(item.reference)) report(`${at}.reference`, missing('reference', item.reference, referenceIds));
    else if (seen.has(item.reference)) report(`${at}.reference`, `'${item.reference}' already has an item in this claim; put both findings in one item`);
    seen.add(item.reference);
    if (item.stance !== 'context' && item.design !== 'review' && !designsFor[claim.type].includes(item.design)) {
      report(
        `${at}.design`,
        `${withArticle(item.design)} study cannot ${verb[item.stance]} ${withArticle(claim.type)} claim (it answers another question); mark it context or put it on the claim of the pair (${claim.type} claims weigh ${designsFor[claim.type].join(', ')})`,
      );
    }
    const year = referenceYear.get(item.reference);
    if (year === undefined || reviewYear === undefined) return;
    if (item.era === 'review' && year > reviewYear) report(`${at}.era`, `'${item.reference}' was published in ${year}, after the review (${reviewYear}); mark the item era: later`);
    if (item.era === 'later' && year <= reviewYear) report(`${at}.era`, `'${item.reference}' was published in ${year}; later evidence must date from ${reviewYear + 1} or after`);
  });
}

/** Something weighs the claim, and two ratios on one endpoint come with the forest plot's reading. */
function checkWeighing(entry: RawEntry, claim: ClaimData, problems: Problem[]) {
  const report = (field: string, message: string) => problems.push({ file: entry.file, field, message });
  if (claim.evidence.every((item) => item.stance === 'context')) {
    report('evidence', 'needs at least one item that supports, contradicts or is mixed; context alone does not weigh a claim');
  }
  const endpoints = new Map<string, number>();
  for (const item of claim.evidence) {
    if (item.estimate && ratioMeasures.includes(item.estimate.measure)) endpoints.set(item.estimate.endpoint, (endpoints.get(item.estimate.endpoint) ?? 0) + 1);
  }
  if (!claim.forest && [...endpoints.values()].some((count) => count >= 2)) {
    report('forest', 'two or more items give a ratio on one endpoint, so the claim draws a forest plot: say what a ratio below and above 1 means (forest.lower, forest.higher)');
  }
}

/** A status other than "no later study" has its note and a later item, and an override changes something. */
function checkStatus(entry: RawEntry, claim: ClaimData, { referenceYear, retracted }: Known, problems: Problem[]) {
  const report = (field: string, message: string) => problems.push({ file: entry.file, field, message });
  const derived = statusSince(claim.type, appraised(claim, referenceYear, retracted)).value;
  const shown = claim.status?.value ?? derived;
  if (claim.status?.value !== undefined && claim.status.value === derived) report('status.value', `the derived status is already '${derived}'; remove the override`);
  if (claim.status?.value !== undefined && claim.status.value !== 'no-later-study' && !claim.evidence.some((item) => item.era === 'later')) {
    report('status.value', `'${claim.status.value}' needs at least one later (era: later) evidence item`);
  }
  if (shown !== 'no-later-study' && claim.status?.note === undefined) {
    report('status.note', `the status since 2013 is '${shown}': say in one sentence what the deciding later study found and why it decides`);
  }
  if (shown === 'no-later-study' && claim.status?.note !== undefined) report('status.note', 'no later study decides this claim, so there is no status note to give; remove it');
}

/** A clinical claim tests mechanism claims, and no claim points to itself. */
function checkClaimLinks(entry: RawEntry, data: ClaimData, { claimIds, claimTypeById }: Known, problems: Problem[]) {
  checkRefs(entry.file, 'seeAlso', data.seeAlso, 'claim', claimIds, problems);
  checkRefs(entry.file, 'tests', data.tests, 'claim', claimIds, problems);
  if (data.tests.length > 0 && data.type === 'mechanism') {
    problems.push({ file: entry.file, field: 'tests', message: 'a mechanism claim tests nothing; the clinical claim that tests it names it in its own tests' });
  }
  data.tests.forEach((id, i) => {
    const type = claimTypeById.get(id);
    if (type !== undefined && type !== 'mechanism') {
      problems.push({ file: entry.file, field: `tests[${i}]`, message: `'${id}' is a ${type} claim; tests names the mechanism claim this claim tests in patients` });
    }
  });
  [...data.tests, ...data.seeAlso].forEach((id) => {
    if (id === entry.id) problems.push({ file: entry.file, field: data.tests.includes(id) ? 'tests' : 'seeAlso', message: 'a claim cannot point to itself' });
  });
}

/** Only retired ids are replaced, each by one claim. */
function checkReplaces(entry: RawEntry, data: ClaimData, { claimIds }: Known, replacedBy: Map<string, RawEntry>, problems: Problem[]) {
  data.replaces.forEach((old, i) => {
    const field = `replaces[${i}]`;
    if (claimIds.has(old)) problems.push({ file: entry.file, field, message: `'${old}' is a current claim; only retired ids can be replaced` });
    const earlier = replacedBy.get(old);
    if (earlier) problems.push({ file: entry.file, field, message: `'${old}' is already replaced by ${earlier.file}` });
    else replacedBy.set(old, entry);
  });
}

export function checkClaims(claims: Valid<ClaimData>[], known: Known, problems: Problem[]) {
  const replacedBy = new Map<string, RawEntry>();
  for (const { entry, data } of claims) {
    if (known.sectionIds && !known.sectionIds.has(data.section)) {
      problems.push({ file: entry.file, field: 'section', message: missing('review section', data.section, known.sectionIds) });
    }
    checkRefs(entry.file, 'pathways', data.pathways, 'pathway', known.pathwayIds, problems);
    checkRefs(entry.file, 'drugs', data.drugs, 'drug', known.drugIds, problems);
    checkRefs(entry.file, 'trials', data.trials, 'trial', known.trialIds, problems);
    checkItems(entry, data, known, problems);
    checkWeighing(entry, data, problems);
    checkStatus(entry, data, known, problems);
    checkClaimLinks(entry, data, known, problems);
    checkReplaces(entry, data, known, replacedBy, problems);
  }
}

/** A trial's references, drugs and results exist, and the studies reporting its results are among its references. */
export function checkTrials(trials: Valid<TrialData>[], { referenceIds, drugIds }: Known, problems: Problem[]) {
  for (const { entry, data } of trials) {
    checkRefs(entry.file, 'references', data.references, 'reference', referenceIds, problems);
    checkRefs(entry.file, 'drugs', data.drugs, 'drug', drugIds, problems);
    const listed = new Set(data.references);
    [['primary', data.primary] as const, ...data.analyses.map((analysis, i) => [`analyses[${i}]`, analysis] as const)].forEach(([at, result]) => {
      if (!referenceIds.has(result.reference)) problems.push({ file: entry.file, field: `${at}.reference`, message: missing('reference', result.reference, referenceIds) });
      else if (!listed.has(result.reference)) problems.push({ file: entry.file, field: `${at}.reference`, message: `'${result.reference}' reports this trial, so list it in references too` });
    });
  }
}

/** An interaction joins two known nodes and rests on mechanism claims. */
export function checkInteractions(interactions: Valid<InteractionData>[], { pathwayIds, claimIds, claimTypeById }: Known, problems: Problem[]) {
  for (const { entry, data } of interactions) {
    for (const end of ['source', 'target'] as const) {
      if (!pathwayIds.has(data[end])) problems.push({ file: entry.file, field: end, message: missing('pathway', data[end], pathwayIds) });
    }
    checkRefs(entry.file, 'claims', data.claims, 'claim', claimIds, problems);
    data.claims.forEach((id, i) => {
      const type = claimTypeById.get(id);
      if (type !== undefined && type !== 'mechanism') problems.push({ file: entry.file, field: `claims[${i}]`, message: `'${id}' is a ${type} claim; an interaction rests on mechanism claims` });
    });
  }
}

/** A correction or retraction that names the study replacing it names a known one. */
export function checkReferenceUpdates(references: Valid<ReferenceData>[], { referenceIds }: Known, problems: Problem[]) {
  for (const { entry, data } of references) {
    data.updates.forEach((update, i) => {
      if (update.replacedBy !== undefined && !referenceIds.has(update.replacedBy)) {
        problems.push({ file: entry.file, field: `updates[${i}].replacedBy`, message: missing('reference', update.replacedBy, referenceIds) });
      }
    });
  }
}

/**
 * A drug's targets exist, and every drug is named by a claim or trial: a drug nothing names would get a page with
 * nothing on it. What an unreadable claim or trial names is unknown, so nothing is called unused while one is.
 */
export function checkDrugs(raw: RawCorpus, drugs: Valid<DrugData>[], { pathwayIds }: Known, problems: Problem[]) {
  for (const { entry, data } of drugs) checkRefs(entry.file, field(entry, 'targets'), data.targets, 'pathway', pathwayIds, problems);
  const allReadable = [...raw.claims, ...raw.trials].every((entry) => !entry.unreadable);
  const namedDrugs = new Set([...raw.claims, ...raw.trials].flatMap((entry) => rawList(entry.data, 'drugs')));
  for (const entry of allReadable ? raw.drugs : []) {
    if (!namedDrugs.has(entry.id)) problems.push({ file: entry.file, field: field(entry, 'id'), message: `drug '${entry.id}' is named by no claim or trial; name it or remove it` });
  }
}

/**
 * Every reference is cited, and its key follows the convention. Citations are read from the raw records, so a claim
 * with an unrelated schema error does not orphan its references.
 */
export function checkReferenceKeys(raw: RawCorpus, references: Valid<ReferenceData>[], problems: Problem[]) {
  const allReadable = [...raw.claims, ...raw.trials].every((entry) => !entry.unreadable);
  const cited = new Set([...raw.claims.flatMap((c) => rawEvidenceReferences(c.data)), ...raw.trials.flatMap((t) => rawList(t.data, 'references'))]);
  for (const { entry, data } of references) {
    if (allReadable && !cited.has(entry.id)) {
      problems.push({ file: entry.file, field: '(record)', message: `reference '${entry.id}' is cited by no evidence item or trial; cite it or remove the file` });
    }
    const stem = citationKeyStem(data);
    if (!entry.id.startsWith(stem) || !/^[a-z]+\d{4}[a-z0-9]+$/.test(entry.id)) {
      problems.push({
        file: entry.file,
        field: 'id',
        message: `citation key '${entry.id}' must be first author + year + first title word, starting '${stem}' (rename the file)`,
      });
    }
  }
}

/** No two records share a DOI or a PMID. */
export function checkIdentifiersUnique(records: { entry: RawEntry; DOI?: string; PMID?: string }[], problems: Problem[]) {
  const doiOwner = new Map<string, RawEntry>();
  const pmidOwner = new Map<string, RawEntry>();
  for (const { entry, DOI, PMID } of records) {
    if (DOI) {
      const owner = doiOwner.get(DOI.toLowerCase());
      if (owner) problems.push({ file: entry.file, field: 'DOI', message: `DOI ${DOI} is also used by ${owner.file}` });
      else doiOwner.set(DOI.toLowerCase(), entry);
    }
    if (PMID) {
      const owner = pmidOwner.get(PMID);
      if (owner) problems.push({ file: entry.file, field: 'PMID', message: `PMID ${PMID} is also used by ${owner.file}` });
      else pmidOwner.set(PMID, entry);
    }
  }
}
