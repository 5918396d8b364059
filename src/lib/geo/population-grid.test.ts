import { describe, expect, it } from 'vitest';
import { meshCellCenter } from './mesh-code';
import { meshIndexAt, meshIndexOfCode, meshCodeOfIndex } from './mesh-index';
import { gridCellCode, gridEntriesFromMeshCodes, populationGrid } from './population-grid';

describe('mesh indices', () => {
  it('round-trips codes and puts neighbours one apart', () => {
    // 5439306800 is the 100 m cell whose SW corner is (139.1, 36.3) (see mesh-code.test.ts).
    // col = (139.1 − 100) · 28800 / 36 = 31280, row = 36.3 · 28800 / 24 = 43560.
    expect(meshIndexOfCode('5439306800', 100)).toEqual({ col: 31280, row: 43560 });
    expect(meshIndexOfCode('5439306801', 100)).toEqual({ col: 31281, row: 43560 });
    expect(meshIndexOfCode('5439306810', 100)).toEqual({ col: 31280, row: 43561 });
    // Crossing a 3rd-level edge: column 9 of 54393068 → column 0 of 54393069.
    expect(meshIndexOfCode('5439306909', 100).col - meshIndexOfCode('5439306800', 100).col).toBe(
      19,
    );
    expect(meshCodeOfIndex(31280, 43560, 100)).toBe('5439306800');
    // 250 m: 39.1° · 28800 / 90 = 12512, 36.3° · 28800 / 60 = 17424; 500 m: half of each.
    expect(meshIndexAt(139.1, 36.3, 250)).toEqual({ col: 12512, row: 17424 });
    expect(meshIndexOfCode('543930681', 500)).toEqual({ col: 6256, row: 8712 });
  });

  it('rejects a code of the wrong length for the mesh', () => {
    expect(() => meshIndexOfCode('543930681', 100)).toThrow(/9 digits/);
  });
});

describe('populationGrid', () => {
  it('lays cells on a raster, sums duplicates and keeps centres exact', () => {
    const grid = populationGrid(
      gridEntriesFromMeshCodes(
        [
          { meshCode: '5439306800', population: 10, population65: 4 },
          { meshCode: '5439306811', population: 5, population65: 1 },
          { meshCode: '5439306800', population: 2, population65: 1 },
        ],
        100,
      ),
      100,
    );
    expect(grid.n).toBe(2);
    expect([grid.cols, grid.rows]).toEqual([2, 2]);
    expect(Array.from(grid.population)).toEqual([12, 5]);
    expect(Array.from(grid.population65)).toEqual([5, 1]);
    expect(grid.has65).toBe(true);
    expect(Array.from(grid.rasterToCell)).toEqual([0, -1, -1, 1]);
    const [lng, lat] = meshCellCenter('5439306811', 100);
    expect(grid.lng[1]).toBeCloseTo(lng, 12);
    expect(grid.lat[1]).toBeCloseTo(lat, 12);
    expect(gridCellCode(grid, 1)).toBe('5439306811');
  });

  it('marks 65+ as unknown when a populated cell lacks it, and rejects negative population', () => {
    const g = populationGrid([{ col: 1, row: 1, population: 3, population65: null }], 100);
    expect(g.has65).toBe(false);
    expect(() =>
      populationGrid([{ col: 1, row: 1, population: -1, population65: null }], 100),
    ).toThrow(/≥ 0/);
    expect(populationGrid([], 100).n).toBe(0);
  });
});
