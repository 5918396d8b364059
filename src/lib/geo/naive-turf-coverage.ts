/**
 * The deliberately naive baseline a GIS desk would run: buffer every place with Turf,
 * union the buffers, then test every cell centre with point-in-polygon. Used only by tests
 * (to check the fast method agrees) and by the benchmark (as the speed baseline).
 */
import turfBuffer from '@turf/buffer';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { featureCollection, point } from '@turf/helpers';
import turfUnion from '@turf/union';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { PopulationGrid } from './population-grid';

/**
 * @param steps segments per quarter circle of each buffer (Turf's default 8); the buffer's
 *   polygon lies inside the true circle, so cells near the edge may differ from the exact method
 * @returns 1 per covered cell
 */
export function naiveTurfCoverage(
  grid: PopulationGrid,
  places: readonly (readonly [number, number])[],
  walkM: number,
  steps = 8,
): Uint8Array {
  const out = new Uint8Array(grid.n);
  if (places.length === 0) return out;
  const buffers: Feature<Polygon | MultiPolygon>[] = [];
  for (const p of places) {
    const b = turfBuffer(point([p[0], p[1]]), walkM / 1000, { units: 'kilometers', steps });
    if (b) buffers.push(b);
  }
  const merged = buffers.length === 1 ? buffers[0] : turfUnion(featureCollection(buffers));
  if (!merged) return out;
  for (let i = 0; i < grid.n; i++) {
    if (booleanPointInPolygon([grid.lng[i]!, grid.lat[i]!], merged)) out[i] = 1;
  }
  return out;
}
