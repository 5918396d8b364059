import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { meshBlock } from './__fixtures__/mesh-block';
import { meshCellCenter } from './mesh-code';
import { districtWalkCoverage } from './district-walk-coverage';

describe('districtWalkCoverage', () => {
  // a 10 × 10 block of 100 m cells, 10 residents each (4 aged 65+)
  const cells = meshBlock(10, 10);
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
