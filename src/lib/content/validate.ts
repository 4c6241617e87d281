import type { ZodIssue, ZodTypeAny } from 'astro/zod';
import { claimSchema, type ClaimData } from '../../schemas/claim';
import { interactionSchema, type InteractionData } from '../../schemas/interaction';
import { referenceSchema, type ReferenceData } from '../../schemas/reference';
import { reviewSchema, type ReviewData } from '../../schemas/review';
import { trialSchema, type TrialData } from '../../schemas/trial';
import { drugSchema, pathwaySchema, type DrugData, type PathwayData } from '../../schemas/vocab';
import type { RawCorpus, RawEntry } from './files';
import { markdownProblems } from './markdown';
import { CONTEXT_PLACEHOLDER, FINDING_PLACEHOLDER } from './placeholders';
import type { Problem } from './problems';
import {
  checkClaims,
  checkDrugs,
  checkIdentifiersUnique,
  checkInteractions,
  checkReferenceKeys,
  checkReferenceUpdates,
  checkTrials,
  field,
  type Known,
  type Valid,
} from './record-rules';

/**
 * Every rule a corpus must pass before anything is built: each record's schema, then every cross-reference, id,
 * identifier and content rule (record-rules.ts). All problems are collected and returned together, so a curator sees
 * everything to fix in one run.
 */

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

function reportDuplicateIds(raw: RawCorpus, problems: Problem[]) {
  const kinds = [
    ['review', raw.reviews],
    ['claim', raw.claims],
    ['reference', raw.references],
    ['trial', raw.trials],
    ['interaction', raw.interactions],
    ['pathway', raw.pathways],
    ['drug', raw.drugs],
  ] as const;
  for (const [kind, entries] of kinds) {
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
}

/** Every record of every kind through its schema; what passes comes back, with where it came from. */
function parseRecords(raw: RawCorpus, problems: Problem[]): Omit<ValidRecords, 'review'> & { reviews: Valid<ReviewData>[] } {
  return {
    reviews: parseEntries(raw.reviews, reviewSchema, problems),
    claims: parseEntries(raw.claims, claimSchema, problems),
    references: parseEntries(raw.references, referenceSchema, problems),
    trials: parseEntries(raw.trials, trialSchema, problems),
    interactions: parseEntries(raw.interactions, interactionSchema, problems),
    pathways: parseEntries(raw.pathways, pathwaySchema, problems),
    drugs: parseEntries(raw.drugs, drugSchema, problems),
  };
}

function checkOneReview(raw: RawCorpus, problems: Problem[]) {
  if (raw.reviews.length === 1) return;
  problems.push({
    file: raw.reviews.map((r) => r.file).join(', ') || 'reviews/',
    field: '(collection)',
    message: `expected exactly one review, found ${raw.reviews.length}`,
  });
}

/** Markdown bodies are safe, and no placeholder written by new:claim is left. */
function checkBodies(claims: Valid<ClaimData>[], reviews: Valid<ReviewData>[], problems: Problem[]) {
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
}

/** The review's section ids, each once. */
function sectionIdsOf(review: Valid<ReviewData>, problems: Problem[]): Set<string> {
  const sectionIds = new Set<string>();
  review.data.sections.forEach((section, i) => {
    if (sectionIds.has(section.id)) problems.push({ file: review.entry.file, field: `sections[${i}].id`, message: `duplicate section id '${section.id}'` });
    sectionIds.add(section.id);
  });
  return sectionIds;
}

/**
 * What cross-references are checked against: every record that exists, parsed or not, so a record with its own schema
 * error is reported once, not again by everything that names it; and what the parsed records say of years and types.
 */
function knownRecords(raw: RawCorpus, parsed: ReturnType<typeof parseRecords>, problems: Problem[]): Known {
  const review = parsed.reviews[0];
  const ids = (entries: RawEntry[]) => new Set(entries.map((e) => e.id));
  return {
    sectionIds: review && sectionIdsOf(review, problems),
    referenceIds: ids(raw.references),
    pathwayIds: ids(raw.pathways),
    drugIds: ids(raw.drugs),
    trialIds: ids(raw.trials),
    claimIds: ids(raw.claims),
    referenceYear: new Map(parsed.references.map(({ entry, data }) => [entry.id, data.issued['date-parts'][0][0]])),
    retracted: new Set(parsed.references.filter(({ data }) => data.updates.some((update) => update.type === 'retraction')).map(({ entry }) => entry.id)),
    claimTypeById: new Map(parsed.claims.map(({ entry, data }) => [entry.id, data.type])),
    reviewYear: review?.data.issued['date-parts'][0][0],
  };
}

export function validateCorpus(raw: RawCorpus): Validation {
  const problems: Problem[] = [];
  reportDuplicateIds(raw, problems);
  const parsed = parseRecords(raw, problems);
  checkOneReview(raw, problems);
  checkBodies(parsed.claims, parsed.reviews, problems);
  const known = knownRecords(raw, parsed, problems);
  checkClaims(parsed.claims, known, problems);
  checkTrials(parsed.trials, known, problems);
  checkInteractions(parsed.interactions, known, problems);
  checkReferenceUpdates(parsed.references, known, problems);
  checkDrugs(raw, parsed.drugs, known, problems);
  checkReferenceKeys(raw, parsed.references, problems);
  checkIdentifiersUnique(
    [...parsed.reviews, ...parsed.references].map(({ entry, data }) => ({ entry, DOI: data.DOI, PMID: data.PMID })),
    problems,
  );

  const { reviews, ...records } = parsed;
  const review = reviews[0];
  if (problems.length > 0 || !review) return { ok: false, problems };
  return { ok: true, records: { review, ...records } };
}
