import { describe, expect, it } from 'vitest';
import { gridEntriesFromMeshCodes, populationGrid } from './population-grid';
import { rasterOrigin } from './raster-origin';

describe('rasterOrigin', () => {
  it('puts every cell centre at the origin plus (position + ½) cells', () => {
    // 5439306800 has its SW corner at (139.1, 36.3); 5439306912 is 22 columns east, one row north.
    const grid = populationGrid(
      gridEntriesFromMeshCodes(
        [
          { meshCode: '5439306800', population: 5, population65: 1 },
          { meshCode: '5439306912', population: 7, population65: 2 },
        ],
        100,
      ),
      100,
    );
    const o = rasterOrigin(grid);
    expect(o.southDeg).toBeCloseTo(36.3, 12);
    expect(o.westDeg).toBeCloseTo(139.1, 12);
    expect([o.cellWDeg, o.cellHDeg]).toEqual([36 / 28800, 24 / 28800]);
    for (let i = 0; i < grid.n; i++) {
      expect(o.westDeg + (grid.cellCol[i]! + 0.5) * o.cellWDeg).toBeCloseTo(grid.lng[i]!, 12);
      expect(o.southDeg + (grid.cellRow[i]! + 0.5) * o.cellHDeg).toBeCloseTo(grid.lat[i]!, 12);
    }
  });
});
