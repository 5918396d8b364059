import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { CellAreas } from './assign-cells-to-areas';
import { populationGrid, type GridEntry } from './population-grid';
import { traceGapPolygons } from './trace-gap-polygons';

/*
 * Hand fixture on the 100 m mesh, global origin col 31280, row 43560 = (139.1°E, 36.3°N).
 * A cell is 4.5″ = 0.00125° wide and 3″ = 0.000833…° high. Picture (row 0 at the bottom):
 *
 *   row 3  A A A . B
 *   row 2  A c A . .
 *   row 1  A A A . B      (c: covered cell inside A's ring → a hole)
 *   row 0  . . . B .      (B cells touch only at corners → three rings sharing vertices)
 */
const C0 = 31280;
const R0 = 43560;
const W = 4.5 / 3600;
const H = 3 / 3600;
const art = ['AAA.B', 'AcA..', 'AAA.B', '...B.'];

function fixture() {
  const entries: GridEntry[] = [];
  const areaOf: number[] = [];
  const cov: number[] = [];
  art.forEach((line, k) => {
    const row = art.length - 1 - k;
    [...line].forEach((ch, col) => {
      if (ch === '.') return;
      entries.push({ col: C0 + col, row: R0 + row, population: 2, population65: 1 });
      areaOf.push(ch === 'B' ? 1 : 0);
      cov.push(ch === 'c' ? 1 : 0);
    });
  });
  const grid = populationGrid(entries, 100);
  // Cells are numbered in entry order, so areaOf/cov line up with them.
  const cellAreas: CellAreas = {
    names: ['A', 'B'],
    ids: ['a', 'b'],
    cellArea: Int32Array.from(areaOf),
  };
  return { grid, cellAreas, covered: Uint8Array.from(cov) };
}

/** Ring vertices back in cell units relative to the fixture origin. */
function cells(ring: Position[]): [number, number][] {
  return ring.map(([lng = 0, lat = 0]) => [
    Math.round((lng - 139.1) / W),
    Math.round((lat - 36.3) / H),
  ]);
}

function signedArea(ring: [number, number][]): number {
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++)
    a += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return a / 2;
}

describe('traceGapPolygons', () => {
  it('traces a square ring with a hole, counter-clockwise outside and clockwise inside', () => {
    const { grid, cellAreas, covered } = fixture();
    const fc = traceGapPolygons(grid, cellAreas, covered);
    const a = fc.features.find((f) => f.properties.name === 'A');
    expect(a?.properties).toEqual({ name: 'A', id: 'a', uncovered: 16, uncovered65: 8, cells: 8 });
    expect(a?.geometry.coordinates).toHaveLength(1);
    const [outer = [], hole = []] = a!.geometry.coordinates[0]!.map(cells);
    // Collinear vertices dropped: 4 corners + closing point.
    expect(outer).toHaveLength(5);
    expect(new Set(outer.map((p) => p.join(',')))).toEqual(new Set(['0,1', '3,1', '3,4', '0,4']));
    expect(signedArea(outer)).toBe(9);
    expect(new Set(hole.map((p) => p.join(',')))).toEqual(new Set(['1,2', '2,2', '2,3', '1,3']));
    expect(signedArea(hole)).toBe(-1);
    expect(outer[0]!).toEqual(outer[outer.length - 1]!);
  });

  it('keeps cells that touch only at a corner as separate polygons', () => {
    const { grid, cellAreas, covered } = fixture();
    const b = traceGapPolygons(grid, cellAreas, covered).features.find(
      (f) => f.properties.name === 'B',
    );
    expect(b?.geometry.coordinates).toHaveLength(3);
    for (const poly of b!.geometry.coordinates) {
      expect(poly).toHaveLength(1);
      expect(signedArea(cells(poly[0]!))).toBe(1);
    }
    expect(b?.properties.cells).toBe(3);
  });

  it('draws nothing when everything is covered, and skips unpopulated or unassigned cells', () => {
    const { grid, cellAreas } = fixture();
    expect(traceGapPolygons(grid, cellAreas, new Uint8Array(grid.n).fill(1)).features).toEqual([]);
    const none: CellAreas = { ...cellAreas, cellArea: new Int32Array(grid.n).fill(-1) };
    expect(traceGapPolygons(grid, none, new Uint8Array(grid.n)).features).toEqual([]);
  });

  it('separates two areas that share an edge', () => {
    const grid = populationGrid(
      [
        { col: C0, row: R0, population: 1, population65: 0 },
        { col: C0 + 1, row: R0, population: 1, population65: 0 },
      ],
      100,
    );
    const fc = traceGapPolygons(
      grid,
      { names: ['X', 'Y'], ids: ['', ''], cellArea: Int32Array.from([0, 1]) },
      new Uint8Array(2),
    );
    expect(fc.features.map((f) => signedArea(cells(f.geometry.coordinates[0]![0]!)))).toEqual([
      1, 1,
    ]);
  });
});
