import { forEachRowRunWithinM } from './for-each-row-run-within-m';
import type { PopulationGrid } from './population-grid';

/**
 * Calls `visit(i)` for each grid cell whose centre lies within `walkM` metres (great-circle)
 * of the point, exactly as classifyCoverage counts a cell covered.
 */
export function forEachCellWithinM(
  grid: PopulationGrid,
  lng: number,
  lat: number,
  walkM: number,
  visit: (i: number) => void,
): void {
  forEachRowRunWithinM(grid, lng, lat, walkM, (r, cLo, cHi) => {
    for (let c = cLo; c <= cHi; c++) {
      const i = grid.rasterToCell[r * grid.cols + c]!;
      if (i >= 0) visit(i);
    }
  });
}
