import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { LngLat } from '../domain/types';

/**
 * Decimal places kept in the demo dataset's coordinates: 1e-6° is about 0.1 m, far below
 * anything the map or walking distances can show, and it roughly halves the JSON size.
 */
export const COORDINATE_DECIMALS = 6;

const FACTOR = 10 ** COORDINATE_DECIMALS;

/** Rounds one coordinate value; the same input always gives the same output, so shared vertices stay shared. */
export function roundCoordinate(v: number): number {
  return Math.round(v * FACTOR) / FACTOR;
}

/** Rounds a position to {@link COORDINATE_DECIMALS} places. */
export function roundLngLat(p: Position | LngLat): LngLat {
  return [roundCoordinate(p[0] as number), roundCoordinate(p[1] as number)];
}

/**
 * Rounds every vertex of a polygon or multipolygon, dropping vertices that become equal to
 * their predecessor and rings left with fewer than 4 positions.
 *
 * @returns null when nothing is left (a sliver narrower than the rounding)
 */
export function roundPolygonal(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon | null {
  const roundRing = (ring: Position[]): Position[] | null => {
    const out: Position[] = [];
    for (const p of ring) {
      const q = roundLngLat(p);
      const last = out[out.length - 1];
      if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
    }
    return out.length >= 4 ? out : null;
  };
  const roundPolygon = (rings: Position[][]): Position[][] | null => {
    const outer = rings[0] ? roundRing(rings[0]) : null;
    if (!outer) return null;
    const holes = rings
      .slice(1)
      .map(roundRing)
      .filter((r): r is Position[] => r !== null);
    return [outer, ...holes];
  };
  if (geometry.type === 'Polygon') {
    const rings = roundPolygon(geometry.coordinates);
    return rings ? { type: 'Polygon', coordinates: rings } : null;
  }
  const polygons = geometry.coordinates
    .map(roundPolygon)
    .filter((r): r is Position[][] => r !== null);
  if (polygons.length === 0) return null;
  if (polygons.length === 1) return { type: 'Polygon', coordinates: polygons[0] as Position[][] };
  return { type: 'MultiPolygon', coordinates: polygons };
}
