/**
 * The per-grid scratch of `classifyCoverage`: the covered-bits raster, the raster positions
 * without a cell, and latitude-only row tables, built once per grid and reused across calls
 * (a grid is immutable, so a WeakMap keyed by it is safe).
 */
import { UNITS_PER_DEG } from './mesh-index';
import type { PopulationGrid } from './population-grid';

const RAD = Math.PI / 180;

/** Per-grid buffers and latitude-only row tables, reused across calls (a grid is immutable). */
export interface CoverageScratch {
  /** Covered raster positions: bit c of row r in word `r * words + (c >> 5)`. */
  bits: Int32Array;
  /** Raster positions without a cell, preset in `bits` so that they never stop a skip. */
  emptyBits: Int32Array;
  /** Words per raster row. */
  words: number;
  /** Per row: sin and cos of half the centre latitude, and 1 / cos of the latitude. */
  sinHalfRow: Float64Array;
  cosHalfRow: Float64Array;
  invCosRow: Float64Array;
}

const scratch = new WeakMap<PopulationGrid, CoverageScratch>();

/** The scratch of `grid`, built on first use. */
export function coverageScratch(grid: PopulationGrid): CoverageScratch {
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
    const words = (cols + 31) >> 5;
    const emptyBits = new Int32Array(rows * words);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        if (grid.rasterToCell[r * cols + c]! < 0) emptyBits[r * words + (c >> 5)]! |= 1 << (c & 31);
      }
    }
    s = { bits: new Int32Array(rows * words), emptyBits, words, sinHalfRow, cosHalfRow, invCosRow };
    scratch.set(grid, s);
  }
  return s;
}
