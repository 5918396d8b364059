import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { neighbouringDistricts } from './neighbouring-districts';

// At 36°N one degree of longitude is 89,960 m (6,371,008.8 m × π/180 × cos 36°).
const M_PER_DEG_LNG = 6371008.8 * (Math.PI / 180) * Math.cos((36 * Math.PI) / 180);
const square = (west: number, east: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, 36],
      [east, 36],
      [east, 36.01],
      [west, 36.01],
      [west, 36],
    ],
  ],
});

// A | B touch at 139.01; a 50 m gap between B and C; D 2 km east of C; E has no boundary.
const gap50 = 50 / M_PER_DEG_LNG;
const districts = [
  { id: 'A', geometry: square(139.0, 139.01) },
  { id: 'B', geometry: square(139.01, 139.02) },
  { id: 'C', geometry: square(139.02 + gap50, 139.03) },
  { id: 'D', geometry: square(139.03 + 2000 / M_PER_DEG_LNG, 139.05 + 2000 / M_PER_DEG_LNG) },
  { id: 'E', geometry: null },
];

const ids = (m: Map<string, Set<string>>, id: string) => [...(m.get(id) ?? [])].sort();

describe('neighbouringDistricts', () => {
  it('counts touching boundaries as neighbours at 0 m', () => {
    const m = neighbouringDistricts(districts, 0);
    expect(ids(m, 'A')).toEqual(['B']);
    expect(ids(m, 'B')).toEqual(['A']);
    expect(ids(m, 'C')).toEqual([]);
  });

  it('adds boundaries within nearM: the 50 m gap at 60 m, not at 40 m', () => {
    expect(ids(neighbouringDistricts(districts, 40), 'C')).toEqual([]);
    const m = neighbouringDistricts(districts, 60);
    expect(ids(m, 'B')).toEqual(['A', 'C']);
    expect(ids(m, 'C')).toEqual(['B']);
    expect(ids(m, 'D')).toEqual([]);
  });

  it('reaches the district 2 km away only with nearM over 2 km', () => {
    expect(ids(neighbouringDistricts(districts, 1990), 'D')).toEqual([]);
    expect(ids(neighbouringDistricts(districts, 2010), 'D')).toEqual(['C']);
  });

  it('gives a district without a boundary an entry and no neighbours', () => {
    expect(ids(neighbouringDistricts(districts, 5000), 'E')).toEqual([]);
  });

  it('finds an enclave next to the district around it', () => {
    const outer: Polygon = {
      type: 'Polygon',
      coordinates: [
        square(139.0, 139.03).coordinates[0]!,
        [
          [139.01, 36.003],
          [139.01, 36.006],
          [139.02, 36.006],
          [139.02, 36.003],
          [139.01, 36.003],
        ],
      ],
    };
    const inner: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [139.01, 36.003],
          [139.02, 36.003],
          [139.02, 36.006],
          [139.01, 36.006],
          [139.01, 36.003],
        ],
      ],
    };
    const m = neighbouringDistricts(
      [
        { id: 'O', geometry: outer },
        { id: 'I', geometry: inner },
      ],
      0,
    );
    expect(ids(m, 'I')).toEqual(['O']);
  });
});
