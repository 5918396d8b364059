/**
 * The whole directory search for one keystroke or facet click: text match, facet filter and
 * live counts, then the chosen order. Pure and synchronous; the same code serves the
 * directory page, the CLI and the benchmark.
 */
import { greatCircleM } from '../domain/great-circle-m';
import type { LngLat } from '../domain/types';
import type { SearchIndex } from './build-search-index';
import { bitWords } from './build-search-index';
import { facetBits, type FacetSelection } from './facet-counts';
import { exactScore, matchSet, MAX_TERM_SCORE, rankByScore, type MatchOptions } from './match-text';

export const SEARCH_SORTS = ['relevance', 'name', 'distance'] as const;
/** relevance: best match first (reading order when the query is empty); name: reading order; distance: nearest first. */
export type SearchSort = (typeof SEARCH_SORTS)[number];

/**
 * Older walkers cannot go as the crow flies; a street network is typically 20–40 % longer
 * than the straight line. Distances shown are straight line × this factor, an estimate.
 */
export const WALK_DETOUR_FACTOR = 1.3;

export interface SearchRequest {
  query: string;
  facets?: FacetSelection;
  sort?: SearchSort;
  /** Origin for `distance` sort and `walkM` (e.g. the client's town point). */
  origin?: LngLat | null;
  /** Keep at most this many hits (counts and `total` still cover all). Default: all. */
  limit?: number;
  match?: MatchOptions;
}

export interface SearchHit {
  index: number;
  id: string;
  name: string;
  /** Higher is better; 0 for an empty query. */
  score: number;
  /** False when it matched only through typo tolerance. */
  exact: boolean;
  /** Estimated walking distance from the origin in metres; null without origin or location. */
  walkM: number | null;
}

export interface SearchResponse {
  hits: SearchHit[];
  /** Matches after facets, before `limit`. */
  total: number;
  counts: Record<string, Record<string, number>>;
  terms: string[];
}

/**
 * Runs text match, facets and sort; see {@link SearchRequest}.
 *
 * Per keystroke at 100,000 documents the work is kept to typed arrays: the match set becomes a
 * bitset, facets filter and count by AND + popcount over per-value bitsets, and only documents
 * that pass the facets are scored; with a `limit`, only the first page is put in order.
 */
export function searchResources(index: SearchIndex, request: SearchRequest): SearchResponse {
  const n = index.ids.length;
  const { exact, fuzzy, terms } = matchSet(index, request.query, request.match);
  const match = new Uint32Array(bitWords(n));
  for (let i = 0; i < exact.length; i++) match[exact[i]! >>> 5]! |= 1 << (exact[i]! & 31);
  for (const [d] of fuzzy) match[d >>> 5]! |= 1 << (d & 31);
  const { pass, counts } = facetBits(index, match, request.facets ?? {});
  const passes = (d: number): boolean => ((pass[d >>> 5]! >>> (d & 31)) & 1) === 1;

  // Exact matches that pass the facets, ascending.
  const kept = new Uint32Array(exact.length);
  let keptCount = 0;
  for (let i = 0; i < exact.length; i++) if (passes(exact[i]!)) kept[keptCount++] = exact[i]!;
  const keptExact = kept.subarray(0, keptCount);
  const keptFuzzy = fuzzy.filter(([d]) => passes(d));
  const total = keptCount + keptFuzzy.length;
  const limit = request.limit === undefined ? total : Math.max(0, Math.min(request.limit, total));

  const origin = request.origin ?? null;
  const walk = (d: number): number | null => {
    const lng = index.lngLat[d * 2]!;
    const lat = index.lngLat[d * 2 + 1]!;
    if (!origin || Number.isNaN(lng)) return null;
    return Math.round(greatCircleM(origin[0], origin[1], lng, lat) * WALK_DETOUR_FACTOR);
  };

  const sort = request.sort ?? 'relevance';
  let ordered: Int32Array;
  if ((sort === 'relevance' || (sort === 'distance' && !origin)) && terms.length > 0) {
    // Exact matches first by score then reading order, then typo matches in fuse.js order.
    const scoreOf = new Uint16Array(n);
    for (let i = 0; i < keptCount; i++)
      scoreOf[keptExact[i]!] = exactScore(index, keptExact[i]!, terms) + 1;
    ordered = new Int32Array(limit);
    const k = rankByScore(
      index,
      scoreOf,
      limit,
      ordered,
      terms.length * MAX_TERM_SCORE,
      keptCount * 8 < n ? keptExact : null,
    );
    for (let i = k; i < limit; i++) ordered[i] = keptFuzzy[i - k]![0];
  } else if (sort === 'distance' && origin) {
    const all = [...keptExact, ...keptFuzzy.map(([d]) => d)];
    const dist = new Float64Array(n);
    for (const d of all) dist[d] = walk(d) ?? Number.POSITIVE_INFINITY;
    all.sort((a, b) => dist[a]! - dist[b]! || index.rank[a]! - index.rank[b]!);
    ordered = Int32Array.from(all.slice(0, limit));
  } else {
    // Reading order: the 'name' sort, and the relevance order of an empty query (no typo matches then).
    ordered = new Int32Array(limit);
    for (let r = 0, k = 0; r < n && k < limit; r++) {
      const d = index.byRank[r]!;
      if (passes(d)) ordered[k++] = d;
    }
  }

  const fuzzyScore = new Map(keptFuzzy);
  const hits: SearchHit[] = Array.from(ordered, (d) => ({
    index: d,
    id: index.ids[d]!,
    name: index.names[d]!,
    score: terms.length === 0 ? 0 : (fuzzyScore.get(d) ?? 1000 + exactScore(index, d, terms)),
    exact: !fuzzyScore.has(d),
    walkM: walk(d),
  }));
  return { hits, total, counts, terms };
}
