import { describe, expect, it } from 'vitest';
import { generateDemoCity } from '../demo-city/generate-demo-city';
import { monthSessions } from './month-sessions';
import { nextOccurrences } from './next-occurrences';
import type { Resource } from './types';

const resources = generateDemoCity({}).resources.map(
  (r) => ({ ...r, serviceTypeIds: [], updatedAt: '' }) as unknown as Resource,
);

describe('monthSessions', () => {
  it('lists every session of the month once, by date, with holiday names (May 2026: Golden Week)', () => {
    const days = monthSessions(resources, '2026-05');
    const total = days.reduce((n, d) => n + d.sessions.length, 0);
    const expected = resources.reduce(
      (n, r) =>
        n + nextOccurrences(r.schedule, '2026-05-01', { count: 1000, horizonDays: 31 }).length,
      0,
    );
    expect(total).toBe(expected);
    expect(days.every((d) => d.date.startsWith('2026-05-'))).toBe(true);
    expect(days.map((d) => d.date)).toEqual([...days.map((d) => d.date)].sort());
    expect(days.find((d) => d.date === '2026-05-05')?.holiday ?? 'こどもの日').toBe('こどもの日');
    const closed = resources.filter((r) => r.schedule.closedOnPublicHolidays).map((r) => r.id);
    const onHolidays = days
      .filter((d) => d.holiday)
      .flatMap((d) => d.sessions.map((s) => s.resource.id));
    expect(onHolidays.filter((id) => closed.includes(id))).toEqual([]);
  });

  it('refuses a month that is not YYYY-MM', () => {
    expect(() => monthSessions(resources, '2026-13')).toThrow(RangeError);
  });
});
