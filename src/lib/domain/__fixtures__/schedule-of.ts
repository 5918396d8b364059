import type { Schedule } from '../types';

/**
 * A schedule for tests: no rules, open on public holidays, no closures and no note, with
 * `fields` set over that (e.g. `scheduleOf({ rules: [weekly] })`). A fresh object each call.
 */
export function scheduleOf(fields: Partial<Schedule> = {}): Schedule {
  return {
    rules: [],
    closedOnPublicHolidays: false,
    closedPeriods: [],
    closedDates: [],
    note: '',
    ...fields,
  };
}
