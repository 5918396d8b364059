import type { Helper } from '../domain/helper';
import type { Weekday } from '../domain/types';

/** What a need asks for (a `Need`, or a chosen district, type and weekdays). */
export interface NeedToMatch {
  districtId: string;
  serviceTypeId: string;
  /** Weekdays wanted; empty when the need does not say. */
  weekdays: readonly Weekday[];
}

/**
 * How a helper's weekdays fit the need's: `all` wanted days offered, `some` of them, `none`;
 * `unknown` when the helper gave no weekdays; `any` when the need names none.
 */
export type WeekdayFit = 'all' | 'some' | 'unknown' | 'none' | 'any';

export interface HelperMatch {
  helper: Helper;
  /** `in_district`: the helper helps in the need's district; `nearby`: in a neighbouring one. */
  place: 'in_district' | 'nearby';
  weekdayFit: WeekdayFit;
  /** The wanted weekdays the helper offers, in the need's order. */
  sharedWeekdays: Weekday[];
}

const FIT_ORDER: Record<WeekdayFit, number> = { any: 0, all: 0, some: 1, unknown: 2, none: 3 };

/**
 * Active helpers who offer the need's service type in its district first, then those in a
 * neighbouring district; within each group, the better weekday fit first (all, some, not said,
 * none), then by reading (`nameKana`, else `name`) in Japanese order. Paused helpers and helpers
 * who do not offer the type are left out; so are helpers neither in nor next to the district.
 *
 * @param need the district, service type and weekdays wanted
 * @param helpers the helpers the caller may read
 * @param neighbours district id → ids of its neighbouring districts (see
 *   `neighbouringDistricts`, whose `nearM` decides what "near" is)
 */
export function matchHelpers(
  need: NeedToMatch,
  helpers: readonly Helper[],
  neighbours: ReadonlyMap<string, ReadonlySet<string>>,
): HelperMatch[] {
  const near = neighbours.get(need.districtId) ?? new Set<string>();
  const matches: HelperMatch[] = [];
  for (const helper of helpers) {
    if (helper.status !== 'active' || !helper.serviceTypeIds.includes(need.serviceTypeId)) continue;
    const place = helper.districtIds.includes(need.districtId)
      ? 'in_district'
      : helper.districtIds.some((d) => near.has(d))
        ? 'nearby'
        : null;
    if (!place) continue;
    const sharedWeekdays = need.weekdays.filter((d) => helper.weekdays.includes(d));
    matches.push({ helper, place, weekdayFit: fit(need, helper, sharedWeekdays), sharedWeekdays });
  }
  const reading = (h: Helper) => h.nameKana || h.name;
  return matches.sort(
    (a, b) =>
      (a.place === b.place ? 0 : a.place === 'in_district' ? -1 : 1) ||
      FIT_ORDER[a.weekdayFit] - FIT_ORDER[b.weekdayFit] ||
      reading(a.helper).localeCompare(reading(b.helper), 'ja'),
  );
}

function fit(need: NeedToMatch, helper: Helper, shared: readonly Weekday[]): WeekdayFit {
  if (need.weekdays.length === 0) return 'any';
  if (helper.weekdays.length === 0) return 'unknown';
  if (shared.length === need.weekdays.length) return 'all';
  return shared.length > 0 ? 'some' : 'none';
}
