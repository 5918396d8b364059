import union from '@turf/union';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { polygonParts } from './polygon-parts';

/**
 * Dissolves polygons into one (polygon union), e.g. a district from its towns.
 * @returns null for none; the input itself for one; the parts as one MultiPolygon when the
 *   union fails (invalid rings, such as self-touching e-Stat parts, can make it throw)
 */
export function dissolvePolygons(
  geoms: Array<Polygon | MultiPolygon>,
): Polygon | MultiPolygon | null {
  if (geoms.length === 0) return null;
  if (geoms.length === 1) return geoms[0]!;
  try {
    const merged = union({
      type: 'FeatureCollection',
      features: geoms.map((g): Feature<Polygon | MultiPolygon> => ({
        type: 'Feature',
        properties: {},
        geometry: g,
      })),
    });
    if (merged) return merged.geometry;
  } catch {
    // Keep the parts (see above).
  }
  return { type: 'MultiPolygon', coordinates: geoms.flatMap(polygonParts) };
}
