/**
 * `npm run import:bib -- file.bib --evidence in-vitro`: turns BibTeX entries into reference YAML files with the
 * citation-key convention, refusing any whose DOI or PMID is already in the corpus, and reporting what it skipped.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { contentDir } from '../lib/content/content-dir';
import { displayPath, readContentDir } from '../lib/content/files';
import { citationKey } from '../lib/content/citation-key';
import { evidenceKinds, type EvidenceKind } from '../schemas/common';
import { referenceSchema, type CslName } from '../schemas/reference';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { evidence: { type: 'string' } } });
const [bibFile] = positionals;
const evidence = values.evidence as EvidenceKind | undefined;
if (!bibFile || !evidence || !evidenceKinds.includes(evidence)) {
  console.error(`Usage: npm run import:bib -- file.bib --evidence <${evidenceKinds.join('|')}>`);
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

const root = contentDir();
const { raw } = readContentDir(root);
const existing = raw.references.map((entry) => entry.data as { DOI?: string; PMID?: string });
const knownDois = new Set(existing.flatMap((r) => (r.DOI ? [r.DOI.toLowerCase()] : [])));
const knownPmids = new Set(existing.flatMap((r) => (r.PMID ? [r.PMID] : [])));
const takenKeys = new Set(raw.references.map((entry) => entry.id));

const items = new Cite(readFileSync(bibFile, 'utf8')).format('data', { format: 'object' }) as CslInput[];
const today = new Date().toISOString().slice(0, 10);
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
    evidence,
    verified: {
      source: doi ? `https://doi.org/${doi}` : item.PMID ? `https://pubmed.ncbi.nlm.nih.gov/${item.PMID}/` : 'https://pubmed.ncbi.nlm.nih.gov/',
      date: today,
      note: `Imported from ${bibFile} by npm run import:bib; check every field against PubMed or the publisher before publishing.`,
    },
  };
  const parsed = referenceSchema.safeParse(record);
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
console.log(`${written.length} imported, ${skipped.length} skipped. Cite each new reference from a claim, then run npm run validate.`);
