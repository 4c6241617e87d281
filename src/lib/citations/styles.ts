import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { BuildCache } from '../build/cache';
import { bibtexEntry, toBibtex } from './bibtex';
import { once, toCsl, type Citable } from './csl';
import { risRecord, toRis } from './ris';

/** Formatted references (Vancouver, APA) and the Cite control's texts. */

/** Citation styles shipped with citation-js' CSL plugin. */
export type CitationStyle = 'vancouver' | 'apa' | 'harvard1';

const CSL_OPTIONS = { format: 'text', lang: 'en-US' } as const;

function plainEntry(text: string): string {
  // A partial author list is formatted with a closing "et al." name, which APA would otherwise join with "&".
  return text
    .replace(/^\d+\.\s+/, '')
    .replace(/,? & et al\./, ', et al.')
    .trim();
}

/** The CSL item a style formats: a partial author list ends in "et al.", as Vancouver prints a long one. */
function formattable(ref: Citable): ReturnType<typeof toCsl> {
  const item = toCsl(ref);
  return ref.authorList === 'partial' ? { ...item, author: [...item.author, { literal: 'et al.' }] } : item;
}

/** A formatted reference as plain text. */
export function formatCitation(ref: Citable, style: CitationStyle): string {
  return once(ref, style, () => plainEntry(new Cite([formattable(ref)]).format('bibliography', { ...CSL_OPTIONS, template: style }) as string));
}

/** The export formats each record is written in, one record at a time (see toBibtex and toRis). */
const exportRecords: [format: string, make: (ref: Citable) => string][] = [
  ['bibtex', (ref) => bibtexEntry(ref, 'bibtex')],
  ['biblatex', (ref) => bibtexEntry(ref, 'biblatex')],
  ['ris', risRecord],
];

/**
 * Formats every record in every displayed style and export format ahead of the pages, and keeps the results for
 * formatCitation, toBibtex and toRis. Texts already in the build cache are reused. The rest are formatted many records at a time, which citeproc does
 * two to three times faster than one by one. Records in one batch never share a first author's family name:
 * author-date styles would otherwise disambiguate them against each other (2011a, added initials), and a record's
 * text must not depend on its neighbours.
 */
export function prepareCitations(refs: Citable[], cache: BuildCache): void {
  for (const [format, make] of exportRecords) {
    for (const ref of refs) {
      const key = BuildCache.key(format, JSON.stringify(toCsl(ref)));
      const text = cache.get(key) ?? make(ref);
      cache.set(key, text);
      once(ref, format, () => text);
    }
  }
  for (const style of citeStyles) {
    const keyOf = (ref: Citable) => BuildCache.key('citation', style, JSON.stringify(toCsl(ref)));
    const pending: Citable[] = [];
    for (const ref of refs) {
      const cached = cache.get(keyOf(ref));
      if (cached === undefined) pending.push(ref);
      else once(ref, style, () => cached);
    }
    const byFirstAuthor = new Map<string, Citable[]>();
    for (const ref of pending) {
      const first = ref.author[0];
      const name = ('family' in first ? first.family : first.literal).toLowerCase();
      byFirstAuthor.set(name, [...(byFirstAuthor.get(name) ?? []), ref]);
    }
    const batches: Citable[][] = [];
    for (const group of byFirstAuthor.values()) group.forEach((ref, i) => (batches[i] ??= []).push(ref));
    for (const batch of batches) {
      const entries = new Cite(batch.map(formattable)).format('bibliography', { ...CSL_OPTIONS, template: style, asEntryArray: true }) as [string, string][];
      const texts = new Map(entries);
      for (const ref of batch) {
        const text = plainEntry(texts.get(ref.id)!);
        once(ref, style, () => text);
        cache.set(keyOf(ref), text);
      }
    }
  }
}

/** The citation formats a reader can pick in the Cite control, in display order. */
export const citeFormats = [
  { id: 'bibtex', label: 'BibTeX', extension: 'bib' },
  { id: 'ris', label: 'RIS', extension: 'ris' },
  { id: 'vancouver', label: 'Vancouver', extension: 'txt' },
  { id: 'apa', label: 'APA', extension: 'txt' },
] as const;
export type CiteFormat = (typeof citeFormats)[number]['id'];
// The formatted styles the Cite control and citations on pages show.
const citeStyles: CitationStyle[] = ['vancouver', 'apa'];

/** The same set of references in every format the Cite control offers. */
export function citeTexts(refs: Citable[]): Record<CiteFormat, string> {
  return {
    bibtex: toBibtex(refs),
    ris: toRis(refs),
    vancouver: refs.map((ref, i) => `${refs.length > 1 ? `${i + 1}. ` : ''}${formatCitation(ref, 'vancouver')}`).join('\n'),
    apa: refs.map((ref) => formatCitation(ref, 'apa')).join('\n\n'),
  };
}
