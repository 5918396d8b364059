/**
 * Which resources count as gathering places for coverage: a filter on kind, status and how
 * often the place is open (from its schedule rules).
 */
import type { LngLat, Resource, ResourceKind, ScheduleRule } from '../domain/types';

/** How often a place must be open to count. */
export type OpenFrequency = 'any' | 'monthly' | 'weekly';

export interface PlaceFilter {
  /** Kinds that count (default: gathering places only). */
  kinds?: readonly ResourceKind[];
  /** Count only active places (default true). */
  activeOnly?: boolean;
  /** Minimum opening frequency (default 'any'). */
  frequency?: OpenFrequency;
}

/**
 * Whether a rule set meets a frequency: weekly needs some rule open every week on at least
 * one weekday (a weekly rule every week, or a monthly rule covering the 1st–4th weeks);
 * monthly needs some rule open at least once a month (a weekly rule every 4 weeks or more
 * often counts). Irregular rules promise nothing, so they meet neither.
 */
export function meetsFrequency(rules: readonly ScheduleRule[], frequency: OpenFrequency): boolean {
  if (frequency === 'any') return true;
  if (frequency === 'monthly') {
    return rules.some(
      (r) =>
        (r.type === 'weekly' && (r.intervalWeeks ?? 1) <= 4 && r.weekdays.length > 0) ||
        (r.type === 'monthly_nth' && r.weekdays.length > 0 && r.nth.length > 0) ||
        (r.type === 'monthly_day' && r.days.length > 0),
    );
  }
  return rules.some(
    (r) =>
      (r.type === 'weekly' && (r.intervalWeeks ?? 1) === 1 && r.weekdays.length > 0) ||
      (r.type === 'monthly_nth' &&
        r.weekdays.length > 0 &&
        [1, 2, 3, 4].every((n) => r.nth.includes(n))),
  );
}

/**
 * The locations of the resources that pass the filter. Resources without a location are
 * left out (they cannot cover anyone).
 */
export function countedPlaces(resources: readonly Resource[], filter: PlaceFilter = {}): LngLat[] {
  const kinds = filter.kinds ?? ['gathering_place'];
  const activeOnly = filter.activeOnly ?? true;
  const frequency = filter.frequency ?? 'any';
  const out: LngLat[] = [];
  for (const r of resources) {
    if (!r.location || !kinds.includes(r.kind)) continue;
    if (activeOnly && r.status !== 'active') continue;
    if (!meetsFrequency(r.schedule.rules, frequency)) continue;
    out.push(r.location);
  }
  return out;
}
