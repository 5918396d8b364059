import { describe, expect, it } from 'vitest';
import { nextOccurrences } from './next-occurrences';
import type { Schedule, ScheduleRule } from './types';
import { scheduleOf } from './__fixtures__/schedule-of';

function schedule(rules: ScheduleRule[], extra: Partial<Schedule> = {}): Schedule {
  return scheduleOf({ rules, ...extra });
}
const dates = (s: Schedule, from: string, count = 3) =>
  nextOccurrences(s, from, { count }).map((o) => o.date);

describe('nextOccurrences', () => {
  it('weekly: every Wednesday, from a Wednesday inclusive', () => {
    const s = schedule([{ type: 'weekly', weekdays: ['wed'], start: '10:00', end: '12:00' }]);
    expect(nextOccurrences(s, '2026-01-07')).toEqual([
      { date: '2026-01-07', start: '10:00', end: '12:00' },
      { date: '2026-01-14', start: '10:00', end: '12:00' },
      { date: '2026-01-21', start: '10:00', end: '12:00' },
    ]);
  });

  it('every other week, anchored', () => {
    const s = schedule([
      {
        type: 'weekly',
        weekdays: ['tue'],
        start: '13:00',
        end: '15:00',
        intervalWeeks: 2,
        anchorDate: '2025-12-30',
      },
    ]);
    expect(dates(s, '2026-01-01')).toEqual(['2026-01-13', '2026-01-27', '2026-02-10']);
  });

  it('2nd and 4th Friday, and the last Friday', () => {
    const s = schedule([
      { type: 'monthly_nth', weekdays: ['fri'], nth: [2, 4], start: '10:00', end: '11:30' },
    ]);
    expect(dates(s, '2026-01-01', 4)).toEqual([
      '2026-01-09',
      '2026-01-23',
      '2026-02-13',
      '2026-02-27',
    ]);
    const last = schedule([
      { type: 'monthly_nth', weekdays: ['fri'], nth: [-1], start: '10:00', end: '11:30' },
    ]);
    expect(dates(last, '2026-01-01')).toEqual(['2026-01-30', '2026-02-27', '2026-03-27']);
  });

  it('skips public holidays when the place closes on them (2nd Monday of January is 成人の日)', () => {
    const rule: ScheduleRule = {
      type: 'monthly_nth',
      weekdays: ['mon'],
      nth: [2],
      start: '10:00',
      end: '12:00',
    };
    expect(dates(schedule([rule]), '2026-01-01')).toEqual([
      '2026-01-12',
      '2026-02-09',
      '2026-03-09',
    ]);
    expect(dates(schedule([rule], { closedOnPublicHolidays: true }), '2026-01-01')).toEqual([
      '2026-02-09',
      '2026-03-09',
      '2026-04-13',
    ]);
  });

  it('honours closed periods that wrap the year end and one-off closed dates', () => {
    const s = schedule([{ type: 'weekly', weekdays: ['mon'], start: '09:00', end: '10:00' }], {
      closedPeriods: [{ from: '12-29', to: '01-03', note: '年末年始' }],
      closedDates: ['2026-01-05'],
    });
    expect(dates(s, '2025-12-27')).toEqual(['2026-01-12', '2026-01-19', '2026-01-26']);
  });

  it('monthly_day skips days a month lacks', () => {
    const s = schedule([{ type: 'monthly_day', days: [31], start: '10:00', end: '12:00' }]);
    expect(dates(s, '2026-01-01')).toEqual(['2026-01-31', '2026-03-31', '2026-05-31']);
  });

  it('irregular: only announced dates; none when nothing is announced', () => {
    const s = schedule([
      { type: 'irregular', note: '不定期', dates: ['2026-02-01', '2025-01-01'] },
    ]);
    expect(nextOccurrences(s, '2026-01-01')).toEqual([{ date: '2026-02-01', start: '', end: '' }]);
    expect(
      nextOccurrences(schedule([{ type: 'irregular', note: '不定期' }]), '2026-01-01'),
    ).toEqual([]);
  });

  it('merges two rules on one day, sorted by start', () => {
    const s = schedule([
      { type: 'weekly', weekdays: ['thu'], start: '13:00', end: '15:00' },
      { type: 'monthly_nth', weekdays: ['thu'], nth: [1], start: '10:00', end: '12:00' },
      { type: 'weekly', weekdays: ['thu'], start: '13:00', end: '15:00' },
    ]);
    expect(nextOccurrences(s, '2026-01-01', { count: 3 })).toEqual([
      { date: '2026-01-01', start: '10:00', end: '12:00' },
      { date: '2026-01-01', start: '13:00', end: '15:00' },
      { date: '2026-01-08', start: '13:00', end: '15:00' },
    ]);
  });
});
