import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { areaAtPoint } from './area-at-point';

const square = (x0: number, y0: number, x1: number, y1: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ],
  ],
});

describe('areaAtPoint', () => {
  const west = { id: 'w', geometry: square(139, 36, 139.01, 36.01) };
  const east = { id: 'e', geometry: square(139.01, 36, 139.02, 36.01) };

  it('finds the area containing the point ([lng, lat])', () => {
    expect(areaAtPoint([west, east], [139.015, 36.005])?.id).toBe('e');
    expect(areaAtPoint([west, east], [139.005, 36.005])?.id).toBe('w');
  });

  it('is null outside every area and when boundaries are not loaded', () => {
    expect(areaAtPoint([west, east], [139.5, 36.005])).toBeNull();
    expect(areaAtPoint([{ id: 'x', geometry: null }], [139.005, 36.005])).toBeNull();
  });
});
