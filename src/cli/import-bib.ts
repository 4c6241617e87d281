/**
 * `npm run import:bib -- file.bib`: turns BibTeX entries into reference YAML files with the citation-key convention,
 * refusing any whose DOI or PMID is already in the corpus, and reporting what it skipped. Imported records carry no
 * `verified` block: the build refuses them until a curator has checked every field against PubMed, PMC or the
 * publisher and recorded that check.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { readConfig } from '../lib/build/config.mjs';
import { displayPath, readContentDir } from '../lib/content/files';
import { citationKey } from '../lib/content/citation-key';
import { bibliographicSchema, type CslName } from '../schemas/bibliographic';

const { positionals } = parseArgs({ allowPositionals: true });
const [bibFile] = positionals;
if (!bibFile) {
  console.error('Usage: npm run import:bib -- file.bib');
  process.exit(2);
}

interface CslInput {
  type?: string;
  title?: string;
  author?: { family?: string; given?: string; literal?: string; suffix?: string }[];
  'container-title'?: string;
  'container-title-short'?: string;
  issued?: { 'date-parts'?: number[][] };
  volume?: string | number;
  issue?: string | number;
  page?: string;
  DOI?: string;
  PMID?: string;
  PMCID?: string;
  'citation-key'?: string;
}

const root = readConfig().contentDir;
const { raw } = readContentDir(root);
const existing = raw.references.map((entry) => entry.data as { DOI?: string; PMID?: string });
const knownDois = new Set(existing.flatMap((r) => (r.DOI ? [r.DOI.toLowerCase()] : [])));
const knownPmids = new Set(existing.flatMap((r) => (r.PMID ? [r.PMID] : [])));
const takenKeys = new Set(raw.references.map((entry) => entry.id));

const items = new Cite(readFileSync(bibFile, 'utf8')).format('data', { format: 'object' }) as CslInput[];
const written: string[] = [];
const skipped: string[] = [];

for (const item of items) {
  const label = item['citation-key'] ?? item.title ?? '(untitled entry)';
  const doi = item.DOI?.replace(/^https?:\/\/(dx\.)?doi\.org\//i, '');
  if (doi && knownDois.has(doi.toLowerCase())) {
    skipped.push(`${label}: DOI ${doi} is already in the corpus`);
    continue;
  }
  if (item.PMID && knownPmids.has(item.PMID)) {
    skipped.push(`${label}: PMID ${item.PMID} is already in the corpus`);
    continue;
  }
  const author: CslName[] = (item.author ?? []).map((a) =>
    a.literal ? { literal: a.literal } : { family: a.family ?? '', ...(a.given ? { given: a.given } : {}), ...(a.suffix ? { suffix: a.suffix } : {}) },
  );
  const record = {
    type: 'article-journal',
    title: item.title,
    author,
    'container-title': item['container-title'],
    ...(item['container-title-short'] ? { 'container-title-short': item['container-title-short'] } : {}),
    issued: item.issued?.['date-parts'] ? { 'date-parts': [item.issued['date-parts'][0]] } : undefined,
    ...(item.volume !== undefined ? { volume: String(item.volume) } : {}),
    ...(item.issue !== undefined ? { issue: String(item.issue) } : {}),
    ...(item.page ? { page: item.page.replace(/[–—]|--/g, '-') } : {}),
    ...(doi ? { DOI: doi } : {}),
    ...(item.PMID ? { PMID: item.PMID } : {}),
    ...(item.PMCID ? { PMCID: item.PMCID } : {}),
    curation: {
      note: `Imported from ${bibFile} by npm run import:bib. Check every field against PubMed, PMC or the publisher, complete the author list, then add verified: {against, date}.`,
    },
  };
  const parsed = bibliographicSchema.safeParse(record);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '(record)'))];
    skipped.push(`${label}: missing or invalid ${fields.join(', ')}`);
    continue;
  }
  const key = citationKey(parsed.data, takenKeys);
  takenKeys.add(key);
  if (doi) knownDois.add(doi.toLowerCase());
  if (item.PMID) knownPmids.add(item.PMID);
  const file = join(root, 'references', `${key}.yaml`);
  writeFileSync(file, stringify(record, { lineWidth: 0 }));
  written.push(displayPath(file));
}

for (const file of written) console.log(`wrote ${file}`);
for (const reason of skipped) console.log(`skipped ${reason}`);
console.log(
  `${written.length} imported, ${skipped.length} skipped. Check each new record against PubMed and add its verified block, cite it from an evidence item, then run npm run validate.`,
);
