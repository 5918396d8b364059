import type {
  ClosedPeriod,
  IrregularRule,
  MonthlyDayRule,
  MonthlyNthRule,
  Schedule,
  ScheduleRule,
  TimeOfDay,
  Weekday,
  WeeklyRule,
} from '../domain/types';
import { WEEKDAYS } from '../domain/types';

/**
 * Small builders for `Schedule` values, so templates read like the notices they imitate
 * (「第2・第4金曜 13:30〜15:30」 = monthlyNth(['fri'], [2, 4], '13:30', '15:30')).
 */

/** 年末年始, the most common closed period. */
export const NEW_YEAR_BREAK: ClosedPeriod = { from: '12-29', to: '01-03', note: '年末年始' };
/** お盆 week. */
export const OBON_BREAK: ClosedPeriod = { from: '08-13', to: '08-16', note: 'お盆' };
/** The whole of August: many salons stop in the heat. */
export const AUGUST_BREAK: ClosedPeriod = {
  from: '08-01',
  to: '08-31',
  note: '8月は暑さのためお休み',
};

export function weekly(weekdays: Weekday[], start: TimeOfDay, end: TimeOfDay): WeeklyRule {
  return { type: 'weekly', weekdays, start, end };
}

/**
 * Every other week, anchored at the first `weekdays[0]` on or after `anchorFrom`.
 *
 * @param anchorFrom ISO date (YYYY-MM-DD) to search forward from
 */
export function everyOtherWeek(
  weekdays: Weekday[],
  start: TimeOfDay,
  end: TimeOfDay,
  anchorFrom: string,
): WeeklyRule {
  const target = WEEKDAYS.indexOf(weekdays[0] ?? 'mon');
  const [y, m, d] = anchorFrom.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  while (date.getUTCDay() !== target) date.setUTCDate(date.getUTCDate() + 1);
  return {
    type: 'weekly',
    weekdays,
    start,
    end,
    intervalWeeks: 2,
    anchorDate: date.toISOString().slice(0, 10),
  };
}

/** The nth weekday(s) of each month; -1 is the last (最終). */
export function monthlyNth(
  weekdays: Weekday[],
  nth: number[],
  start: TimeOfDay,
  end: TimeOfDay,
): MonthlyNthRule {
  return { type: 'monthly_nth', weekdays, nth, start, end };
}

/** Fixed days of each month (毎月15日). */
export function monthlyDay(days: number[], start: TimeOfDay, end: TimeOfDay): MonthlyDayRule {
  return { type: 'monthly_day', days, start, end };
}

export function irregular(note: string, start?: TimeOfDay, end?: TimeOfDay): IrregularRule {
  const rule: IrregularRule = { type: 'irregular', note };
  if (start) rule.start = start;
  if (end) rule.end = end;
  return rule;
}

/** A whole schedule; omitted options mean "open on holidays, no breaks, no note". */
export function schedule(
  rules: ScheduleRule[],
  options: {
    closedOnPublicHolidays?: boolean;
    closedPeriods?: ClosedPeriod[];
    closedDates?: string[];
    note?: string;
  } = {},
): Schedule {
  return {
    rules,
    closedOnPublicHolidays: options.closedOnPublicHolidays ?? false,
    closedPeriods: options.closedPeriods ?? [],
    closedDates: options.closedDates ?? [],
    note: options.note ?? '',
  };
}
