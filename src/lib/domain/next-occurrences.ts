/**
 * The next dates a schedule is on, honouring its rules (weekly, every N weeks, nth weekday
 * of the month incl. "last", fixed days of the month, announced irregular dates) and its
 * closures (public holidays, recurring periods that may wrap the year end, one-off dates).
 * Pure; dates are ISO `YYYY-MM-DD` in the city's local calendar.
 */
import { WEEKDAYS, type Schedule, type ScheduleRule, type TimeOfDay } from './types';
import { daysInMonth, dayNumberToIso, isoToDayNumber, isoWeekday } from './iso-date';
import { isJapaneseHoliday } from './japanese-holidays';

export interface Occurrence {
  /** ISO date. */
  date: string;
  /** `HH:MM`, '' when the rule has no time (some irregular rules). */
  start: TimeOfDay;
  end: TimeOfDay;
}

export interface NextOccurrencesOptions {
  /** How many occurrences to return; default 3. */
  count?: number;
  /** How far ahead to look, in days (inclusive of `from`); default 400, so a yearly gap is still found. */
  horizonDays?: number;
  /** Holiday test; default the Japanese national holidays. */
  isHoliday?: (iso: string) => boolean;
}

/** Whether `rule` meets on `iso` (closures not considered). */
function ruleMatches(rule: ScheduleRule, iso: string): boolean {
  const dow = isoWeekday(iso);
  const day = Number(iso.slice(8, 10));
  switch (rule.type) {
    case 'weekly': {
      if (!rule.weekdays.includes(WEEKDAYS[dow] ?? 'sun')) return false;
      const interval = rule.intervalWeeks ?? 1;
      if (interval <= 1 || !rule.anchorDate) return true;
      // Weeks counted Sunday to Saturday, from the anchor's week.
      const week = (d: number, w: number) => Math.floor((d - w) / 7);
      const anchor = isoToDayNumber(rule.anchorDate);
      if (Number.isNaN(anchor)) return true;
      const diff = week(isoToDayNumber(iso), dow) - week(anchor, isoWeekday(rule.anchorDate));
      return ((diff % interval) + interval) % interval === 0;
    }
    case 'monthly_nth': {
      if (!rule.weekdays.includes(WEEKDAYS[dow] ?? 'sun')) return false;
      const nth = Math.ceil(day / 7);
      const last = day + 7 > daysInMonth(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)));
      return rule.nth.includes(nth) || (last && rule.nth.includes(-1));
    }
    case 'monthly_day':
      return rule.days.includes(day);
    case 'irregular':
      return rule.dates?.includes(iso) ?? false;
  }
}

/** Whether `mmdd` lies in the closed period (which may wrap the year end, e.g. 12-29 → 01-03). */
function inPeriod(mmdd: string, from: string, to: string): boolean {
  return from <= to ? mmdd >= from && mmdd <= to : mmdd >= from || mmdd <= to;
}

/** Whether the schedule is closed on `iso` whatever its rules say. */
function isClosed(schedule: Schedule, iso: string, isHoliday: (iso: string) => boolean): boolean {
  if (schedule.closedDates.includes(iso)) return true;
  const mmdd = iso.slice(5);
  if (schedule.closedPeriods.some((p) => inPeriod(mmdd, p.from, p.to))) return true;
  return schedule.closedOnPublicHolidays && isHoliday(iso);
}

/**
 * The next `count` occurrences on or after `from` (ISO date), sorted by date then start.
 * Two rules meeting the same day at the same start give one occurrence.
 * @returns fewer than `count` (possibly none) when the horizon runs out, e.g. an irregular
 *   schedule without announced dates.
 */
export function nextOccurrences(
  schedule: Schedule,
  from: string,
  opts: NextOccurrencesOptions = {},
): Occurrence[] {
  const count = opts.count ?? 3;
  const horizon = opts.horizonDays ?? 400;
  const isHoliday = opts.isHoliday ?? isJapaneseHoliday;
  const start = isoToDayNumber(from);
  const out: Occurrence[] = [];
  if (Number.isNaN(start) || count <= 0 || schedule.rules.length === 0) return out;
  for (let d = start; d < start + horizon && out.length < count; d++) {
    const iso = dayNumberToIso(d);
    const today: Occurrence[] = [];
    for (const rule of schedule.rules) {
      if (!ruleMatches(rule, iso)) continue;
      const occ = { date: iso, start: rule.start ?? '', end: rule.end ?? '' };
      if (!today.some((o) => o.start === occ.start)) today.push(occ);
    }
    if (today.length === 0 || isClosed(schedule, iso, isHoliday)) continue;
    today.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    out.push(...today.slice(0, count - out.length));
  }
  return out;
}
