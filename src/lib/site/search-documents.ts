import { toBibtex } from '../citations/bibtex';
import { toRis } from '../citations/ris';
import type { Corpus, Drug, Pathway } from '../content/corpus';
import { markdownText } from '../content/markdown';
import type { SearchData, SearchDoc } from '../search/documents';
import { foldGreek } from '../search/text';
import { claimTypes, consensuses, designs, levels, stances, statuses, directions } from '../../schemas/common';
import {
  claimTypeLabels,
  consensusLabels,
  designLabels,
  directionLabels,
  drugClassLabel,
  stanceLabels,
  statusLabels,
} from './labels';
import { firstAuthorShort } from './reference-display';
import { siteRoutes } from './routes';
import { populationLabels, registries, settingLabels, trialDesign } from './trial-view';

/**
 * Build-time search data: one document per claim, reference, drug, pathway and trial, with the synonyms users type
 * (brand names, development codes, gene aliases, trial acronyms) folded into the documents they should find. A claim
 * carries its evidence: the findings are its long text, and its facets include the stances and designs of its items.
 */

function withFolded(values: string[]): string[] {
  const all = new Set<string>();
  for (const value of values) {
    all.add(value);
    all.add(foldGreek(value));
  }
  return [...all];
}

const distinct = <T,>(values: T[]) => [...new Set(values)];

export function buildSearchData(corpus: Corpus, base: string): SearchData {
  const docs: SearchDoc[] = [];
  const routes = siteRoutes(base);
  const pathwayNames = (p: Pathway) => [p.label, ...p.aliases];
  const drugNames = (d: Drug) => [d.name, ...d.brands, ...d.codes];

  for (const claim of corpus.claims) {
    const { drugs, trials, references: refs, evidence } = claim;
    docs.push({
      type: 'claim',
      id: claim.id,
      url: routes.claim(claim.id),
      title: claim.statement,
      cardTitle: claim.title,
      summary: claim.statement,
      claimType: claim.type,
      // The section title names the claim's topic in the review's words ("resistance to endocrine therapy").
      names: withFolded([
        claim.section.title,
        ...claim.pathways.flatMap(pathwayNames),
        ...drugs.flatMap(drugNames),
        ...trials.flatMap((t) => [t.name, ...registries(t)]),
        ...evidence.flatMap((item) => (item.model ? [item.model] : [])),
      ]),
      ...(trials.length > 0 ? { exact: trials.map((t) => t.id) } : {}),
      text: foldGreek([claim.text ?? markdownText(claim.body), ...evidence.map((item) => item.finding)].join(' ')),
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
      items: evidence.map((item) => ({ reference: item.reference.id, stance: item.stance, design: item.design, era: item.era, year: item.reference.year })),
      level: claim.level,
      consensus: claim.consensus.value,
      status: claim.status.value,
      studies: refs.length,
    });
  }

  for (const ref of corpus.references) {
    const families = ref.author.map((a) => ('family' in a ? a.family : a.literal));
    docs.push({
      type: 'reference',
      id: ref.id,
      url: routes.reference(ref.id),
      title: ref.title,
      names: withFolded([...families, ref['container-title'], ...(ref['container-title-short'] ? [ref['container-title-short']] : []), String(ref.year)]),
      exact: [...(ref.DOI ? [ref.DOI] : []), ...(ref.PMID ? [ref.PMID] : [])],
      text: '',
      detail: `${firstAuthorShort(ref.author)} ${ref.year} · ${ref['container-title-short'] ?? ref['container-title']}`,
      years: [ref.year],
      references: [ref.id],
      primary: ref.items.some((item) => item.design !== 'review'),
      ...(ref.retracted ? { retracted: true } : {}),
      ...(ref.DOI ? { doi: ref.DOI } : {}),
      ...(ref.PMID ? { pmid: ref.PMID } : {}),
    });
  }

  for (const drug of corpus.drugs) {
    docs.push({
      type: 'drug',
      id: drug.id,
      url: routes.drug(drug.id),
      title: drug.name,
      names: withFolded([...drug.brands, ...drug.codes, drugClassLabel(drug.class)]),
      text: '',
      detail: `${drugClassLabel(drug.class)}${drug.brands.length ? ` · ${drug.brands.join(', ')}` : ''}`,
    });
  }

  for (const pathway of corpus.pathways) {
    docs.push({
      type: 'pathway',
      id: pathway.id,
      url: routes.pathway(pathway.id),
      title: pathway.label,
      names: withFolded(pathway.aliases),
      text: '',
      detail: pathway.aliases.slice(0, 6).join(', '),
    });
  }

  for (const trial of corpus.trials) {
    docs.push({
      type: 'trial',
      id: trial.id,
      url: routes.trial(trial.id),
      title: trial.name,
      names: withFolded([trial.title, ...registries(trial)]),
      text: '',
      detail: `${trialDesign(trial)} · ${populationLabels[trial.population]} · ${settingLabels[trial.setting]}`,
    });
  }

  const option = <T extends string>(labels: Record<T, string>) => (id: T) => ({ id, label: labels[id] });
  return {
    docs,
    facets: {
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
    },
  };
}

/** Every reference's BibTeX, prebuilt, so exporting a result set or a reading list needs no citation library in the browser. */
export function bibtexByKey(corpus: Corpus): Record<string, string> {
  return Object.fromEntries(corpus.references.map((ref) => [ref.id, toBibtex([ref])]));
}

/** Every reference's RIS record, prebuilt, for reading-list exports. */
export function risByKey(corpus: Corpus): Record<string, string> {
  return Object.fromEntries(corpus.references.map((ref) => [ref.id, toRis([ref])]));
}
