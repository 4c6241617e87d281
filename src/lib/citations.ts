import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { CslName, ReferenceData } from '../schemas/reference';
import { BuildCache } from './build-cache';

/**
 * Everything that turns a reference record into an exportable citation lives here, and runs only at build time:
 * the browser receives the finished strings.
 */

/** The bibliographic part of a record; review and references share it. */
export type Citable = Pick<
  ReferenceData,
  'type' | 'title' | 'author' | 'container-title' | 'container-title-short' | 'issued' | 'volume' | 'issue' | 'page' | 'DOI' | 'PMID' | 'PMCID' | 'URL'
> & { id: string };

/** A CSL-JSON item as exported in references.json. */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: string;
  title: string;
  author: CslName[];
  'container-title': string;
  'container-title-short'?: string;
  issued: { 'date-parts': number[][] };
  volume?: string;
  issue?: string;
  page?: string;
  DOI?: string;
  PMID?: string;
  PMCID?: string;
  URL?: string;
}

// citation-js only uses the CSL id as the BibTeX label when `citation-key` is set; we set both to the reference id.
// UTF-8 in, UTF-8 out: the LaTeX encoding below is ours, because citation-js' ASCII mode drops characters it cannot map.
plugins.config.get('@bibtex').format.asciiOnly = false;

const outputs = new WeakMap<Citable, Map<string, string>>();

/**
 * Each record's output in each format is computed once per build: a reference appears on many pages and in many files,
 * and citation-js is the slowest part of the build. Records are immutable once the corpus is resolved.
 */
function once(ref: Citable, format: string, make: () => string): string {
  let byFormat = outputs.get(ref);
  if (!byFormat) outputs.set(ref, (byFormat = new Map()));
  let output = byFormat.get(format);
  if (output === undefined) byFormat.set(format, (output = make()));
  return output;
}

export function toCsl(ref: Citable): CslItem {
  const item: CslItem = {
    id: ref.id,
    'citation-key': ref.id,
    type: ref.type,
    title: ref.title,
    author: ref.author,
    'container-title': ref['container-title'],
    issued: ref.issued,
  };
  for (const field of ['container-title-short', 'volume', 'issue', 'page', 'DOI', 'PMID', 'PMCID', 'URL'] as const) {
    const value = ref[field];
    if (value !== undefined) item[field] = value;
  }
  return item;
}

// ---------------------------------------------------------------------------------------------------------------
// BibTeX

const LATEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

const COMBINING_ACCENTS: Record<string, string> = {
  '\u0300': '`',
  '\u0301': "'",
  '\u0302': '^',
  '\u0303': '~',
  '\u0304': '=',
  '\u0306': 'u',
  '\u0307': '.',
  '\u0308': '"',
  '\u030a': 'r',
  '\u030b': 'H',
  '\u030c': 'v',
  '\u0327': 'c',
  '\u0328': 'k',
};

const LETTER_MACROS: Record<string, string> = {
  ø: '{\\o}',
  Ø: '{\\O}',
  æ: '{\\ae}',
  Æ: '{\\AE}',
  å: '{\\aa}',
  Å: '{\\AA}',
  ß: '{\\ss}',
  œ: '{\\oe}',
  Œ: '{\\OE}',
  ł: '{\\l}',
  Ł: '{\\L}',
  ı: '{\\i}',
};

const GREEK = 'αβγδεζηθικλμνξπρστυφχψω';
const GREEK_NAMES = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'lambda', 'mu', 'nu', 'xi', 'pi', 'rho', 'sigma', 'tau', 'upsilon', 'phi', 'chi', 'psi', 'omega'];

const SYMBOLS: Record<string, string> = {
  '–': '--',
  '—': '---',
  '≥': '$\\geq$',
  '≤': '$\\leq$',
  '±': '$\\pm$',
  '×': '$\\times$',
  '→': '$\\rightarrow$',
  '←': '$\\leftarrow$',
  '↔': '$\\leftrightarrow$',
  '°': '$^{\\circ}$',
  '‘': '`',
  '’': "'",
  '“': '``',
  '”': "''",
  '\u00a0': '~',
  '…': '\\ldots{}',
};

function encodeChar(char: string): string {
  if (char in LATEX_SPECIALS) return LATEX_SPECIALS[char];
  if (char in LETTER_MACROS) return LETTER_MACROS[char];
  if (char in SYMBOLS) return SYMBOLS[char];
  const greek = GREEK.indexOf(char.toLowerCase());
  if (greek >= 0) {
    const name = GREEK_NAMES[greek];
    return char === char.toLowerCase() ? `$\\${name}$` : `$\\${name[0].toUpperCase()}${name.slice(1)}$`;
  }
  if (char.charCodeAt(0) < 128) return char;
  const [base, ...marks] = char.normalize('NFD');
  if (marks.length === 1 && marks[0] in COMBINING_ACCENTS && base.charCodeAt(0) < 128) {
    const accent = COMBINING_ACCENTS[marks[0]];
    const letter = base === 'i' ? '\\i' : base;
    // Letter-named accents (\c, \v, \H) need a space; symbol accents must not have one, or Zotero misreads them.
    return /[a-zA-Z]/.test(accent) ? `{\\${accent} ${letter}}` : `{\\${accent}${letter}}`;
  }
  // Anything else is kept as UTF-8 rather than silently dropped; biber and Zotero read it, bibtex passes it through.
  return char;
}

/** Encodes text as LaTeX that plain bibtex, biber and Zotero all read. */
export function latexEncode(text: string): string {
  return [...text.normalize('NFC')].map(encodeChar).join('');
}

/** A word whose capitals must survive a style's sentence-casing: acronyms, gene names, cell lines (HER2, ERα, MCF-7, p38). */
function needsCaseProtection(word: string, isFirst: boolean): boolean {
  const letters = word.replace(/[^\p{L}\p{N}]/gu, '');
  if (letters.length === 0) return false;
  const capitals = (letters.match(/\p{Lu}/gu) ?? []).length;
  const hasGreek = /[\u0370-\u03ff]/u.test(letters);
  const hasDigit = /\d/.test(letters) && /\p{L}/u.test(letters);
  if (capitals > 1 || hasGreek || hasDigit) return true;
  return capitals === 1 && !isFirst && !/^\p{Lu}/u.test(letters);
}

/** Title-like fields: LaTeX-encode, brace words whose capitals matter, leave ordinary words free to be re-cased. */
export function bibtexTitle(text: string): string {
  let first = true;
  // Words are split at spaces, hyphens and slashes so that only the part that needs it is braced: receptor-{PAX2}.
  return text
    .split(/(\s+|[-/–])/)
    .map((token) => {
      if (token === '' || /^(\s+|[-/–])$/.test(token)) return latexEncode(token);
      const protect = needsCaseProtection(token, first);
      first = false;
      if (!protect) return latexEncode(token);
      const [, lead, core, trail] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(token)!;
      return `${latexEncode(lead)}{${latexEncode(core)}}${latexEncode(trail)}`;
    })
    .join('');
}

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

function bibtexEntry(ref: Citable, dialect: BibtexDialect): string {
  const [mapped] = new Cite([toCsl(ref)]).format(dialect, { format: 'object' }) as {
    type: string;
    label: string;
    properties: Record<string, string>;
  }[];
  const fields: [string, string][] = [];
  for (const [field, value] of Object.entries(mapped.properties)) {
    if (field === 'author') fields.push([field, ref.author.map(bibtexName).join(' and ')]);
    else if (field === 'title') fields.push([field, bibtexTitle(ref.title)]);
    else if (TITLE_FIELDS.has(field)) fields.push([field, latexEncode(field === 'shortjournal' ? ref['container-title-short'] ?? value : ref['container-title'])]);
    else if (field === 'pages') fields.push([field, (ref.page ?? value).replace(/[-–]+/g, '--')]);
    else if (VERBATIM_FIELDS.has(field)) fields.push([field, value]);
    else if (field === 'month' || field === 'day') continue;
    // plain.bst prints an issue only as volume(issue) and warns about an issue without a volume.
    else if (field === 'number' && dialect === 'bibtex' && !ref.volume) continue;
    else fields.push([field, latexEncode(value)]);
  }
  if (dialect === 'bibtex' && ref.PMID) fields.push(['pmid', ref.PMID]);
  const body = fields.map(([field, value]) => `  ${field} = {${value}},`).join('\n');
  return `@${mapped.type}{${ref.id},\n${body}\n}\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// RIS, CSL-JSON, formatted text

/**
 * RIS with one line per field. citation-js maps CSL to RIS tags; we serialise, because its text output hard-wraps
 * values every 70 characters, which importers read as broken fields.
 */
export function toRis(refs: Citable[]): string {
  // The RIS specification ends lines with CRLF.
  return refs.map((ref) => once(ref, 'ris', () => risRecord(ref))).join('\r\n\r\n') + '\r\n';
}

function risRecord(ref: Citable): string {
  const [entry] = new Cite([toCsl(ref)]).format('ris', { format: 'object' }) as Record<string, string | string[]>[];
  const lines = [`TY  - ${entry.TY}`];
  for (const [tag, values] of Object.entries(entry)) {
    if (tag === 'TY') continue;
    for (const value of ([] as string[]).concat(values)) lines.push(`${tag}  - ${String(value).replace(/\s*\n\s*/g, ' ')}`);
  }
  lines.push('ER  - ');
  return lines.join('\r\n');
}

export function toCslJson(refs: Citable[]): string {
  return JSON.stringify(refs.map(toCsl), null, 2) + '\n';
}

/** Citation styles shipped with citation-js' CSL plugin. */
export type CitationStyle = 'vancouver' | 'apa' | 'harvard1';

const CSL_OPTIONS = { format: 'text', lang: 'en-US' } as const;

function plainEntry(text: string): string {
  return text.replace(/^\d+\.\s+/, '').trim();
}

/** A formatted reference as plain text. */
export function formatCitation(ref: Citable, style: CitationStyle): string {
  return once(ref, style, () => plainEntry(new Cite([toCsl(ref)]).format('bibliography', { ...CSL_OPTIONS, template: style }) as string));
}

/**
 * Formats every record in every displayed style ahead of the pages, and keeps the results for formatCitation.
 * Texts already in the build cache are reused. The rest are formatted many records at a time, which citeproc does
 * two to three times faster than one by one. Records in one batch never share a first author's family name:
 * author-date styles would otherwise disambiguate them against each other (2011a, added initials), and a record's
 * text must not depend on its neighbours.
 */
export function prepareCitations(refs: Citable[], cache: BuildCache): void {
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
      const entries = new Cite(batch.map(toCsl)).format('bibliography', { ...CSL_OPTIONS, template: style, asEntryArray: true }) as [string, string][];
      const texts = new Map(entries);
      for (const ref of batch) {
        const text = plainEntry(texts.get(ref.id)!);
        once(ref, style, () => text);
        cache.set(keyOf(ref), text);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Page metadata for reference managers

function pageRange(page: string | undefined): { first?: string; last?: string } {
  if (!page) return {};
  const [first, last] = page.split(/[-–]/);
  return { first, last };
}

function displayName(name: CslName): string {
  return 'literal' in name ? name.literal : [name.family, name.given].filter(Boolean).join(', ');
}

/** A COinS (OpenURL ContextObject) title attribute, which Zotero's connector reads from a span of class Z3988. */
export function coins(ref: Citable): string {
  const { first, last } = pageRange(ref.page);
  const params = new URLSearchParams({
    ctx_ver: 'Z39.88-2004',
    rft_val_fmt: 'info:ofi/fmt:kev:mtx:journal',
    'rft.genre': 'article',
    'rft.atitle': ref.title,
    'rft.jtitle': ref['container-title'],
    'rft.date': String(ref.issued['date-parts'][0][0]),
  });
  if (ref['container-title-short']) params.append('rft.stitle', ref['container-title-short']);
  if (ref.volume) params.append('rft.volume', ref.volume);
  if (ref.issue) params.append('rft.issue', ref.issue);
  if (first) params.append('rft.spage', first);
  if (last) params.append('rft.epage', last);
  for (const author of ref.author) params.append('rft.au', displayName(author));
  if (ref.DOI) params.append('rft_id', `info:doi/${ref.DOI}`);
  if (ref.PMID) params.append('rft_id', `info:pmid/${ref.PMID}`);
  return params.toString();
}

/** Highwire Press citation_* meta tags: for the review's own page only, where the page is about that article. */
export function highwireTags(ref: Citable): [string, string][] {
  const { first, last } = pageRange(ref.page);
  const tags: [string, string][] = [['citation_title', ref.title]];
  for (const author of ref.author) tags.push(['citation_author', displayName(author)]);
  tags.push(['citation_journal_title', ref['container-title']]);
  if (ref['container-title-short']) tags.push(['citation_journal_abbrev', ref['container-title-short']]);
  tags.push(['citation_publication_date', ref.issued['date-parts'][0].join('/')]);
  if (ref.volume) tags.push(['citation_volume', ref.volume]);
  if (ref.issue) tags.push(['citation_issue', ref.issue]);
  if (first) tags.push(['citation_firstpage', first]);
  if (last) tags.push(['citation_lastpage', last]);
  if (ref.DOI) tags.push(['citation_doi', ref.DOI]);
  if (ref.PMID) tags.push(['citation_pmid', ref.PMID]);
  return tags;
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
