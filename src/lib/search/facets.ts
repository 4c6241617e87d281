import type { IndexFacets } from './index-format';
import { facetKeys, type FacetKey, type SearchState } from './url-state';

/**
 * Facet filtering and counting over flat arrays: every facet value and year has a slot in one counter; each
 * document's slots are a run of one flat array (from start[i] to start[i + 1]), with, in parallel, the facet each slot
 * belongs to (facetKeys order, then the year as the last facet). Flat arrays, because a broad query counts some
 * 200,000 slots per keystroke at 10,000 claims.
 */

/** The publication-year range counts as one more facet, after facetKeys. */
const YEAR_FACET = facetKeys.length;
const facetNumber = new Map<FacetKey | 'year', number>([...facetKeys.map((key, f) => [key, f] as const), ['year', YEAR_FACET]]);

export interface FacetCounts {
  counts: Record<FacetKey, Record<string, number>>;
  years: Record<number, number>;
}

export class FacetIndex {
  private readonly slots: IndexFacets['slots'];
  private readonly start: Int32Array;
  private readonly slotOf: Int32Array;
  private readonly facetOf: Uint8Array;
  private readonly counter: Int32Array;

  constructor(data: IndexFacets) {
    this.slots = data.slots;
    const facetOfSlot = Uint8Array.from(data.slots, ([key]) => facetNumber.get(key)!);
    this.start = new Int32Array(data.docs.length + 1);
    data.docs.forEach((slots, i) => (this.start[i + 1] = this.start[i] + slots.length));
    this.slotOf = new Int32Array(this.start[data.docs.length]);
    data.docs.forEach((slots, i) => this.slotOf.set(slots, this.start[i]));
    this.facetOf = Uint8Array.from(this.slotOf, (slot) => facetOfSlot[slot]);
    this.counter = new Int32Array(data.slots.length);
  }

  /** The facet a document fails for a state: none (-1), exactly one (its number) or more than one (-2). */
  failingFacet(index: number, state: SearchState): number {
    const { slots, start, slotOf, facetOf } = this;
    const first = start[index];
    const end = start[index + 1];
    let failing = -1;
    const fail = (f: number) => (failing = failing === -1 ? f : -2);
    for (let f = 0; f < facetKeys.length && failing !== -2; f++) {
      const wanted = state.filters[facetKeys[f]];
      if (wanted.length === 0) continue;
      let has = false;
      for (let k = first; k < end && !has; k++) has = facetOf[k] === f && wanted.includes(slots[slotOf[k]][1]);
      if (!has) fail(f);
    }
    if (failing !== -2 && (state.from !== undefined || state.to !== undefined)) {
      const from = state.from ?? -Infinity;
      const to = state.to ?? Infinity;
      let has = false;
      for (let k = first; k < end && !has; k++) {
        if (facetOf[k] !== YEAR_FACET) continue;
        const year = Number(slots[slotOf[k]][1]);
        has = year >= from && year <= to;
      }
      if (!has) fail(YEAR_FACET);
    }
    return failing;
  }

  /**
   * Claims per facet value among the candidates. A facet's counts ignore that facet's own selection (OR within a
   * facet) but honour all the others (AND across facets): a claim failing exactly one facet counts only for that one.
   */
  count(candidates: Iterable<number>, isClaim: (index: number) => boolean, state: SearchState, filtered: boolean): FacetCounts {
    const { counter, start, slotOf, facetOf, slots } = this;
    for (const index of candidates) {
      if (!isClaim(index)) continue;
      const failing = filtered ? this.failingFacet(index, state) : -1;
      if (failing === -2) continue;
      const end = start[index + 1];
      if (failing < 0) for (let k = start[index]; k < end; k++) counter[slotOf[k]]++;
      else for (let k = start[index]; k < end; k++) if (facetOf[k] === failing) counter[slotOf[k]]++;
    }
    const counts = Object.fromEntries(facetKeys.map((key) => [key, {} as Record<string, number>])) as Record<FacetKey, Record<string, number>>;
    const years: Record<number, number> = {};
    slots.forEach(([key, value], slot) => {
      if (counter[slot] === 0) return;
      if (key === 'year') years[Number(value)] = counter[slot];
      else counts[key][value] = counter[slot];
      counter[slot] = 0;
    });
    return { counts, years };
  }
}
