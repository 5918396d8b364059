/**
 * A district's walking gaps and the best sites for a new gathering place, for its council's
 * meeting pack: the same coverage engine as /coverage (straight line, greedy site picks from
 * the uncovered populated cells), run on the district's own mesh cells only.
 *
 * Only the cells whose centre lies in the district are kept, so the gaps and each site's
 * gain count the district's residents alone (the council's concern); places anywhere in the
 * city still cover them (a place across the border serves the district too).
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { LngLat, PopulationCell } from '../domain/types';
import { cellCentresInPolygon } from './cell-centres-in-polygon';
import { createCoverageEngine } from './coverage-engine';
import type { GridMeshM } from './mesh-index';
import { gridEntriesFromMeshCodes, populationGrid } from './population-grid';
import type { SiteSuggestion } from './suggest-sites';
import type { GapProperties } from './trace-gap-polygons';

export interface DistrictWalkGaps {
  walkM: number;
  /** Residents of the district (cells whose centre lies in it). */
  population: number;
  /** Of them, beyond `walkM` of every active place. */
  uncovered: number;
  /** The uncovered, populated cells merged into polygons (no feature when there is no gap). */
  gaps: FeatureCollection<MultiPolygon, GapProperties>;
  /** Up to k sites, best first, each named by its mesh cell code; empty when nothing is uncovered. */
  suggestions: SiteSuggestion[];
}

/**
 * @param cells population cells of the city (one mesh size is used: the first cell's)
 * @param district the district and its boundary
 * @param places active gathering places anywhere in the city, `[lng, lat]`
 * @param walkM walking distance in metres (straight line)
 * @param k how many sites to suggest (0 for none)
 * @returns null when no population cell lies in the district (nothing to say)
 */
export function districtWalkGaps(
  cells: readonly PopulationCell[],
  district: { id: string; name: string; geometry: Polygon | MultiPolygon },
  places: readonly LngLat[],
  walkM: number,
  k: number,
): DistrictWalkGaps | null {
  const meshM = cells[0]?.meshM as GridMeshM | undefined;
  if (!meshM) return null;
  const inside = new Set<string>();
  cellCentresInPolygon(district.geometry, meshM, (col, row) => inside.add(`${col},${row}`));
  const entries = gridEntriesFromMeshCodes(
    cells.filter((c) => c.meshM === meshM),
    meshM,
  ).filter((e) => inside.has(`${e.col},${e.row}`));
  if (entries.length === 0) return null;
  const grid = populationGrid(entries, meshM);
  const engine = createCoverageEngine({
    grid,
    areas: [{ id: district.id, name: district.name, geometry: district.geometry }],
  });
  const result = engine.update({ places, walkM, gaps: true, suggest: { k } });
  const area = result.areas.find((a) => a.id === district.id) ?? result.areas[0];
  const population = area?.population ?? 0;
  const covered = area?.covered ?? 0;
  return {
    walkM,
    population: Math.round(population),
    uncovered: Math.round(population - covered),
    gaps: result.gaps ?? { type: 'FeatureCollection', features: [] },
    suggestions: result.suggestions ?? [],
  };
}
