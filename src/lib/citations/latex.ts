/** LaTeX encoding that plain bibtex, biber and Zotero all read: our own, because citation-js' ASCII mode drops characters it cannot map. */

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
const GREEK_NAMES = [
  'alpha',
  'beta',
  'gamma',
  'delta',
  'epsilon',
  'zeta',
  'eta',
  'theta',
  'iota',
  'kappa',
  'lambda',
  'mu',
  'nu',
  'xi',
  'pi',
  'rho',
  'sigma',
  'tau',
  'upsilon',
  'phi',
  'chi',
  'psi',
  'omega',
];

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
