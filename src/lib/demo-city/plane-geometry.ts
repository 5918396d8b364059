import type { Km } from './local-projection';

/**
 * Small planar helpers for the generator's local kilometre plane. Both are the same
 * concept (measuring against a polyline or ring in the plane), kept together so the
 * density surface and the road network agree on them.
 */

/**
 * Shortest distance in km from a point to a polyline (≥ 2 vertices; a single vertex is a point).
 *
 * @param cutoffKm when given, segments whose bounding box is farther than this are skipped,
 *   and the result is only exact below the cutoff (otherwise it is some value ≥ cutoff,
 *   possibly Infinity). The density surface only asks "is this within 220 m of the river?",
 *   and the cutoff makes that cheap for the thousands of cells far from it.
 */
export function distanceToPolylineKm(p: Km, line: readonly Km[], cutoffKm = Infinity): number {
  if (line.length === 1) return Math.hypot(p[0] - (line[0] as Km)[0], p[1] - (line[0] as Km)[1]);
  let best = Infinity;
  for (let i = 0; i + 1 < line.length; i++) {
    const [ax, ay] = line[i] as Km;
    const [bx, by] = line[i + 1] as Km;
    if (
      p[0] < Math.min(ax, bx) - cutoffKm ||
      p[0] > Math.max(ax, bx) + cutoffKm ||
      p[1] < Math.min(ay, by) - cutoffKm ||
      p[1] > Math.max(ay, by) + cutoffKm
    ) {
      continue;
    }
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    const t =
      len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - ax) * dx + (p[1] - ay) * dy) / len2));
    const d = Math.hypot(p[0] - (ax + t * dx), p[1] - (ay + t * dy));
    if (d < best) best = d;
  }
  return best;
}

/** Cross product of (b − a) × (c − a): the side of line a–b that c lies on. */
function orientation(a: Km, b: Km, c: Km): number {
  return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
}

/**
 * Whether segments p1–p2 and q1–q2 cross. Touching and collinear cases count as not
 * crossing: with the generator's random coordinates they have probability zero, and the
 * road network only asks whether a street crosses the river.
 */
export function segmentsCross(p1: Km, p2: Km, q1: Km, q2: Km): boolean {
  return (
    orientation(q1, q2, p1) * orientation(q1, q2, p2) < 0 &&
    orientation(p1, p2, q1) * orientation(p1, p2, q2) < 0
  );
}

/** Whether a polyline crosses the segment a–b (segments whose boxes do not overlap are skipped). */
export function segmentCrossesPolyline(a: Km, b: Km, line: readonly Km[]): boolean {
  const minX = Math.min(a[0], b[0]);
  const maxX = Math.max(a[0], b[0]);
  const minY = Math.min(a[1], b[1]);
  const maxY = Math.max(a[1], b[1]);
  for (let i = 0; i + 1 < line.length; i++) {
    const c = line[i] as Km;
    const d = line[i + 1] as Km;
    if (
      Math.max(c[0], d[0]) < minX ||
      Math.min(c[0], d[0]) > maxX ||
      Math.max(c[1], d[1]) < minY ||
      Math.min(c[1], d[1]) > maxY
    ) {
      continue;
    }
    if (segmentsCross(a, b, c, d)) return true;
  }
  return false;
}
