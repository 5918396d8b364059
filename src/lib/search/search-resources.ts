/**
 * The whole directory search for one keystroke or facet click: text match, facet filter and
 * live counts, then the chosen order. Pure and synchronous; the same code serves the
 * directory page, the CLI and the benchmark.
 */
import type { LngLat } from '../domain/types';
import type { SearchIndex } from './build-search-index';
import { facetCounts, type FacetSelection } from './facet-counts';
import { matchText, type MatchOptions } from './match-text';

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

/** Runs text match, facets and sort; see {@link SearchRequest}. */
export function searchResources(index: SearchIndex, request: SearchRequest): SearchResponse {
  const text = matchText(index, request.query, request.match);
  // Per-document lookups as typed arrays: cheaper than Maps at 100,000 documents per keystroke.
  const scoreOf = new Float64Array(index.ids.length);
  const exactOf = new Uint8Array(index.ids.length);
  for (let i = 0; i < text.docs.length; i++) {
    scoreOf[text.docs[i]!] = text.scores[i]!;
    if (i < text.exactCount) exactOf[text.docs[i]!] = 1;
  }
  const { docs, counts } = facetCounts(index, text.docs, request.facets ?? {});

  const origin = request.origin ?? null;
  const walk = (d: number): number | null => {
    const lng = index.lngLat[d * 2]!;
    const lat = index.lngLat[d * 2 + 1]!;
    if (!origin || Number.isNaN(lng)) return null;
    return Math.round(straightLineM(origin, [lng, lat]) * WALK_DETOUR_FACTOR);
  };

  let ordered = Array.from(docs);
  const sort = request.sort ?? 'relevance';
  if (sort === 'name') {
    ordered.sort((a, b) => index.rank[a]! - index.rank[b]!);
  } else if (sort === 'distance' && origin) {
    const dist = new Float64Array(index.ids.length);
    for (const d of ordered) dist[d] = walk(d) ?? Number.POSITIVE_INFINITY;
    ordered.sort((a, b) => dist[a]! - dist[b]! || index.rank[a]! - index.rank[b]!);
  }
  const total = ordered.length;
  if (request.limit !== undefined) ordered = ordered.slice(0, Math.max(0, request.limit));
  const hits = ordered.map((d) => ({
    index: d,
    id: index.ids[d]!,
    name: index.names[d]!,
    score: text.terms.length ? scoreOf[d]! : 0,
    exact: exactOf[d] === 1,
    walkM: walk(d),
  }));
  return { hits, total, counts, terms: text.terms };
}

/** Great-circle distance in metres (haversine; plenty for a few km). */
function straightLineM(a: LngLat, b: LngLat): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLng = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
}
