/**
 * Population given per polygon (e.g. census towns, 町丁・字) spread onto mesh cells: evenly
 * over the cells whose centres lie inside the polygon. A polygon too small to hold any cell
 * centre puts all its people in the cell of a point on its surface, so nobody is lost.
 */
import pointOnFeature from '@turf/point-on-feature';
import type { MultiPolygon, Polygon } from 'geojson';
import { cellCentresInPolygon } from './cell-centres-in-polygon';
import { meshIndexAt, type GridMeshM } from './mesh-index';
import type { GridEntry } from './population-grid';

/** One polygon with its residents (65+ null when unknown). */
export interface PolygonPopulation {
  geometry: Polygon | MultiPolygon;
  population: number;
  population65: number | null;
}

/**
 * @returns grid entries (one per touched cell; a cell shared by neighbouring polygons' shares
 *   appears once per polygon, which populationGrid sums). The sum of entries equals the sum
 *   of inputs, up to floating point.
 */
export function spreadPolygonPopulation(
  polygons: readonly PolygonPopulation[],
  meshM: GridMeshM,
): GridEntry[] {
  const out: GridEntry[] = [];
  const cells: number[] = [];
  for (const p of polygons) {
    if (!(p.population > 0) && !(p.population65 !== null && p.population65 > 0)) continue;
    cells.length = 0;
    cellCentresInPolygon(p.geometry, meshM, (col, row) => cells.push(col, row));
    if (cells.length === 0) {
      const [lng, lat] = pointOnFeature(p.geometry).geometry.coordinates as [number, number];
      const { col, row } = meshIndexAt(lng, lat, meshM);
      cells.push(col, row);
    }
    const k = cells.length / 2;
    for (let j = 0; j < cells.length; j += 2) {
      out.push({
        col: cells[j]!,
        row: cells[j + 1]!,
        population: p.population / k,
        population65: p.population65 === null ? null : p.population65 / k,
      });
    }
  }
  return out;
}
