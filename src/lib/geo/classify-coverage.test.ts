import { describe, expect, it } from 'vitest';
import { classifyCoverage } from './classify-coverage';
import { greatCircleM } from '../domain/great-circle-m';
import { populationGrid, type GridEntry } from './population-grid';
import { meshIndexAt } from './mesh-index';

function block(col0: number, row0: number, cols: number, rows: number): GridEntry[] {
  const out: GridEntry[] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++)
      out.push({ col: col0 + c, row: row0 + r, population: 1, population65: null });
  return out;
}

function bruteForce(
  grid: ReturnType<typeof populationGrid>,
  places: [number, number][],
  walkM: number,
): number[] {
  const out: number[] = [];
  for (let i = 0; i < grid.n; i++)
    out.push(
      places.some((p) => greatCircleM(grid.lng[i]!, grid.lat[i]!, p[0], p[1]) <= walkM) ? 1 : 0,
    );
  return out;
}

describe('classifyCoverage', () => {
  const origin = meshIndexAt(139.0, 36.3, 100);
  const grid = populationGrid(block(origin.col, origin.row, 60, 50), 100);

  it('agrees exactly with a per-cell haversine check', () => {
    // Deterministic pseudo-random places, some outside the grid.
    let s = 7;
    const rnd = (): number => (s = (s * 16807) % 2147483647) / 2147483647;
    const places: [number, number][] = [];
    for (let k = 0; k < 25; k++)
      places.push([139.0 - 0.01 + rnd() * 0.095, 36.3 - 0.01 + rnd() * 0.07]);
    for (const walkM of [0, 150, 300, 555, 1000, 1500]) {
      expect(Array.from(classifyCoverage(grid, places, walkM))).toEqual(
        bruteForce(grid, places, walkM),
      );
    }
  });

  it('agrees exactly with a per-cell haversine check when places are many (skipping redundant places)', () => {
    // ≥ 256 places with a radius of several rows: the path that skips places whose reach is
    // already covered. Clustered places overlap heavily; a sparse ring leaves gaps whose
    // edges must still be exact.
    let s = 11;
    const rnd = (): number => (s = (s * 16807) % 2147483647) / 2147483647;
    const places: [number, number][] = [];
    for (let k = 0; k < 500; k++)
      places.push([139.0 + 0.01 + rnd() * 0.03, 36.3 + 0.005 + rnd() * 0.02]);
    for (let k = 0; k < 100; k++)
      places.push([139.0 - 0.005 + rnd() * 0.085, 36.3 - 0.005 + rnd() * 0.05]);
    for (const walkM of [300, 555, 1000]) {
      const covered = Array.from(classifyCoverage(grid, places, walkM));
      expect(covered).toEqual(bruteForce(grid, places, walkM));
      expect(covered.includes(0)).toBe(walkM < 1000);
    }
  });

  it('stays exact on a raster with empty positions, which count as covered only for skipping', () => {
    // A town cut by a 12-cell-wide river with no cells, plus an empty corner: places in the
    // river and beside it are skipped or kept by the tile and bound tests, which treat empty
    // positions as covered; the cells either side must still match a per-cell check.
    const entries = block(origin.col, origin.row, 80, 60).filter((e) => {
      const c = e.col - origin.col;
      const r = e.row - origin.row;
      return !(c >= 30 && c < 42) && !(c >= 60 && r >= 40);
    });
    const holed = populationGrid(entries, 100);
    let s = 23;
    const rnd = (): number => (s = (s * 16807) % 2147483647) / 2147483647;
    const places: [number, number][] = [];
    for (let k = 0; k < 2000; k++) places.push([139.0 + rnd() * 0.1, 36.3 + rnd() * 0.05]);
    for (const walkM of [150, 300, 500, 800]) {
      for (const some of [places.slice(0, 40), places.slice(0, 400), places]) {
        const covered = Array.from(classifyCoverage(holed, some, walkM));
        expect(covered).toEqual(bruteForce(holed, some, walkM));
      }
    }
  });

  it('covers a centre at exactly the walking distance and not one a metre further', () => {
    // Place on the same row as a cell centre: distance to each centre is along the parallel.
    const i = 10 * grid.cols + 20;
    const [lng, lat] = [grid.lng[i]!, grid.lat[i]!];
    const nextLng = grid.lng[i + 3]!;
    const d = greatCircleM(lng, lat, nextLng, lat); // three cells east, ≈ 338 m
    const covered = classifyCoverage(grid, [[lng, lat]], d);
    expect(covered[i + 3]).toBe(1);
    expect(covered[i + 4]).toBe(0);
    expect(classifyCoverage(grid, [[lng, lat]], d - 0.001)[i + 3]).toBe(0);
    // walkM 0 covers exactly the coinciding centre.
    expect(Array.from(classifyCoverage(grid, [[lng, lat]], 0)).reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('returns nothing covered without places and rejects a negative distance', () => {
    expect(classifyCoverage(grid, [], 500).some((v) => v === 1)).toBe(false);
    expect(() => classifyCoverage(grid, [[139, 36.3]], -1)).toThrow(RangeError);
  });
});
