import type { MultiPolygon, Polygon } from 'geojson';
import { polygonParts } from './polygon-parts';

/**
 * `[west, south, east, north]` of a polygon or multipolygon, in its coordinates' units.
 * Only outer rings are read (holes lie inside them).
 */
export function polygonBbox(g: Polygon | MultiPolygon): [number, number, number, number] {
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (const poly of polygonParts(g))
    for (const [x, y] of poly[0]!) {
      if (x! < minX) minX = x!;
      if (y! < minY) minY = y!;
      if (x! > maxX) maxX = x!;
      if (y! > maxY) maxY = y!;
    }
  return [minX, minY, maxX, maxY];
}
