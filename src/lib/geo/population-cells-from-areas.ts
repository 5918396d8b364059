/**
 * Population cells for a city that has no mesh table: its towns' (町丁・字) residents spread
 * evenly over the 100 m cells whose centres lie inside each town (`spreadPolygonPopulation`,
 * the method of issue #4), cells shared by neighbouring towns summed. Coverage then works on
 * a city loaded from e-Stat town boundaries alone.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { PopulationCell } from '../domain/types';
import { meshCodeOfIndex, type GridMeshM } from './mesh-index';
import { spreadPolygonPopulation } from './spread-polygon-population';

/** An area with a boundary and residents (null: unknown, left out). */
export interface AreaPopulation {
  geometry: Polygon | MultiPolygon | null;
  population: number | null;
  population65: number | null;
  populationYear?: number | null;
}

/**
 * @param meshM cell size (default 100 m)
 * @returns one cell per touched mesh code, sorted by code; 65+ is null unless every area with
 *   residents has a 65+ count; `year` is the areas' latest population year (0 when none)
 */
export function populationCellsFromAreas(
  areas: readonly AreaPopulation[],
  meshM: GridMeshM = 100,
): PopulationCell[] {
  const known = areas.filter(
    (a): a is AreaPopulation & { geometry: Polygon | MultiPolygon; population: number } =>
      a.geometry !== null && a.population !== null && a.population > 0,
  );
  const has65 = known.length > 0 && known.every((a) => a.population65 !== null);
  const year = known.reduce((y, a) => Math.max(y, a.populationYear ?? 0), 0);
  const entries = spreadPolygonPopulation(
    known.map((a) => ({
      geometry: a.geometry,
      population: a.population,
      population65: has65 ? a.population65 : null,
    })),
    meshM,
  );
  const byCode = new Map<string, PopulationCell>();
  for (const e of entries) {
    const code = meshCodeOfIndex(e.col, e.row, meshM);
    const cell = byCode.get(code);
    if (cell) {
      cell.population += e.population;
      if (cell.population65 !== null) cell.population65 += e.population65 ?? 0;
    } else {
      byCode.set(code, {
        meshCode: code,
        meshM,
        population: e.population,
        population65: has65 ? (e.population65 ?? 0) : null,
        year,
      });
    }
  }
  return [...byCode.values()].sort((a, b) =>
    a.meshCode < b.meshCode ? -1 : a.meshCode > b.meshCode ? 1 : 0,
  );
}
