import type { Level } from '../../schemas/common';
import type { PathwaySide } from '../../schemas/vocab';
import { claimLevel, consensus, itemLevel, statusSince, weighs, type Appraised } from './appraisal';
import type { Claim, Corpus, CrosstalkWay, Drug, EvidenceItem, Interaction, Pathway, Reference, Review, Section, Trial } from './corpus';
import type { ValidRecords } from './validate';

/**
 * Turns validated records into the object graph pages read. Runs only on a corpus that passed validation, so every
 * id it follows exists.
 */

function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function lookup<T>(map: Map<string, T>, id: string): T {
  const found = map.get(id);
  if (found === undefined) throw new Error(`resolveCorpus: '${id}' is missing; validate the corpus first`);
  return found;
}

function resolveReview({ review: { entry, data } }: ValidRecords): Review {
  const { sections: outline, ...bibliographic } = data;
  const sections: Section[] = outline.map((s, i) => ({ ...s, number: i + 1, claims: [] }));
  return { ...bibliographic, id: entry.id, file: entry.file, year: data.issued['date-parts'][0][0], body: entry.body ?? '', sections };
}

/** Drugs, each added to its targets' drugs. */
function resolveDrugs(records: ValidRecords, pathwayById: Map<string, Pathway>): Drug[] {
  return records.drugs.map(({ entry, data }) => {
    const drug: Drug = { ...data, id: entry.id, file: entry.file, targets: data.targets.map((id) => lookup(pathwayById, id)), claims: [], trials: [] };
    for (const target of drug.targets) target.drugs.push(drug);
    return drug;
  });
}

/** References by key, each linked to the study that replaces it, if any. */
function resolveReferences(records: ValidRecords): Reference[] {
  const references: Reference[] = records.references
    .map(({ entry, data }) => ({
      ...data,
      id: entry.id,
      file: entry.file,
      year: data.issued['date-parts'][0][0],
      retracted: data.updates.some((update) => update.type === 'retraction'),
      replaces: [],
      items: [],
      claims: [],
      trials: [],
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const referenceById = byId(references);
  for (const ref of references) {
    const successor = ref.updates.find((update) => update.replacedBy !== undefined)?.replacedBy;
    if (successor === undefined) continue;
    ref.replacedBy = lookup(referenceById, successor);
    ref.replacedBy.replaces.push(ref);
  }
  return references;
}

/** Trials by id, each added to its drugs' and references' trials. */
function resolveTrials(records: ValidRecords, drugById: Map<string, Drug>, referenceById: Map<string, Reference>): Trial[] {
  return records.trials
    .map(({ entry, data }) => {
      const trial: Trial = {
        ...data,
        id: entry.id,
        file: entry.file,
        drugs: data.drugs.map((id) => lookup(drugById, id)),
        references: data.references.map((key) => lookup(referenceById, key)),
        primary: { ...data.primary, reference: lookup(referenceById, data.primary.reference) },
        analyses: data.analyses.map((analysis) => ({ ...analysis, reference: lookup(referenceById, analysis.reference) })),
        claims: [],
      };
      for (const drug of trial.drugs) drug.trials.push(trial);
      for (const ref of trial.references) ref.trials.push(trial);
      return trial;
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

interface Lookups {
  sectionById: Map<string, Section>;
  pathwayById: Map<string, Pathway>;
  drugById: Map<string, Drug>;
  referenceById: Map<string, Reference>;
  trialById: Map<string, Trial>;
}

/** A claim with its records in place and its level, consensus and status derived from its items. */
function resolveClaim({ entry, data }: ValidRecords['claims'][number], lookups: Lookups): Claim {
  const { evidence, status, tests, seeAlso, ...rest } = data;
  const claim: Claim = {
    ...rest,
    id: entry.id,
    file: entry.file,
    body: entry.body ?? '',
    section: lookup(lookups.sectionById, data.section),
    pathways: data.pathways.map((id) => lookup(lookups.pathwayById, id)),
    drugs: data.drugs.map((id) => lookup(lookups.drugById, id)),
    trials: data.trials.map((id) => lookup(lookups.trialById, id)),
    evidence: [],
    references: [],
    level: 'E',
    consensus: { value: 'no-primary-study', studies: 0 },
    status: { value: 'no-later-study', derived: 'no-later-study' },
    tests: [],
    testedBy: [],
    seeAlso: [],
    interactions: [],
  };
  claim.evidence = evidence.map((item): EvidenceItem => {
    const reference = lookup(lookups.referenceById, item.reference);
    const appraisedItem: Appraised = { ...item, retracted: reference.retracted, year: reference.year, study: studyOf(reference) };
    return {
      ...item,
      id: `${claim.id}:${item.reference}`,
      claim,
      reference,
      level: itemLevel(data.type, item),
      weighs: weighs(data.type, appraisedItem),
      retracted: reference.retracted,
    };
  });
  const appraisedItems = claim.evidence.map((item): Appraised => ({ ...item, reference: item.reference.id, year: item.reference.year, study: studyOf(item.reference) }));
  claim.level = claimLevel(data.type, appraisedItems);
  claim.consensus = consensus(data.type, appraisedItems);
  const derived = statusSince(data.type, appraisedItems);
  claim.status = {
    value: status?.value ?? derived.value,
    derived: derived.value,
    reason: status?.reason,
    note: status?.note,
    deciding: derived.deciding && claim.evidence.find((item) => item.reference.id === derived.deciding!.reference),
  };
  claim.references = [...new Set(claim.evidence.map((item) => item.reference))];
  return claim;
}

/** The claims a claim tests (and, back, the claims testing it), and its see-also claims both ways. */
function linkClaims(records: ValidRecords, claims: Claim[], claimById: Map<string, Claim>) {
  const claimRecords = new Map(records.claims.map(({ entry, data }) => [entry.id, data]));
  for (const claim of claims) {
    const data = claimRecords.get(claim.id)!;
    claim.tests = data.tests.map((id) => lookup(claimById, id));
    for (const mechanism of claim.tests) mechanism.testedBy.push(claim);
    for (const other of data.seeAlso.map((id) => lookup(claimById, id))) {
      if (!claim.seeAlso.includes(other)) claim.seeAlso.push(other);
      if (!other.seeAlso.includes(claim)) other.seeAlso.push(claim);
    }
  }
  // A claim already linked as the mechanism it tests, or as one testing it, is not listed again under "see also".
  for (const claim of claims) claim.seeAlso = claim.seeAlso.filter((other) => !claim.tests.includes(other) && !claim.testedBy.includes(other));
}

/** Interactions by id, each added to its nodes' and claims' interactions, with the best level of its claims. */
function resolveInteractions(records: ValidRecords, pathwayById: Map<string, Pathway>, claimById: Map<string, Claim>): Interaction[] {
  return records.interactions
    .map(({ entry, data }) => {
      const source = lookup(pathwayById, data.source);
      const target = lookup(pathwayById, data.target);
      const shown = data.claims.map((id) => lookup(claimById, id));
      const interaction: Interaction = {
        ...data,
        id: entry.id,
        file: entry.file,
        source,
        target,
        claims: shown,
        way: crosstalkWay(source.side, target.side),
        level: shown.reduce<Level>((best, claim) => (claim.level < best ? claim.level : best), 'E'),
      };
      source.outgoing.push(interaction);
      target.incoming.push(interaction);
      for (const claim of shown) claim.interactions.push(interaction);
      return interaction;
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Back-links from each record to its claims, filled in outline order, so every list of claims on a page reads in the review's order. */
function fillBackLinks(claims: Claim[]) {
  for (const claim of claims) {
    claim.section.claims.push(claim);
    for (const pathway of claim.pathways) pathway.claims.push(claim);
    for (const drug of claim.drugs) drug.claims.push(claim);
    for (const trial of claim.trials) trial.claims.push(claim);
    for (const item of claim.evidence) item.reference.items.push(item);
    for (const ref of claim.references) ref.claims.push(claim);
  }
}

export function resolveCorpus(records: ValidRecords): Corpus {
  const review = resolveReview(records);
  const sectionById = byId(review.sections);
  const pathways: Pathway[] = records.pathways.map(({ entry, data }) => ({ ...data, id: entry.id, file: entry.file, claims: [], drugs: [], outgoing: [], incoming: [] }));
  const pathwayById = byId(pathways);
  const drugs = resolveDrugs(records, pathwayById);
  const drugById = byId(drugs);
  const references = resolveReferences(records);
  const referenceById = byId(references);
  const trials = resolveTrials(records, drugById, referenceById);
  const trialById = byId(trials);
  const lookups: Lookups = { sectionById, pathwayById, drugById, referenceById, trialById };
  const claims = records.claims
    .map((record) => resolveClaim(record, lookups))
    .sort((a, b) => a.section.number - b.section.number || a.id.localeCompare(b.id));
  const claimById = byId(claims);
  linkClaims(records, claims, claimById);
  const interactions = resolveInteractions(records, pathwayById, claimById);
  fillBackLinks(claims);
  const redirects = new Map<string, Claim>();
  for (const claim of claims) for (const old of claim.replaces) redirects.set(old, claim);

  return {
    review,
    claims,
    references,
    trials,
    interactions,
    pathways,
    drugs,
    namedDrugs: drugs.filter((drug) => drug.claims.length > 0),
    claimById,
    referenceById,
    trialById,
    interactionById: byId(interactions),
    pathwayById,
    drugById,
    sectionById,
    items: claims.flatMap((claim) => claim.evidence),
    redirects,
    checkedUpTo: [review.verified.date, ...references.map((reference) => reference.verified.date)].reduce((latest, date) => (date > latest ? date : latest)),
  };
}

/** One study for counting: the trial a publication reports; a pooled analysis of several trials is a study of its own. */
function studyOf(reference: Reference): string {
  return reference.trials.length === 1 ? `trial:${reference.trials[0].id}` : reference.id;
}

/**
 * Which way an interaction crosses the network: from the ER side to the HER side (the shared cascades count with the
 * HER side, since growth-factor receptors drive them), the reverse, or within one side.
 */
function crosstalkWay(source: PathwaySide, target: PathwaySide): CrosstalkWay {
  if (source === 'er' && target !== 'er') return 'er-to-her';
  if (source !== 'er' && target === 'er') return 'her-to-er';
  return 'within';
}
