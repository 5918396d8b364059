/**
 * Fits lng/lat geometry into an SVG drawing `widthPx` wide: an equirectangular projection with
 * the longitude shrunk by the cosine of the middle latitude, true to shape at a district's or a
 * city's scale (the council status map, the meeting pack's walking-gap map). No map library,
 * so it prints the same everywhere, offline too.
 */

/** The bounding box of what was fitted and the projection into SVG units (px, y down). */
export interface SvgFrame {
  minLng: number;
  maxLng: number;
  minLat: number;
  maxLat: number;
  /** SVG units per degree of latitude. */
  scale: number;
  /** The fitted box's drawn height in SVG units, without the padding. */
  heightPx: number;
  /** A longitude's x: `padPx` at `minLng`, `widthPx - padPx` at `maxLng`. */
  x(lng: number): number;
  /** A latitude's y: `padPx` at `maxLat` (north up), growing southwards. */
  y(lat: number): number;
}

/**
 * The frame that fits `points` (`[lng, lat]`) into `widthPx` with `padPx` on each side; null
 * when there are no points. A box with no width or height is treated as 1e-9 degrees across,
 * so a single point does not divide by zero.
 *
 * @example
 * const f = fitSvgFrame([[139, 36], [139.01, 36.01]], 800, 16)!;
 * f.x(139) // 16
 * f.y(36.01) // 16
 */
export function fitSvgFrame(
  points: Iterable<readonly number[]>,
  widthPx: number,
  padPx = 0,
): SvgFrame | null {
  let minLng = Infinity;
  let minLat = Infinity;
  let maxLng = -Infinity;
  let maxLat = -Infinity;
  for (const [lng = 0, lat = 0] of points) {
    minLng = Math.min(minLng, lng);
    maxLng = Math.max(maxLng, lng);
    minLat = Math.min(minLat, lat);
    maxLat = Math.max(maxLat, lat);
  }
  if (minLng > maxLng) return null;
  const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const scale = (widthPx - 2 * padPx) / Math.max((maxLng - minLng) * kx, 1e-9);
  return {
    minLng,
    maxLng,
    minLat,
    maxLat,
    scale,
    heightPx: Math.max(maxLat - minLat, 1e-9) * scale,
    x: (lng) => padPx + (lng - minLng) * kx * scale,
    y: (lat) => padPx + (maxLat - lat) * scale,
  };
}
