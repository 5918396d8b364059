import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_M, greatCircleM } from '../domain/great-circle-m';
import { rowRunHalfWidthDeg } from './row-run-half-width-deg';

const RAD = Math.PI / 180;
const hav = (x: number): number => Math.sin(x / 2) ** 2;

/** The half-width for a place and a row latitude, from the distance in metres. */
function halfWidth(placeLat: number, rowLat: number, walkM: number): number {
  return rowRunHalfWidthDeg(
    hav(walkM / EARTH_RADIUS_M),
    hav((rowLat - placeLat) * RAD),
    1 / Math.cos(placeLat * RAD),
    1 / Math.cos(rowLat * RAD),
  );
}

describe('rowRunHalfWidthDeg', () => {
  it('ends the run where the great-circle distance reaches the walk (within a micrometre)', () => {
    for (const [placeLat, rowLat, walkM] of [
      [35.68, 35.68, 500],
      [35.68, 35.683, 500],
      [43.06, 43.05, 1500],
      [26.2, 26.2, 80],
    ] as const) {
      const half = halfWidth(placeLat, rowLat, walkM);
      expect(half).toBeGreaterThan(0);
      expect(greatCircleM(139, placeLat, 139 + half, rowLat)).toBeCloseTo(walkM, 5);
      // Just inside counts, and a metre beyond does not.
      expect(greatCircleM(139, placeLat, 139 + half - 1e-9, rowLat)).toBeLessThanOrEqual(walkM);
      expect(greatCircleM(139, placeLat, 139 + half + 1 / 90_000, rowLat)).toBeGreaterThan(walkM);
    }
  });

  it('is −1 for a row beyond reach and 180 when the whole parallel is within reach', () => {
    expect(halfWidth(35.68, 35.7, 500)).toBe(-1);
    expect(halfWidth(89.999, 89.999, 5000)).toBe(180);
  });
});
