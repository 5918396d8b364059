/**
 * The directory's facet groups as the filter panel and the chips show them: one view per
 * facet with its values' labels in the UI language; districts grouped under their daily-life
 * area (districts outside any area last).
 */
import type { Area, ServiceType, Weekday } from '$lib/domain/types';
import { ACCESSIBILITY_FEATURES, RESOURCE_KINDS, RESOURCE_STATUSES } from '$lib/domain/types';
import type { Messages } from '$lib/i18n/ja';
import {
  COST_BANDS,
  ELIGIBILITY_FACET_VALUES,
  TIME_OF_DAY,
} from '$lib/search/resource-search-documents';

export interface FacetGroup {
  /** Sub-heading (a daily-life area), '' for none. */
  heading: string;
  values: { value: string; label: string }[];
}

export interface FacetView {
  name: string;
  legend: string;
  groups: FacetGroup[];
}

const WEEK_FROM_MONDAY: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export interface FacetViewInput {
  dailyLifeAreas: readonly Area[];
  districts: readonly Area[];
  serviceTypes: readonly ServiceType[];
  /** A service type's name in the UI language. */
  serviceName: (s: ServiceType) => string;
}

/** The nine facets in panel order. */
export function facetViews(t: Messages, input: FacetViewInput): FacetView[] {
  const d = t.directory;
  const flat = (
    name: string,
    legend: string,
    values: { value: string; label: string }[],
  ): FacetView => ({ name, legend, groups: [{ heading: '', values }] });
  const districtGroups = input.dailyLifeAreas.map((area) => ({
    heading: area.name,
    values: input.districts
      .filter((x) => x.parentId === area.id)
      .map((x) => ({ value: x.id, label: x.name })),
  }));
  const grouped = new Set(districtGroups.flatMap((g) => g.values.map((v) => v.value)));
  const rest = input.districts
    .filter((x) => !grouped.has(x.id))
    .map((x) => ({ value: x.id, label: x.name }));
  if (rest.length)
    districtGroups.push({ heading: districtGroups.length ? d.otherArea : '', values: rest });
  return [
    {
      name: 'district',
      legend: d.facet.district,
      groups: districtGroups.filter((g) => g.values.length),
    },
    flat(
      'kind',
      d.facet.kind,
      RESOURCE_KINDS.map((k) => ({ value: k, label: t.enums.resourceKind[k] })),
    ),
    flat(
      'serviceType',
      d.facet.serviceType,
      input.serviceTypes.map((s) => ({ value: s.id, label: input.serviceName(s) || s.code })),
    ),
    flat(
      'weekday',
      d.facet.weekday,
      WEEK_FROM_MONDAY.map((w) => ({ value: w, label: t.enums.weekdayLong[w] })),
    ),
    flat(
      'timeOfDay',
      d.facet.timeOfDay,
      TIME_OF_DAY.map((x) => ({ value: x, label: d.timeOfDay[x] })),
    ),
    flat(
      'cost',
      d.facet.cost,
      COST_BANDS.map((x) => ({ value: x, label: d.costBand[x] })),
    ),
    flat(
      'eligibility',
      d.facet.eligibility,
      ELIGIBILITY_FACET_VALUES.map((x) => ({
        value: x,
        label: x === 'unknown' ? t.enums.unconfirmed : t.enums.eligibility[x],
      })),
    ),
    flat(
      'features',
      d.facet.features,
      ACCESSIBILITY_FEATURES.map((x) => ({ value: x, label: t.enums.accessibility[x] })),
    ),
    flat(
      'status',
      d.facet.status,
      RESOURCE_STATUSES.map((x) => ({ value: x, label: t.enums.resourceStatus[x] })),
    ),
  ];
}

/** The chosen values as chips, in panel order: facet legend, value label. Unknown values are skipped. */
export function appliedChips(
  views: readonly FacetView[],
  selected: Record<string, string[]>,
): { facet: string; value: string; legend: string; label: string }[] {
  return views.flatMap((view) => {
    const chosen = new Set(selected[view.name] ?? []);
    return view.groups.flatMap((g) =>
      g.values
        .filter((v) => chosen.has(v.value))
        .map((v) => ({ facet: view.name, value: v.value, legend: view.legend, label: v.label })),
    );
  });
}
