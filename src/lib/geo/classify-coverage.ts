/**
 * Straight-line coverage: which grid cells have a counted place within the walking distance
 * (great-circle distance from the cell centre, on the mean-radius sphere).
 *
 * Method: the grid raster is the spatial index. Cell centres in one raster row share a
 * latitude, and the great-circle distance from a place to a point on that parallel grows
 * with the longitude difference, so the cells a place covers in a row form one contiguous
 * run whose half-width follows exactly from the haversine formula:
 *
 *   hav(Δλ_max) = (hav(d/R) − hav(φ_row − φ_place)) / (cos φ_place · cos φ_row)
 *
 * Each place adds +1/−1 at the ends of its run in each row it reaches (a difference
 * array); one prefix-sum pass over the raster then marks every covered cell. Cost is
 * O(places × rows reached + raster size), with no per-cell distance computations at all,
 * and the result is exact (a cell is covered iff its centre is within `walkM`, up to
 * ~1 µm of floating-point tolerance at the boundary).
 */
import { EARTH_RADIUS_M } from './great-circle-m';
import { UNITS_PER_DEG } from './mesh-index';
import type { PopulationGrid } from './population-grid';

const RAD = Math.PI / 180;
/** Tolerance added to the run half-width, in degrees (≈ 1 µm), so a centre at exactly `walkM` counts. */
const EPS_DEG = 1e-11;

/**
 * sin(x), by its Taylor series when |x| < 0.01 rad (every walking distance: 1.5 km is
 * 1.2e-4 rad): the first omitted term is below 1e-20 relative, so the result equals
 * Math.sin to double precision, at a fraction of the cost in this hot loop.
 */
function sinSmall(x: number): number {
  if (x > 0.01 || x < -0.01) return Math.sin(x);
  const x2 = x * x;
  return x * (1 - (x2 / 6) * (1 - (x2 / 20) * (1 - x2 / 42)));
}

/** asin(y) for 0 ≤ y, by its series below 0.01 (same precision argument as sinSmall). */
function asinSmall(y: number): number {
  if (y > 0.01) return Math.asin(y);
  const y2 = y * y;
  return y * (1 + y2 * (1 / 6 + y2 * (3 / 40 + y2 * (5 / 112 + (y2 * 35) / 1152))));
}

const DEG = 180 / Math.PI;

const scratch = new WeakMap<PopulationGrid, { diff: Int32Array; invCosRow: Float64Array; latRow: Float64Array }>();

function scratchFor(grid: PopulationGrid) {
  let s = scratch.get(grid);
  if (!s) {
    const latRow = new Float64Array(grid.rows);
    const invCosRow = new Float64Array(grid.rows);
    for (let r = 0; r < grid.rows; r++) {
      latRow[r] = ((grid.row0 + r + 0.5) * grid.cellHUnits) / UNITS_PER_DEG;
      invCosRow[r] = 1 / Math.cos(latRow[r]! * RAD);
    }
    s = { diff: new Int32Array(grid.rows * (grid.cols + 1)), invCosRow, latRow };
    scratch.set(grid, s);
  }
  return s;
}

/**
 * Marks the cells whose centre lies within `walkM` metres of at least one place.
 *
 * @param places `[lng, lat]` in WGS84 degrees; places off the grid still cover the cells
 *   they reach
 * @param walkM walking distance in metres (≥ 0); 0 covers only a centre that coincides with a place
 * @param out optional array of length `grid.n` to reuse
 * @returns 1 for a covered cell, 0 otherwise, indexed like the grid's cells
 */
export function classifyCoverage(
  grid: PopulationGrid,
  places: readonly (readonly [number, number])[],
  walkM: number,
  out: Uint8Array = new Uint8Array(grid.n),
): Uint8Array {
  if (!(walkM >= 0)) throw new RangeError(`walkM must be ≥ 0, got ${walkM}`);
  const { rows, cols, cellHUnits, cellWUnits } = grid;
  out.fill(0);
  if (grid.n === 0 || places.length === 0) return out;
  const { diff, invCosRow, latRow } = scratchFor(grid);
  diff.fill(0);
  const stride = cols + 1;
  const theta = walkM / EARTH_RADIUS_M;
  const sHalf = Math.sin(theta / 2);
  const havTheta = sHalf * sHalf;
  const thetaDeg = theta / RAD;
  const cellHDeg = cellHUnits / UNITS_PER_DEG;
  const invCellWDeg = UNITS_PER_DEG / cellWUnits;
  const halfRad = RAD / 2;
  const lat0 = (grid.row0 * cellHUnits) / UNITS_PER_DEG; // south edge of the raster
  const lng0 = 100 + (grid.col0 * cellWUnits) / UNITS_PER_DEG; // west edge

  for (let k = 0; k < places.length; k++) {
    const place = places[k]!;
    const pLng = place[0];
    const pLat = place[1];
    // Rows whose centre latitude is within θ of the place (one extra each side; the
    // haversine test below is the exact judge).
    let rLo = Math.ceil((pLat - thetaDeg - lat0) / cellHDeg - 0.5) - 1;
    let rHi = Math.floor((pLat + thetaDeg - lat0) / cellHDeg - 0.5) + 1;
    if (rLo < 0) rLo = 0;
    if (rHi > rows - 1) rHi = rows - 1;
    if (rLo > rHi) continue;
    const invCosP = 1 / Math.cos(pLat * RAD);
    // Column positions in cell units, relative to the raster's west edge, minus the half cell.
    const pCol = (pLng - lng0) * invCellWDeg - 0.5;
    for (let r = rLo; r <= rHi; r++) {
      const sDl = sinSmall((latRow[r]! - pLat) * halfRad);
      const havDLat = sDl * sDl;
      if (havDLat > havTheta) continue;
      const h = (havTheta - havDLat) * invCosP * invCosRow[r]!;
      const halfCols = (h >= 1 ? 180 : 2 * asinSmall(Math.sqrt(h)) * DEG + EPS_DEG) * invCellWDeg;
      let cLo = Math.ceil(pCol - halfCols);
      let cHi = Math.floor(pCol + halfCols);
      if (cLo < 0) cLo = 0;
      if (cHi > cols - 1) cHi = cols - 1;
      if (cLo > cHi) continue;
      const base = r * stride;
      diff[base + cLo]!++;
      diff[base + cHi + 1]!--;
    }
  }

  const rasterToCell = grid.rasterToCell;
  for (let r = 0; r < rows; r++) {
    let run = 0;
    const base = r * stride;
    const rb = r * cols;
    for (let c = 0; c < cols; c++) {
      run += diff[base + c]!;
      if (run > 0) {
        const i = rasterToCell[rb + c]!;
        if (i >= 0) out[i] = 1;
      }
    }
  }
  return out;
}
