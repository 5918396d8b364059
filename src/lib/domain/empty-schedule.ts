import type { Schedule } from './types';

/**
 * A schedule that says nothing: no rules, no closures, no note (open on public holidays is
 * the stored default). A new object with new arrays on every call, so a caller may fill it.
 */
export function emptySchedule(): Schedule {
  return { rules: [], closedOnPublicHolidays: false, closedPeriods: [], closedDates: [], note: '' };
}
