import type { Corpus, EvidenceItem } from '../content/corpus';
import { firstAuthorShort } from './reference-display';
import { siteRoutes } from './routes';

/** The whole-corpus downloads built from claims: /claims.json and /claims.csv. */

/** One evidence item in /claims.json. */
export interface EvidenceExport {
  id: string;
  reference: string;
  stance: string;
  design: string;
  phase?: string;
  randomised?: boolean;
  model?: string;
  n?: number | 'not reported';
  effect?: string;
  finding: string;
  era: string;
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
  level: string;
  consensus: string;
  status: string;
  /** Present when a curator overrode the derived status. */
  statusReason?: string;
  evidence: EvidenceExport[];
}

function itemExport(item: EvidenceItem): EvidenceExport {
  return {
    id: item.id,
    reference: item.reference.id,
    stance: item.stance,
    design: item.design,
    ...(item.phase !== undefined ? { phase: item.phase } : {}),
    ...(item.randomised !== undefined ? { randomised: item.randomised } : {}),
    ...(item.model !== undefined ? { model: item.model } : {}),
    ...(item.n !== undefined ? { n: item.n } : {}),
    ...(item.effect !== undefined ? { effect: item.effect } : {}),
    finding: item.finding,
    era: item.era,
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
    level: claim.level,
    consensus: claim.consensus,
    status: claim.status.value,
    ...(claim.status.reason ? { statusReason: claim.status.reason } : {}),
    evidence: claim.evidence.map(itemExport),
  }));
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A CSV table as Excel and LibreOffice open it: UTF-8 with a byte-order mark (so accents survive), CRLF line ends. */
export function toCsv(rows: string[][]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export const CLAIMS_CSV_HEADER = [
  'claim_id', 'claim_url', 'claim_title', 'statement', 'section', 'direction', 'level', 'consensus', 'status',
  'item_id', 'reference', 'study', 'year', 'doi', 'pmid', 'stance', 'design', 'phase', 'randomised', 'era', 'model', 'n', 'effect', 'finding',
];

/** The CSV row of one evidence item, with its claim's fields repeated: one row per item, for spreadsheets and R. */
export function evidenceRow(item: EvidenceItem, claimUrl: string): string[] {
  const { claim, reference: ref } = item;
  return [
    claim.id, claimUrl, claim.title, claim.statement, claim.section.id, claim.direction, claim.level, claim.consensus, claim.status.value,
    item.id, ref.id, `${firstAuthorShort(ref.author)} ${ref.year}`, String(ref.year), ref.DOI ?? '', ref.PMID ?? '',
    item.stance, item.design, item.phase ?? '', item.randomised === undefined ? '' : String(item.randomised), item.era,
    item.model ?? '', item.n === undefined ? '' : String(item.n), item.effect ?? '', item.finding,
  ];
}

/** /claims.csv: one row per evidence item. */
export function claimsCsv(corpus: Corpus, base: string): string {
  const routes = siteRoutes(base);
  return toCsv([CLAIMS_CSV_HEADER, ...corpus.items.map((item) => evidenceRow(item, routes.claim(item.claim.id)))]);
}
