import type { Corpus } from './corpus';
import { withBase } from './paths';

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
  return corpus.claims.map((claim) => ({
    id: claim.id,
    url: withBase(base, `/claims/${claim.id}/`),
    statement: claim.statement,
    section: claim.section,
    direction: claim.direction,
    evidence: claim.evidence,
    pathways: claim.pathways.map((id) => ({ id, label: corpus.pathwayById.get(id)!.label })),
    drugs: claim.drugs.map((id) => ({ id, name: corpus.drugById.get(id)!.name })),
    trials: claim.trials,
    references: claim.references,
  }));
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** /claims.csv for spreadsheet users: one row per claim, lists joined with "; ", UTF-8 with a byte-order mark so Excel reads accents. */
export function claimsCsv(corpus: Corpus, base: string): string {
  const header = ['id', 'url', 'statement', 'section', 'direction', 'evidence', 'pathways', 'drugs', 'trials', 'references', 'dois', 'pmids'];
  const rows = claimsExport(corpus, base).map((claim) => {
    const refs = claim.references.map((key) => corpus.referenceById.get(key)!);
    return [
      claim.id,
      claim.url,
      claim.statement,
      claim.section,
      claim.direction,
      claim.evidence,
      claim.pathways.map((p) => p.label).join('; '),
      claim.drugs.map((d) => d.name).join('; '),
      claim.trials.join('; '),
      claim.references.join('; '),
      refs.flatMap((r) => (r.DOI ? [r.DOI] : [])).join('; '),
      refs.flatMap((r) => (r.PMID ? [r.PMID] : [])).join('; '),
    ];
  });
  return '\uFEFF' + [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
