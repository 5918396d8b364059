/**
 * Every session of some places in one calendar month, by date: the model of the printable
 * monthly calendar (the newsletter's centre page). Sessions come from `nextOccurrences`, so
 * holidays, closed periods and closed dates are already left out. Pure.
 */
import { daysInMonth, isoDate, isoWeekday } from './iso-date';
import { japaneseHolidays } from './japanese-holidays';
import { nextOccurrences } from './next-occurrences';
import { WEEKDAYS, type Resource, type TimeOfDay, type Weekday } from './types';

export interface MonthSession {
  resource: Resource;
  start: TimeOfDay;
  end: TimeOfDay;
}

export interface MonthDay {
  /** ISO date. */
  date: string;
  weekday: Weekday;
  /** The national holiday's name ('' on other days). */
  holiday: string;
  /** Sorted by start time, then name. */
  sessions: MonthSession[];
}

/**
 * The days of `month` (`YYYY-MM`) that have at least one session of `resources`.
 * @throws RangeError when `month` is not `YYYY-MM` with a month 01–12.
 */
export function monthSessions(resources: Resource[], month: string): MonthDay[] {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!m) throw new RangeError(`month must be YYYY-MM, got "${month}"`);
  const year = Number(m[1]);
  const mon = Number(m[2]);
  const days = daysInMonth(year, mon);
  const first = isoDate(year, mon, 1);
  const byDate = new Map<string, MonthSession[]>();
  for (const resource of resources) {
    const occurrences = nextOccurrences(resource.schedule, first, {
      count: days * Math.max(1, resource.schedule.rules.length),
      horizonDays: days,
    });
    for (const o of occurrences)
      byDate.set(o.date, [...(byDate.get(o.date) ?? []), { resource, start: o.start, end: o.end }]);
  }
  const holidays = japaneseHolidays(year);
  return [...byDate.keys()].sort().map((date) => ({
    date,
    weekday: WEEKDAYS[isoWeekday(date)] ?? 'sun',
    holiday: holidays.get(date) ?? '',
    sessions: byDate
      .get(date)!
      .sort(
        (a, b) =>
          a.start.localeCompare(b.start) || a.resource.name.localeCompare(b.resource.name, 'ja'),
      ),
  }));
}
