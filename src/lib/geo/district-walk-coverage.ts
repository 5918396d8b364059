/**
 * How many of a district's residents live within walking distance (straight line) of an
 * active gathering place — the district profile's coverage line, computed with the coverage
 * engine of src/lib/geo (issue #4) on the JIS mesh population cells. Pure.
 *
 * Places anywhere in the city count (a place across the district border still serves it).
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { createCoverageEngine } from './coverage-engine';
import { gridEntriesFromMeshCodes, populationGrid } from './population-grid';
import type { GridMeshM } from './mesh-index';
import type { LngLat, PopulationCell } from '../domain/types';

export interface DistrictWalkCoverage {
  walkM: number;
  /** Residents of the district (from the mesh cells whose centre lies in it). */
  population: number;
  covered: number;
  /** Null when the cells carry no 65+ counts. */
  population65: number | null;
  covered65: number | null;
}

/**
 * @param cells population cells (one mesh size; other sizes are ignored)
 * @param district the district's boundary
 * @param places gathering places `[lng, lat]`
 * @param walkM walking distance in metres (straight line)
 * @returns null when there are no cells to count
 */
export function districtWalkCoverage(
  cells: readonly PopulationCell[],
  district: { id: string; name: string; geometry: Polygon | MultiPolygon },
  places: readonly LngLat[],
  walkM: number,
): DistrictWalkCoverage | null {
  const meshM = cells[0]?.meshM as GridMeshM | undefined;
  if (!meshM) return null;
  const same = cells.filter((c) => c.meshM === meshM);
  const grid = populationGrid(gridEntriesFromMeshCodes(same, meshM), meshM);
  const engine = createCoverageEngine({
    grid,
    areas: [{ id: district.id, name: district.name, geometry: district.geometry }],
  });
  const result = engine.update({ places, walkM, gaps: false });
  const area = result.areas.find((a) => a.name === district.name);
  if (!area) return null;
  return {
    walkM,
    population: Math.round(area.population),
    covered: Math.round(area.covered),
    population65: area.population65 === null ? null : Math.round(area.population65),
    covered65: area.covered65 === null ? null : Math.round(area.covered65),
  };
}
