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
 *
 * With many places most of them are redundant (their whole reach is already covered), so
 * a place is first checked against coarse blocks that earlier places covered completely,
 * using a conservative per-call bound on its reach (no trigonometry per skipped place);
 * the skip is exact because it only drops places that could not add a covered cell.
 * Latitude-only quantities (sin/cos of half the row latitude, 1/cos) are cached per grid.
 */
import { EARTH_RADIUS_M } from './great-circle-m';
import { UNITS_PER_DEG } from './mesh-index';
import type { PopulationGrid } from './population-grid';

const RAD = Math.PI / 180;
/** Tolerance added to the run half-width, in degrees (≈ 1 µm), so a centre at exactly `walkM` counts. */
const EPS_DEG = 1e-11;

/**
 * asin(y) for 0 ≤ y: below 0.001 (every walking distance up to ~12 km) by its series to the
 * y⁵ term, whose first omitted term (5y⁷/112) is below 1e-19 relative, so the result equals
 * Math.asin to double precision at a fraction of the cost in this hot loop.
 */
function asinSmall(y: number): number {
  if (y > 0.001) return Math.asin(y);
  const y2 = y * y;
  return y * (1 + y2 * (1 / 6 + y2 * 0.075));
}

const DEG = 180 / Math.PI;
/** Steps per row of the reach table used to skip places (finer = tighter bound, longer table). */
const Q = 8;
/** Below this many places, overlap is too thin for skipping to pay for its checks. */
const MIN_PLACES_FOR_BLOCKS = 256;

/** Per-grid buffers and latitude-only row tables, reused across calls (a grid is immutable). */
interface Scratch {
  /** Row difference array: `rows × (cols + 1)`. */
  diff: Int32Array;
  /** Per row: sin and cos of half the centre latitude, and 1 / cos of the latitude. */
  sinHalfRow: Float64Array;
  cosHalfRow: Float64Array;
  invCosRow: Float64Array;
  /** Bit set where one place alone covers every raster cell of a block (block size set per call). */
  blockFull: Int32Array;
}

/** Per-call buffers for the processing order (grown on demand, reused across calls). */
let tileFirst = new Uint8Array(0);
let order = new Int32Array(0);
let picked = new Uint8Array(0);
/** Reach table for skipping places, rebuilt per call (a few dozen entries). */
const reachCols = new Float64Array(4096);

const scratch = new WeakMap<PopulationGrid, Scratch>();

function scratchFor(grid: PopulationGrid): Scratch {
  let s = scratch.get(grid);
  if (!s) {
    const { rows, cols } = grid;
    const sinHalfRow = new Float64Array(rows);
    const cosHalfRow = new Float64Array(rows);
    const invCosRow = new Float64Array(rows);
    for (let r = 0; r < rows; r++) {
      const latRad = (((grid.row0 + r + 0.5) * grid.cellHUnits) / UNITS_PER_DEG) * RAD;
      sinHalfRow[r] = Math.sin(latRad / 2);
      cosHalfRow[r] = Math.cos(latRad / 2);
      invCosRow[r] = 1 / Math.cos(latRad);
    }
    s = {
      diff: new Int32Array(rows * (cols + 1)),
      sinHalfRow,
      cosHalfRow,
      invCosRow,
      blockFull: new Int32Array(rows * ((cols + 31) >> 5)),
    };
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
  const { diff, sinHalfRow, cosHalfRow, invCosRow, blockFull } = scratchFor(grid);
  diff.fill(0);
  const stride = cols + 1;
  const theta = walkM / EARTH_RADIUS_M;
  const sHalf = Math.sin(theta / 2);
  const havTheta = sHalf * sHalf;
  /** havTheta widened by far more than rounding error, for bounds that must not be too small. */
  const havThetaSlack = havTheta * (1 + 1e-9);
  const thetaDeg = theta / RAD;
  const cellHDeg = cellHUnits / UNITS_PER_DEG;
  const invCellWDeg = UNITS_PER_DEG / cellWUnits;
  const invCellHDeg = UNITS_PER_DEG / cellHUnits;
  /** Walking radius in rows of latitude. */
  const radiusRows = thetaDeg * invCellHDeg;
  const lat0 = (grid.row0 * cellHUnits) / UNITS_PER_DEG; // south edge of the raster
  const lng0 = 100 + (grid.col0 * cellWUnits) / UNITS_PER_DEG; // west edge

  // Skipping places whose reach is already covered. When places are many they overlap
  // heavily (10,000 places on 450 km² at 500 m: each cell is within reach of ~17), so most
  // places add nothing. Blocks of B rows × BC columns (B ≈ the walking radius in rows, BC ≈
  // a third of it in columns: tall blocks keep the block rows per check few, narrow ones
  // are full more often; a block row's columns are tested 32 at a time as bits) are marked
  // full when one place alone covers every raster cell in them; a later place is skipped,
  // before any trigonometry, when every block it could reach is full. Measured on the
  // bench city: at 10,000 places about three in four are skipped; below a few hundred
  // places, or with a radius under 3 rows, skipping does not pay and is off.
  // `reachCols[q]` bounds a place's run half-width (cell columns) in any row at least q/Q
  // rows of latitude away from it, for any place at |φ| ≤ latMaxAbs and any raster row:
  // hav(Δφ) only grows with |Δφ| and 1/cos φ is largest at the extreme latitudes.
  const latTopDeg = lat0 + rows * cellHDeg;
  const latMaxAbs = Math.max(Math.abs(lat0), Math.abs(latTopDeg)) + thetaDeg + 2 * cellHDeg;
  const useBlocks = places.length >= MIN_PLACES_FOR_BLOCKS && radiusRows >= 3 && radiusRows < 500 && latMaxAbs < 80;
  const B = useBlocks ? Math.round(radiusRows) : 1;
  const BC = useBlocks ? Math.max(1, Math.round((radiusRows * cellHDeg * invCellWDeg * Math.cos(lat0 * RAD)) / 3)) : 1;
  const bCols = Math.ceil(cols / BC);
  const bRows = Math.ceil(rows / B);
  /** 32-bit words per block row of `blockFull`. */
  const words = (bCols + 31) >> 5;
  let reachLen = 0;
  if (useBlocks) {
    blockFull.fill(0, 0, bRows * words);
    const kMax = (1 / Math.cos(latMaxAbs * RAD)) * (invCosRow[0]! > invCosRow[rows - 1]! ? invCosRow[0]! : invCosRow[rows - 1]!);
    reachLen = Math.ceil((radiusRows + 1) * Q) + 1;
    for (let q = 0; q < reachLen; q++) {
      const s = Math.sin((q / Q) * cellHDeg * RAD * 0.5);
      const h = (havThetaSlack - s * s) * kMax;
      reachCols[q] = h < 0 ? -1 : (h >= 1 ? 180 : 2 * Math.asin(Math.sqrt(h)) * DEG + EPS_DEG) * invCellWDeg * (1 + 1e-9) + 1e-6;
    }
  }

  // Order when skipping: first the first place in each block (a spread-out subset that
  // covers most of the map with little overlap), then all the others, most of which that
  // subset has made redundant. Without skipping, the given order. The order changes only
  // which places are skipped, never the result.
  const n = places.length;
  let nFirst = 0;
  if (useBlocks) {
    const nTiles = bRows * bCols;
    if (tileFirst.length < nTiles) tileFirst = new Uint8Array(nTiles);
    else tileFirst.fill(0, 0, nTiles);
    if (order.length < n) {
      order = new Int32Array(n);
      picked = new Uint8Array(n);
    }
    const invB = 1 / B;
    const invBC = 1 / BC;
    picked.fill(0, 0, n);
    for (let k = 0; k < n; k++) {
      const place = places[k]!;
      const br = (place[1] - lat0) * invCellHDeg * invB;
      const bc = (place[0] - lng0) * invCellWDeg * invBC;
      if (!(br >= 0 && br < bRows && bc >= 0 && bc < bCols)) continue;
      const t = (br | 0) * bCols + (bc | 0);
      if (tileFirst[t] === 0) {
        tileFirst[t] = 1;
        order[nFirst++] = k;
        picked[k] = 1;
      }
    }
    let m = nFirst;
    for (let k = 0; k < n; k++) if (picked[k] === 0) order[m++] = k;
  }
  for (let j = 0; j < n; j++) {
    const k = useBlocks ? order[j]! : j;
    const place = places[k]!;
    const pLng = place[0];
    const pLat = place[1];
    // Rows whose centre latitude is within θ of the place (one extra each side; the
    // haversine test below is the exact judge).
    const rowF = (pLat - lat0) * invCellHDeg - 0.5; // row position, in rows from the first centre
    let rLo = Math.ceil(rowF - radiusRows) - 1;
    let rHi = Math.floor(rowF + radiusRows) + 1;
    if (rLo < 0) rLo = 0;
    if (rHi > rows - 1) rHi = rows - 1;
    if (rLo > rHi) continue;
    // Column positions in cell units, relative to the raster's west edge, minus the half cell.
    const pCol = (pLng - lng0) * invCellWDeg - 0.5;

    if (useBlocks && pLat <= latMaxAbs && pLat >= -latMaxAbs) {
      let full = true;
      for (let br = (rLo / B) | 0, br1 = (rHi / B) | 0; full && br <= br1; br++) {
        const r0 = br * B;
        const r1 = r0 + B > rows ? rows - 1 : r0 + B - 1;
        const dRows = rowF < r0 ? r0 - rowF : rowF > r1 ? rowF - r1 : 0;
        // Rounded down (and nudged below float noise), so the bound can only be wider.
        const q = (dRows * Q - 1e-6) | 0;
        if (q >= reachLen) continue;
        const halfCols = reachCols[q]!;
        if (halfCols < 0) continue;
        let cLo = Math.ceil(pCol - halfCols);
        let cHi = Math.floor(pCol + halfCols);
        if (cLo < 0) cLo = 0;
        if (cHi > cols - 1) cHi = cols - 1;
        if (cLo > cHi) continue;
        const bc0 = (cLo / BC) | 0;
        const bc1 = (cHi / BC) | 0;
        const wb = br * words;
        for (let w = bc0 >> 5, w1 = bc1 >> 5; w <= w1; w++) {
          const mask = (w === bc0 >> 5 ? -1 << (bc0 & 31) : -1) & (w === w1 ? -1 >>> (31 - (bc1 & 31)) : -1);
          if ((blockFull[wb + w]! & mask) !== mask) {
            full = false;
            break;
          }
        }
      }
      if (full) continue;
    }

    const pLatRad = pLat * RAD;
    const invCosP = 1 / Math.cos(pLatRad);
    // sin((φ_row − φ_place) / 2) by the difference formula on cached half-angle sines and
    // cosines: no cancellation (both products are O(1), their difference is the small
    // result with absolute error ~1e-16, i.e. nanometres of distance).
    const sinHalfP = Math.sin(pLatRad / 2);
    const cosHalfP = Math.cos(pLatRad / 2);
    // While walking the rows, also record the blocks this place covers completely: every
    // row of the block (clamped to the raster) has a run spanning the block's columns.
    // `maxLo > minHi` marks a block row that cannot be full.
    let rEnd = (((rLo / B) | 0) + 1) * B - 1;
    if (rEnd > rows - 1) rEnd = rows - 1;
    let maxLo = rLo % B === 0 ? 0 : cols;
    let minHi = cols - 1;
    for (let r = rLo; r <= rHi; r++) {
      const sDl = sinHalfRow[r]! * cosHalfP - cosHalfRow[r]! * sinHalfP;
      const havDLat = sDl * sDl;
      if (havDLat <= havTheta) {
        const h = (havTheta - havDLat) * invCosP * invCosRow[r]!;
        const halfCols = (h >= 1 ? 180 : 2 * asinSmall(Math.sqrt(h)) * DEG + EPS_DEG) * invCellWDeg;
        let cLo = Math.ceil(pCol - halfCols);
        let cHi = Math.floor(pCol + halfCols);
        if (cLo < 0) cLo = 0;
        if (cHi > cols - 1) cHi = cols - 1;
        if (cLo <= cHi) {
          const base = r * stride;
          diff[base + cLo]!++;
          diff[base + cHi + 1]!--;
          if (cLo > maxLo) maxLo = cLo;
          if (cHi < minHi) minHi = cHi;
        } else maxLo = cols;
      } else maxLo = cols;
      if (r === rEnd) {
        if (useBlocks && maxLo <= minHi) {
          const bcA = Math.ceil(maxLo / BC);
          const bcB = minHi === cols - 1 ? bCols - 1 : (((minHi + 1) / BC) | 0) - 1;
          const wb = ((r / B) | 0) * words;
          for (let w = bcA >> 5, w1 = bcB >> 5; bcA <= bcB && w <= w1; w++) {
            blockFull[wb + w]! |= (w === bcA >> 5 ? -1 << (bcA & 31) : -1) & (w === w1 ? -1 >>> (31 - (bcB & 31)) : -1);
          }
        }
        rEnd = rEnd + B > rows - 1 ? rows - 1 : rEnd + B;
        maxLo = 0;
        minHi = cols - 1;
      }
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
