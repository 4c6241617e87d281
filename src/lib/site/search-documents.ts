import { toBibtex } from '../citations/bibtex';
import type { Corpus, Drug, Pathway } from '../content/corpus';
import { markdownText } from '../content/markdown';
import type { SearchData, SearchDoc } from '../search/documents';
import { foldGreek } from '../search/text';
import { directionLabels, drugClassLabel, evidenceLabels } from './labels';
import { siteRoutes } from './routes';

/**
 * Build-time search data: one document per claim, reference, drug, pathway and trial, with the synonyms users type
 * (brand names, development codes, gene aliases, trial acronyms) folded into the documents they should find.
 */

function withFolded(values: string[]): string[] {
  const all = new Set<string>();
  for (const value of values) {
    all.add(value);
    all.add(foldGreek(value));
  }
  return [...all];
}

export function buildSearchData(corpus: Corpus, base: string): SearchData {
  const docs: SearchDoc[] = [];
  const routes = siteRoutes(base);
  const pathwayNames = (p: Pathway) => [p.label, ...p.aliases];
  const drugNames = (d: Drug) => [d.name, ...d.brands, ...d.codes];

  for (const claim of corpus.claims) {
    const { drugs, trials, references: refs } = claim;
    docs.push({
      type: 'claim',
      id: claim.id,
      url: routes.claim(claim.id),
      title: claim.statement,
      names: withFolded([
        ...claim.pathways.flatMap(pathwayNames),
        ...claim.drugs.flatMap(drugNames),
        ...trials.flatMap((t) => [t.name, ...(t.registry ? [t.registry] : [])]),
        ...claim.models,
      ]),
      ...(trials.length > 0 ? { exact: trials.map((t) => t.id) } : {}),
      text: foldGreek(markdownText(claim.body)),
      detail: [
        evidenceLabels[claim.evidence],
        directionLabels[claim.direction],
        drugs.map((d) => d.name).join(', '),
        claim.pathways.map((p) => p.label).join(', '),
      ]
        .filter(Boolean)
        .join(' · '),
      section: claim.section.id,
      direction: claim.direction,
      evidence: claim.evidence,
      pathways: claim.pathways.map((p) => p.id),
      drugs: drugs.map((d) => d.id),
      classes: [...new Set(drugs.map((d) => d.class))],
      years: [...new Set(refs.map((r) => r.year))].sort(),
      references: refs.map((r) => r.id),
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
      detail: `${families[0]}${families.length > 1 ? ' et al.' : ''} ${ref.year} · ${ref['container-title-short'] ?? ref['container-title']}`,
      years: [ref.year],
      references: [ref.id],
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
      names: withFolded([trial.title, ...(trial.registry ? [trial.registry] : [])]),
      text: '',
      detail: `Phase ${trial.phase} · ${trial.setting}`,
    });
  }

  const usedClasses = [...new Set(corpus.namedDrugs.map((d) => d.class))];
  return {
    docs,
    facets: {
      section: corpus.review.sections.map((s) => ({ id: s.id, label: `${s.number}. ${s.title}` })),
      pathway: corpus.pathways.map((p) => ({ id: p.id, label: p.label })),
      drug: corpus.namedDrugs.map((d) => ({ id: d.id, label: d.name })),
      class: usedClasses.map((c) => ({ id: c, label: drugClassLabel(c) })),
      evidence: Object.entries(evidenceLabels).map(([id, label]) => ({ id, label })),
      direction: Object.entries(directionLabels).map(([id, label]) => ({ id, label })),
    },
  };
}

/** Every reference's BibTeX, prebuilt, so exporting a result set needs no citation library in the browser. */
export function bibtexByKey(corpus: Corpus): Record<string, string> {
  return Object.fromEntries(corpus.references.map((ref) => [ref.id, toBibtex([ref])]));
}
