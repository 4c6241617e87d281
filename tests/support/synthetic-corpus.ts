import { stringify } from 'yaml';
import type { ClaimInput, EvidenceItemInput } from '../../src/schemas/claim';
import { claimTypes, directions, type ClaimType, type stances } from '../../src/schemas/common';
import { designsFor, statusSince } from '../../src/lib/content/appraisal';
import type { CslName, ReferenceInput } from '../../src/schemas/reference';
import { citationKey } from '../../src/lib/content/citation-key';
import type { Corpus } from '../../src/lib/content/corpus';
import { claimId } from '../../src/lib/curation/claim-template';

/**
 * Synthetic corpora for measuring scale: N claims with about three evidence items each and about N/2.5 references
 * (a fifth of them published after the review), built on a base corpus's vocabularies (pathways, drugs, trials and
 * the review's sections), deterministic for a seed.
 * Every reference carries the Crossref test DOI prefix 10.5555 and says it is synthetic, so none can pass for a real study.
 */

export interface SyntheticOptions {
  claims: number;
  seed: number;
}

/** A file to write, relative to the content directory. */
export interface SyntheticFile {
  path: string;
  text: string;
}

export const SYNTHETIC_DOI_PREFIX = '10.5555';
const REFERENCES_PER_CLAIM = 1 / 2.5;
/** Stances in about the proportions a real literature has: mostly support, some disagreement, some background. */
const STANCE_WEIGHTS: [(typeof stances)[number], number][] = [
  ['supports', 0.62],
  ['contradicts', 0.12],
  ['mixed', 0.14],
  ['context', 0.12],
];
const FINDINGS = [
  'The synthetic study saw the effect only in part of the samples.',
  'A generated finding: the combination changed the outcome measured.',
  'This benchmark record reports a change in the expected direction.',
  'A generated result with no real data behind it, for scale tests.',
];

/** mulberry32: small, fast and the same on every platform, so a seed always gives the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Family names from many languages, so encoders, sorting and citation keys meet accents, ligatures and stroked letters.
const FAMILIES = [
  'Müller',
  'Øvrebø',
  'Núñez',
  'Dvořák',
  'Łukasiewicz',
  'Çelik',
  'Ólafsdóttir',
  'Schäfer',
  'Søndergaard',
  'García-López',
  'Nakamura',
  'Okonkwo',
  'Papadopoulos',
  'Ferreira',
  'Kowalczyk',
  'Hämäläinen',
  'Zhang',
  'Nguyễn',
  'Abramović',
  'Brontë',
  'Lefèvre',
  'Grünewald',
  'Ibáñez',
  'Kovačević',
  'Åkesson',
  'Østergaard',
  'Fitzgerald',
  "O'Donnell",
  'van der Berg',
  'Rossi',
  'Yılmaz',
  'Jiménez',
  'Weiß',
  'Petrović',
  'Chakraborty',
  'Kim',
  'Haddad',
  'Svensson',
  'Dubois',
  'Moreau',
];
const GIVEN = ['A', 'B J', 'C', 'D M', 'É', 'F', 'G K', 'H', 'I S', 'J-P', 'K', 'L', 'M A', 'N', 'Ø', 'P', 'R', 'S', 'T W', 'Z'];
const JOURNALS: [string, string][] = [
  ['Journal of Synthetic Oncology', 'J Synth Oncol'],
  ['Synthetic Breast Cancer Research', 'Synth Breast Cancer Res'],
  ['Annals of Simulated Endocrinology', 'Ann Simul Endocrinol'],
  ['Test Corpus Cancer Letters', 'Test Corpus Cancer Lett'],
  ['Benchmark Molecular Medicine', 'Benchmark Mol Med'],
];
const MODELS = [
  'MCF-7 cells',
  'BT-474 cells',
  'T47D cells',
  'ZR-75-1 cells',
  'SK-BR-3 cells',
  'MCF-7/HER2-18 xenografts',
  'BT-474 xenografts',
  'a neoadjuvant cohort',
  'a metastatic cohort',
  'patient-derived xenografts',
];
const EFFECTS = ['raised', 'lowered', 'restored', 'blunted', 'sustained', 'abolished', 'partly reversed', 'amplified'];
const OUTCOMES = [
  'growth under estrogen deprivation',
  'ER-dependent transcription',
  'phosphorylation of ERα at Ser118',
  'HER2 protein levels',
  'time to progression',
  'sensitivity to the combination',
  'AKT and ERK activity',
  'expression of estrogen-regulated genes such as PGR and TFF1',
  'tumour regrowth after an initial response',
  'the fraction of cells in S phase',
];
const QUALIFIERS = [
  'only when both pathways were active',
  'in a dose-dependent way (≥ 10 nM)',
  'within 30 minutes',
  'after six months of treatment',
  'in about one third of samples',
  'but not in ER-negative controls',
  'and the effect was lost when the kinase was silenced',
  '',
];
const TITLE_OPENINGS = [
  'Crosstalk between',
  'Signalling from',
  'Feedback between',
  'Coupling of',
  'Interplay of',
  'Dependence of',
  'Regulation of',
  'Activation of',
];
const TITLE_ENDINGS = [
  'in hormone-dependent breast cancer',
  'during acquired endocrine resistance',
  'in HER2-amplified tumours',
  'under combined blockade',
  'in a synthetic benchmark cohort',
  'and its clinical implications',
];

function weighted<T>(next: () => number, choices: [T, number][]): T {
  let roll = next();
  for (const [choice, weight] of choices) if ((roll -= weight) < 0) return choice;
  return choices[choices.length - 1][0];
}

const PATIENT_DESIGNS = new Set(['meta-analysis', 'clinical-trial', 'trial-analysis', 'prospective-cohort', 'retrospective-cohort', 'population-registry']);

/** One generated finding on a study, of a design that can weigh on the claim's type (a tenth are reviews, as context). */
function evidenceItem(next: () => number, type: ClaimType, reference: string, year: number, supporting = false): EvidenceItemInput {
  const design = !supporting && next() < 0.1 ? 'review' : pick(next, designsFor[type]);
  const stance = supporting ? 'supports' : design === 'review' ? 'context' : weighted(next, STANCE_WEIGHTS);
  return {
    reference,
    stance,
    ...(stance === 'contradicts' || stance === 'mixed'
      ? { reason: 'The synthetic statement predicts a change; this generated study saw none in part of its samples.' }
      : {}),
    design,
    ...(design === 'clinical-trial' ? { phase: pick(next, ['II', 'III'] as const), randomised: next() < 0.7 } : {}),
    ...(design === 'trial-analysis' ? { randomised: next() < 0.5 } : {}),
    ...(design === 'meta-analysis' ? { pooled: next() < 0.5 ? ('randomised' as const) : ('observational' as const) } : {}),
    era: year > 2013 ? 'later' : 'review',
    ...(design === 'review' ? {} : { model: pick(next, MODELS) }),
    ...(PATIENT_DESIGNS.has(design) ? { n: 20 + Math.floor(next() * 3000), effect: `HR 0.${50 + Math.floor(next() * 49)} (95% CI 0.4–0.9)` } : {}),
    finding: pick(next, FINDINGS),
  };
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)];
}

function pickSome<T>(next: () => number, items: readonly T[], min: number, max: number): T[] {
  const count = min + Math.floor(next() * (max - min + 1));
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, items.length)) chosen.add(pick(next, items));
  return [...chosen];
}

function yamlFile(data: object): string {
  return stringify(data, { lineWidth: 0 });
}

function frontmatter(data: object, body: string): string {
  return `---\n${yamlFile(data)}---\n${body}\n`;
}

/**
 * Writes a corpus of `claims` claims on top of the real vocabularies and review.
 * `base` is the validated real corpus; its review file, vocabularies and trials are reused, its claims and references are not.
 */
export function syntheticCorpus(base: Corpus, baseFiles: { review: string; pathways: string; drugs: string }, options: SyntheticOptions): SyntheticFile[] {
  if (!Number.isInteger(options.claims) || options.claims < 1) throw new Error(`--claims must be a positive whole number, not ${options.claims}`);
  const next = random(options.seed);
  const files: SyntheticFile[] = [
    { path: `reviews/${base.review.id}.md`, text: baseFiles.review },
    { path: 'vocab/pathways.yaml', text: baseFiles.pathways },
    { path: 'vocab/drugs.yaml', text: baseFiles.drugs },
  ];

  const referenceCount = Math.max(1, Math.round(options.claims * REFERENCES_PER_CLAIM));
  const keys = new Set<string>();
  const references: { key: string; data: ReferenceInput }[] = [];
  for (let i = 0; i < referenceCount; i++) {
    const [journal, short] = pick(next, JOURNALS);
    // A fifth of the studies date from after the review, so later evidence and statuses occur at scale too.
    const year = next() < 0.2 ? 2014 + Math.floor(next() * 12) : 1990 + Math.floor(next() * 24);
    const author: CslName[] = Array.from({ length: 1 + Math.floor(next() * 8) }, () => ({ family: pick(next, FAMILIES), given: pick(next, GIVEN) }));
    const [left, right] = pickSome(next, base.pathways, 2, 2);
    const title = `${pick(next, TITLE_OPENINGS)} ${left.label} and ${right.label} ${pick(next, TITLE_ENDINGS)}: synthetic study ${i + 1}`;
    const first = 1 + Math.floor(next() * 2000);
    const data: ReferenceInput = {
      type: 'article-journal',
      title,
      author,
      'container-title': journal,
      'container-title-short': short,
      issued: { 'date-parts': [[year]] },
      volume: String(1 + Math.floor(next() * 120)),
      issue: String(1 + Math.floor(next() * 12)),
      page: `${first}-${first + 4 + Math.floor(next() * 12)}`,
      DOI: `${SYNTHETIC_DOI_PREFIX}/synthetic.${options.seed}.${i + 1}`,
      verified: { against: 'publisher', date: '2026-11-30' },
      curation: { note: `Synthetic record written by gen:synthetic (seed ${options.seed}); not a real publication.` },
    };
    const key = citationKey(data, keys);
    keys.add(key);
    references.push({ key, data });
  }

  const referenceByKey = new Map(references.map((ref) => [ref.key, ref]));
  const trialRefs = new Map<string, string[]>();
  for (const trial of base.trials) trialRefs.set(trial.id, [pick(next, references).key]);
  for (const trial of base.trials) {
    const { id: _id, file: _file, claims: _claims, ...data } = trial;
    const [key] = trialRefs.get(trial.id)!;
    files.push({
      path: `trials/${trial.id}.yaml`,
      text: yamlFile({
        ...data,
        drugs: trial.drugs.map((d) => d.id),
        primary: { ...trial.primary, reference: key },
        analyses: trial.analyses.map((analysis) => ({ ...analysis, reference: key })),
        references: [key],
      }),
    });
  }
  for (const { key, data } of references) files.push({ path: `references/${key}.yaml`, text: yamlFile(data) });

  const claimIds = new Set<string>();
  for (let i = 0; i < options.claims; i++) {
    const pathways = pickSome(next, base.pathways, 1, 3);
    const drugs = pickSome(next, base.drugs, 0, 3);
    const trials = next() < 0.05 ? [pick(next, base.trials)] : [];
    // Every reference is cited at least once (validation rejects orphans); the rest are drawn at random.
    const cited = new Set([references[i % referenceCount], ...pickSome(next, references, 1, 4)]);
    for (const trial of trials) for (const key of trialRefs.get(trial.id)!) cited.add(referenceByKey.get(key)!);
    const type = pick(next, claimTypes);
    const studies = [...cited].map(({ key, data: ref }) => ({ key, year: ref.issued['date-parts'][0][0] }));
    const evidence = studies.map(({ key, year }) => evidenceItem(next, type, key, year));
    // Context alone does not weigh a claim: the first study then supports it.
    if (evidence.every((item) => item.stance === 'context')) evidence[0] = evidenceItem(next, type, studies[0].key, studies[0].year, true);
    const derived = statusSince(
      type,
      evidence.map((item) => ({ ...item, era: item.era ?? 'review' })),
    );
    const models = evidence.flatMap((item) => (item.model ? [item.model] : []));
    const subject = drugs.length > 0 ? drugs.map((d) => d.name).join(' plus ') : `signalling through ${pathways[0].label}`;
    const statement = [
      `In ${models[0] ?? 'breast cancer models'}, ${subject} ${pick(next, EFFECTS)} ${pick(next, OUTCOMES)}`,
      pathways.length > 1
        ? ` through ${pathways
            .slice(1)
            .map((p) => p.label)
            .join(' and ')}`
        : '',
      ` ${pick(next, QUALIFIERS)}`.trimEnd(),
      '.',
    ].join('');
    const data: ClaimInput = {
      statement: statement.slice(0, 299),
      title: `Synthetic claim ${i + 1}`,
      type,
      section: pick(next, base.review.sections).id,
      direction: pick(next, directions),
      pathways: pathways.map((p) => p.id),
      drugs: drugs.map((d) => d.id),
      trials: trials.map((t) => t.id),
      replaces: [],
      ...(derived.value === 'no-later-study'
        ? {}
        : { status: { note: 'A generated later study decides this synthetic claim; there is no real evidence behind it.' } }),
      evidence,
    };
    const id = claimId(`synthetic ${i + 1} ${statement}`, claimIds);
    claimIds.add(id);
    const paragraphs = Array.from({ length: 1 + Math.floor(next() * 3) }, () =>
      [
        `The synthetic study measured ${pick(next, OUTCOMES)} in ${pick(next, MODELS)}; ${pick(next, EFFECTS)} values were seen ${pick(next, QUALIFIERS) || 'throughout'}.`,
        `Blocking **${pick(next, base.pathways).label}** ${pick(next, EFFECTS)} ${pick(next, OUTCOMES)} (n = ${10 + Math.floor(next() * 400)}; P = 0.0${1 + Math.floor(next() * 9)}).`,
        `Limits: a generated record for benchmarks, with no real data behind it.`,
      ].join(' '),
    );
    files.push({ path: `claims/${id}.md`, text: frontmatter(data, paragraphs.join('\n\n')) });
  }
  return files;
}
