const DEG = 180 / Math.PI;
/** Tolerance added to the half-width, in degrees (≈ 1 µm), so a centre at exactly the distance counts. */
const EPS_DEG = 1e-11;

/**
 * asin(y) for 0 ≤ y: below 0.001 (every walking distance up to ~12 km) by its series to the
 * y⁵ term, whose first omitted term (5y⁷/112) is below 1e-19 relative, so the result equals
 * Math.asin to double precision at a fraction of the cost in the coverage hot loop.
 */
function asinSmall(y: number): number {
  if (y > 0.001) return Math.asin(y);
  const y2 = y * y;
  return y * (1 + y2 * (1 / 6 + y2 * 0.075));
}

/**
 * The half-width, in degrees of longitude, of the run of a parallel (a raster row) whose
 * points lie within great-circle angle θ of a place. On one parallel the distance grows with
 * the longitude difference, so the points within reach form one run, and the haversine
 * formula gives its half-width exactly:
 *
 *   hav(Δλ_max) = (hav(θ) − hav(φ_row − φ_place)) / (cos φ_place · cos φ_row)
 *
 * @param havTheta hav(θ), θ = distance ÷ Earth radius
 * @param havDLat hav(φ_row − φ_place)
 * @param invCosPlace 1 / cos φ_place
 * @param invCosRow 1 / cos φ_row
 * @returns −1 when the row is out of reach; 180 when the whole parallel is within reach
 *   (near a pole); otherwise the half-width plus ≈ 1 µm, so a point at exactly θ counts
 */
export function rowRunHalfWidthDeg(
  havTheta: number,
  havDLat: number,
  invCosPlace: number,
  invCosRow: number,
): number {
  if (havDLat > havTheta) return -1;
  const h = (havTheta - havDLat) * invCosPlace * invCosRow;
  return h >= 1 ? 180 : 2 * asinSmall(Math.sqrt(h)) * DEG + EPS_DEG;
}
