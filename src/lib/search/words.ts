/**
 * The word lists search analysis reads: words that never decide a match, spellings and stems read as one, the
 * words that make gene-variant phrases, and the reviewed groups of equivalent words.
 */

/** Words no query needs in order to find something, and no document is found by: not indexed, not required. */
export const STOP_WORDS = new Set(
  'a about after against all also an and any are as at be been before between both but by can could did do does during each either for from had has have how i if in into is it its me more most my no nor not of on or our out over per same she should so some such than that the their them then there these they this those through to too under until up very via was we were what when where which while who whom why will with within would you'.split(
    ' ',
  ),
);

/**
 * Question and research words a query uses to ask, not to name what it wants ("which studies show …", "X versus
 * Y"): dropped from queries so they never decide a match, but indexed, since a document may be about them.
 */
export const QUESTION_WORDS = new Set([
  'study',
  'studies',
  'show',
  'shows',
  'showed',
  'shown',
  'evidence',
  'paper',
  'papers',
  'versus',
  'vs',
  'compared',
  'comparison',
  'find',
  'found',
  'role',
  'effect',
  'effects',
  'data',
  'review',
  'cause',
  'causes',
  'caused',
  'whether',
  'does',
  'do',
  'give',
  'gives',
]);

/** Spellings folded to one: British to American. */
export const SPELLINGS: Record<string, string> = {
  oestrogen: 'estrogen',
  oestrogens: 'estrogens',
  oestradiol: 'estradiol',
  tumour: 'tumor',
  tumours: 'tumors',
  tumourigenesis: 'tumorigenesis',
  haematological: 'hematological',
  randomised: 'randomized',
  randomisation: 'randomization',
  signalling: 'signaling',
  behaviour: 'behavior',
  eralpha: 'era',
  erbeta: 'erb',
  centre: 'center',
  centres: 'centers',
};

/** Stems the stemmer leaves apart that mean the same word here. */
export const STEM_FIXES: Record<string, string> = { amplifi: 'amplif', mutant: 'mutat', overexpress: 'overexpress', signal: 'signal' };

/** Kinds of variant that, after a gene, make a phrase: their stems. */
export const VARIANT_STEMS = new Set(['mutat', 'amplif', 'overexpress', 'delet', 'loss', 'fusion', 'rearrang']);
/** Words that may sit between a variant and its gene: "mutations in ESR1", "amplification of HER2". */
export const VARIANT_LINKS = new Set(['in', 'of']);
/** Old names written after a gene with a slash, between it and its variant: "HER-2/neu amplification". */
export const SLASH_SYNONYMS = new Set(['neu']);

/** Genes every corpus names; the lexicon adds the corpus' own aliases. */
export const BASE_GENES = [
  'esr1',
  'erbb2',
  'erbb3',
  'erbb4',
  'her2',
  'her3',
  'her4',
  'egfr',
  'pik3ca',
  'pten',
  'akt1',
  'ncoa3',
  'aib1',
  'kras',
  'nf1',
  'tp53',
  'ccnd1',
  'igf1r',
  'pgr',
  'brca1',
  'brca2',
];

/**
 * Reviewed equivalents: words this corpus uses for one idea, each group of stems matched as one query word (at a
 * lower weight than the word itself). Endocrine "failure" and "relapse" are how "resistance" is measured in patients;
 * "response" and "sensitivity" how "benefit" is; "rise" and "increase" say what "up-regulation" says.
 */
export const EQUIVALENTS: string[][] = [
  ['resist', 'failur', 'relaps', 'refractori'],
  ['benefit', 'respons', 'sensit'],
  ['upregul', 'increas', 'rise', 'rais', 'elev', 'induc', 'reactiv'],
  ['downregul', 'decreas', 'lower', 'reduc', 'loss', 'repress'],
  ['activ', 'stimul', 'reactiv'],
  ['inhibit', 'block', 'blockad', 'suppress'],
  ['prognosi', 'prognost', 'outcom', 'surviv'],
  ['crosstalk', 'interplai'],
  ['hrposit', 'receptorposit', 'erposit'],
  ['hrneg', 'receptorneg', 'erneg'],
];
