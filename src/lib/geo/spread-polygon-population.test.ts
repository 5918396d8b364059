import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { populationGrid } from './population-grid';
import { spreadPolygonPopulation } from './spread-polygon-population';

const W = 4.5 / 3600;
const H = 3 / 3600;
const rect = (c0: number, r0: number, c1: number, r1: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [139.1 + c0 * W, 36.3 + r0 * H],
      [139.1 + c1 * W, 36.3 + r0 * H],
      [139.1 + c1 * W, 36.3 + r1 * H],
      [139.1 + c0 * W, 36.3 + r1 * H],
      [139.1 + c0 * W, 36.3 + r0 * H],
    ],
  ],
});

describe('spreadPolygonPopulation', () => {
  it('spreads evenly over the cells whose centres lie inside (2 × 2 cells, 100 people → 25 each)', () => {
    const entries = spreadPolygonPopulation(
      [{ geometry: rect(0, 0, 2, 2), population: 100, population65: 40 }],
      100,
    );
    expect(entries).toHaveLength(4);
    for (const e of entries) expect([e.population, e.population65]).toEqual([25, 10]);
  });

  it('puts a polygon without a cell centre into the cell of a point on its surface', () => {
    // A sliver inside cell (3, 1) that misses the centre (3.5, 1.5).
    const entries = spreadPolygonPopulation(
      [{ geometry: rect(3.1, 1.1, 3.3, 1.9), population: 7, population65: null }],
      100,
    );
    expect(entries).toEqual([{ col: 31283, row: 43561, population: 7, population65: null }]);
  });

  it('keeps the total when neighbours share cells', () => {
    // Split at x = 1.6 cells: centres 0.5 and 1.5 fall left (15 each), 2.5 right (30).
    const grid = populationGrid(
      spreadPolygonPopulation(
        [
          { geometry: rect(0, 0, 1.6, 1), population: 30, population65: null },
          { geometry: rect(1.6, 0, 3, 1), population: 30, population65: null },
        ],
        100,
      ),
      100,
    );
    expect(Array.from(grid.population)).toEqual([15, 15, 30]);
  });
});
