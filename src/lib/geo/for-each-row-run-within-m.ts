import { EARTH_RADIUS_M } from '../domain/great-circle-m';
import type { PopulationGrid } from './population-grid';
import { rasterOrigin } from './raster-origin';
import { rowRunHalfWidthDeg } from './row-run-half-width-deg';

const RAD = Math.PI / 180;

/**
 * Calls `onRun(r, cLo, cHi)` for each raster row whose cells from column cLo to cHi (inclusive,
 * clamped to the raster, possibly empty positions) have their centre within `walkM` metres
 * (great-circle) of the point `lng`, `lat` (WGS84 degrees). Rows out of reach get no call.
 */
export function forEachRowRunWithinM(
  grid: PopulationGrid,
  lng: number,
  lat: number,
  walkM: number,
  onRun: (r: number, cLo: number, cHi: number) => void,
): void {
  const theta = walkM / EARTH_RADIUS_M;
  const s = Math.sin(theta / 2);
  const havTheta = s * s;
  const thetaDeg = theta / RAD;
  const { southDeg: lat0, westDeg: lng0, cellHDeg: hDeg, cellWDeg: wDeg } = rasterOrigin(grid);
  const rLo = Math.max(0, Math.ceil((lat - thetaDeg - lat0) / hDeg - 0.5) - 1);
  const rHi = Math.min(grid.rows - 1, Math.floor((lat + thetaDeg - lat0) / hDeg - 0.5) + 1);
  const invCosP = 1 / Math.cos(lat * RAD);
  for (let r = rLo; r <= rHi; r++) {
    const rowLat = lat0 + (r + 0.5) * hDeg;
    const sd = Math.sin(((rowLat - lat) * RAD) / 2);
    const half = rowRunHalfWidthDeg(havTheta, sd * sd, invCosP, 1 / Math.cos(rowLat * RAD));
    if (half < 0) continue;
    const cLo = Math.max(0, Math.ceil((lng - half - lng0) / wDeg - 0.5));
    const cHi = Math.min(grid.cols - 1, Math.floor((lng + half - lng0) / wDeg - 0.5));
    if (cLo <= cHi) onRun(r, cLo, cHi);
  }
}
