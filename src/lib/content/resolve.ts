import { claimLevel, consensus, itemLevel, statusSince } from './appraisal';
import type { Claim, Corpus, Drug, EvidenceItem, Pathway, Reference, Review, Section, Trial } from './corpus';
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

export function resolveCorpus(records: ValidRecords): Corpus {
  const { entry: reviewEntry, data: reviewData } = records.review;
  const { sections: outline, ...bibliographic } = reviewData;
  const sections: Section[] = outline.map((s, i) => ({ ...s, number: i + 1, claims: [] }));
  const review: Review = {
    ...bibliographic,
    id: reviewEntry.id,
    file: reviewEntry.file,
    year: reviewData.issued['date-parts'][0][0],
    body: reviewEntry.body ?? '',
    sections,
  };
  const sectionById = byId(sections);

  const pathways: Pathway[] = records.pathways.map(({ entry, data }) => ({ ...data, id: entry.id, file: entry.file, claims: [], drugs: [] }));
  const pathwayById = byId(pathways);
  const drugs: Drug[] = records.drugs.map(({ entry, data }) => {
    const drug: Drug = { ...data, id: entry.id, file: entry.file, targets: data.targets.map((id) => lookup(pathwayById, id)), claims: [], trials: [] };
    for (const target of drug.targets) target.drugs.push(drug);
    return drug;
  });
  const drugById = byId(drugs);

  const references: Reference[] = records.references
    .map(({ entry, data }) => ({ ...data, id: entry.id, file: entry.file, year: data.issued['date-parts'][0][0], items: [], claims: [], trials: [] }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const referenceById = byId(references);

  const trials: Trial[] = records.trials
    .map(({ entry, data }) => {
      const trial: Trial = {
        ...data,
        id: entry.id,
        file: entry.file,
        drugs: data.drugs.map((id) => lookup(drugById, id)),
        references: data.references.map((key) => lookup(referenceById, key)),
        claims: [],
      };
      for (const drug of trial.drugs) drug.trials.push(trial);
      for (const ref of trial.references) ref.trials.push(trial);
      return trial;
    })
    .sort((a, b) => a.id.localeCompare(b.id));
  const trialById = byId(trials);

  const claims: Claim[] = records.claims
    .map(({ entry, data }) => {
      const { evidence, status, ...rest } = data;
      const claim: Claim = {
        ...rest,
        id: entry.id,
        file: entry.file,
        body: entry.body ?? '',
        section: lookup(sectionById, data.section),
        pathways: data.pathways.map((id) => lookup(pathwayById, id)),
        drugs: data.drugs.map((id) => lookup(drugById, id)),
        trials: data.trials.map((id) => lookup(trialById, id)),
        evidence: [],
        references: [],
        level: claimLevel(evidence),
        consensus: consensus(evidence),
        status: { value: status?.value ?? statusSince(evidence), reason: status?.reason, derived: statusSince(evidence) },
      };
      claim.evidence = evidence.map(
        (item): EvidenceItem => ({ ...item, id: `${claim.id}:${item.reference}`, claim, reference: lookup(referenceById, item.reference), level: itemLevel(item) }),
      );
      claim.references = [...new Set(claim.evidence.map((item) => item.reference))];
      return claim;
    })
    .sort((a, b) => a.section.number - b.section.number || a.id.localeCompare(b.id));
  // Back-links are filled in outline order, so every list of claims on a page reads in the review's order.
  for (const claim of claims) {
    claim.section.claims.push(claim);
    for (const pathway of claim.pathways) pathway.claims.push(claim);
    for (const drug of claim.drugs) drug.claims.push(claim);
    for (const trial of claim.trials) trial.claims.push(claim);
    for (const item of claim.evidence) item.reference.items.push(item);
    for (const ref of claim.references) ref.claims.push(claim);
  }
  const redirects = new Map<string, Claim>();
  for (const claim of claims) for (const old of claim.replaces) redirects.set(old, claim);

  return {
    review,
    claims,
    references,
    trials,
    pathways,
    drugs,
    namedDrugs: drugs.filter((drug) => drug.claims.length > 0),
    claimById: byId(claims),
    referenceById,
    trialById,
    pathwayById,
    drugById,
    sectionById,
    items: claims.flatMap((claim) => claim.evidence),
    redirects,
    checkedUpTo: [review.verified.date, ...references.map((reference) => reference.verified.date)].reduce((latest, date) => (date > latest ? date : latest)),
  };
}
