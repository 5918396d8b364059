import { UNITS_PER_DEG } from './mesh-index';
import type { PopulationGrid } from './population-grid';

/** Where a population grid's raster lies, in WGS84 degrees. */
export interface RasterOrigin {
  /** Latitude of the raster's south edge. */
  southDeg: number;
  /** Longitude of the raster's west edge. */
  westDeg: number;
  /** Height and width of one cell. */
  cellHDeg: number;
  cellWDeg: number;
}

/**
 * The raster's south-west corner and cell size in degrees. Row r's centres lie at latitude
 * `southDeg + (r + 0.5) · cellHDeg`, column c's at longitude `westDeg + (c + 0.5) · cellWDeg`
 * (mesh longitudes count from 100° E, see mesh-index.ts).
 */
export function rasterOrigin(grid: PopulationGrid): RasterOrigin {
  return {
    southDeg: (grid.row0 * grid.cellHUnits) / UNITS_PER_DEG,
    westDeg: 100 + (grid.col0 * grid.cellWUnits) / UNITS_PER_DEG,
    cellHDeg: grid.cellHUnits / UNITS_PER_DEG,
    cellWDeg: grid.cellWUnits / UNITS_PER_DEG,
  };
}
