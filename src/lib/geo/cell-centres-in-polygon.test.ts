import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { cellCentresInPolygon } from './cell-centres-in-polygon';

const W = 4.5 / 3600;
const H = 3 / 3600;
const C0 = 31280; // 139.1°E
const R0 = 43560; // 36.3°N
const x = (c: number): number => 139.1 + c * W;
const y = (r: number): number => 36.3 + r * H;
const rect = (c0: number, r0: number, c1: number, r1: number): number[][] => [
  [x(c0), y(r0)],
  [x(c1), y(r0)],
  [x(c1), y(r1)],
  [x(c0), y(r1)],
  [x(c0), y(r0)],
];

function collect(g: Polygon | MultiPolygon): string[] {
  const out: string[] = [];
  cellCentresInPolygon(g, 100, (col, row) => out.push(`${col - C0},${row - R0}`));
  return out.sort();
}

describe('cellCentresInPolygon', () => {
  it('finds the centres inside a rectangle drawn on cell edges (4 × 3 cells → 12)', () => {
    expect(collect({ type: 'Polygon', coordinates: [rect(0, 0, 4, 3)] })).toHaveLength(12);
  });

  it('leaves out the cells of a hole, and counts both parts of a multipolygon', () => {
    // 3 × 3 with the middle cell as a hole → 8; plus a separate 1 × 2 part → 10.
    const withHole: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[rect(0, 0, 3, 3), rect(1, 1, 2, 2).reverse()], [rect(5, 0, 6, 2)]],
    };
    const got = collect(withHole);
    expect(got).toHaveLength(10);
    expect(got).not.toContain('1,1');
    expect(got).toContain('5,1');
  });

  it('takes a centre only when the polygon reaches it (a thin sliver holds none)', () => {
    // A sliver from 0.1 to 0.4 of a cell wide holds no centre (centres are at 0.5).
    expect(collect({ type: 'Polygon', coordinates: [rect(0.1, 0, 0.4, 5)] })).toEqual([]);
    // A right triangle with legs of 2.2 cells: centres (0.5,0.5), (1.5,0.5) and (0.5,1.5) lie
    // below the hypotenuse x + y = 2.2; (1.5,1.5) and (2.5,0.5) do not.
    const tri: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [x(0), y(0)],
          [x(2.2), y(0)],
          [x(0), y(2.2)],
          [x(0), y(0)],
        ],
      ],
    };
    expect(collect(tri)).toEqual(['0,0', '0,1', '1,0']);
  });

  it('gives a cell on a shared boundary to exactly one of two neighbours', () => {
    // Two polygons split at the centre column 0.5 exactly.
    const left = collect({ type: 'Polygon', coordinates: [rect(0, 0, 0.5, 1)] });
    const right = collect({ type: 'Polygon', coordinates: [rect(0.5, 0, 2, 1)] });
    expect(left.length + right.length).toBe(2);
  });
});
