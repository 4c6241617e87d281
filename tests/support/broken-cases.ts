import { join } from 'node:path';

/**
 * Every broken fixture corpus (tests/fixtures/broken/<case>/, laid over the good corpus) and the exact problems it must
 * produce, each naming the file and the field. A function of the directory the corpus was copied to.
 */
export const brokenCaseProblems: Record<string, (dir: string) => (string | RegExp)[]> = {
  'missing-reference': (dir) => [
    `${join(dir, 'claims/mapk-phosphorylates-er.md')}: references[0]: no reference 'kato1995activatoin' (did you mean 'kato1995activation'?)`,
  ],
  'unknown-vocabulary': (dir) => [
    `${join(dir, 'claims/foxo3a-links-akt-to-er-loss.md')}: section: no review section 'her2-to-her' (did you mean 'her2-to-er'?)`,
    `${join(dir, 'claims/foxo3a-links-akt-to-er-loss.md')}: pathways[0]: no pathway 'pi3k-akt' (did you mean 'pi3k-akt-mtor'?)`,
    `${join(dir, 'claims/foxo3a-links-akt-to-er-loss.md')}: drugs[0]: no drug 'tamoxifin' (did you mean 'tamoxifen'?)`,
    `${join(dir, 'claims/foxo3a-links-akt-to-er-loss.md')}: trials[0]: no trial 'no-such-trial'`,
  ],
  'malformed-yaml': (dir) => [new RegExp(`^${join(dir, 'references/kato1995activation.yaml')}: line \\d+: malformed YAML: `)],
  'missing-field': (dir) => [`${join(dir, 'claims/pax2-represses-erbb2.md')}: statement: is required`],
  'wrong-type': (dir) => [
    `${join(dir, 'claims/pax2-represses-erbb2.md')}: direction: invalid enum value. Expected 'er-to-her2' | 'her2-to-er' | 'bidirectional' | 'none', received 'sideways'`,
    `${join(dir, 'claims/pax2-represses-erbb2.md')}: pathways: expected array, received string`,
  ],
  'empty-statement': (dir) => [`${join(dir, 'claims/pax2-represses-erbb2.md')}: statement: must not be empty`],
  'overlong-statement': (dir) => [`${join(dir, 'claims/pax2-represses-erbb2.md')}: statement: must be at most 300 characters`],
  'duplicate-doi': (dir) => [
    `${join(dir, 'references/hurtado2008regulation.yaml')}: DOI: DOI 10.1038/nature07483 is also used by ${join(dir, 'references/guo2004forkhead.yaml')}`,
    `${join(dir, 'references/hurtado2008regulation.yaml')}: PMID: PMID 19005469 is also used by ${join(dir, 'references/guo2004forkhead.yaml')}`,
  ],
  'duplicate-pmid': (dir) => [
    `${join(dir, 'references/hurtado2008regulation.yaml')}: PMID: PMID 19005469 is also used by ${join(dir, 'references/guo2004forkhead.yaml')}`,
  ],
  'duplicate-id': (dir) => [
    `${join(dir, 'vocab/pathways.yaml')}: [5] (her2).id: duplicate pathway id 'her2' (also in ${join(dir, 'vocab/pathways.yaml')} [1] (her2))`,
  ],
  'malformed-doi': (dir) => [`${join(dir, 'references/guo2004forkhead.yaml')}: DOI: must be a bare DOI like 10.1093/jnci/djh166`],
  'malformed-pmid': (dir) => [`${join(dir, 'references/guo2004forkhead.yaml')}: PMID: must be digits only, e.g. "15199112"`],
  'malformed-year': (dir) => [`${join(dir, 'references/guo2004forkhead.yaml')}: issued.date-parts: the first date part must be a four-digit year`],
  'raw-html': (dir) => [`${join(dir, 'claims/pax2-represses-erbb2.md')}: body: raw HTML is not allowed in Markdown; write plain Markdown`],
  'javascript-link': (dir) => [`${join(dir, 'claims/pax2-represses-erbb2.md')}: body: links may only use http, https or mailto, not 'javascript:'`],
  'orphan-reference': (dir) => [
    `${join(dir, 'references/ruff2000estrogen.yaml')}: (record): reference 'ruff2000estrogen' is not cited by any claim; cite it or remove the file`,
  ],
  'wrong-extension': (dir) => [
    `${join(dir, 'references/extra-record.yml')}: (file name): only .yaml files belong in references/; rename or remove this file`,
  ],
};
