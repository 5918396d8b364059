import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import type { LngLat } from '../domain/types';
import { polygonBbox } from './polygon-bbox';
import { polygonParts } from './polygon-parts';

/**
 * A point to label or place an area by: the centre of the bbox of its largest part (by outer
 * ring vertex count), rounded to 1e-6°, when that lies inside the part; else the part's first
 * vertex (a C-shaped town's centre can fall outside it).
 */
export function representativePoint(g: Polygon | MultiPolygon): LngLat {
  const polys = polygonParts(g);
  const largest = polys.reduce((a, b) => (b[0]!.length > a[0]!.length ? b : a));
  const [x0, y0, x1, y1] = polygonBbox({ type: 'Polygon', coordinates: largest });
  const c: LngLat = [
    Math.round(((x0 + x1) / 2) * 1e6) / 1e6,
    Math.round(((y0 + y1) / 2) * 1e6) / 1e6,
  ];
  if (booleanPointInPolygon(c, { type: 'Polygon', coordinates: largest })) return c;
  const v = largest[0]![0]!;
  return [v[0]!, v[1]!];
}
