import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import type { CslName } from '../../schemas/bibliographic';
import { once, retractionNote, toCsl, type Citable } from './csl';
import { bibtexTitle, latexEncode } from './latex';

// citation-js only uses the CSL id as the BibTeX label when `citation-key` is set; toCsl sets both to the reference id.
// UTF-8 in, UTF-8 out: the LaTeX encoding is ours (latex.ts).
plugins.config.get('@bibtex').format.asciiOnly = false;

function bibtexName(name: CslName): string {
  if ('literal' in name) return `{${latexEncode(name.literal)}}`;
  // BibTeX's three-part form "von Last, Jr, First" keeps a suffix out of the given names.
  const parts = [name.family, name.suffix, name.given].filter((part): part is string => part !== undefined);
  return parts.map(latexEncode).join(', ');
}

export type BibtexDialect = 'bibtex' | 'biblatex';

// Fields whose values citation-js maps but whose text we encode ourselves (or leave verbatim, like DOIs and URLs).
// BibTeX months are macros (dec), which citation-js writes as text with the day ("dec 4"); the year is what styles need.
const TITLE_FIELDS = new Set(['title', 'journal', 'journaltitle', 'booktitle', 'shortjournal']);
const VERBATIM_FIELDS = new Set(['doi', 'url', 'eprint']);

/**
 * One BibTeX entry per reference, keyed by the reference id. citation-js decides entry types and field names;
 * we encode the values so nothing is dropped and every consumer reads the same text.
 */
export function toBibtex(refs: Citable[], dialect: BibtexDialect = 'bibtex'): string {
  return refs.map((ref) => once(ref, dialect, () => bibtexEntry(ref, dialect))).join('\n');
}

/** One reference's BibTeX entry (toBibtex memoises it per record). */
export function bibtexEntry(ref: Citable, dialect: BibtexDialect): string {
  const csl = toCsl(ref);
  // A meeting abstract printed in a journal's volume and issue (Cancer Research 77(4 Suppl)) is cited as an article of
  // that journal: as @inproceedings its volume and number clash in BibTeX's styles and its journal has no field.
  if (csl.type === 'paper-conference' && ref.volume) csl.type = 'article-journal';
  const [mapped] = new Cite([csl]).format(dialect, { format: 'object' }) as {
    type: string;
    label: string;
    properties: Record<string, string>;
  }[];
  const fields: [string, string][] = [];
  for (const [field, value] of Object.entries(mapped.properties)) {
    // "and others" is how BibTeX and biber mark a list cut short; both print it as "et al.".
    if (field === 'author') fields.push([field, [...ref.author.map(bibtexName), ...(ref.authorList === 'partial' ? ['others'] : [])].join(' and ')]);
    else if (field === 'title') fields.push([field, bibtexTitle(ref.title)]);
    else if (TITLE_FIELDS.has(field))
      fields.push([field, latexEncode(field === 'shortjournal' ? (ref['container-title-short'] ?? value) : ref['container-title'])]);
    else if (field === 'pages') fields.push([field, (ref.page ?? value).replace(/[-–]+/g, '--')]);
    else if (VERBATIM_FIELDS.has(field)) fields.push([field, value]);
    else if (field === 'month' || field === 'day' || field === 'note') continue;
    // plain.bst prints an issue only as volume(issue) and warns about an issue without a volume.
    else if (field === 'number' && dialect === 'bibtex' && !ref.volume) continue;
    else fields.push([field, latexEncode(value)]);
  }
  if (dialect === 'bibtex' && ref.PMID) fields.push(['pmid', ref.PMID]);
  // The warning travels with the entry: styles print a note, and reference managers show it on the item.
  const warning = retractionNote(ref);
  if (warning) fields.push(['note', latexEncode(warning)]);
  const body = fields.map(([field, value]) => `  ${field} = {${value}},`).join('\n');
  return `@${mapped.type}{${ref.id},\n${body}\n}\n`;
}
