/**
 * Places near a point, sorted by walking distance, with walking minutes at an older
 * person's pace. Distances are great-circle ("as the crow flies") metres times a detour
 * factor, because streets rarely run straight; the UI says the minutes are approximate.
 * Pure; generic over anything with a `location`.
 */
import type { LngLat } from '../domain/types';
import { greatCircleM } from '../domain/great-circle-m';
import { DEFAULT_WALK_M_PER_MIN } from '../domain/walk-pace';

/** Street distance ÷ straight-line distance, typical for Japanese residential grids. */
export const DEFAULT_DETOUR_FACTOR = 1.2;

/** Great-circle distance in metres between two `[lng, lat]` positions (greatCircleM on pairs). */
export function distanceM(a: LngLat, b: LngLat): number {
  return greatCircleM(a[0], a[1], b[0], b[1]);
}

export interface NearbyPlace<T> {
  place: T;
  /** Straight-line distance in metres. */
  straightM: number;
  /** Estimated walking distance in metres (straight × detour factor). */
  walkM: number;
  /** Walking minutes at the given pace, rounded up (at least 1). */
  walkMin: number;
}

export interface NearestPlacesOptions {
  /** Walking pace in metres per minute; default 50. */
  walkMPerMin?: number;
  /** Default 1.2; 1 gives straight-line distances. */
  detourFactor?: number;
  /** Keep only places within this walking distance (metres); default no limit. */
  maxWalkM?: number;
}

/**
 * Places with a location, nearest first (ties by `id` for a stable order). Places without a
 * location are left out; the caller lists area-wide groups separately.
 */
export function nearestPlaces<T extends { id: string; location: LngLat | null }>(
  origin: LngLat,
  places: readonly T[],
  opts: NearestPlacesOptions = {},
): NearbyPlace<T>[] {
  const pace = opts.walkMPerMin && opts.walkMPerMin > 0 ? opts.walkMPerMin : DEFAULT_WALK_M_PER_MIN;
  const detour = opts.detourFactor ?? DEFAULT_DETOUR_FACTOR;
  const out: NearbyPlace<T>[] = [];
  for (const place of places) {
    if (!place.location) continue;
    const straightM = distanceM(origin, place.location);
    const walkM = straightM * detour;
    if (opts.maxWalkM !== undefined && walkM > opts.maxWalkM) continue;
    // Whole metres first, so 600.0001 m at 40 m/min is 15 minutes, not 16.
    out.push({
      place,
      straightM,
      walkM,
      walkMin: Math.max(1, Math.ceil(Math.round(walkM) / pace)),
    });
  }
  return out.sort(
    (a, b) =>
      a.straightM - b.straightM || (a.place.id < b.place.id ? -1 : a.place.id > b.place.id ? 1 : 0),
  );
}
