/**
 * JIS X 0410 regional mesh codes (地域メッシュコード), as used by the census and by
 * e-Stat's gridded population ("地域メッシュ統計").
 *
 * | level                      | digits | cell size (lat × lng) | ≈ size |
 * |----------------------------|--------|-----------------------|--------|
 * | 1st (第1次地域区画)          | 4      | 40′ × 1°              | 80 km  |
 * | 2nd (第2次地域区画)          | 6      | 5′ × 7′30″            | 10 km  |
 * | 3rd (基準地域メッシュ)        | 8      | 30″ × 45″             | 1 km   |
 * | half (2分の1地域メッシュ)     | 9      | 15″ × 22.5″           | 500 m  |
 * | quarter (4分の1地域メッシュ)  | 10     | 7.5″ × 11.25″         | 250 m  |
 * | 100 m (10分の1細分区画)       | 10     | 3″ × 4.5″             | 100 m  |
 *
 * The 1st-level code is `floor(lat × 1.5)` followed by `floor(lng − 100)`. Each finer level
 * appends the row (latitude) digit before the column (longitude) digit, counted from the
 * south-west corner. Half and quarter meshes append one quadrant digit each:
 * 1 = SW, 2 = SE, 3 = NW, 4 = NE. The 100 m mesh splits the 3rd-level cell 10 × 10 and
 * appends row then column (0–9 each).
 *
 * Quarter-mesh and 100 m codes both have 10 digits, so decoding a 10-digit code needs the
 * mesh size (see {@link meshCellBounds}); it defaults to 100 m, the size our population
 * cells use.
 *
 * Internally all positions are integers in units of 1/8 arc-second, which makes every
 * cell edge at every level an exact integer: the smallest edges are 3″ = 24 units (lat)
 * and 4.5″ = 36 units, 11.25″ = 90 units (lng). This avoids the classic floating-point
 * error of `floor(x / cellSize)` putting a point on an edge into the wrong cell.
 *
 * The scheme is defined for Japan (lat 20°–66°, lng 100°–180°); we reject points outside
 * that range rather than produce codes with the wrong number of digits.
 */

/** Mesh sizes we encode, in metres (nominal): 100 m, 250 m (quarter), 500 m (half), 1 km (3rd). */
export type MeshSizeM = 100 | 250 | 500 | 1000;

/** `[west, south, east, north]` in WGS84 degrees. */
export type MeshBounds = [number, number, number, number];

/** Units per degree: 1/8 arc-second. */
const UNITS_PER_DEG = 3600 * 8;

// Cell sizes in 1/8″ units.
const LAT_1ST = 40 * 60 * 8; // 40′
const LNG_1ST = 60 * 60 * 8; // 1°
const LAT_2ND = LAT_1ST / 8; // 5′
const LNG_2ND = LNG_1ST / 8; // 7′30″
const LAT_3RD = LAT_2ND / 10; // 30″
const LNG_3RD = LNG_2ND / 10; // 45″
const LAT_HALF = LAT_3RD / 2; // 15″
const LNG_HALF = LNG_3RD / 2; // 22.5″
const LAT_QUARTER = LAT_HALF / 2; // 7.5″
const LNG_QUARTER = LNG_HALF / 2; // 11.25″
const LAT_100 = LAT_3RD / 10; // 3″
const LNG_100 = LNG_3RD / 10; // 4.5″

/**
 * Converts degrees to whole 1/8″ units, rounding down, except that a value within 1e-6
 * units (≈ 4 µm) of a whole unit snaps to it. Without the snap, a cell edge written as a
 * decimal (35.666666666666664 for 35°40′) would fall just below the edge and land in the
 * southern cell.
 */
function toUnits(deg: number): number {
  const v = deg * UNITS_PER_DEG;
  const r = Math.round(v);
  return Math.abs(v - r) < 1e-6 ? r : Math.floor(v);
}

/** Quadrant digit of a 2 × 2 split: 1 = SW, 2 = SE, 3 = NW, 4 = NE. */
function quadrant(north: boolean, east: boolean): number {
  return (north ? 3 : 1) + (east ? 1 : 0);
}

/**
 * The JIS X 0410 mesh code of the cell containing a point.
 *
 * A point exactly on a cell edge belongs to the cell to its north and/or east (the cell
 * whose south-west corner it is), as with `floor`.
 *
 * @param lng longitude in WGS84 degrees, 100 ≤ lng < 180
 * @param lat latitude in WGS84 degrees, 0 ≤ lat < 66.66…
 * @param meshM nominal cell size in metres: 1000 → 8 digits, 500 → 9, 250 → 10 (quarter
 *   mesh), 100 → 10 (3rd-level code + row digit + column digit)
 * @throws RangeError when the point is outside the area the scheme covers
 *
 * @example meshCodeAt(139.7671, 35.6812, 1000) // '53394611' (Tokyo Station)
 */
export function meshCodeAt(lng: number, lat: number, meshM: MeshSizeM): string {
  if (
    !Number.isFinite(lng) ||
    !Number.isFinite(lat) ||
    lng < 100 ||
    lng >= 180 ||
    lat < 0 ||
    lat >= 200 / 3
  ) {
    throw new RangeError(`meshCodeAt: (${lng}, ${lat}) is outside the JIS X 0410 range`);
  }
  const y = toUnits(lat);
  const x = toUnits(lng) - 100 * UNITS_PER_DEG;

  const p = Math.floor(y / LAT_1ST);
  const u = Math.floor(x / LNG_1ST);
  let ry = y - p * LAT_1ST;
  let rx = x - u * LNG_1ST;
  const q = Math.floor(ry / LAT_2ND);
  const v = Math.floor(rx / LNG_2ND);
  ry -= q * LAT_2ND;
  rx -= v * LNG_2ND;
  const r = Math.floor(ry / LAT_3RD);
  const w = Math.floor(rx / LNG_3RD);
  ry -= r * LAT_3RD;
  rx -= w * LNG_3RD;

  const third = `${String(p).padStart(2, '0')}${String(u).padStart(2, '0')}${q}${v}${r}${w}`;
  switch (meshM) {
    case 1000:
      return third;
    case 100:
      return `${third}${Math.floor(ry / LAT_100)}${Math.floor(rx / LNG_100)}`;
    case 500:
    case 250: {
      const northHalf = ry >= LAT_HALF;
      const eastHalf = rx >= LNG_HALF;
      const half = `${third}${quadrant(northHalf, eastHalf)}`;
      if (meshM === 500) return half;
      const qy = ry - (northHalf ? LAT_HALF : 0);
      const qx = rx - (eastHalf ? LNG_HALF : 0);
      return `${half}${quadrant(qy >= LAT_QUARTER, qx >= LNG_QUARTER)}`;
    }
    default:
      throw new RangeError(`meshCodeAt: unsupported mesh size ${String(meshM)}`);
  }
}

/**
 * The bounds of the cell a mesh code names.
 *
 * Accepts 1st (4 digits), 2nd (6), 3rd (8), half (9) and 10-digit codes. A 10-digit code is
 * read as a 100 m cell unless `meshM` is 250 (quarter mesh): the two are indistinguishable
 * by length. For other lengths `meshM` is ignored.
 *
 * @returns `[west, south, east, north]` in WGS84 degrees; adjacent cells share edges exactly
 *   (both are computed from the same integer 1/8″ position).
 * @throws RangeError on a malformed code (wrong length, non-digits, a 2nd-level digit of 8
 *   or 9, a quadrant digit outside 1–4)
 */
export function meshCellBounds(code: string, meshM?: MeshSizeM): MeshBounds {
  if (!/^\d+$/.test(code) || ![4, 6, 8, 9, 10].includes(code.length)) {
    throw new RangeError(`meshCellBounds: malformed mesh code '${code}'`);
  }
  const digit = (i: number): number => code.charCodeAt(i) - 48;
  let south = Number(code.slice(0, 2)) * LAT_1ST;
  let west = (Number(code.slice(2, 4)) + 100) * LNG_1ST;
  let height = LAT_1ST;
  let width = LNG_1ST;

  if (code.length >= 6) {
    const q = digit(4);
    const v = digit(5);
    if (q > 7 || v > 7)
      throw new RangeError(`meshCellBounds: 2nd-level digits must be 0–7 in '${code}'`);
    south += q * LAT_2ND;
    west += v * LNG_2ND;
    height = LAT_2ND;
    width = LNG_2ND;
  }
  if (code.length >= 8) {
    south += digit(6) * LAT_3RD;
    west += digit(7) * LNG_3RD;
    height = LAT_3RD;
    width = LNG_3RD;
  }
  const isHundred = code.length === 10 && meshM !== 250;
  if (isHundred) {
    south += digit(8) * LAT_100;
    west += digit(9) * LNG_100;
    height = LAT_100;
    width = LNG_100;
  } else {
    // Half (9 digits) and quarter (10 digits with meshM 250): one quadrant digit each.
    for (let i = 8; i < code.length; i++) {
      const d = digit(i);
      if (d < 1 || d > 4)
        throw new RangeError(`meshCellBounds: quadrant digit must be 1–4 in '${code}'`);
      height /= 2;
      width /= 2;
      if (d >= 3) south += height;
      if (d === 2 || d === 4) west += width;
    }
  }
  return [
    west / UNITS_PER_DEG,
    south / UNITS_PER_DEG,
    (west + width) / UNITS_PER_DEG,
    (south + height) / UNITS_PER_DEG,
  ];
}

/**
 * The centre of the cell a mesh code names, `[lng, lat]` in WGS84 degrees.
 * `meshM` disambiguates 10-digit codes as in {@link meshCellBounds}.
 */
export function meshCellCenter(code: string, meshM?: MeshSizeM): [number, number] {
  const [w, s, e, n] = meshCellBounds(code, meshM);
  return [(w + e) / 2, (s + n) / 2];
}
