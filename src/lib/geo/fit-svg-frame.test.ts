import { describe, expect, it } from 'vitest';
import { fitSvgFrame } from './fit-svg-frame';

describe('fitSvgFrame', () => {
  it('is null with nothing to fit', () => {
    expect(fitSvgFrame([], 600)).toBeNull();
  });

  it('spans the width inside the padding, north up', () => {
    const f = fitSvgFrame(
      [
        [139, 36],
        [139.02, 36.01],
        [139.01, 36.005],
      ],
      800,
      16,
    )!;
    expect([f.minLng, f.maxLng, f.minLat, f.maxLat]).toEqual([139, 139.02, 36, 36.01]);
    expect(f.x(139)).toBeCloseTo(16, 9);
    expect(f.x(139.02)).toBeCloseTo(784, 9);
    expect(f.y(36.01)).toBeCloseTo(16, 9);
    expect(f.y(36)).toBeCloseTo(16 + f.heightPx, 9);
  });

  it('keeps shapes true: a degree of longitude is cos(latitude) of a degree of latitude', () => {
    // a box 0.02° × 0.02° at 60° N is drawn twice as wide as it is tall (cos 60° = 0.5)
    const f = fitSvgFrame(
      [
        [10, 59.99],
        [10.02, 60.01],
      ],
      400,
    )!;
    expect(f.heightPx).toBeCloseTo(400 / Math.cos((60 * Math.PI) / 180), 6);
    expect(f.x(10.02) - f.x(10)).toBeCloseTo(400, 9);
  });

  it('does not divide by zero on a single point', () => {
    const f = fitSvgFrame([[139, 36]], 600)!;
    expect(Number.isFinite(f.x(139))).toBe(true);
    expect(f.x(139)).toBe(0);
    expect(f.y(36)).toBe(0);
  });
});
