/**
 * The whole coverage computation behind one object, shared by the Web Worker, the CLI and
 * the benchmark: built once per data set (grid, area assignment, network graph and cell
 * links), then `update` runs per walking distance / mode / place set.
 */
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { assignCellsToAreas, type AreaInput, type CellAreas } from './assign-cells-to-areas';
import { classifyCoverage } from './classify-coverage';
import {
  classifyNetworkCoverage,
  linkCellsToNetwork,
  type CellNetworkLinks,
} from './classify-network-coverage';
import { coverageByDistrict, type CoverageSummary } from './coverage-by-district';
import { meshIndexAt } from './mesh-index';
import { networkDistances } from './network-distances';
import { gridCellCode, type PopulationGrid } from './population-grid';
import { networkEntry, networkReach, type NetworkEntry, type NetworkReach } from './network-reach';
import { suggestSitesSteps, type SiteCandidate, type SiteSuggestion } from './suggest-sites';
import { uncoveredCellCandidates } from './uncovered-cell-candidates';
import { traceGapPolygons, type GapProperties } from './trace-gap-polygons';
import { walkNetworkGraph, type WalkNetworkGraph } from './walk-network-graph';

export type DistanceMode = 'straight' | 'network';

export interface CoverageEngineInputs {
  grid: PopulationGrid;
  areas: readonly AreaInput[];
  /** Walking network lines; enables network mode. */
  network?: FeatureCollection | null;
  /** End-snapping tolerance for the network, metres (default 3). */
  snapM?: number;
}

export interface CoverageParams {
  places: readonly (readonly [number, number])[];
  walkM: number;
  mode?: DistanceMode;
  /** Trace gap polygons (default true). */
  gaps?: boolean;
  /** Suggest k new sites (from `candidates`, or from uncovered cells when none are given). */
  suggest?: {
    k: number;
    candidates?: readonly SiteCandidate[];
    weight?: 'population' | 'population65';
  };
}

export interface CoverageResult extends CoverageSummary {
  walkM: number;
  mesh: number;
  mode: DistanceMode;
  covered: Uint8Array;
  gaps: FeatureCollection<MultiPolygon, GapProperties> | null;
  suggestions: SiteSuggestion[] | null;
}

export interface CoverageEngine {
  grid: PopulationGrid;
  cellAreas: CellAreas;
  graph: WalkNetworkGraph | null;
  update(params: CoverageParams): CoverageResult;
  /**
   * {@link update} in two parts, for a page that shows the coverage before the suggestions:
   * `result` is the update with `suggestions` null (classification, district rows, gap
   * shapes: milliseconds), and `suggestions` the steps that work them out (one per candidate
   * site scored along the network, as in {@link prepare}), returning what `update` would have
   * put there; null when none were asked for. The steps read the result's own copy of the
   * coverage, so later updates do not disturb them; dropping them half-way is fine.
   */
  begin(params: CoverageParams): {
    result: CoverageResult;
    suggestions: Iterator<void, SiteSuggestion[], void> | null;
  };
  /**
   * Gets a likely next update ready without answering it: runs it in steps (one per
   * candidate site scored along the network), keeping only what it caches (where sites enter
   * the network, the cells each reaches). The coverage worker steps it while idle, with the
   * slider's neighbouring distances, so that the next slider step finds its reach sets
   * searched. Changes no result: an update returns the same with or without it. It may be
   * dropped at any step; an `update` in between is fine (each update starts afresh).
   */
  prepare(params: CoverageParams): Iterator<void, void, void>;
}

/** Prepares the engine. The network graph and cell links are built here, not per update. */
export function createCoverageEngine(inputs: CoverageEngineInputs): CoverageEngine {
  const { grid } = inputs;
  const cellAreas = assignCellsToAreas(grid, inputs.areas);
  const graph = inputs.network ? walkNetworkGraph(inputs.network, { snapM: inputs.snapM }) : null;
  let links: CellNetworkLinks | null = null;
  let reach: NetworkReach | null = null;
  let entry: NetworkEntry | null = null;
  const covered = new Uint8Array(grid.n);
  /** The coverage part of an update: classification, district rows, gap shapes. */
  function coverageOf(params: CoverageParams): CoverageResult {
    const mode = params.mode ?? 'straight';
    if (mode === 'network') {
      if (!graph) throw new Error('network mode needs a walking network');
      links ??= linkCellsToNetwork(grid, graph);
      classifyNetworkCoverage(
        grid,
        links,
        networkDistances(graph, params.places, params.walkM),
        params.walkM,
        covered,
      );
    } else {
      classifyCoverage(grid, params.places, params.walkM, covered);
    }
    const summary = coverageByDistrict(grid, cellAreas, covered);
    return {
      ...summary,
      walkM: params.walkM,
      mesh: grid.meshM,
      mode,
      covered: covered.slice(),
      gaps: params.gaps === false ? null : traceGapPolygons(grid, cellAreas, covered),
      suggestions: null,
    };
  }

  /** The suggestions for a coverage, pausing where they search along the network. */
  function* suggestionsFor(
    params: CoverageParams,
    result: CoverageResult,
  ): Generator<void, SiteSuggestion[], void> {
    const suggest = params.suggest!;
    const network = result.mode === 'network';
    // Cells are named after the picks only: tens of thousands of mesh codes would cost more than the greedy.
    const candidates =
      suggest.candidates ?? uncoveredCellCandidates(grid, result.covered, () => '');
    if (network) {
      entry ??= networkEntry(graph!);
      reach ??= networkReach(grid, graph!, links!, entry);
    }
    const suggestions = yield* suggestSitesSteps(grid, result.covered, candidates, {
      walkM: params.walkM,
      k: suggest.k,
      weight: suggest.weight,
      reach: network ? reach! : undefined,
      reachDisk: network
        ? (lng, lat, walkM) => reachDiskOf(graph!, entry!, lng, lat, walkM)
        : undefined,
    });
    if (!suggest.candidates) {
      for (const sug of suggestions) {
        const i = cellAt(grid, sug.lng, sug.lat);
        sug.name = i >= 0 ? gridCellCode(grid, i) : '';
      }
    }
    return suggestions;
  }

  function begin(params: CoverageParams): ReturnType<CoverageEngine['begin']> {
    const result = coverageOf(params);
    const wanted = params.suggest !== undefined && params.suggest.k > 0;
    return { result, suggestions: wanted ? suggestionsFor(params, result) : null };
  }

  return {
    grid,
    cellAreas,
    graph,
    update(params) {
      const { result, suggestions } = begin(params);
      if (suggestions) {
        for (;;) {
          const step = suggestions.next();
          if (step.done) {
            result.suggestions = step.value;
            break;
          }
        }
      }
      return result;
    },
    begin,
    *prepare(params) {
      // Gap shapes cache nothing: not traced.
      const { suggestions } = begin({ ...params, gaps: false });
      if (suggestions) while (!suggestions.next().done) yield;
    },
  };
}

/**
 * The disk that holds every cell a site reaches along the network (see networkReach): it
 * enters at its nearest node (within 500 m and the walking distance) after `d0` metres, and
 * a walk of w metres along edges of great-circle length ends within w of where it started,
 * as does the straight link to a cell. 1 m of slack covers the rounding of lengths and of
 * interpolated edge nodes.
 */
function reachDiskOf(
  graph: WalkNetworkGraph,
  entry: NetworkEntry,
  lng: number,
  lat: number,
  walkM: number,
): { lng: number; lat: number; radiusM: number } | null {
  const near = entry(lng, lat, walkM);
  if (!near) return null;
  return {
    lng: graph.nodeLng[near.node]!,
    lat: graph.nodeLat[near.node]!,
    radiusM: walkM - near.distanceM + 1,
  };
}

/** The grid cell containing `[lng, lat]` (−1 off the raster or where no cell is). */
function cellAt(grid: PopulationGrid, lng: number, lat: number): number {
  const { col, row } = meshIndexAt(lng, lat, grid.meshM);
  const c = col - grid.col0;
  const r = row - grid.row0;
  return c >= 0 && c < grid.cols && r >= 0 && r < grid.rows
    ? grid.rasterToCell[r * grid.cols + c]!
    : -1;
}
