import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Polygon } from 'geojson';
import type { LngLat } from '../domain/types';
import { meshCellCenter, meshCodeAt } from '../geo/mesh-code';
import type { Random } from './create-random';
import type { PopulationDensity } from './create-population-density';
import type { Km, LocalProjection } from './local-projection';

/** A populated 100 m mesh cell as the generator keeps it (with the 75+ count the dataset's cells lack). */
export interface DemoCell {
  /** 10-digit JIS X 0410 100 m mesh code. */
  meshCode: string;
  center: LngLat;
  centerKm: Km;
  population: number;
  population65: number;
  population75: number;
}

export interface PopulationCellsOptions {
  city: Polygon;
  projection: LocalProjection;
  density: PopulationDensity;
  /** Residents to aim for; the result differs a little because small cells are dropped. */
  targetPopulation: number;
  /**
   * Cells with fewer residents are left empty. Mesh statistics withhold tiny counts for
   * privacy, and a 1-person cell would give a meaningless 0 % or 100 % ageing rate.
   */
  minPerCell: number;
}

// 100 m mesh cell size in arc-seconds.
const CELL_LAT_SEC = 3;
const CELL_LNG_SEC = 4.5;

/**
 * The populated 100 m mesh cells whose centres lie inside the city, sorted by mesh code.
 *
 * Each cell's count is the density surface × a log-normal jitter (neighbouring cells are
 * never identical), scaled so the city total is close to `targetPopulation`, rounded to
 * whole residents. 65+ and 75+ counts follow the surface's local shares, so every cell
 * has 65+ ≤ total and 75+ ≤ 65+.
 */
export function generatePopulationCells(
  random: Random,
  options: PopulationCellsOptions,
): DemoCell[] {
  const { city, projection, density } = options;
  const ring = city.coordinates[0] ?? [];
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const [lng, lat] of ring as [number, number][]) {
    west = Math.min(west, lng);
    east = Math.max(east, lng);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  // Walk the global 100 m mesh lattice (cell edges are whole multiples of 3″ and 4.5″).
  const row0 = Math.floor((south * 3600) / CELL_LAT_SEC);
  const row1 = Math.floor((north * 3600) / CELL_LAT_SEC);
  const col0 = Math.floor((west * 3600) / CELL_LNG_SEC);
  const col1 = Math.floor((east * 3600) / CELL_LNG_SEC);

  const raw: { meshCode: string; center: LngLat; centerKm: Km; value: number }[] = [];
  for (let row = row0; row <= row1; row++) {
    for (let col = col0; col <= col1; col++) {
      const probe: LngLat = [
        ((col + 0.5) * CELL_LNG_SEC) / 3600,
        ((row + 0.5) * CELL_LAT_SEC) / 3600,
      ];
      const meshCode = meshCodeAt(probe[0], probe[1], 100);
      // Take the centre from the code so the dataset's cells decode to exactly this point.
      const center = meshCellCenter(meshCode, 100);
      if (!booleanPointInPolygon(center, city)) continue;
      const centerKm = projection.toKm(center);
      // Draw the jitter for every inside cell, populated or not, so that the random stream
      // does not depend on the density surface's zeros.
      const jitter = Math.exp(0.25 * random.normal());
      raw.push({ meshCode, center, centerKm, value: density.residents(centerKm) * jitter });
    }
  }
  let total = 0;
  for (const c of raw) total += c.value;
  const scale = total > 0 ? options.targetPopulation / total : 0;

  const cells: DemoCell[] = [];
  for (const c of raw) {
    const population = Math.round(c.value * scale);
    if (population < options.minPerCell) continue;
    const population65 = Math.min(population, Math.round(population * density.share65(c.centerKm)));
    const population75 = Math.min(
      population65,
      Math.round(population65 * density.share75Of65(c.centerKm)),
    );
    cells.push({
      meshCode: c.meshCode,
      center: c.center,
      centerKm: c.centerKm,
      population,
      population65,
      population75,
    });
  }
  cells.sort((a, b) => (a.meshCode < b.meshCode ? -1 : a.meshCode > b.meshCode ? 1 : 0));
  return cells;
}
