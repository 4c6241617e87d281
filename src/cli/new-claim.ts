/**
 * `npm run new:claim`: writes a valid claim skeleton into the content directory, with one evidence item per study.
 * Takes flags (--statement, --title, --type, --section, --direction, --pathways, --drugs, --trials, --references,
 * --stance, --design, --id) and asks for whatever is missing when run in a terminal.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { Document, visit } from 'yaml';
import { readConfig } from '../lib/build/config.mjs';
import { displayPath } from '../lib/content/files';
import { loadCorpusDir } from '../lib/content/load';
import { formatProblems } from '../lib/content/problems';
import { CONTEXT_PLACEHOLDER, FINDING_PLACEHOLDER } from '../lib/content/placeholders';
import { claimId, parseList } from '../lib/curation/claim-template';
import { claimTypes, designs, directions, stances } from '../schemas/common';
import { PATIENT_DESIGNS } from '../schemas/claim';

const { values } = parseArgs({
  options: {
    statement: { type: 'string' },
    title: { type: 'string' },
    type: { type: 'string' },
    section: { type: 'string' },
    direction: { type: 'string' },
    pathways: { type: 'string' },
    drugs: { type: 'string' },
    trials: { type: 'string' },
    references: { type: 'string' },
    stance: { type: 'string' },
    design: { type: 'string' },
    id: { type: 'string' },
  },
});

const root = readConfig().contentDir;
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
const title = await ask('title', 'Short title (at most 70 characters)');
const type = await ask('type', 'Claim type (decides which designs weigh on it)', claimTypes);
const section = await ask(
  'section',
  'Review section',
  corpus.review.sections.map((s) => s.id),
);
const direction = await ask('direction', 'Crosstalk direction', directions);
const pathways = parseList(await ask('pathways', 'Pathway ids, comma-separated'));
const references = parseList(await ask('references', 'Reference keys of the studies, comma-separated'));
const stance = await ask('stance', 'Stance of these studies (edit per item afterwards)', stances);
const design = await ask('design', 'Design of these studies (edit per item afterwards)', designs);
const drugs = parseList(values.drugs ?? (prompt ? await ask('drugs', 'Drug ids, comma-separated (blank for none)') : ''));
const trials = parseList(values.trials ?? (prompt ? await ask('trials', 'Trial ids, comma-separated (blank for none)') : ''));
prompt?.close();

const id = values.id ?? claimId(statement, new Set(corpus.claims.map((c) => c.id)));
const file = join(root, 'claims', `${id}.md`);
if (existsSync(file)) {
  console.error(`${displayPath(file)} already exists; choose another --id.`);
  process.exit(1);
}
// Each item gets the fields its design requires, as values the curator checks against the study (validation names any left out).
const evidence = references.map((reference) => ({
  reference,
  stance,
  design,
  ...(design === 'clinical-trial' ? { phase: 'III', randomised: true } : {}),
  ...(design === 'trial-analysis' ? { randomised: true } : {}),
  ...(design === 'meta-analysis' ? { pooled: 'randomised' } : {}),
  ...(design === 'review' ? {} : { model: 'Cell lines, xenografts, or setting and HER2/ER status' }),
  ...(PATIENT_DESIGNS.has(design) ? { n: 1 } : {}),
  finding: FINDING_PLACEHOLDER,
}));
const yaml = new Document({ statement, title, type, section, direction, pathways, drugs, trials, evidence });
// Short lists as [a, b], the way the existing claims are written; evidence items stay one field per line.
visit(yaml, { Seq: (_, node) => void (node.flow = node.items.every((item) => !(item && typeof item === 'object' && 'items' in item))) });
const frontmatter = yaml.toString({ lineWidth: 0 });
writeFileSync(file, `---\n${frontmatter}---\n${CONTEXT_PLACEHOLDER}\n`);

// The only problems left should be the placeholders, which the curator replaces next.
const check = loadCorpusDir(root);
const remaining = check.ok ? [] : check.problems.filter((p) => !p.message.startsWith('still holds the placeholder'));
if (remaining.length > 0) {
  console.error(`Wrote ${displayPath(file)}, but it does not validate:\n${formatProblems(remaining)}`);
  process.exit(1);
}
console.log(
  `Wrote ${displayPath(file)}. Write the synthesis and each item's model, n, finding and (where written) phase, randomised and pooled as the study reports them, then run npm run validate.`,
);
