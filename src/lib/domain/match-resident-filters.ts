/**
 * The residents' result filters: kind, weekday, "on this week", free, no booking needed,
 * step-free, pick-up service. Pure, so the list, the map and the print sheet agree.
 */
import { nextOccurrences } from './next-occurrences';
import { dayNumberToIso, isoToDayNumber, isoWeekday } from './iso-date';
import { WEEKDAYS, type Resource, type ResourceKind, type Weekday } from './types';

export interface ResidentFilters {
  /** Empty = every kind. */
  kinds: ResourceKind[];
  /** Meets on this weekday ('' = any). */
  weekday: Weekday | '';
  /** Meets at least once from today to the coming Saturday (inclusive). */
  thisWeek: boolean;
  free: boolean;
  /** booking = drop_in (予約不要). */
  dropIn: boolean;
  stepFree: boolean;
  pickUp: boolean;
}

export const NO_FILTERS: ResidentFilters = {
  kinds: [],
  weekday: '',
  thisWeek: false,
  free: false,
  dropIn: false,
  stepFree: false,
  pickUp: false,
};

/** Whether any rule of the schedule meets on `weekday` (irregular dates count too). */
function meetsOnWeekday(r: Resource, weekday: Weekday): boolean {
  const dow = WEEKDAYS.indexOf(weekday);
  return r.schedule.rules.some((rule) =>
    rule.type === 'weekly' || rule.type === 'monthly_nth'
      ? rule.weekdays.includes(weekday)
      : rule.type === 'irregular'
        ? (rule.dates ?? []).some((d) => isoWeekday(d) === dow)
        : false,
  );
}

/**
 * Whether `r` passes `filters`. `today` (ISO) anchors "this week": today through Saturday.
 * Monthly-day rules cannot answer a weekday question and so do not pass a weekday filter.
 */
export function matchesResidentFilters(
  r: Resource,
  filters: ResidentFilters,
  today: string,
): boolean {
  if (filters.kinds.length > 0 && !filters.kinds.includes(r.kind)) return false;
  if (filters.free && !(r.cost.unit === 'free' || r.cost.amountYen === 0)) return false;
  if (filters.dropIn && r.booking !== 'drop_in') return false;
  if (filters.stepFree && !r.accessibility.includes('step_free')) return false;
  if (filters.pickUp && !r.accessibility.includes('pick_up')) return false;
  if (filters.weekday && !meetsOnWeekday(r, filters.weekday)) return false;
  if (filters.thisWeek) {
    const saturday = dayNumberToIso(isoToDayNumber(today) + (6 - isoWeekday(today)));
    const next = nextOccurrences(r.schedule, today, { count: 1, horizonDays: 7 })[0];
    if (!next || next.date > saturday) return false;
  }
  return true;
}
