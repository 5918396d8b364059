/**
 * One HSDS 3.1 schedule row (RRULE parts) back into our schedule rules: `WEEKLY` + `byday=MO,TH`
 * (+ interval, dtstart) → a weekly rule; `MONTHLY` + `byday=2WE,-1WE` → 第n曜日; `MONTHLY` +
 * `bymonthday=15` → fixed days; a row with only a description → an irregular rule.
 */
import type { ScheduleRule, Weekday } from '../domain/types';
import type { IssueList } from './import-issue';

const DAY: Record<string, Weekday> = {
  SU: 'sun',
  MO: 'mon',
  TU: 'tue',
  WE: 'wed',
  TH: 'thu',
  FR: 'fri',
  SA: 'sat',
};

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/** Parses one schedule row. @returns null (after recording an issue) when unreadable. */
export function ruleFromRow(
  row: Record<string, unknown>,
  issues: IssueList,
  rowNumber: number,
): ScheduleRule[] | null {
  const start = str(row.opens_at).slice(0, 5);
  const end = str(row.closes_at).slice(0, 5);
  const freq = str(row.freq).toUpperCase();
  const byday = str(row.byday)
    .split(',')
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);
  const field = 'schedules.byday';
  if (!freq) {
    const note = str(row.description);
    return [{ type: 'irregular', note, ...(start ? { start } : {}), ...(end ? { end } : {}) }];
  }
  if (freq === 'WEEKLY') {
    const weekdays: Weekday[] = [];
    for (const token of byday) {
      const day = DAY[token];
      if (!day) {
        issues.error(rowNumber, field, 'hsdsBadWeekday', { token });
        return null;
      }
      weekdays.push(day);
    }
    const interval = Number(row.interval ?? 1) || 1;
    const dtstart = str(row.dtstart).slice(0, 10);
    return [
      {
        type: 'weekly',
        weekdays,
        start,
        end,
        ...(interval !== 1 ? { intervalWeeks: interval } : {}),
        ...(dtstart ? { anchorDate: dtstart } : {}),
      },
    ];
  }
  if (freq === 'MONTHLY' && byday.length) {
    // 第n曜日: group the (n, day) pairs by n; one rule when every n has the same days.
    const byN = new Map<number, Weekday[]>();
    for (const token of byday) {
      const m = /^([+-]?\d)?(SU|MO|TU|WE|TH|FR|SA)$/.exec(token);
      const n = m ? Number(m[1] ?? 'NaN') : NaN;
      if (!m || !(n === -1 || (n >= 1 && n <= 5))) {
        issues.error(rowNumber, field, 'hsdsBadNthWeekday', { token });
        return null;
      }
      byN.set(n, [...(byN.get(n) ?? []), DAY[m[2]!]!]);
    }
    const groups = [...byN.entries()];
    const key = (days: Weekday[]) => days.join(',');
    if (groups.every(([, days]) => key(days) === key(groups[0]![1]))) {
      return [
        { type: 'monthly_nth', weekdays: groups[0]![1], nth: groups.map(([n]) => n), start, end },
      ];
    }
    return groups.map(([n, days]) => ({
      type: 'monthly_nth',
      weekdays: days,
      nth: [n],
      start,
      end,
    }));
  }
  if (freq === 'MONTHLY' && str(row.bymonthday)) {
    const days = str(row.bymonthday)
      .split(',')
      .map((s) => Number(s.trim()));
    if (days.some((d) => !Number.isInteger(d) || d < 1 || d > 31)) {
      issues.error(rowNumber, 'schedules.bymonthday', 'hsdsBadMonthDays', {
        value: str(row.bymonthday),
      });
      return null;
    }
    return [{ type: 'monthly_day', days, start, end }];
  }
  issues.error(rowNumber, 'schedules.freq', 'hsdsBadFreq', { freq });
  return null;
}
