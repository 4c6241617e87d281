import type { RawCorpus } from '../content/files';
import type { ProseField } from './originality';

/**
 * Every piece of our prose in a raw corpus, each with the studies it must not copy from: every field of a claim, its
 * items' included, is checked against all the studies the claim cites (they are read on one page), a trial's against
 * its publications, the review's against its own abstract. Read from the raw records, so the check runs on a corpus that does not yet validate.
 */

type Data = Record<string, unknown>;
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.flatMap(strings) : typeof value === 'string' ? [value] : []);
const record = (value: unknown): Data => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Data) : {});
const records = (value: unknown): Data[] => (Array.isArray(value) ? value.map(record) : []);

function claimFields(data: Data, body: string): ProseField[] {
  const items = records(data.evidence);
  const cites = [...new Set(items.flatMap((item) => strings(item.reference)))];
  const status = record(data.status);
  const forest = record(data.forest);
  const fields: ProseField[] = [
    { field: 'statement', text: strings(data.statement).join(' '), cites },
    { field: 'title', text: strings(data.title).join(' '), cites },
    { field: 'body', text: body, cites },
    { field: 'status.note', text: strings(status.note).join(' '), cites },
    { field: 'status.reason', text: strings(status.reason).join(' '), cites },
    { field: 'forest', text: [...strings(forest.lower), ...strings(forest.higher)].join(' '), cites },
  ];
  items.forEach((item, i) => {
    for (const key of ['finding', 'model', 'effect', 'reason'] as const)
      fields.push({ field: `evidence[${i}].${key}`, text: strings(item[key]).join(' '), cites });
    fields.push({ field: `evidence[${i}].estimate.comparison`, text: strings(record(item.estimate).comparison).join(' '), cites });
  });
  return fields;
}

function trialFields(data: Data): ProseField[] {
  const cites = strings(data.references);
  const fields: ProseField[] = ['title', 'patients', 'arms'].map((key) => ({ field: key, text: strings(data[key]).join(' '), cites }));
  const primary = record(data.primary);
  fields.push({ field: 'primary', text: [...strings(primary.endpoint), ...strings(primary.result)].join(' '), cites });
  records(data.analyses).forEach((analysis, i) => {
    fields.push({ field: `analyses[${i}]`, text: ['label', 'population', 'endpoint', 'result'].flatMap((key) => strings(analysis[key])).join(' '), cites });
  });
  return fields;
}

function reviewFields(data: Data, body: string, key: string): ProseField[] {
  const cites = [key];
  return [
    { field: 'body', text: body, cites },
    { field: 'summary', text: strings(data.summary).join(' '), cites },
    ...records(data.sections).map((section, i) => ({
      field: `sections[${i}]`,
      text: [...strings(section.title), ...strings(section.summary)].join(' '),
      cites,
    })),
  ];
}

/** Each record's file and prose, review first, then claims and trials. */
export function proseOf(raw: RawCorpus): { file: string; fields: ProseField[] }[] {
  return [
    ...raw.reviews.map((entry) => ({ file: entry.file, fields: reviewFields(record(entry.data), entry.body ?? '', entry.id) })),
    ...raw.claims.map((entry) => ({ file: entry.file, fields: claimFields(record(entry.data), entry.body ?? '') })),
    ...raw.trials.map((entry) => ({ file: entry.file, fields: trialFields(record(entry.data)) })),
  ];
}
