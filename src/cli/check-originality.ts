/**
 * `npm run check:originality -- [abstracts dir]`: for every claim and trial, the longest run of words its prose shares
 * with the title or abstract of a study it cites. Abstracts are plain-text files named by citation key
 * (`<dir>/<key>.txt`, title on the first line); they are the publishers' text, so they stay out of the repository
 * (the default folder, .abstracts/, is git-ignored).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContentDir } from '../lib/content/files';
import { checkRecord, MAX_SHARED_RUN, type ProseField, type RecordReport } from '../lib/curation/originality';

const args = process.argv.slice(2);
const requireAbstracts = args.includes('--require-abstracts');
const abstractsDir = args.find((arg) => !arg.startsWith('--')) ?? '.abstracts';
const contentDir = process.env.CONTENT_DIR ?? 'content';

if (!existsSync(abstractsDir)) {
  console.error(`No abstracts folder at ${abstractsDir}: save each cited study's title and abstract as ${abstractsDir}/<citation key>.txt`);
  process.exit(2);
}
const abstracts = new Map(
  readdirSync(abstractsDir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => [name.slice(0, -4), readFileSync(join(abstractsDir, name), 'utf8')]),
);

type Data = Record<string, unknown>;
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? [value] : []);

function claimFields(data: Data, body: string): ProseField[] {
  const items = Array.isArray(data.evidence) ? (data.evidence as Data[]) : [];
  const cites = [...new Set([...strings(data.references), ...items.flatMap((item) => strings(item.reference))])];
  const fields: ProseField[] = [
    { field: 'statement', text: strings(data.statement).join(' '), cites },
    { field: 'title', text: strings(data.title).join(' '), cites },
    { field: 'body', text: body, cites },
  ];
  const status = data.status as Data | undefined;
  if (status && typeof status === 'object') fields.push({ field: 'status.reason', text: strings(status.reason).join(' '), cites });
  items.forEach((item, i) => {
    for (const key of ['finding', 'model', 'effect'] as const) {
      fields.push({ field: `evidence[${i}].${key}`, text: strings(item[key]).join(' '), cites: strings(item.reference) });
    }
  });
  return fields;
}

function trialFields(data: Data): ProseField[] {
  const cites = strings(data.references);
  return ['title', 'setting', 'arms', 'primaryEndpoint', 'result', 'effect', 'primaryResult', 'note'].map((key) => ({
    field: key,
    text: strings(data[key]).join(' '),
    cites,
  }));
}

const { raw } = readContentDir(contentDir);
const reports: RecordReport[] = [];
// The review's own overview, outline and summary must not copy the review's abstract either.
for (const review of raw.reviews) {
  const data = (review.data ?? {}) as Data;
  const cites = [review.id];
  const sections = Array.isArray(data.sections) ? (data.sections as Data[]) : [];
  const fields: ProseField[] = [
    { field: 'body', text: review.body ?? '', cites },
    { field: 'summary', text: strings(data.summary).join(' '), cites },
    ...sections.map((section, i) => ({ field: `sections[${i}]`, text: [...strings(section.title), ...strings(section.summary)].join(' '), cites })),
  ];
  reports.push(checkRecord(review.file, fields, abstracts));
}
for (const claim of raw.claims) reports.push(checkRecord(claim.file, claimFields((claim.data ?? {}) as Data, claim.body ?? ''), abstracts));
for (const trial of raw.trials) reports.push(checkRecord(trial.file, trialFields((trial.data ?? {}) as Data), abstracts));

reports.sort((a, b) => (b.longest?.length ?? -1) - (a.longest?.length ?? -1) || a.file.localeCompare(b.file));
for (const report of reports) {
  const run = report.longest;
  const flag = run && run.length >= MAX_SHARED_RUN ? 'COPIED' : 'ok    ';
  const detail = run ? `${String(run.length).padStart(2)} words, ${run.field} vs ${run.key}: "${run.words}"` : ' - no abstract to compare';
  console.log(`${flag} ${report.file}: ${detail}${report.missing.length ? ` (no abstract: ${report.missing.join(', ')})` : ''}`);
}
const copied = reports.filter((r) => (r.longest?.length ?? 0) >= MAX_SHARED_RUN);
const missing = new Set(reports.flatMap((r) => r.missing));
const longest = Math.max(0, ...reports.map((r) => r.longest?.length ?? 0));
console.log(
  `\n${reports.length} records checked against ${abstracts.size} abstracts; longest shared run ${longest} words; ` +
    `${copied.length} record(s) at ${MAX_SHARED_RUN} or more; ${missing.size} cited key(s) without an abstract${missing.size ? `: ${[...missing].sort().join(', ')}` : ''}.`,
);
process.exit(copied.length > 0 || (requireAbstracts && missing.size > 0) ? 1 : 0);
