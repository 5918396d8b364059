/**
 * Facet filtering and live counts in one pass over the text matches.
 *
 * Counts follow the usual faceted-search rule: the count beside a value is how many results
 * there would be if that value were also chosen. For an OR facet that means counting with
 * every *other* facet's selection applied (so choosing 水 does not zero 木); for an AND facet
 * (features) with every selection applied. Every value of every facet gets a count, 0 included,
 * so the UI can keep zero-result values visible.
 */
import type { IndexedFacet, SearchIndex } from './build-search-index';

/** Facet name → chosen values. Unknown facet names and values select nothing and are ignored. */
export type FacetSelection = Record<string, readonly string[]>;

export interface FacetResult {
  /** The input documents that pass every facet, in input order. */
  docs: Int32Array;
  /** Facet name → value → count. */
  counts: Record<string, Record<string, number>>;
}

/** Filters `docs` (document numbers, e.g. text matches best first) by `selection` and counts facet values. */
export function facetCounts(index: SearchIndex, docs: Int32Array, selection: FacetSelection): FacetResult {
  const facets = index.facets;
  const masks = facets.map((f) => selectionMask(f, selection[f.name] ?? []));
  const selectedCounts = masks.map((m) => (m ? m.reduce((s, x) => s + x, 0) : 0));
  const tallies = facets.map((f) => new Uint32Array(f.values.length));
  const passing = new Int32Array(docs.length);
  let kept = 0;

  // Only the facets with a selection can fail a document.
  const active = facets.map((_, f) => f).filter((f) => masks[f]);
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i]!;
    let failed = -1;
    let failures = 0;
    for (const f of active) {
      if (!passes(facets[f]!, masks[f]!, selectedCounts[f]!, d)) {
        failures++;
        failed = f;
        if (failures > 1) break;
      }
    }
    if (failures === 0) {
      passing[kept++] = d;
      for (let f = 0; f < facets.length; f++) tally(facets[f]!, tallies[f]!, d);
    } else if (failures === 1 && facets[failed]!.mode === 'or') {
      // Fails only this OR facet: it would pass if one of its values were added to the selection.
      tally(facets[failed]!, tallies[failed]!, d);
    }
  }

  const counts: Record<string, Record<string, number>> = {};
  facets.forEach((f, fi) => {
    const c: Record<string, number> = {};
    f.values.forEach((v, vi) => (c[v] = tallies[fi]![vi]!));
    counts[f.name] = c;
  });
  return { docs: passing.slice(0, kept), counts };
}

function selectionMask(facet: IndexedFacet, chosen: readonly string[]): Uint8Array | null {
  if (chosen.length === 0) return null;
  const mask = new Uint8Array(facet.values.length);
  let any = false;
  for (const v of chosen) {
    const i = facet.values.indexOf(v);
    if (i >= 0) {
      mask[i] = 1;
      any = true;
    }
  }
  return any ? mask : null;
}

function passes(facet: IndexedFacet, mask: Uint8Array, selected: number, d: number): boolean {
  let hits = 0;
  for (let k = facet.offsets[d]!; k < facet.offsets[d + 1]!; k++) {
    if (mask[facet.docValues[k]!]) {
      if (facet.mode === 'or') return true;
      hits++;
    }
  }
  return facet.mode === 'and' && hits === selected;
}

function tally(facet: IndexedFacet, counts: Uint32Array, d: number): void {
  for (let k = facet.offsets[d]!; k < facet.offsets[d + 1]!; k++) counts[facet.docValues[k]!]!++;
}
