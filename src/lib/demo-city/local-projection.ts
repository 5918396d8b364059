import type { LngLat } from '../domain/types';

/** A point in the local plane, `[x, y]` in kilometres east and north of the origin. */
export type Km = [number, number];

/** Converts between WGS84 and a flat local plane in kilometres. */
export interface LocalProjection {
  origin: LngLat;
  /** Kilometres per degree of longitude at the origin's latitude. */
  kmPerDegLng: number;
  /** Kilometres per degree of latitude. */
  kmPerDegLat: number;
  toKm(p: LngLat): Km;
  toLngLat(p: Km): LngLat;
}

/**
 * An equirectangular projection centred on `origin`.
 *
 * The demo city is about 13 km across, where this projection distorts distances by well
 * under 0.1 %. Because it is an affine map, polygon containment and shared vertices are
 * preserved, so the generator can build Voronoi cells and road grids in kilometres (where
 * "nearest" means what it should) and convert the results to degrees.
 */
export function createLocalProjection(origin: LngLat): LocalProjection {
  const latRad = (origin[1] * Math.PI) / 180;
  // WGS84 ellipsoid radii of curvature at the origin's latitude.
  const a = 6378.137;
  const e2 = 0.00669437999014;
  const s = Math.sin(latRad);
  const w = Math.sqrt(1 - e2 * s * s);
  const kmPerDegLat = ((a * (1 - e2)) / (w * w * w)) * (Math.PI / 180);
  const kmPerDegLng = ((a / w) * Math.cos(latRad) * Math.PI) / 180;
  return {
    origin,
    kmPerDegLng,
    kmPerDegLat,
    toKm: ([lng, lat]) => [(lng - origin[0]) * kmPerDegLng, (lat - origin[1]) * kmPerDegLat],
    toLngLat: ([x, y]) => [origin[0] + x / kmPerDegLng, origin[1] + y / kmPerDegLat],
  };
}
