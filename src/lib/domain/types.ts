/**
 * Domain types shared by the UI, the Web Worker, the CLI and the data-access gateway.
 *
 * Pure TypeScript: nothing here may import svelte, `$app`, maplibre-gl or pocketbase.
 * Field names mirror the PocketBase collections in `pb_migrations/` but use camelCase;
 * the gateway (`src/lib/data-access/`) is the only place that maps between the two.
 *
 * Coordinates are GeoJSON `[lng, lat]` in WGS84 everywhere.
 */
import type { MultiPolygon, Polygon } from 'geojson';

/** `[lng, lat]` in WGS84 degrees. */
export type LngLat = [number, number];

export const AREA_KINDS = ['city', 'daily_life_area', 'district', 'town'] as const;
/** Area level: the city, a daily-life area (日常生活圏域), a district (地区, layer-2 unit), a town (町丁・字). */
export type AreaKind = (typeof AREA_KINDS)[number];

export interface Area {
  id: string;
  kind: AreaKind;
  /** Stable code, e.g. an e-Stat KEY_CODE for towns or our own `D01` for districts. */
  code: string;
  name: string;
  /** Reading in hiragana (ふりがな); '' when unknown. */
  nameKana: string;
  /** Parent area id ('' for the city). Town → district → daily-life area → city. */
  parentId: string;
  /** Boundary, WGS84. Null when not loaded (list queries may omit it to save bandwidth). */
  geometry: Polygon | MultiPolygon | null;
  /** A representative point inside the area (used to "take the town's point"). */
  point: LngLat | null;
  /** Residents, all ages. Null when unknown. */
  population: number | null;
  /** Residents aged 65 and over. Null when unknown. */
  population65: number | null;
  /** Residents aged 75 and over. Null when unknown. */
  population75: number | null;
  /** Census or register year of the population figures. Null when unknown. */
  populationYear: number | null;
  /** Id of the community general support centre resource for this area ('' if none). */
  supportCenterId: string;
}

export const RESOURCE_KINDS = [
  'gathering_place',
  'mutual_aid',
  'watch_over',
  'support_center',
  'service',
] as const;
/**
 * gathering_place: 居場所・サロン・通いの場・地域の茶の間・体操教室・コミュニティカフェ;
 * mutual_aid: 助け合い・ボランティア団体; watch_over: 見守り・声かけ・パトロール;
 * support_center: 地域包括支援センター; service: other services (shops that deliver, companies…).
 */
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export const RESOURCE_STATUSES = ['active', 'paused', 'closed', 'planned'] as const;
export type ResourceStatus = (typeof RESOURCE_STATUSES)[number];

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
/** Index in this array equals `Date.prototype.getDay()`. */
export type Weekday = (typeof WEEKDAYS)[number];

/** Local time of day, `HH:MM` 24-hour (e.g. `09:30`). */
export type TimeOfDay = string;

/** Every week (or every N weeks) on the given weekdays. */
export interface WeeklyRule {
  type: 'weekly';
  weekdays: Weekday[];
  start: TimeOfDay;
  end: TimeOfDay;
  /** 1 = every week (default), 2 = every other week (anchored at `anchorDate`). */
  intervalWeeks?: number;
  /** ISO date of one occurrence, required when intervalWeeks > 1. */
  anchorDate?: string;
}

/** The nth weekday(s) of each month, e.g. 第2・第4水曜 = { weekdays: ['wed'], nth: [2, 4] }. */
export interface MonthlyNthRule {
  type: 'monthly_nth';
  weekdays: Weekday[];
  /** 1–5, or -1 for "the last" (最終). */
  nth: number[];
  start: TimeOfDay;
  end: TimeOfDay;
}

/** Fixed days of the month, e.g. 毎月15日. */
export interface MonthlyDayRule {
  type: 'monthly_day';
  /** 1–31; a day a month lacks is skipped that month. */
  days: number[];
  start: TimeOfDay;
  end: TimeOfDay;
}

/** No fixed pattern: a note ("不定期・広報でお知らせ") and optionally known dates. */
export interface IrregularRule {
  type: 'irregular';
  note: string;
  /** ISO dates (YYYY-MM-DD) already announced. */
  dates?: string[];
  start?: TimeOfDay;
  end?: TimeOfDay;
}

export type ScheduleRule = WeeklyRule | MonthlyNthRule | MonthlyDayRule | IrregularRule;

/** A closed period within the year, e.g. 年末年始 12-29 → 01-03 (may wrap the year end). */
export interface ClosedPeriod {
  /** `MM-DD` */
  from: string;
  /** `MM-DD` */
  to: string;
  note?: string;
}

export interface Schedule {
  rules: ScheduleRule[];
  /** Closed on Japanese national holidays (祝日休み). */
  closedOnPublicHolidays: boolean;
  /** Recurring closed periods such as 年末年始 or お盆. */
  closedPeriods: ClosedPeriod[];
  /** One-off closed dates (ISO). */
  closedDates: string[];
  /** Free text shown with the schedule ("雨天中止", "8月は休み"). */
  note: string;
}

export const COST_UNITS = ['free', 'per_visit', 'per_hour', 'per_month', 'per_year', 'per_use'] as const;
export type CostUnit = (typeof COST_UNITS)[number];

export interface Cost {
  /** Yen per unit; 0 when free; null when unknown or "実費". */
  amountYen: number | null;
  unit: CostUnit;
  /** Free text ("お茶代として", "材料費実費"). */
  note: string;
}

export const ELIGIBILITIES = ['anyone', 'age_65_plus', 'no_care_level', 'care_needs_welcome'] as const;
/**
 * Who may come: anyone (どなたでも); 65+ (65歳以上); people without a care-level
 * certification (要介護認定のない方); people with care needs welcome (要支援・要介護の方も歓迎).
 */
export type Eligibility = (typeof ELIGIBILITIES)[number];

export const BOOKINGS = ['drop_in', 'call_first', 'reservation'] as const;
/** drop_in: just turn up (予約不要); call_first: phone before the first visit; reservation: always book. */
export type Booking = (typeof BOOKINGS)[number];

export const ACCESSIBILITY_FEATURES = ['step_free', 'accessible_toilet', 'parking', 'pick_up'] as const;
export type AccessibilityFeature = (typeof ACCESSIBILITY_FEATURES)[number];

export const VERIFICATION_METHODS = ['phone', 'visit', 'email', 'other'] as const;
export type VerificationMethod = (typeof VERIFICATION_METHODS)[number];

/**
 * Main activity of a 通いの場, in the categories of the national survey of 介護予防・日常生活支援
 * 総合事業 (体操（運動）, 会食, 茶話会, 認知症予防, 趣味活動, 農作業, 生涯学習, ボランティア活動,
 * 就労的活動, 多世代交流, その他).
 */
export const MAIN_ACTIVITIES = [
  'exercise',
  'meal',
  'tea_party',
  'dementia_prevention',
  'hobby',
  'farming',
  'learning',
  'volunteering',
  'work',
  'intergenerational',
  'other',
] as const;
export type MainActivity = (typeof MAIN_ACTIVITIES)[number];

/** Who runs it: 住民団体, 住民個人, 社会福祉協議会, NPO, 市町村, 介護サービス事業所, その他. */
export const RUN_BY = ['residents_group', 'resident_individual', 'social_welfare_council', 'npo', 'municipality', 'care_provider', 'other'] as const;
export type RunBy = (typeof RUN_BY)[number];

/** Where it meets: 公民館・集会所, その他の公共施設, 個人宅, 店舗・カフェ, 介護施設, 寺社・教会, その他. */
export const VENUE_TYPES = ['community_hall', 'public_facility', 'private_home', 'shop', 'care_facility', 'religious', 'other'] as const;
export type VenueType = (typeof VENUE_TYPES)[number];

/** How often it meets: 週1回以上, 月2〜4回, 月1回程度, それ未満 (the survey's bands). */
export const FREQUENCY_BANDS = ['weekly_or_more', 'two_to_four_monthly', 'monthly', 'less'] as const;
export type FrequencyBand = (typeof FREQUENCY_BANDS)[number];

/**
 * The yearly 通いの場 survey fields of a resource. Every field may be unknown ('' or null);
 * absent (older records, other sources) means unknown too.
 */
export interface SurveyFields {
  mainActivity?: MainActivity | '';
  runBy?: RunBy | '';
  venueType?: VenueType | '';
  /** Set only when the schedule cannot tell (irregular); otherwise derived (`frequencyBandOf`). */
  frequencyBand?: FrequencyBand | '';
  /** Regular participants (実人数); null when not recorded. */
  participants?: number | null;
  /** The year `participants` was counted in; null when not recorded. */
  participantsYear?: number | null;
}

export interface Resource extends SurveyFields {
  id: string;
  kind: ResourceKind;
  name: string;
  nameKana: string;
  description: string;
  serviceTypeIds: string[];
  /** The district the resource belongs to (where it meets, or its home district). */
  districtId: string;
  /** Districts an area-wide group serves (may include `districtId`). */
  serviceDistrictIds: string[];
  /** Null for area-wide groups without a meeting place. */
  location: LngLat | null;
  /** True when `location` is a town's representative point, not the real address. */
  locationApproximate: boolean;
  address: string;
  /** How to get there (最寄りバス停など). */
  directions: string;
  schedule: Schedule;
  cost: Cost;
  eligibility: Eligibility;
  booking: Booking;
  /** People per session; null when not limited or unknown. */
  capacity: number | null;
  acceptingNewcomers: boolean;
  accessibility: AccessibilityFeature[];
  publicPhone: string;
  website: string;
  status: ResourceStatus;
  statusReason: string;
  /** Whether anonymous visitors may see it (some mutual-aid groups are listed internally only). */
  isPublic: boolean;
  organizationId: string;
  /** ISO datetime of the last confirmation, '' if never. */
  lastVerifiedAt: string;
  verifiedById: string;
  verificationMethod: VerificationMethod | '';
  /** Import provenance: where the record came from, and its id there (for idempotent re-imports). */
  source: string;
  sourceId: string;
  updatedAt: string;
}

/** Private contact details: never readable by anonymous users. */
export interface ResourceContact {
  id: string;
  resourceId: string;
  personInCharge: string;
  directPhone: string;
  email: string;
  notes: string;
}

export const SERVICE_TYPE_GROUPS = ['daily_help', 'outing', 'watch_over', 'social', 'gathering', 'consultation'] as const;
/** daily_help: chores at home; outing: shopping and hospital escorts, transport; watch_over: safety checks;
 * social: conversation, eating together; gathering: salons, classes, cafés; consultation: support centres. */
export type ServiceTypeGroup = (typeof SERVICE_TYPE_GROUPS)[number];

export interface ServiceType {
  id: string;
  code: string;
  nameJa: string;
  nameKana: string;
  nameEn: string;
  group: ServiceTypeGroup;
  sortOrder: number;
}

export const ORGANIZATION_TYPES = [
  'neighbourhood_association',
  'welfare_commissioners',
  'district_welfare_council',
  'senior_club',
  'npo',
  'coop',
  'agricultural_coop',
  'silver_centre',
  'social_welfare_corporation',
  'support_centre',
  'city_office',
  'company',
  'other',
] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

export interface Organization {
  id: string;
  name: string;
  nameKana: string;
  type: OrganizationType;
  districtId: string;
  publicPhone: string;
}

export const COUNCIL_STATUSES = ['not_set_up', 'preparing', 'set_up'] as const;
export type CouncilStatus = (typeof COUNCIL_STATUSES)[number];

export interface Council {
  id: string;
  /** 1 = city-wide (第1層), 2 = district (第2層). */
  layer: 1 | 2;
  /** '' for the layer-1 council. */
  districtId: string;
  name: string;
  status: CouncilStatus;
  /** ISO date the council was set up; '' unless status is set_up. */
  establishedOn: string;
  /** 「わがまちのビジョン」 slogan. */
  vision: string;
  memberOrganizationIds: string[];
  coordinatorId: string;
  /** Display name of the coordinator (also for coordinators without an account). */
  coordinatorName: string;
  notes: string;
}

export interface CouncilMeeting {
  id: string;
  councilId: string;
  /** ISO date. */
  heldOn: string;
  theme: string;
  attendees: number;
  summary: string;
}

export const USER_ROLES = ['admin', 'coordinator', 'care_manager'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export interface User {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  districtIds: string[];
}

/** One JIS X 0410 mesh cell with its residents. */
export interface PopulationCell {
  /** 10 digits for a 100 m cell (3rd-level mesh + row + column digit), 10 for 250 m (quarter mesh), 9 for 500 m: decode with `meshM`. */
  meshCode: string;
  /** 100, 250 or 500. */
  meshM: number;
  population: number;
  population65: number | null;
  year: number;
}

export const LAYER_KINDS = ['walk_network', 'candidates', 'basemap', 'other'] as const;
export type LayerKind = (typeof LAYER_KINDS)[number];

/** An auxiliary geodata layer (road network, candidate sites…) with its source and licence. */
export interface DataLayer {
  id: string;
  name: string;
  kind: LayerKind;
  source: string;
  licence: string;
  /** The credit line the map must show. */
  attribution: string;
}
