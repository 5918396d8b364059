/**
 * A population grid: populated JIS X 0410 mesh cells laid on a dense raster, as flat typed
 * arrays. It is built once per data set and mesh size; every coverage computation (classify,
 * aggregate, trace, suggest) then works on integer cell indices, without objects or strings.
 */
import {
  meshCellUnits,
  meshCodeOfIndex,
  meshIndexOfCode,
  UNITS_PER_DEG,
  type GridMeshM,
} from './mesh-index';

/** One cell's residents before gridding. `col`/`row` are global mesh indices (see mesh-index.ts). */
export interface GridEntry {
  col: number;
  row: number;
  population: number;
  /** Residents aged 65+, or null when the source does not say. */
  population65: number | null;
}

/** Populated cells on a raster. Local raster position of cell i: `cellCol[i]`, `cellRow[i]`. */
export interface PopulationGrid {
  meshM: GridMeshM;
  /** Global index of the raster's south-west cell. */
  col0: number;
  row0: number;
  /** Raster size in cells. */
  cols: number;
  rows: number;
  /** Cell width and height in 1/8″ units (36 × 24 for 100 m). */
  cellWUnits: number;
  cellHUnits: number;
  /** Number of cells. */
  n: number;
  cellCol: Int32Array;
  cellRow: Int32Array;
  /** Raster position `row * cols + col` → cell index, or −1 where no cell is. */
  rasterToCell: Int32Array;
  /** Cell centres, WGS84 degrees. */
  lng: Float64Array;
  lat: Float64Array;
  population: Float64Array;
  /** 65+ residents; 0 where unknown (see `has65`). */
  population65: Float64Array;
  /** True when every entry with residents had a 65+ count. */
  has65: boolean;
}

/**
 * Lays entries on a raster. Entries naming the same cell are summed. Entries may have zero
 * population (they still count as cells, e.g. for tracing).
 *
 * @throws RangeError on a negative or non-finite population
 */
export function populationGrid(entries: readonly GridEntry[], meshM: GridMeshM): PopulationGrid {
  const { w, h } = meshCellUnits(meshM);
  let minC = Infinity;
  let minR = Infinity;
  let maxC = -Infinity;
  let maxR = -Infinity;
  for (const e of entries) {
    if (!Number.isFinite(e.population) || e.population < 0) {
      throw new RangeError(`population must be a number ≥ 0, got ${String(e.population)}`);
    }
    if (e.col < minC) minC = e.col;
    if (e.col > maxC) maxC = e.col;
    if (e.row < minR) minR = e.row;
    if (e.row > maxR) maxR = e.row;
  }
  if (entries.length === 0) {
    minC = minR = 0;
    maxC = maxR = -1;
  }
  const cols = maxC - minC + 1;
  const rows = maxR - minR + 1;
  const rasterToCell = new Int32Array(Math.max(0, rows * cols)).fill(-1);
  const slot: number[] = [];
  const popAcc: number[] = [];
  const pop65Acc: number[] = [];
  let has65 = true;
  for (const e of entries) {
    const k = (e.row - minR) * cols + (e.col - minC);
    let i = rasterToCell[k]!;
    if (i < 0) {
      i = slot.length;
      rasterToCell[k] = i;
      slot.push(k);
      popAcc.push(0);
      pop65Acc.push(0);
    }
    popAcc[i]! += e.population;
    if (e.population65 === null) {
      if (e.population > 0) has65 = false;
    } else pop65Acc[i]! += e.population65;
  }
  const n = slot.length;
  const grid: PopulationGrid = {
    meshM,
    col0: minC,
    row0: minR,
    cols: Math.max(0, cols),
    rows: Math.max(0, rows),
    cellWUnits: w,
    cellHUnits: h,
    n,
    cellCol: new Int32Array(n),
    cellRow: new Int32Array(n),
    rasterToCell,
    lng: new Float64Array(n),
    lat: new Float64Array(n),
    population: Float64Array.from(popAcc),
    population65: Float64Array.from(pop65Acc),
    has65: has65 && n > 0,
  };
  for (let i = 0; i < n; i++) {
    const c = slot[i]! % cols;
    const r = (slot[i]! - c) / cols;
    grid.cellCol[i] = c;
    grid.cellRow[i] = r;
    grid.lng[i] = 100 + ((minC + c + 0.5) * w) / UNITS_PER_DEG;
    grid.lat[i] = ((minR + r + 0.5) * h) / UNITS_PER_DEG;
  }
  return grid;
}

/** Entries from cells given by mesh code (e.g. census mesh statistics), used as is. */
export function gridEntriesFromMeshCodes(
  cells: readonly { meshCode: string; population: number; population65: number | null }[],
  meshM: GridMeshM,
): GridEntry[] {
  return cells.map((c) => ({
    ...meshIndexOfCode(c.meshCode, meshM),
    population: c.population,
    population65: c.population65,
  }));
}

/** The mesh code of grid cell `i`. */
export function gridCellCode(grid: PopulationGrid, i: number): string {
  return meshCodeOfIndex(grid.col0 + grid.cellCol[i]!, grid.row0 + grid.cellRow[i]!, grid.meshM);
}
