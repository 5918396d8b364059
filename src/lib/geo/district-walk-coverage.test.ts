import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { meshCellCenter, meshCodeAt } from './mesh-code';
import { districtWalkCoverage } from './district-walk-coverage';
import type { PopulationCell } from '../domain/types';

describe('districtWalkCoverage', () => {
  // a 10 × 10 block of 100 m cells, 10 residents each (4 aged 65+)
  const origin: [number, number] = [139.0, 36.0];
  const cells: PopulationCell[] = [];
  const codes = new Set<string>();
  for (let i = 0; i < 10; i++)
    for (let j = 0; j < 10; j++) {
      const code = meshCodeAt(
        origin[0] + i * 0.00125 + 0.0006,
        origin[1] + j * 0.000833 + 0.0004,
        100,
      );
      if (codes.has(code)) continue;
      codes.add(code);
      cells.push({ meshCode: code, meshM: 100, population: 10, population65: 4, year: 2020 });
    }
  const district: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [139, 36],
        [139.02, 36],
        [139.02, 36.01],
        [139, 36.01],
        [139, 36],
      ],
    ],
  };

  it('counts residents near a place, and nobody without places', () => {
    const centre = meshCellCenter(cells[0]!.meshCode, 100);
    const near = districtWalkCoverage(
      cells,
      { id: 'd', name: 'D', geometry: district },
      [centre],
      150,
    )!;
    expect(near.population).toBe(cells.length * 10);
    expect(near.covered).toBeGreaterThan(0);
    expect(near.covered).toBeLessThan(near.population);
    expect(near.covered65! / near.covered).toBeCloseTo(0.4);
    const far = districtWalkCoverage(
      cells,
      { id: 'd', name: 'D', geometry: district },
      [centre],
      5000,
    )!;
    expect(far.covered).toBe(far.population);
    expect(
      districtWalkCoverage(cells, { id: 'd', name: 'D', geometry: district }, [], 800)!.covered,
    ).toBe(0);
    expect(
      districtWalkCoverage([], { id: 'd', name: 'D', geometry: district }, [], 800),
    ).toBeNull();
  });
});
