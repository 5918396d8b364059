/**
 * Global integer indices of JIS X 0410 mesh cells: `col` counts cells east from 100°E and
 * `row` counts cells north from the equator. Every mesh level nests exactly in 1/8″ units
 * (see mesh-code.ts), so a 100 m, 250 m or 500 m cell is exactly one `(col, row)` pair and
 * neighbouring cells differ by one. Grids, tracing and spreading work on these integers.
 */
import { meshCellBounds, meshCodeAt, type MeshSizeM } from './mesh-code';

/** 1/8 arc-second units per degree, as in mesh-code.ts. */
export const UNITS_PER_DEG = 28800;

/** Mesh sizes a population grid may use. */
export type GridMeshM = 100 | 250 | 500;

/** Cell width (longitude) and height (latitude) in 1/8″ units. */
export function meshCellUnits(meshM: GridMeshM): { w: number; h: number } {
  switch (meshM) {
    case 100:
      return { w: 36, h: 24 };
    case 250:
      return { w: 90, h: 60 };
    case 500:
      return { w: 180, h: 120 };
    default:
      throw new RangeError(`unsupported mesh size ${String(meshM)} (use 100, 250 or 500)`);
  }
}

/** A cell's global index. */
export interface MeshIndex {
  col: number;
  row: number;
}

/**
 * The index of the cell containing `[lng, lat]` (edges belong to the north-east cell, as in
 * {@link meshCodeAt}). @throws RangeError outside the JIS X 0410 range.
 */
export function meshIndexAt(lng: number, lat: number, meshM: GridMeshM): MeshIndex {
  // Reuse the code encoder (its edge snapping), then decode: one exact path for both.
  return meshIndexOfCode(meshCodeAt(lng, lat, meshM), meshM);
}

/** The index of the cell a mesh code names (`meshM` disambiguates 10-digit codes). */
export function meshIndexOfCode(code: string, meshM: GridMeshM): MeshIndex {
  const expectedLength = meshM === 500 ? 9 : 10;
  if (code.length !== expectedLength) {
    throw new RangeError(
      `mesh code '${code}' has ${code.length} digits; a ${meshM} m code has ${expectedLength}`,
    );
  }
  const [w, s] = meshCellBounds(code, meshM as MeshSizeM);
  const { w: cw, h: ch } = meshCellUnits(meshM);
  return {
    col: Math.round((w * UNITS_PER_DEG - 100 * UNITS_PER_DEG) / cw),
    row: Math.round((s * UNITS_PER_DEG) / ch),
  };
}

/** The mesh code of a global index. */
export function meshCodeOfIndex(col: number, row: number, meshM: GridMeshM): string {
  const { w, h } = meshCellUnits(meshM);
  return meshCodeAt(
    100 + ((col + 0.5) * w) / UNITS_PER_DEG,
    ((row + 0.5) * h) / UNITS_PER_DEG,
    meshM as MeshSizeM,
  );
}
