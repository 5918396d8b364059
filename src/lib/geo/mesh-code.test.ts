import { describe, expect, it } from 'vitest';
import { meshCellBounds, meshCellCenter, meshCodeAt, type MeshSizeM } from './mesh-code';

/*
 * Tokyo Station, (139.7671, 35.6812), by hand:
 *   1st:  35.6812 × 1.5 = 53.5218 → 53;  139.7671 − 100 = 39.7671 → 39          → 5339
 *         south edge 53 / 1.5 = 35.33333°, west edge 139°
 *   2nd:  (35.6812 − 35.33333) / (5/60)  = 0.34787 / 0.083333 = 4.1744 → 4
 *         (139.7671 − 139) / (7.5/60)    = 0.7671 / 0.125      = 6.1368 → 6    → 533946
 *   3rd:  0.1744 × 10 = 1.744 → 1;  0.1368 × 10 = 1.368 → 1                      → 53394611
 *   half: remaining fractions 0.744 (≥ 0.5: north), 0.368 (< 0.5: west) → NW = 3  → 533946113
 *   quarter: inside the half cell (0.744 − 0.5) × 2 = 0.488 (south),
 *            0.368 × 2 = 0.736 (east) → SE = 2                                      → 5339461132
 *   100 m: row floor(0.744 × 10) = 7, column floor(0.368 × 10) = 3                  → 5339461173
 */
const TOKYO_STATION: [number, number] = [139.7671, 35.6812];

describe('meshCodeAt', () => {
  it('encodes Tokyo Station at every level', () => {
    const [lng, lat] = TOKYO_STATION;
    expect(meshCodeAt(lng, lat, 1000)).toBe('53394611');
    expect(meshCodeAt(lng, lat, 1000).slice(0, 4)).toBe('5339');
    expect(meshCodeAt(lng, lat, 1000).slice(0, 6)).toBe('533946');
    expect(meshCodeAt(lng, lat, 500)).toBe('533946113');
    expect(meshCodeAt(lng, lat, 250)).toBe('5339461132');
    expect(meshCodeAt(lng, lat, 100)).toBe('5339461173');
  });

  it('encodes a point in the demo city area', () => {
    /*
     * (139.1, 36.3): 36.3 × 1.5 = 54.45 → 54; 39.1 → 39                           → 5439
     *   lat in 1st cell: 36.3 − 36 = 0.3° = 18′ → 18 / 5 = 3.6 → 3; 3′ left = 180″
     *   lng: 0.1° = 6′ = 360″ → 360 / 450 = 0.8 → 0; 360″ left
     *   3rd: 180″ / 30 = 6 → 6 (0″ left: on the cell's south edge); 360″ / 45 = 8 → 8 (0″ left)
     *   → 54393068; 100 m: row 0, column 0 → 5439306800; half SW = 1, quarter SW = 1
     */
    expect(meshCodeAt(139.1, 36.3, 1000)).toBe('54393068');
    expect(meshCodeAt(139.1, 36.3, 100)).toBe('5439306800');
    expect(meshCodeAt(139.1, 36.3, 500)).toBe('543930681');
    expect(meshCodeAt(139.1, 36.3, 250)).toBe('5439306811');
  });

  it('puts a point on a cell edge into the cell to its north-east, despite float error', () => {
    // 35°40′ is a 2nd-level edge: row 53 starts at 35°20′, and 35°20′ + 4 × 5′ = 35°40′.
    // 35 + 40/60 is not exact in binary (35.666666666666664); naive floor arithmetic gives row 3.
    const edgeLat = 35 + 40 / 60;
    expect(meshCodeAt(139.5, edgeLat, 1000)).toBe('53394400');
    expect(meshCodeAt(139.5, edgeLat - 1e-9, 1000)).toBe('53393490');
    // A 3rd-level edge: 36°18′ exactly = 36.3 (above), column edge 139°06′ = 139.1.
    expect(meshCodeAt(139.1 - 1e-9, 36.3 - 1e-9, 1000)).toBe('54393057');
    // 100 m edge 3″ above 36.3: row 1.
    expect(meshCodeAt(139.1, 36.3 + 3 / 3600, 100)).toBe('5439306810');
    expect(meshCodeAt(139.1 + 4.5 / 3600, 36.3, 100)).toBe('5439306801');
  });

  it('rejects points outside the JIS X 0410 range', () => {
    expect(() => meshCodeAt(99.9, 35, 1000)).toThrow(RangeError);
    expect(() => meshCodeAt(139, 70, 1000)).toThrow(RangeError);
    expect(() => meshCodeAt(Number.NaN, 35, 1000)).toThrow(RangeError);
  });
});

describe('meshCellBounds', () => {
  it('gives the nominal size of every level', () => {
    const cases: [string, MeshSizeM | undefined, number, number][] = [
      ['5339', undefined, 40 * 60, 3600],
      ['533946', undefined, 5 * 60, 7.5 * 60],
      ['53394611', undefined, 30, 45],
      ['533946113', undefined, 15, 22.5],
      ['5339461132', 250, 7.5, 11.25],
      ['5339461173', 100, 3, 4.5],
      ['5339461173', undefined, 3, 4.5],
    ];
    for (const [code, meshM, latSec, lngSec] of cases) {
      const [w, s, e, n] = meshCellBounds(code, meshM);
      expect((n - s) * 3600).toBeCloseTo(latSec, 9);
      expect((e - w) * 3600).toBeCloseTo(lngSec, 9);
    }
  });

  it('decodes the 1st-level corner as lat = p / 1.5, lng = u + 100', () => {
    expect(meshCellBounds('5339')).toEqual([139, 53 / 1.5, 140, 54 / 1.5]);
  });

  it('nests finer cells inside coarser ones and contains the encoded point', () => {
    const [lng, lat] = TOKYO_STATION;
    const codes: [string, MeshSizeM | undefined][] = [
      ['5339', undefined],
      ['533946', undefined],
      [meshCodeAt(lng, lat, 1000), undefined],
      [meshCodeAt(lng, lat, 500), undefined],
      [meshCodeAt(lng, lat, 250), 250],
      [meshCodeAt(lng, lat, 100), 100],
    ];
    for (const [code, meshM] of codes) {
      const [w, s, e, n] = meshCellBounds(code, meshM);
      expect(lng).toBeGreaterThanOrEqual(w);
      expect(lng).toBeLessThan(e);
      expect(lat).toBeGreaterThanOrEqual(s);
      expect(lat).toBeLessThan(n);
    }
  });

  it('shares exact edges between neighbouring cells', () => {
    // 100 m cells: column 9 of 3rd-level cell …11 touches column 0 of …12.
    const left = meshCellBounds('5339461179');
    const right = meshCellBounds('5339461270');
    expect(left[2]).toBe(right[0]);
    // Quadrants of a half mesh: SW's north edge is NW's south edge.
    expect(meshCellBounds('533946111')[3]).toBe(meshCellBounds('533946113')[1]);
    expect(meshCellBounds('533946111')[2]).toBe(meshCellBounds('533946112')[0]);
  });

  it('rejects malformed codes', () => {
    expect(() => meshCellBounds('53394')).toThrow(RangeError);
    expect(() => meshCellBounds('5339a611')).toThrow(RangeError);
    expect(() => meshCellBounds('533986')).toThrow(RangeError); // 2nd-level digit 8
    expect(() => meshCellBounds('533946115')).toThrow(RangeError); // quadrant 5
    expect(() => meshCellBounds('5339461105', 250)).toThrow(RangeError); // quadrant 0
  });
});

describe('meshCellCenter', () => {
  it('round-trips centre → code at every size', () => {
    const sizes: MeshSizeM[] = [100, 250, 500, 1000];
    // A small sweep over the demo city area, including points on exact cell edges.
    for (let i = 0; i < 40; i++) {
      const lng = 139.0 + i * 0.0037;
      const lat = 36.25 + i * 0.0025;
      for (const size of sizes) {
        const code = meshCodeAt(lng, lat, size);
        const [cx, cy] = meshCellCenter(code, size === 250 ? 250 : size === 100 ? 100 : undefined);
        expect(meshCodeAt(cx, cy, size)).toBe(code);
      }
    }
  });

  it('matches the Tokyo Station 3rd-level cell centre by hand', () => {
    // 53394611: south = 35°20′ + 4×5′ + 1×30″ = 35°40′30″; west = 139° + 6×7′30″ + 1×45″ = 139°45′45″.
    // Centre = (139°45′45″ + 22.5″, 35°40′30″ + 15″) = (139°46′07.5″, 35°40′45″).
    const [lng, lat] = meshCellCenter('53394611');
    expect(lng).toBeCloseTo(139 + 46 / 60 + 7.5 / 3600, 12);
    expect(lat).toBeCloseTo(35 + 40 / 60 + 45 / 3600, 12);
  });
});
