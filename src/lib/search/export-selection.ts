import type { EncodedItem, ExportItem, ResultType } from './documents';
import type { SearchState } from './url-state';

/**
 * Exports that follow the filters. A claim matches a stance, design or year filter when ANY of its evidence items
 * does (that is how the facets count), but an export of the results must hold only the studies whose items match:
 * with "Contradicts" and "from 2014" set, the supporting studies of 2003–2012 behind the same claims stay out.
 *
 * For that the index carries, per claim, one ExportItem per evidence item (DocDisplay.items, encoded as EncodedItem;
 * both are declared in documents.ts). A study found as itself (a reference result) is exported whole: the engine has
 * already checked its year, and stance or design filters leave no study results.
 */

export function encodeItems(references: readonly string[], items: readonly ExportItem[]): EncodedItem[] {
  return items.map((item) => [references.indexOf(item.reference), item.stance, item.design, item.era, item.year]);
}

export function decodeItems(references: readonly string[], encoded: readonly EncodedItem[]): ExportItem[] {
  return encoded.map(([reference, stance, design, era, year]) => ({ reference: references[reference], stance, design, era, year }));
}

/** The filters of a search state that pick evidence items, not only claims. */
export interface ItemFilter {
  stance: string[];
  design: string[];
  /** An `era` facet, should the search state gain one (review | later); empty otherwise. */
  era: string[];
  from?: number;
  to?: number;
}

/** The study-level filters of a state, or undefined when it has none (then an export holds every study behind the results). */
export function itemFilterOf(state: SearchState): ItemFilter | undefined {
  const filters = state.filters as Partial<Record<string, string[]>>;
  const filter: ItemFilter = { stance: filters.stance ?? [], design: filters.design ?? [], era: filters.era ?? [], from: state.from, to: state.to };
  const active = filter.stance.length > 0 || filter.design.length > 0 || filter.era.length > 0 || filter.from !== undefined || filter.to !== undefined;
  return active ? filter : undefined;
}

function itemMatches(item: ExportItem, filter: ItemFilter): boolean {
  return (
    (filter.stance.length === 0 || filter.stance.includes(item.stance)) &&
    (filter.design.length === 0 || filter.design.includes(item.design)) &&
    (filter.era.length === 0 || filter.era.includes(item.era)) &&
    (filter.from === undefined || item.year >= filter.from) &&
    (filter.to === undefined || item.year <= filter.to)
  );
}

/** A result as an export reads it: a claim's studies and items, or a study itself. */
export interface ExportDoc {
  type: ResultType;
  id: string;
  /** A claim's studies by key. */
  references?: readonly string[];
  /** A claim's evidence items; without them (an index that does not carry them) every study of the claim is exported. */
  items?: readonly ExportItem[];
}

/** A result card (DocDisplay) as an export reads it. */
export function exportDoc(type: ResultType, card: { id: string; references?: readonly string[]; items?: readonly EncodedItem[] }): ExportDoc {
  return { type, id: card.id, references: card.references, ...(card.items ? { items: decodeItems(card.references ?? [], card.items) } : {}) };
}

/**
 * The citation keys an export of these results holds, each once, in rank order: every study behind them, or, with
 * study-level filters, only the studies with a matching item on a claim among the results (and studies found as
 * themselves).
 */
export function exportKeys(docs: Iterable<ExportDoc>, state: SearchState): string[] {
  const filter = itemFilterOf(state);
  const keys = new Set<string>();
  for (const doc of docs) {
    if (doc.type === 'reference') keys.add(doc.id);
    else if (filter && doc.items) {
      for (const item of doc.items) if (itemMatches(item, filter)) keys.add(item.reference);
    } else for (const key of doc.references ?? []) keys.add(key);
  }
  return [...keys];
}
