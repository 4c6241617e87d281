import type { Corpus } from '../content/corpus';
import { siteRoutes } from './routes';

/** The whole-corpus downloads built from claims: /claims.json and /claims.csv. */

/** One record of /claims.json; the shape is part of the public contract (DESIGN.md). */
export interface ClaimExport {
  id: string;
  url: string;
  statement: string;
  section: string;
  direction: string;
  evidence: string;
  pathways: { id: string; label: string }[];
  drugs: { id: string; name: string }[];
  trials: string[];
  references: string[];
}

export function claimsExport(corpus: Corpus, base: string): ClaimExport[] {
  const routes = siteRoutes(base);
  return corpus.claims.map((claim) => ({
    id: claim.id,
    url: routes.claim(claim.id),
    statement: claim.statement,
    section: claim.section.id,
    direction: claim.direction,
    evidence: claim.evidence,
    pathways: claim.pathways.map((p) => ({ id: p.id, label: p.label })),
    drugs: claim.drugs.map((d) => ({ id: d.id, name: d.name })),
    trials: claim.trials.map((t) => t.id),
    references: claim.references.map((r) => r.id),
  }));
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A CSV table as Excel and LibreOffice open it: UTF-8 with a byte-order mark (so accents survive), CRLF line ends. */
export function toCsv(rows: string[][]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** /claims.csv for spreadsheet users: one row per claim, lists joined with "; ". */
export function claimsCsv(corpus: Corpus, base: string): string {
  const routes = siteRoutes(base);
  const header = ['id', 'url', 'statement', 'section', 'direction', 'evidence', 'pathways', 'drugs', 'trials', 'references', 'dois', 'pmids'];
  const rows = corpus.claims.map((claim) => [
    claim.id,
    routes.claim(claim.id),
    claim.statement,
    claim.section.id,
    claim.direction,
    claim.evidence,
    claim.pathways.map((p) => p.label).join('; '),
    claim.drugs.map((d) => d.name).join('; '),
    claim.trials.map((t) => t.id).join('; '),
    claim.references.map((r) => r.id).join('; '),
    claim.references.flatMap((r) => (r.DOI ? [r.DOI] : [])).join('; '),
    claim.references.flatMap((r) => (r.PMID ? [r.PMID] : [])).join('; '),
  ]);
  return toCsv([header, ...rows]);
}
