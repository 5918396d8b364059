/**
 * Great-circle distance in metres on a sphere of the mean Earth radius (6,371,008.8 m, the
 * radius Turf uses, so our results agree with Turf-based checks).
 */

/** Mean Earth radius in metres (IUGG R1; Turf's `earthRadius`). */
export const EARTH_RADIUS_M = 6371008.8;

const RAD = Math.PI / 180;

/**
 * Haversine distance between two `[lng, lat]` positions (WGS84 degrees), in metres.
 * Exact for the sphere; numerically stable for short distances (the haversine form does not
 * lose precision near zero as the spherical law of cosines does).
 */
export function greatCircleM(lng1: number, lat1: number, lng2: number, lat2: number): number {
  const sLat = Math.sin(((lat2 - lat1) * RAD) / 2);
  const sLng = Math.sin(((lng2 - lng1) * RAD) / 2);
  const h = sLat * sLat + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * sLng * sLng;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}
