import type { Corpus } from '../content/corpus';
import type { SearchLexiconSource } from '../search/documents';

/**
 * What the search treats as one name: a drug's brand names and development codes are the drug (a query for
 * "Herceptin" finds exactly what "trastuzumab" finds, trials and studies included), and each group below is one gene
 * or protein under its several names. The groups are reviewed by hand: a pathway node's aliases name several genes
 * (the PI3K node lists PTEN and mTOR), which are not synonyms of each other.
 */
const GENE_SYNONYMS: string[][] = [
  ['HER2', 'ERBB2', 'HER-2', 'neu', 'c-erbB-2', 'ErbB-2', 'CD340', 'p185'],
  ['EGFR', 'HER1', 'ERBB1', 'ErbB-1'],
  ['HER3', 'ERBB3', 'ErbB-3'],
  ['HER4', 'ERBB4', 'ErbB-4'],
  ['ERα', 'ESR1', 'ER-alpha', 'ERa', 'NR3A1'],
  ['AIB1', 'SRC-3', 'NCOA3'],
  ['IGF1R', 'IGF-1R', 'IGF-IR'],
  ['AKT', 'PKB'],
  ['MAPK', 'ERK', 'ERK1/2'],
  ['FOXO3a', 'FOXO3', 'FKHRL1'],
  ['PGR', 'PgR'],
  ['PAX2', 'Pax-2'],
  ['CCND1', 'cyclin D1'],
];

/** Journals by the short names readers type: "Osborne 2003 JNCI" names J Natl Cancer Inst. */
export const JOURNAL_ALIASES: Record<string, string[]> = {
  'J Natl Cancer Inst': ['JNCI'],
  'J Clin Oncol': ['JCO'],
  'N Engl J Med': ['NEJM'],
  'Clin Cancer Res': ['CCR'],
  'Breast Cancer Res Treat': ['BCRT'],
  'Breast Cancer Res': ['BCR'],
  'Proc Natl Acad Sci U S A': ['PNAS'],
  'J Clin Invest': ['JCI'],
  'Mol Cell Biol': ['MCB'],
  'J Biol Chem': ['JBC'],
  'Eur J Cancer': ['EJC'],
  'Ann Oncol': ['Annals of Oncology'],
  'Lancet Oncol': ['Lancet Oncology'],
  'Nat Genet': ['Nature Genetics'],
  'Cancer Res': ['Cancer Research'],
  'Endocr Relat Cancer': ['ERC'],
  'Mol Endocrinol': ['Molecular Endocrinology'],
};

/** Gene symbols with no synonym here that still take part in phrases ("PIK3CA mutation", "PTEN loss"). */
const OTHER_GENES = ['PIK3CA', 'PTEN', 'KRAS', 'NF1', 'TP53', 'AKT1', 'ESR1', 'ERBB2'];

export function searchLexicon(corpus: Corpus): SearchLexiconSource {
  const canonical: Record<string, string> = {};
  for (const drug of corpus.drugs) for (const name of [...drug.brands, ...drug.codes]) canonical[name] = drug.name;
  const symbol = /^[A-Za-z][A-Za-z0-9-]*\d[A-Za-z0-9]*$|^[A-Z]{3,}\d*$/;
  return {
    canonical,
    aliases: GENE_SYNONYMS,
    genes: [...new Set([...OTHER_GENES, ...GENE_SYNONYMS.flat().filter((name) => symbol.test(name))])],
  };
}
