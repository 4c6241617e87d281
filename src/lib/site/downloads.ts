import type { Corpus, EvidenceItem } from '../content/corpus';
import type { Citable } from '../citations/csl';
import { toCsv, type CsvCell } from '../text/csv';
import { firstAuthorShort } from './reference-display';
import { siteRoutes } from './routes';

/** The whole-corpus downloads built from claims: /claims.json and /claims.csv. */

/** One evidence item in /claims.json. */
interface EvidenceExport {
  id: string;
  reference: string;
  stance: string;
  /** Why the item contradicts or is mixed. */
  reason?: string;
  design: string;
  phase?: string;
  randomised?: boolean;
  pooled?: string;
  model?: string;
  n?: number | 'not reported';
  effect?: string;
  /** The structured effect, when the study reports a ratio or a difference. */
  endpoint?: string;
  measure?: string;
  estimate?: number;
  low?: number;
  high?: number;
  p?: string;
  comparison?: string;
  finding: string;
  era: string;
  /** The level this item alone lends the claim. */
  level: string;
  /** The cited study was retracted: the item never counts. */
  retracted?: true;
}

/** One record of /claims.json; the shape is part of the public contract (DESIGN.md). */
export interface ClaimExport {
  id: string;
  url: string;
  title: string;
  statement: string;
  section: string;
  direction: string;
  pathways: { id: string; label: string }[];
  drugs: { id: string; name: string }[];
  trials: string[];
  /** Every study the claim's items cite. */
  references: string[];
  /** mechanism | prognostic | predictive | therapeutic | descriptive. */
  type: string;
  /** The mechanism claims this claim tests in patients. */
  tests: string[];
  /** The clinical claims that test this one. */
  testedBy: string[];
  seeAlso: string[];
  level: string;
  consensus: string;
  /** Primary studies the consensus counts. */
  consensusStudies: number;
  status: string;
  /** The curator's note on the deciding later study. */
  statusNote?: string;
  /** The deciding later study's citation key. */
  statusStudy?: string;
  /** Present when a curator overrode the derived status. */
  statusReason?: string;
  evidence: EvidenceExport[];
}

function itemExport(item: EvidenceItem): EvidenceExport {
  return {
    id: item.id,
    reference: item.reference.id,
    stance: item.stance,
    ...(item.reason !== undefined ? { reason: item.reason } : {}),
    design: item.design,
    ...(item.phase !== undefined ? { phase: item.phase } : {}),
    ...(item.randomised !== undefined ? { randomised: item.randomised } : {}),
    ...(item.pooled !== undefined ? { pooled: item.pooled } : {}),
    ...(item.model !== undefined ? { model: item.model } : {}),
    ...(item.n !== undefined ? { n: item.n } : {}),
    ...(item.effect !== undefined ? { effect: item.effect } : {}),
    ...(item.estimate ?? {}),
    finding: item.finding,
    era: item.era,
    level: item.level,
    ...(item.retracted ? { retracted: true as const } : {}),
  };
}

export function claimsExport(corpus: Corpus, base: string): ClaimExport[] {
  const routes = siteRoutes(base);
  return corpus.claims.map((claim) => ({
    id: claim.id,
    url: routes.claim(claim.id),
    title: claim.title,
    statement: claim.statement,
    section: claim.section.id,
    direction: claim.direction,
    pathways: claim.pathways.map((p) => ({ id: p.id, label: p.label })),
    drugs: claim.drugs.map((d) => ({ id: d.id, name: d.name })),
    trials: claim.trials.map((t) => t.id),
    references: claim.references.map((r) => r.id),
    type: claim.type,
    tests: claim.tests.map((c) => c.id),
    testedBy: claim.testedBy.map((c) => c.id),
    seeAlso: claim.seeAlso.map((c) => c.id),
    level: claim.level,
    consensus: claim.consensus.value,
    consensusStudies: claim.consensus.studies,
    status: claim.status.value,
    ...(claim.status.note ? { statusNote: claim.status.note } : {}),
    ...(claim.status.deciding ? { statusStudy: claim.status.deciding.reference.id } : {}),
    ...(claim.status.reason ? { statusReason: claim.status.reason } : {}),
    evidence: claim.evidence.map(itemExport),
  }));
}

const CLAIMS_CSV_HEADER = [
  'claim_id',
  'claim_url',
  'claim_title',
  'statement',
  'type',
  'section',
  'direction',
  'tests',
  'level',
  'consensus',
  'consensus_studies',
  'status',
  'status_note',
  'status_study',
  'item_id',
  'reference',
  'study',
  'year',
  'doi',
  'pmid',
  'retracted',
  'stance',
  'reason',
  'design',
  'phase',
  'randomised',
  'pooled',
  'item_level',
  'era',
  'model',
  'n',
  'effect',
  'endpoint',
  'measure',
  'estimate',
  'ci_low',
  'ci_high',
  'p',
  'comparison',
  'finding',
];

/** The CSV row of one evidence item, with its claim's fields repeated: one row per item, numbers in their own columns. */
function evidenceRow(item: EvidenceItem, claimUrl: string): CsvCell[] {
  const { claim, reference: ref, estimate } = item;
  return [
    claim.id,
    claimUrl,
    claim.title,
    claim.statement,
    claim.type,
    claim.section.id,
    claim.direction,
    claim.tests.map((c) => c.id).join('; '),
    claim.level,
    claim.consensus.value,
    claim.consensus.studies,
    claim.status.value,
    claim.status.note,
    claim.status.deciding?.reference.id,
    item.id,
    ref.id,
    `${firstAuthorShort(ref.author)} ${ref.year}`,
    ref.year,
    ref.DOI,
    ref.PMID,
    item.retracted,
    item.stance,
    item.reason,
    item.design,
    item.phase,
    item.randomised,
    item.pooled,
    item.level,
    item.era,
    item.model,
    item.n,
    item.effect,
    estimate?.endpoint,
    estimate?.measure,
    estimate?.estimate,
    estimate?.low,
    estimate?.high,
    estimate?.p,
    estimate?.comparison,
    item.finding,
  ];
}

/** /claims.csv: one row per evidence item. */
export function claimsCsv(corpus: Corpus, base: string): string {
  const routes = siteRoutes(base);
  return toCsv([CLAIMS_CSV_HEADER, ...corpus.items.map((item) => evidenceRow(item, routes.claim(item.claim.id)))]);
}

/** Everything the whole-corpus citation downloads hold: the review first, then every cited study by key. */
export function allCitable(corpus: Corpus): Citable[] {
  return [corpus.review, ...corpus.references];
}
