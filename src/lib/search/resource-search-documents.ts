/**
 * Turns resources into search documents (searchable text + facet values) and defines the
 * directory's facets. Names of service types, districts and organisations are looked up here
 * so that "買い物" or "緑ヶ丘" finds the resources that offer it or lie there.
 */
import {
  ACCESSIBILITY_FEATURES,
  ELIGIBILITIES,
  RESOURCE_KINDS,
  RESOURCE_STATUSES,
  WEEKDAYS,
  type Area,
  type Organization,
  type Resource,
  type ScheduleRule,
  type ServiceType,
  type Weekday,
} from '../domain/types';
import type { FacetDefinition, SearchDocument } from './build-search-index';

export const TIME_OF_DAY = ['morning', 'afternoon', 'evening'] as const;
/** morning: starts before 12:00; afternoon: overlaps 12:00–17:00; evening: ends after 17:30 or starts from 17:00. */
export type TimeOfDay = (typeof TIME_OF_DAY)[number];

export const COST_BANDS = ['free', 'up_to_500', 'more', 'unknown'] as const;
/** free: ¥0; up_to_500: ¥1–500 per unit; more: above ¥500 per unit; unknown: not stated or 実費. */
export type CostBand = (typeof COST_BANDS)[number];

/**
 * Values of the eligibility facet: the domain's, plus `unknown` for places nobody has said
 * who may come to (imported lists), so 「どなたでも」 never matches a place that merely does
 * not say.
 */
export const ELIGIBILITY_FACET_VALUES = [...ELIGIBILITIES, 'unknown'] as const;

/** The directory's facet names, in display order. */
export const DIRECTORY_FACETS = [
  'district',
  'kind',
  'serviceType',
  'weekday',
  'timeOfDay',
  'cost',
  'eligibility',
  'features',
  'status',
] as const;
export type DirectoryFacet = (typeof DIRECTORY_FACETS)[number];

export interface ResourceLookups {
  serviceTypes: readonly ServiceType[];
  /** Districts and daily-life areas (towns and the city are ignored). */
  areas: readonly Area[];
  organizations: readonly Organization[];
}

export interface ResourceSearchInput {
  documents: SearchDocument[];
  facets: FacetDefinition[];
}

/** Builds documents and facet definitions for `buildSearchIndex`. */
export function resourceSearchDocuments(
  resources: readonly Resource[],
  lookups: ResourceLookups,
): ResourceSearchInput {
  const types = new Map(lookups.serviceTypes.map((s) => [s.id, s]));
  const areas = new Map(lookups.areas.map((a) => [a.id, a]));
  const orgs = new Map(lookups.organizations.map((o) => [o.id, o]));
  const districts = lookups.areas.filter((a) => a.kind === 'district');

  const areaText = (id: string): string => {
    const d = areas.get(id);
    if (!d) return '';
    const parent = areas.get(d.parentId);
    return [
      d.name,
      d.nameKana,
      parent?.kind === 'daily_life_area' ? `${parent.name} ${parent.nameKana}` : '',
    ].join(' ');
  };

  const documents = resources.map((r): SearchDocument => {
    const districtIds = [...new Set([r.districtId, ...r.serviceDistrictIds].filter(Boolean))];
    const org = orgs.get(r.organizationId);
    return {
      id: r.id,
      name: r.name,
      nameKana: r.nameKana,
      description: r.description,
      address: r.address,
      organization: org ? `${org.name} ${org.nameKana}` : '',
      serviceTypes: r.serviceTypeIds
        .map((id) => types.get(id))
        .filter((s): s is ServiceType => !!s)
        .map((s) => `${s.nameJa} ${s.nameKana}`)
        .join(' '),
      district: districtIds.map(areaText).join(' '),
      location: r.location,
      facets: {
        district: districtIds,
        kind: [r.kind],
        serviceType: r.serviceTypeIds,
        weekday: weekdaysOf(r.schedule.rules),
        timeOfDay: timesOfDay(r.schedule.rules),
        cost: [costBand(r.cost.amountYen, r.cost.unit)],
        eligibility: [r.eligibility ?? 'unknown'],
        features: r.accessibility,
        status: [r.status],
      },
    };
  });

  const facets: FacetDefinition[] = [
    { name: 'district', values: districts.map((d) => d.id) },
    { name: 'kind', values: RESOURCE_KINDS },
    {
      name: 'serviceType',
      values: [...lookups.serviceTypes].sort((a, b) => a.sortOrder - b.sortOrder).map((s) => s.id),
    },
    { name: 'weekday', values: WEEKDAYS },
    { name: 'timeOfDay', values: TIME_OF_DAY },
    { name: 'cost', values: COST_BANDS },
    { name: 'eligibility', values: ELIGIBILITY_FACET_VALUES },
    { name: 'features', values: ACCESSIBILITY_FEATURES, mode: 'and' },
    { name: 'status', values: RESOURCE_STATUSES },
  ];
  return { documents, facets };
}

/** Weekdays of weekly and nth-weekday rules; monthly-day and irregular rules have no fixed weekday. */
function weekdaysOf(rules: readonly ScheduleRule[]): Weekday[] {
  const out = new Set<Weekday>();
  for (const rule of rules)
    if (rule.type === 'weekly' || rule.type === 'monthly_nth')
      for (const w of rule.weekdays) out.add(w);
  return WEEKDAYS.filter((w) => out.has(w));
}

function minutes(t: string | undefined): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(t ?? '');
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

function timesOfDay(rules: readonly ScheduleRule[]): TimeOfDay[] {
  const out = new Set<TimeOfDay>();
  for (const rule of rules) {
    const start = minutes(rule.start);
    const end = minutes(rule.end);
    if (start === null) continue;
    const stop = end ?? start + 60;
    if (start < 12 * 60) out.add('morning');
    if (start < 17 * 60 && stop > 12 * 60) out.add('afternoon');
    if (start >= 17 * 60 || stop > 17 * 60 + 30) out.add('evening');
  }
  return TIME_OF_DAY.filter((t) => out.has(t));
}

/** The cost band of an amount (yen per unit); the unit does not change the band. */
export function costBand(amountYen: number | null, unit: string): CostBand {
  if (unit === 'free' || amountYen === 0) return 'free';
  if (amountYen === null) return 'unknown';
  return amountYen <= 500 ? 'up_to_500' : 'more';
}
