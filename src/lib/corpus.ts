import type { ZodIssue, ZodTypeAny } from 'astro/zod';
import { claimSchema, type ClaimData } from '../schemas/claim';
import { markdownProblems } from '../schemas/common';
import { referenceSchema, type ReferenceData } from '../schemas/reference';
import { reviewSchema, type ReviewData } from '../schemas/review';
import { trialSchema, type TrialData } from '../schemas/trial';
import { drugSchema, pathwaySchema, type DrugData, type PathwayData } from '../schemas/vocab';
import { closest } from './suggest';
import { citationKeyStem, CONTEXT_PLACEHOLDER } from './curation';

/** One record as read from disk or from an Astro collection, before validation. */
export interface RawEntry {
  id: string;
  /** Path shown in error messages, relative to the working directory. */
  file: string;
  /** Prefix for field paths of records that share a file (vocabulary lists), e.g. "[3] (her2)". */
  fieldPrefix?: string;
  data: unknown;
  /** Markdown body (claims and reviews). */
  body?: string;
  /** The file could not be parsed (already reported): its id exists, so nothing citing it is reported missing. */
  unreadable?: boolean;
}

export interface RawCorpus {
  reviews: RawEntry[];
  claims: RawEntry[];
  references: RawEntry[];
  trials: RawEntry[];
  pathways: RawEntry[];
  drugs: RawEntry[];
}

/** A content problem, always tied to a file and a field so a curator can fix it without reading code. */
export interface Problem {
  file: string;
  field: string;
  message: string;
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}: ${problem.field}: ${problem.message}`;
}

export function formatProblems(problems: Problem[]): string {
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return [`${problems.length} content ${noun} found:`, ...problems.map((p) => `  ${formatProblem(p)}`)].join('\n');
}

export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
  }
}

interface Located {
  id: string;
  file: string;
}

export interface Section {
  id: string;
  title: string;
  summary: string;
  /** 1-based position in the review's outline. */
  number: number;
}

export type Review = Omit<ReviewData, 'sections'> & Located & { year: number; body: string; html?: string; sections: Section[] };
export type Claim = ClaimData & Located & { body: string; html?: string };
export type Reference = ReferenceData & Located & { year: number };
export type Trial = TrialData & Located;
export type Pathway = PathwayData & Located;
export type Drug = DrugData & Located;

/** The whole content graph, resolved once and queried by pages. */
export interface Corpus {
  review: Review;
  /** Claims in outline order (section, then id). */
  claims: Claim[];
  /** References sorted by citation key. */
  references: Reference[];
  trials: Trial[];
  pathways: Pathway[];
  drugs: Drug[];
  claimById: Map<string, Claim>;
  referenceById: Map<string, Reference>;
  trialById: Map<string, Trial>;
  pathwayById: Map<string, Pathway>;
  drugById: Map<string, Drug>;
  sectionById: Map<string, Section>;
  claimsByReference: Map<string, Claim[]>;
  claimsByPathway: Map<string, Claim[]>;
  claimsByDrug: Map<string, Claim[]>;
  claimsByTrial: Map<string, Claim[]>;
  claimsBySection: Map<string, Claim[]>;
}

export type CorpusResult = { ok: true; corpus: Corpus } | { ok: false; problems: Problem[] };

function fieldPath(path: (string | number)[]): string {
  return path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), '');
}

function issueMessage(issue: ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.received === 'undefined') return 'is required';
  if (issue.code === 'unrecognized_keys') return `unknown field(s) ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
  return issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
}

function parseEntries<T extends ZodTypeAny>(entries: RawEntry[], schema: T, problems: Problem[]) {
  const parsed: { entry: RawEntry; data: T['_output'] }[] = [];
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

function reportDuplicateIds(kind: string, entries: RawEntry[], problems: Problem[]) {
  const seen = new Map<string, RawEntry>();
  for (const entry of entries) {
    const first = seen.get(entry.id);
    if (first) {
      problems.push({
        file: entry.file,
        field: [entry.fieldPrefix, 'id'].filter(Boolean).join('.'),
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

function checkRefs(
  file: string,
  field: string,
  keys: string[],
  kind: string,
  known: Map<string, unknown>,
  problems: Problem[],
) {
  keys.forEach((key, i) => {
    if (!known.has(key)) problems.push({ file, field: `${field}[${i}]`, message: missing(kind, key, known.keys()) });
  });
  const seen = new Set<string>();
  keys.forEach((key, i) => {
    if (seen.has(key)) problems.push({ file, field: `${field}[${i}]`, message: `'${key}' is listed twice` });
    seen.add(key);
  });
}

function groupClaims(claims: Claim[], keysOf: (claim: Claim) => string[]): Map<string, Claim[]> {
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    for (const key of keysOf(claim)) {
      const group = groups.get(key);
      if (group) group.push(claim);
      else groups.set(key, [claim]);
    }
  }
  return groups;
}

function rawStringList(data: unknown, field: string): string[] {
  const value = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[field] : undefined;
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function normalisedDoi(doi: string): string {
  return doi.toLowerCase();
}

/**
 * Validates every record and every cross-reference, and resolves the graph.
 * All problems are collected and returned together, so a curator sees everything to fix in one run.
 */
export function resolveCorpus(raw: RawCorpus): CorpusResult {
  const problems: Problem[] = [];

  for (const [kind, entries] of [
    ['review', raw.reviews],
    ['claim', raw.claims],
    ['reference', raw.references],
    ['trial', raw.trials],
    ['pathway', raw.pathways],
    ['drug', raw.drugs],
  ] as const) {
    reportDuplicateIds(kind, entries, problems);
  }

  const reviews = parseEntries(raw.reviews, reviewSchema, problems);
  const claims = parseEntries(raw.claims, claimSchema, problems);
  const references = parseEntries(raw.references, referenceSchema, problems);
  const trials = parseEntries(raw.trials, trialSchema, problems);
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
      problems.push({ file: entry.file, field: 'body', message: 'still holds the placeholder written by new:claim; describe what the study showed' });
    }
  }

  const reviewEntry = reviews[0];
  const sections: Section[] = (reviewEntry?.data.sections ?? []).map((s, i) => ({ ...s, number: i + 1 }));
  const sectionById = byId(sections);
  if (reviewEntry) reportDuplicateIds('section', sections.map((s, i) => ({ id: s.id, file: reviewEntry.entry.file, fieldPrefix: `sections[${i}]`, data: s })), problems);

  const referenceById = byId(
    references.map(({ entry, data }): Reference => ({ ...data, id: entry.id, file: entry.file, year: data.issued['date-parts'][0][0] })),
  );
  const pathwayById = byId(pathways.map(({ entry, data }): Pathway => ({ ...data, id: entry.id, file: entry.file })));
  const drugById = byId(drugs.map(({ entry, data }): Drug => ({ ...data, id: entry.id, file: entry.file })));
  const trialById = byId(trials.map(({ entry, data }): Trial => ({ ...data, id: entry.id, file: entry.file })));
  // Claims are only ever resolved against the parsed maps above; unparsed records already produced problems.
  const allReferenceIds = new Map(raw.references.map((r) => [r.id, r]));
  const allPathwayIds = new Map(raw.pathways.map((r) => [r.id, r]));
  const allDrugIds = new Map(raw.drugs.map((r) => [r.id, r]));
  const allTrialIds = new Map(raw.trials.map((r) => [r.id, r]));

  const claimList: Claim[] = claims.map(({ entry, data }) => ({ ...data, id: entry.id, file: entry.file, body: entry.body ?? '' }));
  for (const claim of claimList) {
    if (reviewEntry && !sectionById.has(claim.section)) {
      problems.push({ file: claim.file, field: 'section', message: missing('review section', claim.section, sectionById.keys()) });
    }
    checkRefs(claim.file, 'references', claim.references, 'reference', allReferenceIds, problems);
    checkRefs(claim.file, 'pathways', claim.pathways, 'pathway', allPathwayIds, problems);
    checkRefs(claim.file, 'drugs', claim.drugs, 'drug', allDrugIds, problems);
    checkRefs(claim.file, 'trials', claim.trials, 'trial', allTrialIds, problems);
  }
  for (const trial of trialById.values()) {
    checkRefs(trial.file, 'references', trial.references, 'reference', allReferenceIds, problems);
    checkRefs(trial.file, 'drugs', trial.drugs, 'drug', allDrugIds, problems);
  }
  for (const { entry, data } of drugs) {
    checkRefs(entry.file, `${entry.fieldPrefix ? `${entry.fieldPrefix}.` : ''}targets`, data.targets, 'pathway', allPathwayIds, problems);
  }

  // Read citations from the raw records too, so a claim with an unrelated schema error does not orphan its references.
  const citedKeys = new Set(raw.claims.flatMap((c) => rawStringList(c.data, 'references')));
  for (const ref of referenceById.values()) {
    if (!citedKeys.has(ref.id)) {
      problems.push({ file: ref.file, field: '(record)', message: `reference '${ref.id}' is not cited by any claim; cite it or remove the file` });
    }
    const stem = citationKeyStem(ref);
    if (!ref.id.startsWith(stem) || !/^[a-z]+\d{4}[a-z0-9]+$/.test(ref.id)) {
      problems.push({
        file: ref.file,
        field: 'id',
        message: `citation key '${ref.id}' must be first author + year + first title word, starting '${stem}' (rename the file)`,
      });
    }
  }

  const doiOwner = new Map<string, Located>();
  const pmidOwner = new Map<string, Located>();
  const identified: { located: Located; DOI?: string; PMID?: string }[] = [
    ...(reviewEntry ? [{ located: { id: reviewEntry.entry.id, file: reviewEntry.entry.file }, DOI: reviewEntry.data.DOI, PMID: reviewEntry.data.PMID }] : []),
    ...[...referenceById.values()].map((ref) => ({ located: ref, DOI: ref.DOI, PMID: ref.PMID })),
  ];
  for (const { located, DOI, PMID } of identified) {
    if (DOI) {
      const owner = doiOwner.get(normalisedDoi(DOI));
      if (owner) problems.push({ file: located.file, field: 'DOI', message: `DOI ${DOI} is also used by ${owner.file}` });
      else doiOwner.set(normalisedDoi(DOI), located);
    }
    if (PMID) {
      const owner = pmidOwner.get(PMID);
      if (owner) problems.push({ file: located.file, field: 'PMID', message: `PMID ${PMID} is also used by ${owner.file}` });
      else pmidOwner.set(PMID, located);
    }
  }

  if (problems.length > 0 || !reviewEntry) return { ok: false, problems };

  const sectionOrder = new Map(sections.map((s) => [s.id, s.number]));
  claimList.sort((a, b) => sectionOrder.get(a.section)! - sectionOrder.get(b.section)! || a.id.localeCompare(b.id));

  const { sections: _outline, ...reviewData } = reviewEntry.data;
  const review: Review = {
    ...reviewData,
    sections,
    id: reviewEntry.entry.id,
    file: reviewEntry.entry.file,
    year: reviewData.issued['date-parts'][0][0],
    body: reviewEntry.entry.body ?? '',
  };
  const sortById = <T extends { id: string }>(items: Iterable<T>) => [...items].sort((a, b) => a.id.localeCompare(b.id));
  const pathwayList = [...pathwayById.values()];
  const drugList = [...drugById.values()];

  return {
    ok: true,
    corpus: {
      review,
      claims: claimList,
      references: sortById(referenceById.values()),
      trials: sortById(trialById.values()),
      pathways: pathwayList,
      drugs: drugList,
      claimById: byId(claimList),
      referenceById,
      trialById,
      pathwayById,
      drugById,
      sectionById,
      claimsByReference: groupClaims(claimList, (c) => c.references),
      claimsByPathway: groupClaims(claimList, (c) => c.pathways),
      claimsByDrug: groupClaims(claimList, (c) => c.drugs),
      claimsByTrial: groupClaims(claimList, (c) => c.trials),
      claimsBySection: groupClaims(claimList, (c) => [c.section]),
    },
  };
}

/** The distinct references cited by a set of claims, in order of first citation. */
export function referencesOf(corpus: Corpus, claims: Claim[]): Reference[] {
  const keys = new Set(claims.flatMap((c) => c.references));
  return [...keys].map((key) => corpus.referenceById.get(key)!);
}

/** Resolves or throws one ContentError listing every problem. */
export function requireCorpus(raw: RawCorpus): Corpus {
  const result = resolveCorpus(raw);
  if (!result.ok) throw new ContentError(result.problems);
  return result.corpus;
}
