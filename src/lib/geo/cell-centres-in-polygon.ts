/**
 * Scanline enumeration of the mesh cells whose centres lie inside a (multi)polygon.
 *
 * For each raster row, the polygon's edges that cross the row's centre latitude give sorted
 * longitudes; between each pair (even–odd rule, so holes and the parts of a multipolygon
 * are handled alike) lie the centres inside. Exact up to floating point on the boundary,
 * and linear in (rows × edges), with no per-cell point-in-polygon test.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { meshCellUnits, UNITS_PER_DEG, type GridMeshM } from './mesh-index';

/**
 * Calls `visit(col, row)` (global mesh indices) once for every cell whose centre lies inside
 * `geometry`. A centre exactly on an edge counts by the half-open rule (inside on the south
 * and west edges of a square), so cells on a shared boundary go to exactly one neighbour.
 */
export function cellCentresInPolygon(
  geometry: Polygon | MultiPolygon,
  meshM: GridMeshM,
  visit: (col: number, row: number) => void,
): void {
  const { w, h } = meshCellUnits(meshM);
  const cellWDeg = w / UNITS_PER_DEG;
  const cellHDeg = h / UNITS_PER_DEG;
  // Even–odd over all rings of all parts (parts of a valid multipolygon do not overlap).
  const rings: Position[][] =
    geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  let south = Infinity;
  let north = -Infinity;
  for (const ring of rings)
    for (const p of ring) {
      if (p[1]! < south) south = p[1]!;
      if (p[1]! > north) north = p[1]!;
    }
  if (!(south <= north)) return;
  const rLo = Math.ceil(south / cellHDeg - 0.5);
  const rHi = Math.floor(north / cellHDeg - 0.5);
  const xs: number[] = [];
  for (let row = rLo; row <= rHi; row++) {
    const y = (row + 0.5) * cellHDeg;
    xs.length = 0;
    for (const ring of rings) {
      for (let k = 0, j = ring.length - 1; k < ring.length; j = k++) {
        const [x1, y1] = ring[j] as [number, number];
        const [x2, y2] = ring[k] as [number, number];
        if (y1 <= y !== y2 <= y) xs.push(x1 + ((y - y1) * (x2 - x1)) / (y2 - y1));
      }
    }
    xs.sort((a, b) => a - b);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      // Centres lng = 100 + (col + 0.5) · cellW with xs[k] ≤ lng < xs[k+1].
      const cLo = Math.ceil((xs[k]! - 100) / cellWDeg - 0.5);
      const cHi = Math.ceil((xs[k + 1]! - 100) / cellWDeg - 0.5) - 1;
      for (let col = cLo; col <= cHi; col++) visit(col, row);
    }
  }
}
