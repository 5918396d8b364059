/**
 * Which area (district) each grid cell reports to: the area containing the cell centre.
 * Features that share a name are one area (a district drawn as several polygons).
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { cellCentresInPolygon } from './cell-centres-in-polygon';
import type { PopulationGrid } from './population-grid';

/** One area feature: a name, an optional id (the first one seen is kept per name), a geometry. */
export interface AreaInput {
  name: string;
  id?: string;
  geometry: Polygon | MultiPolygon;
}

/** The areas, one per distinct name, in first-seen order, and each cell's area index (−1: none). */
export interface CellAreas {
  names: string[];
  ids: string[];
  cellArea: Int32Array;
}

/**
 * Assigns each cell to the area whose geometry contains its centre. Where areas overlap, the
 * first area listed wins; a cell in no area gets −1 and is reported as unassigned.
 */
export function assignCellsToAreas(grid: PopulationGrid, areas: readonly AreaInput[]): CellAreas {
  const names: string[] = [];
  const ids: string[] = [];
  const byName = new Map<string, number>();
  const cellArea = new Int32Array(grid.n).fill(-1);
  for (const a of areas) {
    let k = byName.get(a.name);
    if (k === undefined) {
      k = names.length;
      byName.set(a.name, k);
      names.push(a.name);
      ids.push(a.id ?? '');
    }
    const areaIndex = k;
    cellCentresInPolygon(a.geometry, grid.meshM, (col, row) => {
      const c = col - grid.col0;
      const r = row - grid.row0;
      if (c < 0 || r < 0 || c >= grid.cols || r >= grid.rows) return;
      const i = grid.rasterToCell[r * grid.cols + c]!;
      if (i >= 0 && cellArea[i]! < 0) cellArea[i] = areaIndex;
    });
  }
  return { names, ids, cellArea };
}
