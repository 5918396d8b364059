import { describe, expect, it } from 'vitest';
import type { Resource, ScheduleRule } from '../domain/types';
import { countedPlaces, meetsFrequency } from './counted-places';

const weekly = (intervalWeeks?: number): ScheduleRule => ({
  type: 'weekly',
  weekdays: ['tue'],
  start: '10:00',
  end: '12:00',
  intervalWeeks,
});
const nth = (n: number[]): ScheduleRule => ({
  type: 'monthly_nth',
  weekdays: ['wed'],
  nth: n,
  start: '10:00',
  end: '12:00',
});
const day: ScheduleRule = { type: 'monthly_day', days: [15], start: '10:00', end: '12:00' };
const irregular: ScheduleRule = { type: 'irregular', note: '不定期' };

describe('meetsFrequency', () => {
  it.each([
    [[weekly()], true, true],
    [[weekly(2)], false, true],
    [[weekly(4)], false, true],
    [[weekly(6)], false, false],
    [[nth([1, 3])], false, true],
    [[nth([1, 2, 3, 4])], true, true],
    [[day], false, true],
    [[irregular], false, false],
    [[], false, false],
    [[irregular, weekly()], true, true],
  ])('%j: weekly %s, monthly %s', (rules, isWeekly, isMonthly) => {
    expect(meetsFrequency(rules as ScheduleRule[], 'weekly')).toBe(isWeekly);
    expect(meetsFrequency(rules as ScheduleRule[], 'monthly')).toBe(isMonthly);
    expect(meetsFrequency(rules as ScheduleRule[], 'any')).toBe(true);
  });
});

describe('countedPlaces', () => {
  const r = (over: Partial<Resource>): Resource =>
    ({
      kind: 'gathering_place',
      status: 'active',
      location: [139, 36],
      schedule: { rules: [weekly()] },
      ...over,
    }) as Resource;
  it('keeps active gathering places with a location by default', () => {
    const list = [
      r({}),
      r({ status: 'paused', location: [139.1, 36] }),
      r({ kind: 'mutual_aid', location: [139.2, 36] }),
      r({ location: null }),
      r({ location: [139.3, 36], schedule: { rules: [day] } as Resource['schedule'] }),
    ];
    expect(countedPlaces(list)).toEqual([
      [139, 36],
      [139.3, 36],
    ]);
    expect(countedPlaces(list, { frequency: 'weekly' })).toEqual([[139, 36]]);
    expect(
      countedPlaces(list, { activeOnly: false, kinds: ['gathering_place', 'mutual_aid'] }),
    ).toHaveLength(4);
  });
});
