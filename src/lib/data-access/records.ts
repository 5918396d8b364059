/**
 * Mapping between PocketBase records (snake_case, PocketBase's zero values) and the domain
 * types (camelCase, explicit nulls). The only place that knows the collections' field names.
 *
 * PocketBase stores "no value" as a zero value: 0 for numbers, {lon:0, lat:0} for geo points,
 * '' for relations. Where 0 is not a meaningful value (capacity, a 65+ count for a populated
 * area, a geo point in the Gulf of Guinea) it is read back as null.
 */
import type { Polygon, MultiPolygon } from 'geojson';
import { emptySchedule } from '../domain/empty-schedule';
import type { DatasetResource } from '../domain/dataset';
import type {
  Area,
  Council,
  CouncilMeeting,
  LngLat,
  Organization,
  Resource,
  ResourceContact,
  Schedule,
  Cost,
  ServiceType,
  User,
  PopulationCell,
} from '../domain/types';

/** The shape of any record as the SDK returns it. */
export type PbRecord = Record<string, unknown> & { id: string };

interface GeoPoint {
  lon: number;
  lat: number;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const numOrNull = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;
const positiveOrNull = (v: unknown): number | null => {
  const n = numOrNull(v);
  return n !== null && n > 0 ? n : null;
};
const strArr = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

function toLngLat(v: unknown): LngLat | null {
  const p = v as GeoPoint | null | undefined;
  if (!p || typeof p.lon !== 'number' || typeof p.lat !== 'number') return null;
  if (p.lon === 0 && p.lat === 0) return null;
  return [p.lon, p.lat];
}

function fromLngLat(p: LngLat | null): GeoPoint {
  return p ? { lon: p[0], lat: p[1] } : { lon: 0, lat: 0 };
}

/** PocketBase date fields read as 'YYYY-MM-DD HH:MM:SS.sssZ'; the domain uses ISO 8601. */
function toIso(v: unknown): string {
  const s = str(v);
  return s ? s.replace(' ', 'T') : '';
}

function toIsoDate(v: unknown): string {
  return toIso(v).slice(0, 10);
}

export function toSchedule(v: unknown): Schedule {
  if (!v || typeof v !== 'object') return emptySchedule();
  return { ...emptySchedule(), ...(v as Partial<Schedule>) };
}

export function toCost(v: unknown): Cost {
  const c = (v && typeof v === 'object' ? v : {}) as Partial<Cost>;
  return {
    amountYen: typeof c.amountYen === 'number' ? c.amountYen : null,
    unit: c.unit ?? 'per_visit',
    note: c.note ?? '',
  };
}

/** A yes/no/unknown answer as the select field stores it: 'yes', 'no' or '' (unknown). */
export function triState(v: boolean | null): 'yes' | 'no' | '' {
  return v === true ? 'yes' : v === false ? 'no' : '';
}

export function toArea(r: PbRecord): Area {
  // `population_unknown` marks a population that was never loaded (stored as 0, since number
  // fields have no null); 0 without it means nobody lives there.
  const population = r.population_unknown === true ? null : numOrNull(r.population);
  const populated = population === null || population > 0;
  return {
    id: r.id,
    kind: r.kind as Area['kind'],
    code: str(r.code),
    name: str(r.name),
    nameKana: str(r.name_kana),
    nameKanaGenerated: r.name_kana_generated === true,
    parentId: str(r.parent),
    geometry: (r.geometry as Polygon | MultiPolygon | null) ?? null,
    point: toLngLat(r.point),
    population,
    population65: populated ? positiveOrNull(r.population_65) : numOrNull(r.population_65),
    population75: populated ? positiveOrNull(r.population_75) : numOrNull(r.population_75),
    populationYear: positiveOrNull(r.population_year),
    supportCenterId: str(r.support_center),
  };
}

export function fromArea(a: Area): Record<string, unknown> {
  return {
    id: a.id,
    kind: a.kind,
    code: a.code,
    name: a.name,
    name_kana: a.nameKana,
    name_kana_generated: a.nameKanaGenerated,
    parent: a.parentId,
    geometry: a.geometry,
    point: fromLngLat(a.point),
    population: a.population ?? 0,
    population_unknown: a.population === null,
    population_65: a.population65 ?? 0,
    population_75: a.population75 ?? 0,
    population_year: a.populationYear ?? 0,
    support_center: a.supportCenterId,
  };
}

export function toResource(r: PbRecord): Resource {
  return {
    id: r.id,
    kind: r.kind as Resource['kind'],
    name: str(r.name),
    nameKana: str(r.name_kana),
    nameKanaGenerated: r.name_kana_generated === true,
    description: str(r.description),
    serviceTypeIds: strArr(r.service_types),
    districtId: str(r.district),
    serviceDistrictIds: strArr(r.service_districts),
    location: toLngLat(r.location),
    locationApproximate: r.location_approximate === true,
    address: str(r.address),
    directions: str(r.directions),
    schedule: toSchedule(r.schedule),
    cost: toCost(r.cost),
    // '' is "unknown" in the select fields (pb_migrations/1732150001_unknown_stays_unknown.js).
    eligibility: (str(r.eligibility) || null) as Resource['eligibility'],
    booking: (str(r.booking) || null) as Resource['booking'],
    capacity: positiveOrNull(r.capacity),
    acceptingNewcomers:
      r.accepting_newcomers === 'yes' ? true : r.accepting_newcomers === 'no' ? false : null,
    capacityAvailable: typeof r.capacity_available === 'number' ? r.capacity_available : null,
    capacityUpdatedAt: toIso(r.capacity_updated_at),
    accessibility: strArr(r.accessibility) as Resource['accessibility'],
    publicPhone: str(r.public_phone),
    website: str(r.website),
    status: r.status as Resource['status'],
    statusReason: str(r.status_reason),
    isPublic: r.is_public === true,
    organizationId: str(r.organization),
    lastVerifiedAt: toIso(r.last_verified_at),
    verifiedById: str(r.verified_by),
    verificationMethod: str(r.verification_method) as Resource['verificationMethod'],
    source: str(r.source),
    sourceId: str(r.source_id),
    updatedAt: toIso(r.updated),
    mainActivity: str(r.main_activity) as Resource['mainActivity'],
    runBy: str(r.run_by) as Resource['runBy'],
    venueType: str(r.venue_type) as Resource['venueType'],
    frequencyBand: str(r.frequency_band) as Resource['frequencyBand'],
    participants: positiveOrNull(r.participants),
    participantsYear: positiveOrNull(r.participants_year),
  };
}

/**
 * The request body for a resource. `serviceTypeIds` must already be database ids
 * (a dataset's codes are resolved by the loader).
 */
export function fromResource(
  x:
    | Omit<Resource, 'updatedAt'>
    | (Omit<DatasetResource, 'serviceTypeCodes'> & { serviceTypeIds: string[] }),
): Record<string, unknown> {
  return {
    id: x.id,
    kind: x.kind,
    name: x.name,
    name_kana: x.nameKana,
    name_kana_generated: x.nameKanaGenerated,
    description: x.description,
    service_types: x.serviceTypeIds,
    district: x.districtId,
    service_districts: x.serviceDistrictIds,
    location: fromLngLat(x.location),
    location_approximate: x.locationApproximate,
    address: x.address,
    directions: x.directions,
    schedule: x.schedule,
    cost: x.cost,
    eligibility: x.eligibility ?? '',
    booking: x.booking ?? '',
    capacity: x.capacity ?? 0,
    accepting_newcomers: triState(x.acceptingNewcomers),
    // Places free and the answer's date only when the caller has them (an HSDS import): a
    // writer that does not know them keeps the stored ones.
    ...('capacityAvailable' in x && x.capacityAvailable !== undefined
      ? { capacity_available: x.capacityAvailable }
      : {}),
    ...('capacityUpdatedAt' in x && x.capacityUpdatedAt !== undefined
      ? { capacity_updated_at: x.capacityUpdatedAt }
      : {}),
    accessibility: x.accessibility,
    public_phone: x.publicPhone,
    website: x.website,
    status: x.status,
    status_reason: x.statusReason,
    is_public: x.isPublic,
    organization: x.organizationId,
    last_verified_at: x.lastVerifiedAt,
    verified_by: x.verifiedById,
    verification_method: x.verificationMethod,
    source: x.source,
    source_id: x.sourceId,
    // Survey fields only when the caller has them: a writer that does not know them keeps them.
    ...('mainActivity' in x && x.mainActivity !== undefined
      ? { main_activity: x.mainActivity }
      : {}),
    ...('runBy' in x && x.runBy !== undefined ? { run_by: x.runBy } : {}),
    ...('venueType' in x && x.venueType !== undefined ? { venue_type: x.venueType } : {}),
    ...('frequencyBand' in x && x.frequencyBand !== undefined
      ? { frequency_band: x.frequencyBand }
      : {}),
    ...('participants' in x && x.participants !== undefined
      ? { participants: x.participants ?? 0 }
      : {}),
    ...('participantsYear' in x && x.participantsYear !== undefined
      ? { participants_year: x.participantsYear ?? 0 }
      : {}),
  };
}

export function toContact(r: PbRecord): ResourceContact {
  return {
    id: r.id,
    resourceId: str(r.resource),
    personInCharge: str(r.person_in_charge),
    directPhone: str(r.direct_phone),
    email: str(r.email),
    notes: str(r.notes),
  };
}

export function fromContact(c: ResourceContact): Record<string, unknown> {
  return {
    id: c.id,
    resource: c.resourceId,
    person_in_charge: c.personInCharge,
    direct_phone: c.directPhone,
    email: c.email,
    notes: c.notes,
  };
}

export function toServiceType(r: PbRecord): ServiceType {
  return {
    id: r.id,
    code: str(r.code),
    nameJa: str(r.name_ja),
    nameKana: str(r.name_kana),
    nameEn: str(r.name_en),
    group: r.group as ServiceType['group'],
    sortOrder: numOrNull(r.sort_order) ?? 0,
  };
}

export function toOrganization(r: PbRecord): Organization {
  return {
    id: r.id,
    name: str(r.name),
    nameKana: str(r.name_kana),
    type: r.type as Organization['type'],
    districtId: str(r.district),
    publicPhone: str(r.public_phone),
  };
}

export function fromOrganization(o: Organization): Record<string, unknown> {
  return {
    id: o.id,
    name: o.name,
    name_kana: o.nameKana,
    type: o.type,
    district: o.districtId,
    public_phone: o.publicPhone,
  };
}

export function toCouncil(r: PbRecord): Council {
  return {
    id: r.id,
    layer: r.layer === 1 ? 1 : 2,
    districtId: str(r.district),
    name: str(r.name),
    status: r.status as Council['status'],
    establishedOn: toIsoDate(r.established_on),
    vision: str(r.vision),
    memberOrganizationIds: strArr(r.member_organizations),
    coordinatorId: str(r.coordinator),
    coordinatorName: str(r.coordinator_name),
    notes: str(r.notes),
  };
}

export function fromCouncil(c: Council): Record<string, unknown> {
  return {
    id: c.id,
    layer: c.layer,
    district: c.districtId,
    name: c.name,
    status: c.status,
    established_on: c.establishedOn,
    vision: c.vision,
    member_organizations: c.memberOrganizationIds,
    coordinator: c.coordinatorId,
    coordinator_name: c.coordinatorName,
    notes: c.notes,
  };
}

export function toMeeting(r: PbRecord): CouncilMeeting {
  return {
    id: r.id,
    councilId: str(r.council),
    heldOn: toIsoDate(r.held_on),
    theme: str(r.theme),
    attendees: numOrNull(r.attendees) ?? 0,
    summary: str(r.summary),
  };
}

export function fromMeeting(m: CouncilMeeting): Record<string, unknown> {
  return {
    id: m.id,
    council: m.councilId,
    held_on: m.heldOn,
    theme: m.theme,
    attendees: m.attendees,
    summary: m.summary,
  };
}

export function toUser(r: PbRecord): User {
  return {
    id: r.id,
    email: str(r.email),
    name: str(r.name),
    role: r.role as User['role'],
    districtIds: strArr(r.districts),
  };
}

export function toPopulationCell(r: PbRecord): PopulationCell {
  return {
    meshCode: str(r.mesh_code),
    meshM: numOrNull(r.mesh_m) ?? 100,
    population: numOrNull(r.population) ?? 0,
    population65: numOrNull(r.population_65),
    year: numOrNull(r.year) ?? 0,
  };
}

export function fromPopulationCell(c: PopulationCell, source: string): Record<string, unknown> {
  return {
    mesh_code: c.meshCode,
    mesh_m: c.meshM,
    population: c.population,
    population_65: c.population65 ?? 0,
    year: c.year,
    source,
  };
}
