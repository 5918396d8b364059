import { describe, expect, it } from 'vitest';
import { confirmationShare } from './confirmation-share';
import { confirmationTrend, type ResourceChange } from './confirmation-trend';

const NOW = new Date('2026-12-05T00:00:00Z');
const D = 'd1';

/**
 * A seeded history of district d1 (and one record that moved away to d2):
 * - a: loaded with the dataset, confirmed 2025-03-10, re-confirmed 2026-06-15 (both in the log)
 * - b: created 2026-02-01 never confirmed, confirmed 2026-09-20
 * - c: loaded, confirmed 2025-12-01, closed 2026-10-05
 * - d: created 2026-01-10 confirmed at creation, deleted 2026-08-01
 * - e: in d1 confirmed 2026-04-01, moved to d2 on 2026-07-01
 */
const resources = [
  { id: 'a', districtId: D, status: 'active' as const, lastVerifiedAt: '2026-06-15T00:00:00.000Z' },
  { id: 'b', districtId: D, status: 'active' as const, lastVerifiedAt: '2026-09-20T00:00:00.000Z' },
  { id: 'c', districtId: D, status: 'closed' as const, lastVerifiedAt: '2025-12-01T00:00:00.000Z' },
  {
    id: 'e',
    districtId: 'd2',
    status: 'active' as const,
    lastVerifiedAt: '2026-04-01T00:00:00.000Z',
  },
];
const changes: ResourceChange[] = [
  {
    recordId: 'a',
    action: 'update',
    createdAt: '2025-03-10 00:00:00.000Z',
    changes: { last_verified_at: ['', '2025-03-10 00:00:00.000Z'] },
  },
  {
    recordId: 'a',
    action: 'update',
    createdAt: '2026-06-15 00:00:00.000Z',
    changes: { last_verified_at: ['2025-03-10 00:00:00.000Z', '2026-06-15 00:00:00.000Z'] },
  },
  {
    recordId: 'b',
    action: 'create',
    createdAt: '2026-02-01 00:00:00.000Z',
    changes: { district: [null, D], status: [null, 'active'] },
  },
  {
    recordId: 'b',
    action: 'update',
    createdAt: '2026-09-20 00:00:00.000Z',
    changes: { last_verified_at: ['', '2026-09-20 00:00:00.000Z'] },
  },
  {
    recordId: 'c',
    action: 'update',
    createdAt: '2025-12-01 00:00:00.000Z',
    changes: { last_verified_at: ['', '2025-12-01 00:00:00.000Z'] },
  },
  {
    recordId: 'c',
    action: 'update',
    createdAt: '2026-10-05 00:00:00.000Z',
    changes: { status: ['active', 'closed'] },
  },
  {
    recordId: 'd',
    action: 'create',
    createdAt: '2026-01-10 00:00:00.000Z',
    changes: {
      district: [null, D],
      status: [null, 'active'],
      last_verified_at: [null, '2026-01-10 00:00:00.000Z'],
    },
  },
  {
    recordId: 'd',
    action: 'delete',
    createdAt: '2026-08-01 00:00:00.000Z',
    changes: {
      district: [D, null],
      status: ['active', null],
      last_verified_at: ['2026-01-10 00:00:00.000Z', null],
    },
  },
  {
    recordId: 'e',
    action: 'update',
    createdAt: '2026-04-01 00:00:00.000Z',
    changes: { last_verified_at: ['', '2026-04-01 00:00:00.000Z'] },
  },
  {
    recordId: 'e',
    action: 'update',
    createdAt: '2026-07-01 00:00:00.000Z',
    changes: { district: [D, 'd2'] },
  },
  // another district's record and an entry of an unknown field: ignored
  {
    recordId: 'z',
    action: 'update',
    createdAt: '2026-05-01 00:00:00.000Z',
    changes: { name: ['x', 'y'] },
  },
];

/**
 * Brute-force oracle: the district's records at the end of each month, written out by hand
 * from the story above, measured with confirmationShare.
 */
function expected(month: string): { total: number; confirmed: number } {
  const table: Record<string, [number, number]> = {
    // month: [total, confirmed]   (a, c always; b from 02; d 01–07; e to 06)
    '2026-01': [4, 3], // a(2025-03 ✓), c(2025-12 ✓), d(✓), e(never)
    '2026-02': [5, 3], // + b never
    '2026-03': [5, 2], // a's 2025-03-10 confirmation is now older than 12 months
    '2026-04': [5, 3], // e confirmed
    '2026-05': [5, 3],
    '2026-06': [5, 4], // a re-confirmed
    '2026-07': [4, 3], // e moved to d2
    '2026-08': [3, 2], // d deleted
    '2026-09': [3, 3], // b confirmed
    '2026-10': [2, 2], // c closed
    '2026-11': [2, 2],
    '2026-12': [2, 2],
  };
  const [total, confirmed] = table[month]!;
  return { total, confirmed };
}

describe('confirmationTrend', () => {
  it('rebuilds each month-end from the change log of a seeded history', () => {
    const points = confirmationTrend(resources, changes, D, NOW, { months: 12 });
    expect(points.map((p) => p.month)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    for (const p of points)
      expect({ month: p.month, total: p.total, confirmed: p.confirmed }).toEqual({
        month: p.month,
        ...expected(p.month),
      });
    expect(points[0]!.asOf).toBe('2026-01-31T23:59:59.999Z');
    // the current month is measured at now and agrees with today's share
    expect(points.at(-1)!.asOf).toBe(NOW.toISOString());
    const today = confirmationShare(
      resources.filter((r) => r.districtId === D),
      NOW,
    );
    expect(points.at(-1)).toMatchObject(today);
  });

  it('counts a record loaded before the log began as existing throughout, and gives null shares for an empty district', () => {
    const points = confirmationTrend(
      [{ id: 'x', districtId: 'd3', status: 'active', lastVerifiedAt: '' }],
      [],
      'd3',
      NOW,
      { months: 24 },
    );
    expect(points).toHaveLength(24);
    expect(points[0]).toMatchObject({ month: '2025-01', total: 1, confirmed: 0, share: 0 });
    expect(confirmationTrend([], [], 'd9', NOW, { months: 2 }).map((p) => p.share)).toEqual([
      null,
      null,
    ]);
  });
});
