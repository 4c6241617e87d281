/**
 * `npm run new:claim`: writes a valid claim skeleton into the content directory.
 * Takes flags (--statement, --section, --direction, --evidence, --pathways, --drugs, --trials, --models, --references)
 * and asks for whatever is missing when run in a terminal.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { Document, visit } from 'yaml';
import { contentDir } from '../lib/content/content-dir';
import { displayPath } from '../lib/content/files';
import { loadCorpusDir } from '../lib/content/load';
import { claimId, CONTEXT_PLACEHOLDER, parseList } from '../lib/curation/claim-template';
import { formatProblems } from '../lib/content/problems';
import { directions, evidenceKinds } from '../schemas/common';

const { values } = parseArgs({
  options: {
    statement: { type: 'string' },
    section: { type: 'string' },
    direction: { type: 'string' },
    evidence: { type: 'string' },
    pathways: { type: 'string' },
    drugs: { type: 'string' },
    trials: { type: 'string' },
    models: { type: 'string' },
    references: { type: 'string' },
    id: { type: 'string' },
  },
});

const root = contentDir();
const current = loadCorpusDir(root);
if (!current.ok) {
  console.error(`Fix the existing content first:\n${formatProblems(current.problems)}`);
  process.exit(1);
}
const { corpus } = current;

const prompt = process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
async function ask(name: keyof typeof values, question: string, choices?: readonly string[]): Promise<string> {
  const given = values[name];
  if (given !== undefined) return given;
  if (!prompt) {
    console.error(`Missing --${name} (${question}).`);
    process.exit(2);
  }
  return (await prompt.question(`${question}${choices ? ` [${choices.join(' | ')}]` : ''}: `)).trim();
}

const statement = await ask('statement', 'Statement, one sentence in your own words');
const section = await ask('section', 'Review section', corpus.review.sections.map((s) => s.id));
const direction = await ask('direction', 'Crosstalk direction', directions);
const evidence = await ask('evidence', 'Kind of evidence', evidenceKinds);
const pathways = parseList(await ask('pathways', 'Pathway ids, comma-separated'));
const references = parseList(await ask('references', 'Reference keys, comma-separated'));
const drugs = parseList(values.drugs ?? (prompt ? await ask('drugs', 'Drug ids, comma-separated (blank for none)') : ''));
const trials = parseList(values.trials ?? (prompt ? await ask('trials', 'Trial ids, comma-separated (blank for none)') : ''));
const models = parseList(values.models ?? (prompt ? await ask('models', 'Cell lines, xenografts or cohorts (blank for none)') : ''));
prompt?.close();

const id = values.id ?? claimId(statement, new Set(corpus.claims.map((c) => c.id)));
const file = join(root, 'claims', `${id}.md`);
if (existsSync(file)) {
  console.error(`${displayPath(file)} already exists; choose another --id.`);
  process.exit(1);
}
const yaml = new Document({ statement, section, direction, evidence, pathways, drugs, trials, models, references });
// Lists as [a, b], the way the existing claims are written.
visit(yaml, { Seq: (_, node) => void (node.flow = true) });
const frontmatter = yaml.toString({ lineWidth: 0 });
writeFileSync(file, `---\n${frontmatter}---\n${CONTEXT_PLACEHOLDER}\n`);

// The only problem left should be the placeholder context, which the curator replaces next.
const check = loadCorpusDir(root);
const remaining = check.ok ? [] : check.problems.filter((p) => !(p.field === 'body' && p.message.startsWith('still holds the placeholder')));
if (remaining.length > 0) {
  console.error(`Wrote ${displayPath(file)}, but it does not validate:\n${formatProblems(remaining)}`);
  process.exit(1);
}
console.log(`Wrote ${displayPath(file)}. Replace its context paragraph with what the study showed, then run npm run validate.`);
