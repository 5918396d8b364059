import type { MultiPolygon, Polygon } from 'geojson';
import { EARTH_RADIUS_M } from '../domain/great-circle-m';
import { polygonBbox } from './polygon-bbox';
import { polygonParts } from './polygon-parts';

/** A district with its boundary (WGS84 [lng, lat]); null when not loaded (never a neighbour). */
export interface DistrictShape {
  id: string;
  geometry: Polygon | MultiPolygon | null;
}

const RAD = Math.PI / 180;

/**
 * Which districts neighbour which: two districts are neighbours when their boundaries touch
 * or come within `nearM` metres of each other (shared edges and vertices give 0 m). Used to
 * look for helpers "in or near" a district (issue #19).
 *
 * Method: the boundaries' bounding boxes, grown by `nearM`, pick candidate pairs; for a pair,
 * the shortest distance from each vertex of one boundary to each edge of the other (both ways),
 * in an equirectangular projection at the pair's mean latitude, which is exact to well under a
 * metre over a city's few kilometres. Only vertices inside the other's grown box are tried.
 * One district inside another (an enclave) is a neighbour too: its boundary lies within 0 m of
 * the hole's edge.
 *
 * @param districts the districts; duplicates by id are not expected
 * @param nearM the largest gap in metres still counted as neighbouring (>= 0)
 * @returns id → ids of its neighbours (never itself); every district has an entry
 */
export function neighbouringDistricts(
  districts: readonly DistrictShape[],
  nearM: number,
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>(districts.map((d) => [d.id, new Set<string>()]));
  const shaped = districts
    .filter((d): d is DistrictShape & { geometry: Polygon | MultiPolygon } => d.geometry !== null)
    .map((d) => ({ id: d.id, rings: rings(d.geometry), box: polygonBbox(d.geometry) }));
  for (let i = 0; i < shaped.length; i++)
    for (let j = i + 1; j < shaped.length; j++) {
      const a = shaped[i]!;
      const b = shaped[j]!;
      const latRad = ((a.box[1] + a.box[3] + b.box[1] + b.box[3]) / 4) * RAD;
      const growLat = nearM / (EARTH_RADIUS_M * RAD);
      const growLng = growLat / Math.max(Math.cos(latRad), 1e-6);
      const grownB = grow(b.box, growLng, growLat);
      if (!overlaps(grow(a.box, growLng, growLat), b.box)) continue;
      const within =
        nearestM(a.rings, b.rings, grownB, latRad) <= nearM ||
        nearestM(b.rings, a.rings, grow(a.box, growLng, growLat), latRad) <= nearM;
      if (within) {
        out.get(a.id)!.add(b.id);
        out.get(b.id)!.add(a.id);
      }
    }
  return out;
}

type Box = [number, number, number, number];

function rings(g: Polygon | MultiPolygon): number[][][] {
  return polygonParts(g).flat();
}

function grow(box: Box, dx: number, dy: number): Box {
  return [box[0] - dx, box[1] - dy, box[2] + dx, box[3] + dy];
}

function overlaps(a: Box, b: Box): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** Shortest distance in metres from a vertex of `from` (inside `box`) to an edge of `to`. */
function nearestM(from: number[][][], to: number[][][], box: Box, latRad: number): number {
  const kx = Math.cos(latRad) * EARTH_RADIUS_M * RAD;
  const ky = EARTH_RADIUS_M * RAD;
  let best = Infinity;
  for (const ring of from)
    for (const p of ring) {
      const x = p[0]!;
      const y = p[1]!;
      if (x < box[0] || x > box[2] || y < box[1] || y > box[3]) continue;
      for (const edges of to)
        for (let k = 0; k + 1 < edges.length; k++) {
          const d = segmentM(x, y, edges[k]!, edges[k + 1]!, kx, ky);
          if (d < best) best = d;
          if (best === 0) return 0;
        }
    }
  return best;
}

/** Distance in metres from (x, y) to the segment p–q, degrees scaled by kx, ky (m/degree). */
function segmentM(x: number, y: number, p: number[], q: number[], kx: number, ky: number): number {
  const px = (p[0]! - x) * kx;
  const py = (p[1]! - y) * ky;
  const dx = (q[0]! - p[0]!) * kx;
  const dy = (q[1]! - p[1]!) * ky;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(px * dx + py * dy) / len2));
  return Math.hypot(px + t * dx, py + t * dy);
}
