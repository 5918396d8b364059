/**
 * Facet filtering and live counts in one pass over the text matches.
 *
 * Counts follow the usual faceted-search rule: the count beside a value is how many results
 * there would be if that value were also chosen. For an OR facet that means counting with
 * every *other* facet's selection applied (so choosing 水 does not zero 木); for an AND facet
 * (features) with every selection applied. Every value of every facet gets a count, 0 included,
 * so the UI can keep zero-result values visible.
 */
import { bitWords, type IndexedFacet, type SearchIndex } from './build-search-index';

/** Facet name → chosen values. Unknown facet names and values select nothing and are ignored. */
export type FacetSelection = Record<string, readonly string[]>;

export interface FacetResult {
  /** The input documents that pass every facet, in input order. */
  docs: Int32Array;
  /** Facet name → value → count. */
  counts: Record<string, Record<string, number>>;
}

/** Filters `docs` (document numbers, e.g. text matches best first) by `selection` and counts facet values. */
export function facetCounts(
  index: SearchIndex,
  docs: Int32Array | Uint32Array,
  selection: FacetSelection,
): FacetResult {
  const match = new Uint32Array(bitWords(index.ids.length));
  for (let i = 0; i < docs.length; i++) match[docs[i]! >>> 5]! |= 1 << (docs[i]! & 31);
  const { pass, counts } = facetBits(index, match, selection);
  const passing = new Int32Array(docs.length);
  let kept = 0;
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i]!;
    if ((pass[d >>> 5]! >>> (d & 31)) & 1) passing[kept++] = d;
  }
  return { docs: passing.slice(0, kept), counts };
}

/**
 * The bitset form of {@link facetCounts}: `match` has bit d set for each text match
 * (`bitWords(n)` words); returns the matches passing every facet as a new bitset, and the counts.
 * Work is words × (facet values + selected values): no per-document loop.
 */
export function facetBits(
  index: SearchIndex,
  match: Uint32Array,
  selection: FacetSelection,
): { pass: Uint32Array; counts: FacetResult['counts'] } {
  const facets = index.facets;
  const words = match.length;
  // Per facet with a selection: the documents it lets through.
  const through = facets.map((f) => selectionBits(f, selection[f.name] ?? [], words));
  const pass = match.slice();
  for (const t of through) if (t) for (let w = 0; w < words; w++) pass[w]! &= t[w]!;

  const counts: Record<string, Record<string, number>> = {};
  const base = new Uint32Array(words);
  facets.forEach((f, fi) => {
    // OR facet: count as if its own selection were lifted (every other facet still applies).
    // AND facet, or no selection: count within the passing set.
    let b = pass;
    if (f.mode === 'or' && through[fi]) {
      base.set(match);
      through.forEach((t, ti) => {
        if (t && ti !== fi) for (let w = 0; w < words; w++) base[w]! &= t[w]!;
      });
      b = base;
    }
    const c: Record<string, number> = {};
    f.values.forEach((v, vi) => {
      let n = 0;
      const off = vi * words;
      for (let w = 0; w < words; w++) {
        const x = b[w]! & f.bits[off + w]!;
        if (x !== 0) n += popcount(x);
      }
      c[v] = n;
    });
    counts[f.name] = c;
  });
  return { pass, counts };
}

/** Documents a facet's selection lets through, or null when nothing known is selected. */
function selectionBits(
  facet: IndexedFacet,
  chosen: readonly string[],
  words: number,
): Uint32Array | null {
  const picked = [...new Set(chosen.map((v) => facet.values.indexOf(v)).filter((i) => i >= 0))];
  if (picked.length === 0) return null;
  const out = facet.bits.slice(picked[0]! * words, (picked[0]! + 1) * words);
  for (let k = 1; k < picked.length; k++) {
    const off = picked[k]! * words;
    if (facet.mode === 'or') for (let w = 0; w < words; w++) out[w]! |= facet.bits[off + w]!;
    else for (let w = 0; w < words; w++) out[w]! &= facet.bits[off + w]!;
  }
  return out;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
