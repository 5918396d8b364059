import { describe, expect, it } from 'vitest';
import type { Area, Resource } from '$lib/domain/types';
import { summariseByDistrict, totalCounts } from './summaries';
import { areaOf } from '$lib/domain/__fixtures__/area-of';

const area = (id: string, name: string): Area =>
  areaOf({ id, kind: 'district', code: id.toUpperCase(), name });
const res = (id: string, kind: Resource['kind'], districtId: string) =>
  ({ id, kind, districtId }) as Resource;

describe('summariseByDistrict', () => {
  it('counts resources by kind per district and keeps the district order', () => {
    const rows = summariseByDistrict(
      [area('d2', '北'), area('d1', '南')],
      [
        res('a', 'gathering_place', 'd1'),
        res('b', 'gathering_place', 'd1'),
        res('c', 'mutual_aid', 'd2'),
        res('x', 'service', 'zz'),
      ],
      '地区未設定',
    );
    expect(rows.map((r) => r.name)).toEqual(['北', '南', '地区未設定']);
    expect(rows[1]?.counts.gathering_place).toBe(2);
    expect(rows[0]?.counts.mutual_aid).toBe(1);
    expect(rows[2]?.total).toBe(1);
    expect(totalCounts(rows).total).toBe(4);
  });

  it('has no orphan row when every resource has a district', () => {
    expect(
      summariseByDistrict([area('d1', 'A')], [res('a', 'watch_over', 'd1')], '-'),
    ).toHaveLength(1);
  });
});
