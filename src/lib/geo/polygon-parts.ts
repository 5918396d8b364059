import type { MultiPolygon, Polygon } from 'geojson';

/** The polygons of a Polygon or MultiPolygon, each as its rings (outer ring first). */
export function polygonParts(g: Polygon | MultiPolygon): Polygon['coordinates'][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}
