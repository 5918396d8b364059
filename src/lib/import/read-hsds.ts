/**
 * Reads an Open Referral HSDS 3.1 package (the JSON object `toHsds` writes: arrays keyed
 * organizations, services, locations, service_at_locations, schedules, service_areas,
 * contacts, phones) back into our organizations and resources.
 *
 * Schedules come back from RRULE parts: `WEEKLY` + `byday=MO,TH` (+ interval, dtstart) → a
 * weekly rule; `MONTHLY` + `byday=2WE,-1WE` → 第n曜日; `MONTHLY` + `bymonthday=15` → fixed days;
 * a row with only a description → an irregular rule. Service areas are matched to our areas
 * by code (the export writes the area code in `description`), else by name.
 *
 * Newcomers, capacity and places free come back from a service's `service_capacities` row
 * (`readServiceCapacity`; the export writes one only with a dated places-free answer). What
 * HSDS cannot hold, and so comes back empty or default: kind (everything is read as
 * `gathering_place` unless told otherwise), service types, eligibility, booking, capacity and
 * newcomers without a places-free answer, accessibility, cost amount and unit (the fee text is
 * kept as the cost note), closures (public holidays, closed periods and dates), the
 * approximate-location flag, whether serviceDistrictIds repeated districtId, the time of day of
 * the last verification, status reasons, verifier, verification method, organization type and
 * district, and every private field (contacts are never exported).
 */
import type {
  Organization,
  Resource,
  ResourceKind,
  ResourceStatus,
  ScheduleRule,
} from '../domain/types';
import { emptySchedule } from '../domain/empty-schedule';
import { FALLBACK_ORGANIZATION_ID } from '../export/to-hsds';
import { IssueList, type ImportIssue } from './import-issue';
import { readServiceCapacity } from './read-service-capacity';
import { ruleFromRow } from './rule-from-row';
import { stableId } from './stable-id';

/** The HSDS tables we read (others are ignored). */
export interface HsdsTables {
  organizations?: Array<Record<string, unknown>>;
  services?: Array<Record<string, unknown>>;
  locations?: Array<Record<string, unknown>>;
  service_at_locations?: Array<Record<string, unknown>>;
  schedules?: Array<Record<string, unknown>>;
  service_areas?: Array<Record<string, unknown>>;
  contacts?: Array<Record<string, unknown>>;
  phones?: Array<Record<string, unknown>>;
  /** A service without a row says nothing about newcomers or capacity. */
  service_capacities?: Array<Record<string, unknown>>;
}

export interface HsdsReadOptions {
  /** Areas to resolve service areas against (by code, then by name). */
  areas?: Array<{ id: string; code: string; name: string }>;
  /** The kind given to every service (HSDS has no such field). Default gathering_place. */
  kind?: ResourceKind;
  /** HSDS id of the fallback organization the export invents for resources without one
   * (default: the one `toHsds` writes); services under it get no organization. */
  fallbackOrganizationId?: string;
  /** Value of each resource's `source` (default `hsds`); `sourceId` is the HSDS service id. */
  sourceKey?: string;
}

/** Resource fields HSDS 3.1 has no place for: read back as defaults (the round-trip test checks this list). */
export const HSDS_LOST_FIELDS = [
  'kind',
  'serviceTypeIds',
  'locationApproximate',
  'cost.amountYen',
  'cost.unit',
  'eligibility',
  'booking',
  'capacity',
  'acceptingNewcomers',
  'accessibility',
  'schedule.closedOnPublicHolidays',
  'schedule.closedPeriods',
  'schedule.closedDates',
  'statusReason',
  'verifiedById',
  'verificationMethod',
  'source',
  'sourceId',
] as const;

export type HsdsResource = Omit<Resource, 'updatedAt'>;

/** An organization read from the package, with its provenance (`sourceId` is the HSDS organization id). */
export type HsdsOrganization = Organization & { source: string; sourceId: string };

export interface HsdsResult {
  file: string;
  /** Name of the fallback organization, when the package has one (the city). */
  fallbackOrganizationName: string;
  /** Organizations other than the fallback one; resources refer to them by `id`. */
  organizations: HsdsOrganization[];
  resources: HsdsResource[];
  /** 1-based row in the services table of each resource's `sourceId` (for messages). */
  rowOf: Record<string, number>;
  /** 1-based row in the organizations table of each organization's `sourceId`. */
  organizationRowOf: Record<string, number>;
  issues: ImportIssue[];
}

const STATUS: Record<string, ResourceStatus> = {
  active: 'active',
  'temporarily closed': 'paused',
  defunct: 'closed',
  inactive: 'planned',
};
const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/** Reads parsed HSDS tables. Rows in issues are 1-based positions within their table. */
export function readHsds(
  tables: HsdsTables,
  fileName: string,
  opts: HsdsReadOptions = {},
): HsdsResult {
  const issues = new IssueList(fileName);
  const sourceKey = opts.sourceKey ?? 'hsds';
  const fallbackId = opts.fallbackOrganizationId ?? FALLBACK_ORGANIZATION_ID;
  const areaByCode = new Map((opts.areas ?? []).filter((a) => a.code).map((a) => [a.code, a.id]));
  const areaByName = new Map((opts.areas ?? []).map((a) => [a.name, a.id]));

  let fallbackOrganizationName = '';
  const orgIdOf = new Map<string, string>();
  const organizations: HsdsOrganization[] = [];
  const organizationRowOf: Record<string, number> = {};
  (tables.organizations ?? []).forEach((o, i) => {
    const hsdsId = str(o.id);
    const name = str(o.name);
    if (!hsdsId || !name) {
      issues.error(i + 1, 'organizations.name', 'hsdsOrgNeedsIdName');
      return;
    }
    if (hsdsId === fallbackId) {
      fallbackOrganizationName = name;
      orgIdOf.set(hsdsId, '');
      return;
    }
    if (orgIdOf.has(hsdsId)) {
      issues.error(i + 1, 'organizations.id', 'hsdsOrgTwice', {
        id: hsdsId,
        firstRow: String(organizationRowOf[hsdsId]),
        row: i + 1,
      });
      return;
    }
    const id = stableId(`organizations|${sourceKey}|${hsdsId}`);
    orgIdOf.set(hsdsId, id);
    organizationRowOf[hsdsId] = i + 1;
    const description = str(o.description);
    organizations.push({
      id,
      name,
      nameKana: description === name ? '' : description,
      type: 'other',
      districtId: '',
      publicPhone: '',
      source: sourceKey,
      sourceId: hsdsId,
    });
  });
  const orgById = new Map(organizations.map((o) => [o.id, o]));

  const locationById = new Map((tables.locations ?? []).map((l) => [str(l.id), l]));
  const locationOfService = new Map<string, Record<string, unknown>>();
  for (const sal of tables.service_at_locations ?? []) {
    const loc = locationById.get(str(sal.location_id));
    if (loc && !locationOfService.has(str(sal.service_id)))
      locationOfService.set(str(sal.service_id), loc);
  }
  const group = <T extends Record<string, unknown>>(rows: T[] | undefined, key: string) => {
    const m = new Map<string, Array<{ row: T; n: number }>>();
    (rows ?? []).forEach((row, i) =>
      m.set(str(row[key]), [...(m.get(str(row[key])) ?? []), { row, n: i + 1 }]),
    );
    return m;
  };
  const schedulesOf = group(tables.schedules, 'service_id');
  const areasOf = group(tables.service_areas, 'service_id');
  const phonesOf = group(tables.phones, 'service_id');
  const capacitiesOf = group(tables.service_capacities, 'service_id');
  for (const { row } of (tables.phones ?? [])
    .filter((p) => str(p.organization_id) && !str(p.service_id))
    .map((row) => ({ row }))) {
    const org = orgById.get(orgIdOf.get(str(row.organization_id)) ?? '');
    if (org && !org.publicPhone) org.publicPhone = str(row.number);
  }

  const resources: HsdsResource[] = [];
  const rowOf: Record<string, number> = {};
  (tables.services ?? []).forEach((s, i) => {
    const row = i + 1;
    const hsdsId = str(s.id);
    const name = str(s.name);
    if (!hsdsId || !name) {
      issues.error(row, 'services.name', 'hsdsServiceNeedsIdName');
      return;
    }
    const orgHsdsId = str(s.organization_id);
    const organizationId = orgIdOf.get(orgHsdsId);
    if (organizationId === undefined) {
      issues.error(row, 'services.organization_id', 'hsdsUnknownOrganization', {
        organization: orgHsdsId,
        name,
      });
      return;
    }
    const rules: ScheduleRule[] = [];
    let note = '';
    for (const { row: sched, n } of schedulesOf.get(hsdsId) ?? []) {
      const parsed = ruleFromRow(sched, issues, n);
      if (parsed) rules.push(...parsed);
      if (!note && sched.notes) note = str(sched.notes);
    }
    const districtIds: string[] = [];
    for (const { row: area, n } of areasOf.get(hsdsId) ?? []) {
      const id = areaByCode.get(str(area.description)) ?? areaByName.get(str(area.name));
      if (id) districtIds.push(id);
      else if (opts.areas)
        issues.warn(n, 'service_areas.name', 'hsdsUnknownArea', {
          area: str(area.name),
          code: str(area.description),
        });
    }
    const loc = locationOfService.get(hsdsId);
    const lat = loc ? Number(loc.latitude) : NaN;
    const lng = loc ? Number(loc.longitude) : NaN;
    if (
      loc &&
      (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180)
    ) {
      issues.error(row, 'locations.latitude', 'hsdsBadLocation', {
        name,
        lng: str(loc.longitude),
        lat: str(loc.latitude),
      });
      return;
    }
    if (rowOf[hsdsId] !== undefined) {
      issues.error(row, 'services.id', 'hsdsServiceTwice', {
        id: hsdsId,
        firstRow: rowOf[hsdsId],
        row,
      });
      return;
    }
    // without a row the package says nothing: the fields stay absent (a merge keeps the stored ones)
    const first = capacitiesOf.get(hsdsId)?.[0];
    const capacity = first ? readServiceCapacity(first.row, first.n, name, issues) : {};
    if (capacity === null) return;
    const status = STATUS[str(s.status)] ?? 'active';
    rowOf[hsdsId] = row;
    const assured = str(s.assured_date);
    resources.push({
      id: stableId(`resources|${sourceKey}|${hsdsId}`),
      kind: opts.kind ?? 'gathering_place',
      name,
      nameKana: str(s.alternate_name),
      nameKanaGenerated: false,
      description: str(s.description),
      serviceTypeIds: [],
      districtId: districtIds[0] ?? '',
      serviceDistrictIds: districtIds.slice(1),
      location: loc ? [lng, lat] : null,
      locationApproximate: false,
      address: loc ? str(loc.description) : '',
      directions: loc ? str(loc.transportation) : '',
      schedule: { ...emptySchedule(), rules, note },
      cost: { amountYen: null, unit: 'per_visit', note: str(s.fees_description) },
      // HSDS has no place for these: unknown, never a default.
      eligibility: null,
      booking: null,
      capacity: null,
      acceptingNewcomers: null,
      ...capacity,
      accessibility: [],
      publicPhone: str((phonesOf.get(hsdsId) ?? [])[0]?.row.number),
      website: str(s.url),
      status,
      statusReason: '',
      isPublic: true,
      organizationId,
      lastVerifiedAt: assured,
      verifiedById: '',
      verificationMethod: '',
      source: sourceKey,
      sourceId: hsdsId,
    });
  });
  return {
    file: fileName,
    fallbackOrganizationName,
    organizations,
    resources,
    rowOf,
    organizationRowOf,
    issues: issues.issues,
  };
}
