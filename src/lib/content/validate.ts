import type { ZodIssue, ZodTypeAny } from 'astro/zod';
import { claimSchema, type ClaimData } from '../../schemas/claim';
import { referenceSchema, type ReferenceData } from '../../schemas/reference';
import { reviewSchema, type ReviewData } from '../../schemas/review';
import { trialSchema, type TrialData } from '../../schemas/trial';
import { interactionSchema, type InteractionData } from '../../schemas/interaction';
import { ratioMeasures } from '../../schemas/estimate';
import { designsFor, statusSince, type Appraised } from './appraisal';
import { drugSchema, pathwaySchema, type DrugData, type PathwayData } from '../../schemas/vocab';
import { closest } from '../text/closest';
import { citationKeyStem } from './citation-key';
import type { RawCorpus, RawEntry } from './files';
import { markdownProblems } from './markdown';
import { CONTEXT_PLACEHOLDER, FINDING_PLACEHOLDER } from './placeholders';
import type { Problem } from './problems';

/**
 * Every rule a corpus must pass before anything is built: each record's schema, then every cross-reference, id,
 * identifier and content rule. All problems are collected and returned together, so a curator sees everything to fix
 * in one run.
 */

/** A record that passed its schema, with where it came from. */
export interface Valid<T> {
  entry: RawEntry;
  data: T;
}

export interface ValidRecords {
  review: Valid<ReviewData>;
  claims: Valid<ClaimData>[];
  references: Valid<ReferenceData>[];
  trials: Valid<TrialData>[];
  interactions: Valid<InteractionData>[];
  pathways: Valid<PathwayData>[];
  drugs: Valid<DrugData>[];
}

export type Validation = { ok: true; records: ValidRecords } | { ok: false; problems: Problem[] };

function fieldPath(path: (string | number)[]): string {
  return path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), '');
}

function issueMessage(issue: ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.received === 'undefined') return 'is required';
  if (issue.code === 'unrecognized_keys') return `unknown field(s) ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
  return issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
}

function parseEntries<T extends ZodTypeAny>(entries: RawEntry[], schema: T, problems: Problem[]): Valid<T['_output']>[] {
  const parsed: Valid<T['_output']>[] = [];
  for (const entry of entries) {
    if (entry.unreadable) continue;
    const result = schema.safeParse(entry.data);
    if (result.success) {
      parsed.push({ entry, data: result.data });
      continue;
    }
    for (const issue of result.error.issues) {
      const field = [entry.fieldPrefix, fieldPath(issue.path)].filter(Boolean).join('.') || '(record)';
      problems.push({ file: entry.file, field, message: issueMessage(issue) });
    }
  }
  return parsed;
}

function field(entry: RawEntry, name: string): string {
  return [entry.fieldPrefix, name].filter(Boolean).join('.');
}

function reportDuplicateIds(kind: string, entries: RawEntry[], problems: Problem[]) {
  const seen = new Map<string, RawEntry>();
  for (const entry of entries) {
    const first = seen.get(entry.id);
    if (first) {
      problems.push({
        file: entry.file,
        field: field(entry, 'id'),
        message: `duplicate ${kind} id '${entry.id}' (also in ${first.file}${first.fieldPrefix ? ` ${first.fieldPrefix}` : ''})`,
      });
    } else {
      seen.set(entry.id, entry);
    }
  }
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
  return items.flatMap((item) => (typeof item === 'object' && item !== null && typeof (item as { reference?: unknown }).reference === 'string' ? [(item as { reference: string }).reference] : []));
}

interface EvidenceContext {
  referenceIds: Set<string>;
  referenceYear: Map<string, number>;
  retracted: Set<string>;
  reviewYear: number | undefined;
}

/** The items of a claim as the appraisal reads them, with their studies' years and retractions. */
export function appraised(claim: ClaimData, referenceYear: Map<string, number>, retracted: Set<string>): Appraised[] {
  return claim.evidence.map((item) => ({ ...item, retracted: retracted.has(item.reference), year: referenceYear.get(item.reference) }));
}

const verb = { supports: 'support', contradicts: 'contradict', mixed: 'be mixed on' } as const;

/**
 * The rules an evidence list must meet beyond its schema: each study exists and is cited once per claim, each item's
 * design can answer the claim's type, something weighs the claim, review-era items date from the review's year or
 * before and later items after it, a status other than "no later study" has its note, and an override changes
 * something.
 */
function checkEvidence(entry: RawEntry, claim: ClaimData, { referenceIds, referenceYear, retracted, reviewYear }: EvidenceContext, problems: Problem[]) {
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
        `a ${item.design} study cannot ${verb[item.stance]} a ${claim.type} claim (it answers another question); mark it context or put it on the claim of the pair (${claim.type} claims weigh ${designsFor[claim.type].join(', ')})`,
      );
    }
    const year = referenceYear.get(item.reference);
    if (year === undefined || reviewYear === undefined) return;
    if (item.era === 'review' && year > reviewYear) report(`${at}.era`, `'${item.reference}' was published in ${year}, after the review (${reviewYear}); mark the item era: later`);
    if (item.era === 'later' && year <= reviewYear) report(`${at}.era`, `'${item.reference}' was published in ${year}; later evidence must date from ${reviewYear + 1} or after`);
  });
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

function checkIdentifiersUnique(records: { entry: RawEntry; DOI?: string; PMID?: string }[], problems: Problem[]) {
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

export function validateCorpus(raw: RawCorpus): Validation {
  const problems: Problem[] = [];
  for (const [kind, entries] of [
    ['review', raw.reviews],
    ['claim', raw.claims],
    ['reference', raw.references],
    ['trial', raw.trials],
    ['interaction', raw.interactions],
    ['pathway', raw.pathways],
    ['drug', raw.drugs],
  ] as const) {
    reportDuplicateIds(kind, entries, problems);
  }

  const reviews = parseEntries(raw.reviews, reviewSchema, problems);
  const claims = parseEntries(raw.claims, claimSchema, problems);
  const references = parseEntries(raw.references, referenceSchema, problems);
  const trials = parseEntries(raw.trials, trialSchema, problems);
  const interactions = parseEntries(raw.interactions, interactionSchema, problems);
  const pathways = parseEntries(raw.pathways, pathwaySchema, problems);
  const drugs = parseEntries(raw.drugs, drugSchema, problems);

  if (raw.reviews.length !== 1) {
    problems.push({
      file: raw.reviews.map((r) => r.file).join(', ') || 'reviews/',
      field: '(collection)',
      message: `expected exactly one review, found ${raw.reviews.length}`,
    });
  }

  for (const { entry } of [...claims, ...reviews]) {
    for (const message of markdownProblems(entry.body ?? '')) problems.push({ file: entry.file, field: 'body', message });
    if (entry.body?.includes(CONTEXT_PLACEHOLDER)) {
      problems.push({ file: entry.file, field: 'body', message: 'still holds the placeholder written by new:claim; write the synthesis' });
    }
  }
  for (const { entry, data } of claims) {
    data.evidence.forEach((item, i) => {
      if (item.finding === FINDING_PLACEHOLDER) {
        problems.push({ file: entry.file, field: `evidence[${i}].finding`, message: 'still holds the placeholder written by new:claim; write what the study found' });
      }
    });
  }

  const review = reviews[0];
  const sectionIds = new Set<string>();
  review?.data.sections.forEach((section, i) => {
    if (sectionIds.has(section.id)) {
      problems.push({ file: review.entry.file, field: `sections[${i}].id`, message: `duplicate section id '${section.id}'` });
    }
    sectionIds.add(section.id);
  });

  // Cross-references are checked against every record that exists, parsed or not: a record with its own schema error
  // is reported once, not again by everything that names it.
  const ids = (entries: RawEntry[]) => new Set(entries.map((e) => e.id));
  const referenceIds = ids(raw.references);
  const pathwayIds = ids(raw.pathways);
  const drugIds = ids(raw.drugs);
  const trialIds = ids(raw.trials);

  const referenceYear = new Map(references.map(({ entry, data }) => [entry.id, data.issued['date-parts'][0][0]]));
  const retracted = new Set(references.filter(({ data }) => data.updates.some((update) => update.type === 'retraction')).map(({ entry }) => entry.id));
  const claimTypeById = new Map(claims.map(({ entry, data }) => [entry.id, data.type]));
  const reviewYear = review?.data.issued['date-parts'][0][0];
  const claimIds = ids(raw.claims);
  const replacedBy = new Map<string, RawEntry>();
  for (const { entry, data } of claims) {
    if (review && !sectionIds.has(data.section)) {
      problems.push({ file: entry.file, field: 'section', message: missing('review section', data.section, sectionIds) });
    }
    checkRefs(entry.file, 'pathways', data.pathways, 'pathway', pathwayIds, problems);
    checkRefs(entry.file, 'drugs', data.drugs, 'drug', drugIds, problems);
    checkRefs(entry.file, 'trials', data.trials, 'trial', trialIds, problems);
    checkEvidence(entry, data, { referenceIds, referenceYear, retracted, reviewYear }, problems);
    checkRefs(entry.file, 'seeAlso', data.seeAlso, 'claim', claimIds, problems);
    checkRefs(entry.file, 'tests', data.tests, 'claim', claimIds, problems);
    if (data.tests.length > 0 && data.type === 'mechanism') problems.push({ file: entry.file, field: 'tests', message: 'a mechanism claim tests nothing; the clinical claim that tests it names it in its own tests' });
    data.tests.forEach((id, i) => {
      const type = claimTypeById.get(id);
      if (type !== undefined && type !== 'mechanism') problems.push({ file: entry.file, field: `tests[${i}]`, message: `'${id}' is a ${type} claim; tests names the mechanism claim this claim tests in patients` });
    });
    [...data.tests, ...data.seeAlso].forEach((id) => {
      if (id === entry.id) problems.push({ file: entry.file, field: data.tests.includes(id) ? 'tests' : 'seeAlso', message: 'a claim cannot point to itself' });
    });
    data.replaces.forEach((old, i) => {
      const field = `replaces[${i}]`;
      if (claimIds.has(old)) problems.push({ file: entry.file, field, message: `'${old}' is a current claim; only retired ids can be replaced` });
      const earlier = replacedBy.get(old);
      if (earlier) problems.push({ file: entry.file, field, message: `'${old}' is already replaced by ${earlier.file}` });
      else replacedBy.set(old, entry);
    });
  }
  for (const { entry, data } of trials) {
    checkRefs(entry.file, 'references', data.references, 'reference', referenceIds, problems);
    checkRefs(entry.file, 'drugs', data.drugs, 'drug', drugIds, problems);
    const listed = new Set(data.references);
    [['primary', data.primary] as const, ...data.analyses.map((analysis, i) => [`analyses[${i}]`, analysis] as const)].forEach(([at, result]) => {
      if (!referenceIds.has(result.reference)) problems.push({ file: entry.file, field: `${at}.reference`, message: missing('reference', result.reference, referenceIds) });
      else if (!listed.has(result.reference)) problems.push({ file: entry.file, field: `${at}.reference`, message: `'${result.reference}' reports this trial, so list it in references too` });
    });
  }
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
  for (const { entry, data } of references) {
    data.updates.forEach((update, i) => {
      if (update.replacedBy !== undefined && !referenceIds.has(update.replacedBy)) {
        problems.push({ file: entry.file, field: `updates[${i}].replacedBy`, message: missing('reference', update.replacedBy, referenceIds) });
      }
    });
  }
  for (const { entry, data } of drugs) checkRefs(entry.file, field(entry, 'targets'), data.targets, 'pathway', pathwayIds, problems);
  // What an unreadable claim or trial cites is unknown, so nothing is called unused while one is unreadable.
  const allReadable = [...raw.claims, ...raw.trials].every((entry) => !entry.unreadable);
  // A drug no claim or trial names would get a page with nothing on it.
  const namedDrugs = new Set([...raw.claims, ...raw.trials].flatMap((entry) => rawList(entry.data, 'drugs')));
  for (const entry of allReadable ? raw.drugs : []) {
    if (!namedDrugs.has(entry.id)) problems.push({ file: entry.file, field: field(entry, 'id'), message: `drug '${entry.id}' is named by no claim or trial; name it or remove it` });
  }

  // Citations are read from the raw records too, so a claim with an unrelated schema error does not orphan its references.
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

  checkIdentifiersUnique(
    [...reviews, ...references].map(({ entry, data }) => ({ entry, DOI: data.DOI, PMID: data.PMID })),
    problems,
  );

  if (problems.length > 0 || !review) return { ok: false, problems };
  return { ok: true, records: { review, claims, references, trials, interactions, pathways, drugs } };
}
