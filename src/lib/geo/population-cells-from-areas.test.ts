import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { populationCellsFromAreas } from './population-cells-from-areas';

// Two 400 m × 300 m towns side by side near (139.1°E, 36.3°N), and one without a known population.
const rect = (lng0: number, lat0: number, dLng: number, dLat: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [lng0, lat0],
      [lng0 + dLng, lat0],
      [lng0 + dLng, lat0 + dLat],
      [lng0, lat0 + dLat],
      [lng0, lat0],
    ],
  ],
});
const W = 4.5 / 3600; // one 100 m cell's width in degrees
const H = 3 / 3600;

describe('populationCellsFromAreas', () => {
  it('spreads each town evenly over the cells whose centres it holds, keeps the totals, and leaves unknown towns out', () => {
    const a = {
      geometry: rect(139.1, 36.3, 4 * W, 3 * H),
      population: 1200,
      population65: 360,
      populationYear: 2020,
    };
    const b = {
      geometry: rect(139.1 + 4 * W, 36.3, 4 * W, 3 * H),
      population: 600,
      population65: 120,
      populationYear: 2020,
    };
    const unknown = {
      geometry: rect(139.1, 36.3 + 3 * H, 4 * W, 3 * H),
      population: null,
      population65: null,
    };
    const cells = populationCellsFromAreas([a, b, unknown]);
    expect(cells).toHaveLength(24);
    expect(cells.reduce((s, c) => s + c.population, 0)).toBeCloseTo(1800, 9);
    expect(cells.reduce((s, c) => s + (c.population65 ?? 0), 0)).toBeCloseTo(480, 9);
    expect(new Set(cells.map((c) => Math.round(c.population))).size).toBe(2); // 100 and 50 per cell
    for (const c of cells) expect(c).toMatchObject({ meshM: 100, year: 2020 });
    for (const c of cells) expect(c.meshCode).toMatch(/^\d{10}$/);
    expect(cells.map((c) => c.meshCode)).toEqual([...cells.map((c) => c.meshCode)].sort());
  });

  it('gives null 65+ when any town lacks it, and nothing without towns', () => {
    const a = { geometry: rect(139.1, 36.3, 4 * W, 3 * H), population: 1200, population65: null };
    expect(populationCellsFromAreas([a]).every((c) => c.population65 === null)).toBe(true);
    expect(populationCellsFromAreas([])).toEqual([]);
  });
});
