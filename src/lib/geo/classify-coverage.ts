/**
 * Straight-line coverage: which grid cells have a counted place within the walking distance
 * (great-circle distance from the cell centre, on the mean-radius sphere).
 *
 * Method: the grid raster is the spatial index, and a bit set over the raster (one bit per
 * raster position, 32 per word) is the result being built. Cell centres in one raster row
 * share a latitude, and the great-circle distance from a place to a point on that parallel
 * grows with the longitude difference, so the cells a place covers in a row form one
 * contiguous run whose half-width follows exactly from the haversine formula:
 *
 *   hav(Δλ_max) = (hav(d/R) − hav(φ_row − φ_place)) / (cos φ_place · cos φ_row)
 *
 * Each place sets the bits of its run in each row it reaches: a few word operations per
 * row and no per-cell distance computations at all. The result is exact: a cell is covered
 * iff its centre is within `walkM`, up to ~1 µm of floating-point tolerance at the boundary.
 *
 * Skipping redundant places. With many places most of them add nothing (10,000 places on
 * 450 km² at 500 m: each cell is within reach of ~17), so before any trigonometry a place's
 * reach is bounded from a small per-call table and tested against the bits already set; a
 * place whose bound holds only covered cells is skipped. The skip is exact because the bound
 * only over-reaches, and raster positions without a cell are preset as covered. Two tests,
 * cheapest first:
 * - tiles a little larger than the reach: once a tile and its eight neighbours hold only
 *   covered cells, every later place in the tile is skipped with one byte read;
 * - otherwise the place's own bound, row by row against the bits.
 * Places are visited spread-out first (the place nearest the centre of each tile about
 * √2 walking radii square, whose disc then covers most of its tile), then the rest tile by
 * tile, so the early places cover most of the map with little overlap.
 * Latitude-only quantities (sin/cos of half the row latitude, 1/cos) are cached per grid.
 */
import { EARTH_RADIUS_M } from '../domain/great-circle-m';
import type { PopulationGrid } from './population-grid';
import { UNITS_PER_DEG } from './mesh-index';
import { rasterOrigin } from './raster-origin';
import { bitSpan } from './bit-span';
import { coverageScratch } from './coverage-scratch';
import { rowRunHalfWidthDeg } from './row-run-half-width-deg';

const RAD = Math.PI / 180;
const DEG = 180 / Math.PI;
/** Tolerance added to the run half-width, in degrees (≈ 1 µm), so a centre at exactly `walkM` counts. */
const EPS_DEG = 1e-11;
/** Steps per row of the reach table used to skip places (finer = tighter bound, longer table). */
const Q = 8;
/** Longest reach table, in entries: radii beyond `REACH_MAX / Q` rows (≈ 47 km on the 100 m mesh) go unskipped. */
const REACH_MAX = 4096;
/** Most tiles for skipping; beyond this (a tiny radius on a huge raster) tiles are not used. */
const TILES_MAX = 1 << 20;

/** Per-call buffers (grown on demand, reused across calls; the function is not re-entrant). */
let order = new Int32Array(0);
let xy = new Float64Array(0);
let tileOf = new Int32Array(0);
let tileCount = new Int32Array(0);
let pickBest = new Int32Array(0);
let pickDist = new Float64Array(0);
/** Per skip tile: 0 = not all covered, 1 = all covered, 2 = changed since last looked at. */
let tileState = new Uint8Array(0);
/** Per skip tile: 1 once the tile and its eight neighbours are all covered (never reverts). */
let nbCovered = new Uint8Array(0);
/** Reach table for skipping places, rebuilt per call (a few dozen entries). */
const reachCols = new Float64Array(REACH_MAX);

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
  const n = places.length;
  if (grid.n === 0 || n === 0) return out;
  const { bits, emptyBits, words, sinHalfRow, cosHalfRow, invCosRow } = coverageScratch(grid);
  bits.set(emptyBits);
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
  const { southDeg: lat0, westDeg: lng0 } = rasterOrigin(grid);

  // The reach bound: `reachCols[q]` bounds a place's run half-width (cell columns) in any
  // row at least q/Q rows of latitude away from it, for any place at |φ| ≤ latMaxAbs and any
  // raster row: hav(Δφ) only grows with |Δφ|, and 1/cos φ is largest at the extreme
  // latitudes. Not used near the poles or for huge radii.
  const latTopDeg = lat0 + rows * cellHDeg;
  const latMaxAbs = Math.max(Math.abs(lat0), Math.abs(latTopDeg)) + thetaDeg + 2 * cellHDeg;
  const reachLen = Math.ceil((radiusRows + 1) * Q) + 1;
  const useSkip = n > 1 && reachLen <= REACH_MAX && latMaxAbs < 80;
  if (useSkip) {
    const kMax =
      (1 / Math.cos(latMaxAbs * RAD)) *
      (invCosRow[0]! > invCosRow[rows - 1]! ? invCosRow[0]! : invCosRow[rows - 1]!);
    for (let q = 0; q < reachLen; q++) {
      const s = Math.sin((q / Q) * cellHDeg * RAD * 0.5);
      const h = (havThetaSlack - s * s) * kMax;
      reachCols[q] =
        h < 0
          ? -1
          : (h >= 1 ? 180 : 2 * Math.asin(Math.sqrt(h)) * DEG + EPS_DEG) *
              invCellWDeg *
              (1 + 1e-9) +
            1e-6;
    }
  }
  const reach0 = useSkip ? reachCols[0]! : 0;

  // Skip tiles: T rows × TC columns, larger than the reach bound in every direction, so a
  // place whose centre position lies in a tile reaches only that tile and its neighbours.
  const T = Math.ceil(radiusRows) + 2;
  const TC = Math.ceil(reach0) + 2;
  const tR = Math.ceil(rows / T);
  const tC = Math.ceil(cols / TC);
  const useTiles = useSkip && tR * tC <= TILES_MAX;
  if (useTiles) {
    if (tileState.length < tR * tC) {
      tileState = new Uint8Array(tR * tC);
      nbCovered = new Uint8Array(tR * tC);
    }
    tileState.fill(2, 0, tR * tC);
    nbCovered.fill(0, 0, tR * tC);
  }

  // Processing order and the places' coordinates in it, as flat numbers.
  if (order.length < n) {
    order = new Int32Array(n);
    xy = new Float64Array(2 * n);
    tileOf = new Int32Array(n);
  }
  if (useTiles) {
    // Spread-out first: in each pick tile (√2 radii square), the place nearest its centre.
    const radiusCols = radiusRows * cellHDeg * invCellWDeg * Math.cos(lat0 * RAD);
    const pickRows = radiusRows * Math.SQRT2 > 1 ? radiusRows * Math.SQRT2 : 1;
    const pickCols = radiusCols * Math.SQRT2 > 1 ? radiusCols * Math.SQRT2 : 1;
    const pR = Math.ceil(rows / pickRows);
    const pC = Math.ceil(cols / pickCols);
    const usePick = pR * pC <= TILES_MAX;
    if (usePick) {
      if (pickBest.length < pR * pC) {
        pickBest = new Int32Array(pR * pC);
        pickDist = new Float64Array(pR * pC);
      }
      pickBest.fill(-1, 0, pR * pC);
    }
    if (tileCount.length < tR * tC + 1) tileCount = new Int32Array(tR * tC + 1);
    tileCount.fill(0, 0, tR * tC + 1);
    const kr = invCellHDeg / pickRows;
    const kc = invCellWDeg / pickCols;
    for (let k = 0; k < n; k++) {
      const lng = places[k]![0];
      const lat = places[k]![1];
      // Skip tile of the place (tR * tC for places off the raster: they go last).
      const r = ((lat - lat0) * invCellHDeg) / T;
      const c = ((lng - lng0) * invCellWDeg) / TC;
      const t = r >= 0 && r < tR && c >= 0 && c < tC ? (r | 0) * tC + (c | 0) : tR * tC;
      tileOf[k] = t;
      tileCount[t]!++;
      if (!usePick) continue;
      const pr = (lat - lat0) * kr;
      const pc = (lng - lng0) * kc;
      if (!(pr >= 0 && pr < pR && pc >= 0 && pc < pC)) continue;
      const p = (pr | 0) * pC + (pc | 0);
      const dr = pr - (pr | 0) - 0.5;
      const dc = pc - (pc | 0) - 0.5;
      const d = dr * dr + dc * dc;
      if (pickBest[p] === -1 || d < pickDist[p]!) {
        pickBest[p] = k;
        pickDist[p] = d;
      }
    }
    // The picks first, then the rest grouped by skip tile (a counting sort).
    let m = 0;
    if (usePick) {
      for (let p = 0; p < pR * pC; p++) {
        const k = pickBest[p]!;
        if (k >= 0) {
          order[m++] = k;
          tileCount[tileOf[k]!]!--;
          tileOf[k] = -1;
        }
      }
    }
    let start = m;
    for (let t = 0; t <= tR * tC; t++) {
      const count = tileCount[t]!;
      tileCount[t] = start;
      start += count;
    }
    for (let k = 0; k < n; k++) {
      const t = tileOf[k]!;
      if (t >= 0) order[tileCount[t]!++] = k;
    }
  } else {
    for (let k = 0; k < n; k++) order[k] = k;
  }
  for (let j = 0; j < n; j++) {
    const place = places[order[j]!]!;
    xy[2 * j] = place[0];
    xy[2 * j + 1] = place[1];
  }

  for (let j = 0; j < n; j++) {
    const pLng = xy[2 * j]!;
    const pLat = xy[2 * j + 1]!;
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
    const inBand = useSkip && pLat <= latMaxAbs && pLat >= -latMaxAbs;
    let tile = -1;

    if (inBand && useTiles) {
      const tr = ((rowF + 0.5) / T) | 0;
      const tc = ((pCol + 0.5) / TC) | 0;
      if (rowF + 0.5 >= 0 && tr < tR && pCol + 0.5 >= 0 && tc < tC) {
        tile = tr * tC + tc;
        if (nbCovered[tile] === 1) continue;
        let all = true;
        for (
          let ti = tr > 0 ? tr - 1 : 0, ti1 = tr + 1 < tR ? tr + 1 : tR - 1;
          all && ti <= ti1;
          ti++
        ) {
          for (let tj = tc > 0 ? tc - 1 : 0, tj1 = tc + 1 < tC ? tc + 1 : tC - 1; tj <= tj1; tj++) {
            const t = ti * tC + tj;
            let st = tileState[t]!;
            if (st === 2) {
              // Changed since last looked at: read its bits again.
              st = 1;
              const c0 = tj * TC;
              const c1 = c0 + TC > cols ? cols - 1 : c0 + TC - 1;
              const r1 = ti * T + T > rows ? rows : ti * T + T;
              for (let r = ti * T; st === 1 && r < r1; r++) {
                for (let w = c0 >> 5, w1 = c1 >> 5; w <= w1; w++) {
                  const mask = bitSpan(w === c0 >> 5 ? c0 & 31 : 0, w === w1 ? c1 & 31 : 31);
                  if ((bits[r * words + w]! & mask) !== mask) {
                    st = 0;
                    break;
                  }
                }
              }
              tileState[t] = st;
            }
            if (st === 0) {
              all = false;
              break;
            }
          }
        }
        if (all) {
          nbCovered[tile] = 1;
          continue;
        }
      }
    }

    if (inBand) {
      // The place's own reach bound, row by row against the bits.
      let redundant = true;
      for (let r = rLo; redundant && r <= rHi; r++) {
        const dRows = rowF < r ? r - rowF : rowF - r;
        // Rounded down (and nudged below float noise), so the bound can only be wider.
        const q = (dRows * Q - 1e-6) | 0;
        if (q >= reachLen) continue;
        const halfCols = reachCols[q]!;
        if (halfCols < 0) continue;
        let cLo = Math.ceil(pCol - halfCols);
        let cHi = Math.floor(pCol + halfCols);
        if (cLo < 0) cLo = 0;
        if (cHi > cols - 1) cHi = cols - 1;
        for (let w = cLo >> 5, w1 = cHi >> 5; cLo <= cHi && w <= w1; w++) {
          const mask = bitSpan(w === cLo >> 5 ? cLo & 31 : 0, w === w1 ? cHi & 31 : 31);
          if ((bits[r * words + w]! & mask) !== mask) {
            redundant = false;
            break;
          }
        }
      }
      if (redundant) continue;
    }

    const pLatRad = pLat * RAD;
    const invCosP = 1 / Math.cos(pLatRad);
    // sin((φ_row − φ_place) / 2) by the difference formula on cached half-angle sines and
    // cosines: no cancellation (both products are O(1), their difference is the small
    // result with absolute error ~1e-16, i.e. nanometres of distance).
    const sinHalfP = Math.sin(pLatRad / 2);
    const cosHalfP = Math.cos(pLatRad / 2);
    let changed = false;
    for (let r = rLo; r <= rHi; r++) {
      const sDl = sinHalfRow[r]! * cosHalfP - cosHalfRow[r]! * sinHalfP;
      const halfDeg = rowRunHalfWidthDeg(havTheta, sDl * sDl, invCosP, invCosRow[r]!);
      if (halfDeg < 0) continue;
      const halfCols = halfDeg * invCellWDeg;
      let cLo = Math.ceil(pCol - halfCols);
      let cHi = Math.floor(pCol + halfCols);
      if (cLo < 0) cLo = 0;
      if (cHi > cols - 1) cHi = cols - 1;
      if (cLo > cHi) continue;
      const wb = r * words;
      const w0 = cLo >> 5;
      const w1 = cHi >> 5;
      if (w0 === w1) bits[wb + w0]! |= bitSpan(cLo & 31, cHi & 31);
      else {
        bits[wb + w0]! |= -1 << (cLo & 31);
        for (let w = w0 + 1; w < w1; w++) bits[wb + w] = -1;
        bits[wb + w1]! |= -1 >>> (31 - (cHi & 31));
      }
      changed = true;
    }
    // Tiles this place may have completed are looked at again when next needed.
    if (changed && useTiles) {
      const tr0 = (rLo / T) | 0;
      const tr1 = (rHi / T) | 0;
      let cLo = Math.floor(pCol - reach0 - 1);
      let cHi = Math.ceil(pCol + reach0 + 1);
      if (cLo < 0) cLo = 0;
      if (cHi > cols - 1) cHi = cols - 1;
      for (let ti = tr0; ti <= tr1; ti++) {
        for (let tj = (cLo / TC) | 0, tj1 = (cHi / TC) | 0; tj <= tj1; tj++) {
          if (tileState[ti * tC + tj] === 0) tileState[ti * tC + tj] = 2;
        }
      }
    }
  }

  // Bits → cells, skipping raster positions without a cell and empty words whole.
  const rasterToCell = grid.rasterToCell;
  for (let r = 0; r < rows; r++) {
    const wb = r * words;
    const rb = r * cols;
    for (let w = 0; w < words; w++) {
      let word = bits[wb + w]! & ~emptyBits[wb + w]!;
      while (word !== 0) {
        const b = 31 - Math.clz32(word & -word);
        word &= word - 1;
        out[rasterToCell[rb + (w << 5) + b]!] = 1;
      }
    }
  }
  return out;
}
