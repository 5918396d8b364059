import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { feature } from '@turf/helpers';
import pointOnFeature from '@turf/point-on-feature';
import type { MultiPolygon, Polygon } from 'geojson';
import type { LngLat } from '../domain/types';
import { roundLngLat } from './round-coordinates';

/**
 * A representative point inside `geometry`: the first candidate (nearest first) inside it,
 * else turf's point-on-feature. Rounded like every coordinate in the dataset.
 */
export function pointInside(
  geometry: Polygon | MultiPolygon,
  candidates: readonly LngLat[],
  also: readonly (Polygon | MultiPolygon)[] = [],
): LngLat {
  const ok = (p: LngLat): boolean =>
    booleanPointInPolygon(p, geometry) && also.every((g) => booleanPointInPolygon(p, g));
  for (const c of candidates) {
    const p = roundLngLat(c);
    if (ok(p)) return p;
  }
  const p = roundLngLat(pointOnFeature(feature(geometry)).geometry.coordinates);
  if (ok(p)) return p;
  throw new Error('generateDemoCity: no representative point inside area');
}
