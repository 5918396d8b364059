import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { districtWalkGaps } from './district-walk-gaps';
import { greatCircleM } from '../domain/great-circle-m';
import { meshBlock } from './__fixtures__/mesh-block';
import { meshCellCenter } from './mesh-code';

// A 20 × 10 block of 100 m cells, 10 residents each (4 aged 65+); the district is the west half.
const cells = meshBlock(20, 10);
const west: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [139, 36],
      [139.0125, 36],
      [139.0125, 36.00833],
      [139, 36.00833],
      [139, 36],
    ],
  ],
};
const district = { id: 'd1', name: '西地区', geometry: west };
const inDistrict = cells.filter((c) =>
  booleanPointInPolygon(meshCellCenter(c.meshCode, 100), west),
);
// one place at the district's south-west corner
const place = meshCellCenter(inDistrict[0]!.meshCode, 100);

describe('districtWalkGaps', () => {
  it("counts the district's residents only, and its uncovered ones as a brute force does", () => {
    const walkM = 400;
    const r = districtWalkGaps(cells, district, [place], walkM, 3)!;
    expect(inDistrict.length).toBeGreaterThan(0);
    expect(inDistrict.length).toBeLessThan(cells.length);
    expect(r.population).toBe(inDistrict.length * 10);
    const far = inDistrict.filter((c) => {
      const [lng, lat] = meshCellCenter(c.meshCode, 100);
      return greatCircleM(lng, lat, place[0], place[1]) > walkM;
    });
    expect(r.uncovered).toBe(far.length * 10);
    expect(r.uncovered).toBeGreaterThan(0);
    // the gap polygons hold exactly the uncovered residents
    expect(r.gaps.features.reduce((n, f) => n + f.properties.uncovered, 0)).toBeCloseTo(
      r.uncovered,
    );
  });

  it('suggests up to k sites in the district, best first, each covering people not yet covered', () => {
    const r = districtWalkGaps(cells, district, [place], 400, 3)!;
    expect(r.suggestions).toHaveLength(3);
    expect(r.suggestions.map((s) => s.rank)).toEqual([1, 2, 3]);
    for (const s of r.suggestions) {
      expect(booleanPointInPolygon([s.lng, s.lat], west)).toBe(true);
      expect(s.name).toMatch(/^\d{10}$/); // a 100 m mesh code
      expect(s.extraCovered).toBeGreaterThan(0);
      expect(s.extraCovered65).toBeCloseTo(s.extraCovered * 0.4);
      // a suggested site is beyond walking distance of the existing place
      expect(greatCircleM(s.lng, s.lat, place[0], place[1])).toBeGreaterThan(400);
    }
    const gains = r.suggestions.map((s) => s.extraCovered);
    expect([...gains].sort((a, b) => b - a)).toEqual(gains);
    // together they never cover more people than were uncovered
    expect(gains.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(r.uncovered);
  });

  it('finds no gap and suggests nothing when every resident is within reach', () => {
    const r = districtWalkGaps(cells, district, [place], 5000, 3)!;
    expect(r.uncovered).toBe(0);
    expect(r.gaps.features).toHaveLength(0);
    expect(r.suggestions).toHaveLength(0);
  });

  it('is null without cells in the district', () => {
    expect(districtWalkGaps([], district, [place], 800, 3)).toBeNull();
    const elsewhere = {
      ...district,
      geometry: {
        ...west,
        coordinates: [
          [
            [140, 35],
            [140.01, 35],
            [140.01, 35.01],
            [140, 35],
          ],
        ],
      } as Polygon,
    };
    expect(districtWalkGaps(cells, elsewhere, [place], 800, 3)).toBeNull();
  });
});
