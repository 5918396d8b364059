import type { Schedule, ScheduleRule, Weekday } from '../domain/types';
import type { Random } from './create-random';
import type { DemoOrganizations } from './generate-organizations';
import type { ResourceDraft } from './resource-draft';
import {
  FREE,
  type DaysSpec,
  type OrgRef,
  type ResourceTemplate,
  type ScheduleSpec,
} from './resource-templates';
import { RESOURCE_VOCABULARY } from './resource-vocabulary';
import { irregular, monthlyNth, schedule, weekly } from './schedule-builders';

/** Where a drafted resource is, decided by its caller (district, served districts, town and venue). */
export type DraftPlacement = Pick<
  ResourceDraft,
  'district' | 'serviceDistricts' | 'town' | 'venue' | 'venueName'
>;

function days(random: Random, spec: DaysSpec): Weekday[] {
  return 'oneOf' in spec ? [...random.pick(spec.oneOf)] : [...spec];
}

/** A schedule from its spec, drawing the weekdays of `oneOf` rules in rule order. */
function buildSchedule(random: Random, spec: ScheduleSpec): Schedule {
  const rules: ScheduleRule[] = spec.rules.map((r) =>
    'irregular' in r
      ? irregular(r.irregular, r.start, r.end)
      : 'weekly' in r
        ? weekly(days(random, r.weekly), r.start, r.end)
        : monthlyNth(days(random, r.monthlyNth), [...r.nth], r.start, r.end),
  );
  return schedule(rules, {
    closedOnPublicHolidays: spec.closedOnPublicHolidays,
    closedPeriods: spec.closedPeriods ? [...spec.closedPeriods] : undefined,
    note: spec.note,
  });
}

/** The first organisation of `refs` that exists (`district.*` in the resource's own district); '' for none. */
function resolveOrganization(
  orgs: DemoOrganizations,
  refs: readonly OrgRef[],
  district: number,
): string {
  for (const ref of refs) {
    const [group, key] = ref.split('.') as [string, string | undefined];
    const id =
      group === 'district'
        ? orgs.byDistrict[district]?.[key as keyof DemoOrganizations['byDistrict'][number]]
        : key === undefined
          ? (orgs[group as keyof DemoOrganizations] as string)
          : (orgs[group as 'npos' | 'companies'] as Record<string, string>)[key];
    if (id !== null && id !== undefined) return id;
  }
  return '';
}

/**
 * A resource draft from a catalog template: placeholders filled from `names` (and a nickname
 * drawn when the name asks for one), the schedule built, the organisation resolved, the
 * defaults applied. Random draws happen in a fixed order (nickname, schedule weekdays,
 * public or not), so the demo city is the same on every machine.
 * @param names values of the name placeholders, e.g. `{ district: '本町', districtKana: 'ほんまち' }`
 */
export function buildResourceDraft(
  random: Random,
  template: ResourceTemplate,
  orgs: DemoOrganizations,
  placement: DraftPlacement,
  names: Readonly<Record<string, string>> = {},
): ResourceDraft {
  const values: Record<string, string> = { ...names };
  if (template.name.includes('{nickname}')) {
    const [nickname, nicknameKana] = random.pick(RESOURCE_VOCABULARY.nicknames);
    values.nickname = nickname;
    values.nicknameKana = nicknameKana;
  }
  const fill = (text: string) =>
    text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
  const builtSchedule = buildSchedule(random, template.schedule);
  const isPublic =
    typeof template.isPublic === 'object'
      ? random.chance(template.isPublic.chance)
      : (template.isPublic ?? true);
  return {
    ...placement,
    kind: template.kind,
    name: fill(template.name),
    nameKana: fill(template.nameKana),
    description: template.description,
    serviceTypeCodes: [...template.serviceTypeCodes],
    schedule: builtSchedule,
    cost: { ...(template.cost ?? FREE) },
    eligibility: template.eligibility ?? 'anyone',
    booking: template.booking,
    capacity: null,
    accessibility: [...(template.accessibility ?? [])],
    hasWebsite: template.hasWebsite ?? false,
    isPublic,
    organizationId: resolveOrganization(orgs, template.organization, placement.district),
    contactTitle: template.contactTitle,
    stable: template.stable ?? false,
  };
}
