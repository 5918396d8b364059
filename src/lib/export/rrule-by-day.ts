/**
 * The RFC 5545 BYDAY value of a rule, shared by the iCalendar writer (RRULE) and the HSDS
 * writer (schedule.byday, which takes the same words).
 */
import type { MonthlyNthRule, Weekday, WeeklyRule } from '../domain/types';

/** `wed` → `WE` (RFC 5545's two-letter weekday). */
const twoLetters = (d: Weekday): string => d.slice(0, 2).toUpperCase();

/**
 * Weekly: the days (`MO,TH`); monthly on the nth weekday: each nth with each day
 * (`2WE,4WE`; the last week is `-1FR`). Days and nths in the rule's own order.
 */
export function rruleByDay(rule: WeeklyRule | MonthlyNthRule): string {
  if (rule.type === 'weekly') return rule.weekdays.map(twoLetters).join(',');
  return rule.nth.flatMap((n) => rule.weekdays.map((d) => `${n}${twoLetters(d)}`)).join(',');
}
