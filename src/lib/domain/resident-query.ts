/**
 * The residents' choice (where they live, walking pace, filters) as URL search parameters,
 * so a result page can be shared, bookmarked or printed by a coordinator:
 * `?town=<area id>` or `?at=<lng>,<lat>`, `pace=<m/min>`, `kind=a,b`, `day=wed`, `week=1`,
 * `free=1`, `dropin=1`, `stepfree=1`, `pickup=1`. Unknown or malformed values are ignored
 * (a mistyped link still opens). Pure.
 */
import { NO_FILTERS, type ResidentFilters } from './match-resident-filters';
import { RESOURCE_KINDS, WEEKDAYS, type LngLat, type ResourceKind, type Weekday } from './types';
import { DEFAULT_WALK_M_PER_MIN } from './walk-pace';

export interface ResidentQuery {
  /** A town (area id) chosen from the list; '' when not chosen. */
  townId: string;
  /** A point chosen by location or on the map (takes effect when no town is chosen). */
  at: LngLat | null;
  /** Walking pace, metres per minute (20–100). */
  walkMPerMin: number;
  filters: ResidentFilters;
}

export const WALK_PACE_RANGE = { min: 20, max: 100 } as const;

const FLAGS = [
  ['week', 'thisWeek'],
  ['free', 'free'],
  ['dropin', 'dropIn'],
  ['stepfree', 'stepFree'],
  ['pickup', 'pickUp'],
] as const;

/**
 * Reads the query from URL search parameters.
 * @param defaultPace the pace (m/min) when the URL gives none: the site's walking pace.
 */
export function parseResidentQuery(
  params: URLSearchParams,
  defaultPace = DEFAULT_WALK_M_PER_MIN,
): ResidentQuery {
  const atParts = (params.get('at') ?? '').split(',').map(Number);
  const [lng, lat] = atParts;
  const at: LngLat | null =
    atParts.length === 2 &&
    lng !== undefined &&
    lat !== undefined &&
    Math.abs(lng) <= 180 &&
    Math.abs(lat) <= 90 &&
    Number.isFinite(lng + lat)
      ? [lng, lat]
      : null;
  const pace = Number(params.get('pace'));
  const kinds = (params.get('kind') ?? '')
    .split(',')
    .filter((k): k is ResourceKind => (RESOURCE_KINDS as readonly string[]).includes(k));
  const day = params.get('day') ?? '';
  const filters: ResidentFilters = {
    ...NO_FILTERS,
    kinds,
    weekday: (WEEKDAYS as readonly string[]).includes(day) ? (day as Weekday) : '',
  };
  for (const [key, field] of FLAGS) filters[field] = params.get(key) === '1';
  return {
    townId: /^[a-z0-9]{1,30}$/.test(params.get('town') ?? '') ? (params.get('town') ?? '') : '',
    at,
    walkMPerMin:
      Number.isFinite(pace) && pace >= WALK_PACE_RANGE.min && pace <= WALK_PACE_RANGE.max
        ? Math.round(pace)
        : defaultPace,
    filters,
  };
}

/**
 * Writes the query as URL search parameters (defaults left out, so links stay short).
 * @param defaultPace the pace left out of the URL: the same as given to {@link parseResidentQuery}.
 */
export function residentQueryParams(
  q: ResidentQuery,
  defaultPace = DEFAULT_WALK_M_PER_MIN,
): URLSearchParams {
  const p = new URLSearchParams();
  if (q.townId) p.set('town', q.townId);
  else if (q.at) p.set('at', `${q.at[0].toFixed(5)},${q.at[1].toFixed(5)}`);
  if (q.walkMPerMin !== defaultPace) p.set('pace', String(q.walkMPerMin));
  if (q.filters.kinds.length) p.set('kind', q.filters.kinds.join(','));
  if (q.filters.weekday) p.set('day', q.filters.weekday);
  for (const [key, field] of FLAGS) if (q.filters[field]) p.set(key, '1');
  return p;
}
