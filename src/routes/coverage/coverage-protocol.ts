/**
 * Messages between the coverage page and its Web Worker (structured-clone friendly).
 */
import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { LayerWithFile } from '$lib/data-access/layers';
import type { AreaInput } from '$lib/geo/assign-cells-to-areas';
import type { DistanceMode } from '$lib/geo/coverage-engine';
import type { AreaCoverage, CoverageTotals } from '$lib/geo/coverage-by-district';
import type { SiteCandidate, SiteSuggestion } from '$lib/geo/suggest-sites';
import type { GapProperties } from '$lib/geo/trace-gap-polygons';

export interface CoverageInitMessage {
  type: 'init';
  meshM: 100 | 250 | 500;
  cells: { meshCode: string; population: number; population65: number | null }[];
  areas: AreaInput[];
  /** The walking-network layer, whose GeoJSON the worker downloads itself (null: none). */
  networkLayer: LayerWithFile | null;
}

export interface CoverageUpdateMessage {
  type: 'update';
  seq: number;
  places: [number, number][];
  walkM: number;
  mode: DistanceMode;
  suggestK: number;
  candidates?: SiteCandidate[];
  /**
   * Distances (m) likely asked for next (the slider's neighbours): the worker gets them ready
   * while idle, so the next step is answered from its caches.
   */
  nextWalkM?: number[];
}

export type CoverageRequest = CoverageInitMessage | CoverageUpdateMessage;

export interface CoverageReadyMessage {
  type: 'ready';
  cells: number;
  networkNodes: number;
  buildMs: number;
}

export interface CoverageResultMessage {
  type: 'result';
  seq: number;
  walkM: number;
  mode: DistanceMode;
  totals: CoverageTotals;
  areas: AreaCoverage[];
  gaps: FeatureCollection<MultiPolygon, GapProperties>;
  /**
   * The suggested sites ([] when none were asked for); null while they are still being worked
   * out: a `suggestions` message with the same `seq` follows, unless a newer request came
   * first (then this update's suggestions are dropped).
   */
  suggestions: SiteSuggestion[] | null;
  /** Time spent in the worker on this update, ms. */
  ms: number;
}

/** The suggestions of the result with the same `seq`, sent after it. */
export interface CoverageSuggestionsMessage {
  type: 'suggestions';
  seq: number;
  suggestions: SiteSuggestion[];
  /** Time from the request to these suggestions in the worker, ms. */
  ms: number;
}

export interface CoverageErrorMessage {
  type: 'error';
  seq: number;
  message: string;
}

export type CoverageResponse =
  CoverageReadyMessage | CoverageResultMessage | CoverageSuggestionsMessage | CoverageErrorMessage;
