import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { once, toCsl, type Citable } from './csl';

/**
 * RIS with one line per field. citation-js maps CSL to RIS tags; we serialise, because its text output hard-wraps
 * values every 70 characters, which importers read as broken fields.
 */
export function toRis(refs: Citable[]): string {
  // The RIS specification ends lines with CRLF.
  return refs.map((ref) => once(ref, 'ris', () => risRecord(ref))).join('\r\n\r\n') + '\r\n';
}

/**
 * One reference's RIS record (toRis memoises it per record). Its ID is the citation key, whole: citation-js cuts IDs
 * to 20 characters, which would no longer match the BibTeX key of the same study.
 */
export function risRecord(ref: Citable): string {
  const [entry] = new Cite([toCsl(ref)]).format('ris', { format: 'object' }) as Record<string, string | string[]>[];
  entry.ID = ref.id;
  const lines = [`TY  - ${entry.TY}`];
  for (const [tag, values] of Object.entries(entry)) {
    if (tag === 'TY') continue;
    for (const value of ([] as string[]).concat(values)) lines.push(`${tag}  - ${String(value).replace(/\s*\n\s*/g, ' ')}`);
  }
  lines.push('ER  - ');
  return lines.join('\r\n');
}
