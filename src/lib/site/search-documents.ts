import { toBibtex } from '../citations/bibtex';
import { toRis } from '../citations/ris';
import type { Claim, Corpus, Drug, Interaction, Pathway, Reference, Trial } from '../content/corpus';
import { markdownText } from '../content/markdown';
import type { SearchData, SearchDoc } from '../search/documents';
import { foldText } from '../text/fold';
import { interactionAnchor } from '../figures/diagram';
import { JOURNAL_ALIASES, searchLexicon } from './search-lexicon';
import { claimTypes, consensuses, designs, levels, stances, statuses, directions } from '../../schemas/common';
import {
  claimTypeLabels,
  consensusLabels,
  designLabels,
  directionLabels,
  drugClassLabel,
  interactionSummary,
  mechanismLabels,
  stanceLabels,
  statusLabels,
  wayLabels,
} from './labels';
import { firstAuthorShort } from './reference-display';
import { siteRoutes, type Routes } from './routes';
import { populationLabels, registries, settingLabels, trialDesign, trialYear } from './trial-view';

/**
 * Build-time search data: one document per claim, reference, drug, pathway and trial, with the synonyms users type
 * (brand names, development codes, gene aliases, trial acronyms) folded into the documents they should find. A claim
 * carries its evidence: the findings are its long text, and its facets include the stances and designs of its items.
 */

const distinct = <T>(values: T[]) => [...new Set(values)];

/** A study's citation fields: every author's family name, the journal in full, abbreviated and by its short names, the year. */
function citeFields(ref: Reference): string[] {
  const short = ref['container-title-short'];
  return [
    ...ref.author.map((a) => ('family' in a ? a.family : a.literal)),
    ref['container-title'],
    ...(short ? [short, ...(JOURNAL_ALIASES[short] ?? [])] : []),
    String(ref.year),
  ];
}

/**
 * A claim: its title, statement and section, the names of its nodes, drugs and trials (gene aliases and brand names
 * are not listed: the analysis reads them as the node's and the drug's own names), and its findings as long text.
 */
function claimDoc(claim: Claim, routes: Routes): SearchDoc {
  const { drugs, trials, references: refs, evidence } = claim;
  return {
    type: 'claim',
    id: claim.id,
    url: routes.claim(claim.id),
    title: claim.title,
    summary: claim.statement,
    // The section title names the claim's topic in the review's words ("resistance to endocrine therapy").
    names: [
      ...claim.pathways.map((p) => p.label),
      ...drugs.map((d) => d.name),
      ...trials.flatMap((t) => [t.name, ...registries(t)]),
      claim.section.title,
      claimTypeLabels[claim.type],
    ],
    ...(trials.length > 0 ? { exact: trials.map((t) => t.id) } : {}),
    // Models and populations are long descriptions: they count as text, not as names.
    text: [
      claim.text ?? markdownText(claim.body),
      claim.status.note ?? '',
      ...evidence.flatMap((item) => [item.finding, item.reason ?? '', item.model ?? '']),
    ].join(' '),
    detail: [`Section ${claim.section.number}: ${claim.section.title}`, directionLabels[claim.direction]].join(' · '),
    facets: {
      type: [claim.type],
      section: [claim.section.id],
      pathway: claim.pathways.map((p) => p.id),
      drug: drugs.map((d) => d.id),
      class: distinct(drugs.map((d) => d.class)),
      direction: [claim.direction],
      design: distinct(evidence.map((item) => item.design)),
      stance: distinct(evidence.map((item) => item.stance)),
      level: [claim.level],
      consensus: [claim.consensus.value],
      status: [claim.status.value],
    },
    years: distinct(refs.map((r) => r.year)).sort((a, b) => a - b),
    references: refs.map((r) => r.id),
    level: claim.level,
    consensus: claim.consensus.value,
    status: claim.status.value,
    studies: claim.consensus.studies,
    claimType: claim.type,
    items: evidence.map((item) => ({ reference: item.reference.id, stance: item.stance, design: item.design, era: item.era, year: item.reference.year })),
  };
}

/** A study: found by its title, its citation fields and its identifiers; its findings are its long text. */
function referenceDoc(ref: Reference, routes: Routes): SearchDoc {
  const first = ref.author[0];
  return {
    type: 'reference',
    id: ref.id,
    url: routes.reference(ref.id),
    title: ref.title,
    names: [],
    cite: citeFields(ref),
    exact: [...(ref.DOI ? [ref.DOI] : []), ...(ref.PMID ? [ref.PMID] : []), ...(ref.PMCID ? [ref.PMCID] : [])],
    text: ref.items.map((item) => item.finding).join(' '),
    detail: `${firstAuthorShort(ref.author)} ${ref.year} · ${ref['container-title-short'] ?? ref['container-title']}`,
    years: [ref.year],
    references: [ref.id],
    primary: ref.items.some((item) => item.design !== 'review'),
    firstAuthor: foldText('family' in first ? first.family : first.literal).replace(/[^\p{L}\p{N}]/gu, ''),
    ...(ref.retracted ? { retracted: true } : {}),
    ...(ref.DOI ? { doi: ref.DOI } : {}),
    ...(ref.PMID ? { pmid: ref.PMID } : {}),
  };
}

function drugDoc(drug: Drug, routes: Routes): SearchDoc {
  return {
    type: 'drug',
    id: drug.id,
    url: routes.drug(drug.id),
    title: drug.name,
    names: [...drug.brands, ...drug.codes, drugClassLabel(drug.class)],
    exact: drug.codes,
    text: drug.description,
    detail: `${drugClassLabel(drug.class)}${drug.brands.length ? ` · ${drug.brands.join(', ')}` : ''}`,
  };
}

function pathwayDoc(pathway: Pathway, routes: Routes): SearchDoc {
  return {
    type: 'pathway',
    id: pathway.id,
    url: routes.pathway(pathway.id),
    title: pathway.label,
    names: pathway.aliases,
    text: pathway.description,
    detail: pathway.aliases.slice(0, 6).join(', '),
  };
}

function trialDoc(trial: Trial, routes: Routes): SearchDoc {
  return {
    type: 'trial',
    id: trial.id,
    url: routes.trial(trial.id),
    title: trial.name,
    summary: trial.title,
    names: [...registries(trial), ...trial.drugs.map((d) => d.name), populationLabels[trial.population], settingLabels[trial.setting]],
    exact: registries(trial),
    text: [trial.patients, ...trial.arms, trial.primary.endpoint, trial.primary.result, ...trial.analyses.map((a) => `${a.label} ${a.result}`)].join(' '),
    detail: `${trialDesign(trial)} · ${populationLabels[trial.population]} · ${settingLabels[trial.setting]}`,
    years: [trialYear(trial)],
  };
}

/** An interaction: found by both nodes' names and aliases, its mechanism and site; its claims are its long text. */
function interactionDoc(interaction: Interaction, routes: Routes): SearchDoc {
  const pathwayNames = (p: Pathway) => [p.label, ...p.aliases];
  return {
    type: 'interaction',
    id: interaction.id,
    url: `${routes.pathways()}#${interactionAnchor(interaction.id)}`,
    title: interaction.label,
    summary: interaction.description,
    names: [
      ...pathwayNames(interaction.source),
      ...pathwayNames(interaction.target),
      mechanismLabels[interaction.mechanism],
      ...(interaction.site ? [interaction.site] : []),
    ],
    text: interaction.claims.map((claim) => `${claim.title} ${claim.statement}`).join(' '),
    detail: `${wayLabels[interaction.way]} · ${interactionSummary(interaction)}`,
  };
}

/** Every facet's values with their labels, in the order the filters list them. */
function facetOptions(corpus: Corpus): SearchData['facets'] {
  const option =
    <T extends string>(labels: Record<T, string>) =>
    (id: T) => ({ id, label: labels[id] });
  return {
    type: claimTypes.map(option(claimTypeLabels)),
    section: corpus.review.sections.map((s) => ({ id: s.id, label: `${s.number}. ${s.title}` })),
    pathway: corpus.pathways.map((p) => ({ id: p.id, label: p.label })),
    drug: corpus.namedDrugs.map((d) => ({ id: d.id, label: d.name })),
    class: distinct(corpus.namedDrugs.map((d) => d.class)).map((c) => ({ id: c, label: drugClassLabel(c) })),
    direction: directions.map(option(directionLabels)),
    design: designs.map(option(designLabels)),
    stance: stances.map(option(stanceLabels)),
    level: levels.map((level) => ({ id: level, label: `Level ${level}` })),
    consensus: consensuses.map(option(consensusLabels)),
    status: statuses.map(option(statusLabels)),
  };
}

export function buildSearchData(corpus: Corpus, base: string): SearchData {
  const routes = siteRoutes(base);
  const docs: SearchDoc[] = [
    ...corpus.claims.map((claim) => claimDoc(claim, routes)),
    ...corpus.references.map((ref) => referenceDoc(ref, routes)),
    ...corpus.drugs.map((drug) => drugDoc(drug, routes)),
    ...corpus.pathways.map((pathway) => pathwayDoc(pathway, routes)),
    ...corpus.trials.map((trial) => trialDoc(trial, routes)),
    ...corpus.interactions.map((interaction) => interactionDoc(interaction, routes)),
  ];
  return { docs, lexicon: searchLexicon(corpus), facets: facetOptions(corpus) };
}

/** Every reference's BibTeX, prebuilt, so exporting a result set or a reading list needs no citation library in the browser. */
export function bibtexByKey(corpus: Corpus): Record<string, string> {
  return Object.fromEntries(corpus.references.map((ref) => [ref.id, toBibtex([ref])]));
}

/** Every reference's RIS record, prebuilt, for reading-list exports. */
export function risByKey(corpus: Corpus): Record<string, string> {
  return Object.fromEntries(corpus.references.map((ref) => [ref.id, toRis([ref])]));
}
