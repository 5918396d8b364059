/**
 * Which area contains a point: the district a resident tapped on the map, so the groups that
 * serve it can be listed. Pure.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Area, LngLat } from '../domain/types';

/**
 * The first of `areas` whose boundary contains `point` ([lng, lat], WGS84 degrees); a point on
 * a shared border goes to the first area listed. Null when none does, or when the boundaries
 * are not loaded (`geometry` null: list queries omit them).
 */
export function areaAtPoint<A extends Pick<Area, 'geometry'>>(
  areas: readonly A[],
  point: LngLat,
): A | null {
  for (const a of areas) {
    if (a.geometry && booleanPointInPolygon(point, a.geometry)) return a;
  }
  return null;
}
