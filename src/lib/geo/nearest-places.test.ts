import { describe, expect, it } from 'vitest';
import { distanceM, nearestPlaces } from './nearest-places';
import type { LngLat } from '../domain/types';

const ORIGIN: LngLat = [139.0, 36.3];
// 0.001° of latitude ≈ 111.2 m
const north = (m: number): LngLat => [139.0, 36.3 + m / 111_195];

describe('nearestPlaces', () => {
  it('sorts by distance, skips places without a location, computes walking minutes', () => {
    const places = [
      { id: 'far', location: north(1000) },
      { id: 'none', location: null },
      { id: 'near', location: north(100) },
      { id: 'mid', location: north(500) },
    ];
    const out = nearestPlaces(ORIGIN, places, { walkMPerMin: 50, detourFactor: 1 });
    expect(out.map((p) => p.place.id)).toEqual(['near', 'mid', 'far']);
    expect(out[1]!.walkM).toBeCloseTo(500, -1);
    expect(out[1]!.walkMin).toBe(10);
    expect(out[0]!.walkMin).toBe(2);
  });

  it('applies the detour factor, the pace and the distance limit', () => {
    const places = [
      { id: 'a', location: north(500) },
      { id: 'b', location: north(900) },
    ];
    const out = nearestPlaces(ORIGIN, places, { walkMPerMin: 40, maxWalkM: 700 });
    expect(out.map((p) => p.place.id)).toEqual(['a']);
    expect(out[0]!.walkM).toBeCloseTo(600, -1);
    expect(out[0]!.walkMin).toBe(15);
  });

  it('distanceM agrees with a known distance (Tokyo → Osaka stations ≈ 403 km)', () => {
    expect(distanceM([139.7671, 35.6812], [135.4959, 34.7025]) / 1000).toBeCloseTo(403, 0);
  });
});
