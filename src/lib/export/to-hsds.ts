/**
 * Exports the public directory as Open Referral HSDS 3.1 tables (JSON arrays keyed by table
 * name): organization, service, location, service_at_location, schedule, service_area, contact,
 * phone, service_capacity (whether newcomers are taken, the maximum and the places free, with
 * the date of that answer) and unit. Only what anonymous visitors may see is exported: public,
 * active resources, their public phone and website; private contacts (resource_contacts) never are.
 *
 * HSDS ids are UUIDs: each is derived from our record id and the table name (stable across
 * exports, so a consumer can diff two exports). Schedules become RRULE parts: weekly rules
 * `freq=WEEKLY, byday=MO,TH, interval`; 第n曜日 `freq=MONTHLY, byday=2WE,-1FR`; fixed days
 * `freq=MONTHLY, bymonthday=15`; irregular ones only a description.
 */
import type { Area, Organization, Resource, ScheduleRule } from '../domain/types';
import { publishedReading } from './published-reading';
import { rruleByDay } from './rrule-by-day';

export interface HsdsPackage {
  organizations: Array<Record<string, unknown>>;
  services: Array<Record<string, unknown>>;
  locations: Array<Record<string, unknown>>;
  service_at_locations: Array<Record<string, unknown>>;
  schedules: Array<Record<string, unknown>>;
  service_areas: Array<Record<string, unknown>>;
  contacts: Array<Record<string, unknown>>;
  phones: Array<Record<string, unknown>>;
  /** HSDS `service_capacity`: newcomers, maximum and places free, with their "as of" date. */
  service_capacities: Array<Record<string, unknown>>;
  /** HSDS `unit`: the one unit capacities count in (people). */
  units: Array<Record<string, unknown>>;
}

/** A deterministic UUID (version 8 layout, RFC 9562 "custom") from a key. */
export function uuidFor(key: string): string {
  // Four 32-bit FNV-1a hashes (seeds 0–3) in one pass give the 32 hex digits.
  let h0 = 0x811c9dc5 >>> 0;
  let h1 = (0x811c9dc5 ^ 1) >>> 0;
  let h2 = (0x811c9dc5 ^ 2) >>> 0;
  let h3 = (0x811c9dc5 ^ 3) >>> 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h0 = Math.imul(h0 ^ c, 0x01000193);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193);
    h3 = Math.imul(h3 ^ c, 0x01000193);
  }
  const hex = (h: number) => (h >>> 0).toString(16).padStart(8, '0');
  const a = hex(h0);
  const b = hex(h1);
  const c = hex(h2);
  const d = hex(h3);
  // Version nibble 8; variant bits 10xx.
  const variant = '89ab'[parseInt(c[0]!, 16) & 3]!;
  return `${a}-${b.slice(0, 4)}-8${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4, 8)}${d}`;
}

/** One HSDS schedule row (RRULE parts) for one of our rules. */
export function scheduleRow(
  rule: ScheduleRule,
  id: string,
  serviceId: string,
  note: string,
): Record<string, unknown> {
  const base: Record<string, unknown> = { id, service_id: serviceId };
  if (rule.start) base.opens_at = rule.start;
  if (rule.end) base.closes_at = rule.end;
  if (note) base.notes = note;
  switch (rule.type) {
    case 'weekly':
      return {
        ...base,
        freq: 'WEEKLY',
        byday: rruleByDay(rule),
        interval: rule.intervalWeeks ?? 1,
        ...(rule.anchorDate ? { dtstart: rule.anchorDate } : {}),
        wkst: 'MO',
      };
    case 'monthly_nth':
      return {
        ...base,
        freq: 'MONTHLY',
        byday: rruleByDay(rule),
        interval: 1,
      };
    case 'monthly_day':
      return { ...base, freq: 'MONTHLY', bymonthday: rule.days.join(','), interval: 1 };
    case 'irregular':
      return { ...base, description: [rule.note, ...(rule.dates ?? [])].filter(Boolean).join(' ') };
  }
}

/** HSDS id of the unit every service_capacity row counts in: people (人). */
export const PEOPLE_UNIT_ID = uuidFor('unit|people');

/**
 * The `service_capacity.description` that says whether newcomers are taken (HSDS has no field
 * for it); the HSDS reader recognises exactly these texts, anything else reads as unknown.
 */
export const NEWCOMERS_DESCRIPTION = {
  yes: '新しい方を受け入れています',
  no: '新しい方の受け入れを休止しています',
} as const;

/**
 * A service's HSDS `service_capacity` row, or null without a dated places-free answer: HSDS
 * requires `available` and `updated`, and a made-up number would tell a consumer the place is
 * full, so whether newcomers are taken and the maximum travel only with that answer. Unknown
 * parts of the row are left out, never written as 0.
 */
export function serviceCapacityRow(
  r: Pick<Resource, 'capacity' | 'acceptingNewcomers' | 'capacityAvailable' | 'capacityUpdatedAt'>,
  id: string,
  serviceId: string,
): Record<string, unknown> | null {
  const available = r.capacityAvailable ?? null;
  if (available === null || !r.capacityUpdatedAt) return null;
  return {
    id,
    service_id: serviceId,
    unit_id: PEOPLE_UNIT_ID,
    available,
    ...(r.capacity !== null ? { maximum: r.capacity } : {}),
    ...(r.acceptingNewcomers !== null
      ? { description: NEWCOMERS_DESCRIPTION[r.acceptingNewcomers ? 'yes' : 'no'] }
      : {}),
    updated: r.capacityUpdatedAt,
  };
}

/** HSDS id of the organization services without one are listed under (the city). */
export const FALLBACK_ORGANIZATION_ID = uuidFor('organization|city');

const STATUS: Record<Resource['status'], string> = {
  active: 'active',
  paused: 'temporarily closed',
  closed: 'defunct',
  planned: 'inactive',
};

/**
 * @param cityName the fallback organization for resources without one (HSDS services need one).
 */
export function toHsds(input: {
  cityName: string;
  resources: Resource[];
  organizations: Organization[];
  areas: Area[];
}): HsdsPackage {
  const pkg: HsdsPackage = {
    organizations: [],
    services: [],
    locations: [],
    service_at_locations: [],
    schedules: [],
    service_areas: [],
    contacts: [],
    phones: [],
    service_capacities: [],
    units: [],
  };
  const areaById = new Map(input.areas.map((a) => [a.id, a]));
  const cityOrgId = FALLBACK_ORGANIZATION_ID;
  const usedOrgs = new Set<string>();
  const visible = input.resources.filter((r) => r.isPublic && r.status === 'active');
  for (const r of visible) {
    const serviceId = uuidFor(`service|${r.id}`);
    const organizationId = r.organizationId
      ? uuidFor(`organization|${r.organizationId}`)
      : cityOrgId;
    usedOrgs.add(r.organizationId || '');
    pkg.services.push({
      id: serviceId,
      organization_id: organizationId,
      name: r.name,
      ...(publishedReading(r) ? { alternate_name: publishedReading(r) } : {}),
      description: r.description,
      ...(r.website ? { url: r.website } : {}),
      status: STATUS[r.status],
      ...(r.cost.note || r.cost.amountYen !== null
        ? {
            fees_description: [
              r.cost.amountYen === null ? '' : `${r.cost.amountYen}円`,
              r.cost.note,
            ]
              .filter(Boolean)
              .join(' '),
          }
        : {}),
      ...(r.lastVerifiedAt ? { assured_date: r.lastVerifiedAt.slice(0, 10) } : {}),
    });
    if (r.location) {
      const locationId = uuidFor(`location|${r.id}`);
      pkg.locations.push({
        id: locationId,
        location_type: 'physical',
        organization_id: organizationId,
        name: r.name,
        description: r.address,
        ...(r.directions ? { transportation: r.directions } : {}),
        latitude: r.location[1],
        longitude: r.location[0],
      });
      pkg.service_at_locations.push({
        id: uuidFor(`service_at_location|${r.id}`),
        service_id: serviceId,
        location_id: locationId,
      });
    }
    r.schedule.rules.forEach((rule, i) =>
      pkg.schedules.push(
        scheduleRow(rule, uuidFor(`schedule|${r.id}|${i}`), serviceId, r.schedule.note),
      ),
    );
    for (const districtId of new Set([r.districtId, ...r.serviceDistrictIds])) {
      const area = areaById.get(districtId);
      if (area)
        pkg.service_areas.push({
          id: uuidFor(`service_area|${r.id}|${districtId}`),
          service_id: serviceId,
          name: area.name,
          description: area.code,
        });
    }
    const capacity = serviceCapacityRow(r, uuidFor(`service_capacity|${r.id}`), serviceId);
    if (capacity) pkg.service_capacities.push(capacity);
    if (r.publicPhone) {
      const contactId = uuidFor(`contact|${r.id}`);
      pkg.contacts.push({ id: contactId, service_id: serviceId, name: r.name });
      pkg.phones.push({
        id: uuidFor(`phone|${r.id}`),
        service_id: serviceId,
        contact_id: contactId,
        number: r.publicPhone,
        type: 'voice',
      });
    }
  }
  for (const o of input.organizations) {
    if (!usedOrgs.has(o.id)) continue;
    pkg.organizations.push({
      id: uuidFor(`organization|${o.id}`),
      name: o.name,
      description: o.nameKana || o.name,
    });
    if (o.publicPhone)
      pkg.phones.push({
        id: uuidFor(`phone|org|${o.id}`),
        organization_id: uuidFor(`organization|${o.id}`),
        number: o.publicPhone,
        type: 'voice',
      });
  }
  if (pkg.service_capacities.length) pkg.units.push({ id: PEOPLE_UNIT_ID, name: '人' });
  if (usedOrgs.has(''))
    pkg.organizations.push({
      id: cityOrgId,
      name: input.cityName,
      description: `${input.cityName}の地域資源（支えあいマップ）`,
    });
  return pkg;
}
