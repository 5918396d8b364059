/**
 * The one set of rules for a resource's values, used by the coordinator's form, the importer
 * (`src/lib/import/check-place-row.ts`, `check-planned-records.ts`) and, repeated in
 * PocketBase's JS (pb_hooks/lib/coordination.js, held equal by
 * `validate-resource-input.parity.test.ts`), by the API hook and the atomic import route:
 * times (HH:MM, end after start), schedules, phones, web addresses, e-mail, coordinates.
 *
 * `validateResourceInput` checks a resource as a coordinator's form would send it, before
 * anything is saved. Returns field path → error code; an empty object means it may be saved.
 *
 * Field paths: `name`, `kind`, `districtId`, `location`, `publicPhone`, `website`, `capacity`,
 * `capacityAvailable`,
 * `cost.amountYen`, `statusReason`, `schedule.rules.<i>.<field>` (start, end, weekdays, nth,
 * days, intervalWeeks, anchorDate, note), `schedule.closedPeriods.<i>`, `schedule.closedDates.<i>`.
 *
 * Codes: required, too_long, time_format, end_before_start, choose_weekday, choose_nth,
 * choose_day, interval, date_format, month_day_format, outside_city, phone_format,
 * url_format, not_a_number, not_your_district.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import {
  RESOURCE_KINDS,
  WEEKDAYS,
  type Resource,
  type Schedule,
  type ScheduleRule,
  type SurveyFields,
} from './types';

/** The editable part of a resource. */
export type ResourceInput = Pick<
  Resource,
  | 'kind'
  | 'name'
  | 'nameKana'
  | 'nameKanaGenerated'
  | 'description'
  | 'districtId'
  | 'location'
  | 'locationApproximate'
  | 'address'
  | 'directions'
  | 'schedule'
  | 'cost'
  | 'eligibility'
  | 'booking'
  | 'capacity'
  | 'capacityAvailable'
  | 'acceptingNewcomers'
  | 'accessibility'
  | 'publicPhone'
  | 'website'
  | 'status'
  | 'statusReason'
  | 'isPublic'
> &
  SurveyFields;

export interface ResourceValidationContext {
  /** The city boundary; when given, a pin must lie inside it. */
  cityBoundary?: Polygon | MultiPolygon | null;
  /** Districts the editor may write to; when given, `districtId` must be one of them. */
  allowedDistrictIds?: readonly string[];
  /** The status before the edit ('' for a new record); a change needs a reason. */
  previousStatus?: Resource['status'] | '';
}

export type ResourceErrors = Record<string, string>;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** Digits with optional hyphens, spaces, brackets and a leading +; 10–11 digits (JP numbers), or 3–4 for short codes are not listed. */
const PHONE = /^\+?[0-9()\- ]+$/;

/** `HH:MM` → minutes after midnight. */
const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

function checkTimes(
  rule: { start?: string; end?: string },
  path: string,
  errors: ResourceErrors,
  required: boolean,
): void {
  const { start = '', end = '' } = rule;
  if (!start && !end && !required) return;
  if (!TIME.test(start)) errors[`${path}.start`] = start ? 'time_format' : 'required';
  if (!TIME.test(end)) errors[`${path}.end`] = end ? 'time_format' : 'required';
  if (TIME.test(start) && TIME.test(end) && minutes(end) <= minutes(start))
    errors[`${path}.end`] = 'end_before_start';
}

function checkRule(rule: ScheduleRule, path: string, errors: ResourceErrors): void {
  const validWeekdays = (w: unknown) =>
    Array.isArray(w) && w.length > 0 && w.every((d) => (WEEKDAYS as readonly string[]).includes(d));
  switch (rule.type) {
    case 'weekly': {
      if (!validWeekdays(rule.weekdays)) errors[`${path}.weekdays`] = 'choose_weekday';
      const n = rule.intervalWeeks ?? 1;
      if (!Number.isInteger(n) || n < 1 || n > 4) errors[`${path}.intervalWeeks`] = 'interval';
      else if (n > 1 && !ISO_DATE.test(rule.anchorDate ?? ''))
        errors[`${path}.anchorDate`] = rule.anchorDate ? 'date_format' : 'required';
      checkTimes(rule, path, errors, true);
      return;
    }
    case 'monthly_nth':
      if (!validWeekdays(rule.weekdays)) errors[`${path}.weekdays`] = 'choose_weekday';
      if (
        !Array.isArray(rule.nth) ||
        rule.nth.length === 0 ||
        !rule.nth.every((n) => [1, 2, 3, 4, 5, -1].includes(n))
      )
        errors[`${path}.nth`] = 'choose_nth';
      checkTimes(rule, path, errors, true);
      return;
    case 'monthly_day':
      if (
        !Array.isArray(rule.days) ||
        rule.days.length === 0 ||
        !rule.days.every((d) => Number.isInteger(d) && d >= 1 && d <= 31)
      )
        errors[`${path}.days`] = 'choose_day';
      checkTimes(rule, path, errors, true);
      return;
    case 'irregular':
      if (!rule.note.trim() && !(rule.dates ?? []).length) errors[`${path}.note`] = 'required';
      (rule.dates ?? []).forEach((d, i) => {
        if (!ISO_DATE.test(d)) errors[`${path}.dates.${i}`] = 'date_format';
      });
      checkTimes(rule, path, errors, false);
      return;
    default:
      errors[path] = 'required';
  }
}

/** Checks a schedule; errors are added to `errors` under `schedule.…`. */
export function validateSchedule(schedule: Schedule, errors: ResourceErrors = {}): ResourceErrors {
  schedule.rules.forEach((rule, i) => checkRule(rule, `schedule.rules.${i}`, errors));
  schedule.closedPeriods.forEach((p, i) => {
    if (!MONTH_DAY.test(p.from) || !MONTH_DAY.test(p.to))
      errors[`schedule.closedPeriods.${i}`] = 'month_day_format';
  });
  schedule.closedDates.forEach((d, i) => {
    if (!ISO_DATE.test(d)) errors[`schedule.closedDates.${i}`] = 'date_format';
  });
  return errors;
}

/** True for a valid `HH:MM` 24-hour time (00:00–23:59); `25:00` and `9:00` are not. */
export function isTimeOfDay(t: string): boolean {
  return TIME.test(t);
}

/**
 * True for a count of people that may be unknown: null (or absent), or a whole number >= 0
 * (places free: 0 means full, which is not the same as unknown).
 */
export function isCountOrUnknown(v: unknown): boolean {
  return v === null || v === undefined || (Number.isInteger(v) && (v as number) >= 0);
}

/** True when a web address is empty or an http(s) URL with a dotted host. */
export function isWebsiteUrl(url: string): boolean {
  const u = url.trim();
  return !u || /^https?:\/\/[^\s/]+\.[^\s]+$/.test(u);
}

/** True when an e-mail address is empty or has the form name@host.tld (no spaces). */
export function isEmailAddress(email: string): boolean {
  const e = email.trim();
  return !e || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e);
}

/**
 * Japan's extent in degrees (Okinotorishima 20.4°N … Benten-jima 45.6°N, Yonaguni 122.9°E …
 * Minamitorishima 154.0°E), rounded outwards. A point outside is almost always a swapped or
 * mistyped latitude/longitude.
 */
export const JAPAN_BOUNDS = { minLng: 122, maxLng: 154, minLat: 20, maxLat: 46 } as const;

/**
 * A problem with a `[lng, lat]` pair: `not_a_number` (not finite, or beyond ±90/±180: refused),
 * `outside_japan` (valid but outside `JAPAN_BOUNDS`: worth a warning), or null.
 */
export function coordinatesProblem(
  lng: number,
  lat: number,
): 'not_a_number' | 'outside_japan' | null {
  if (!Number.isFinite(lng) || !Number.isFinite(lat) || Math.abs(lat) > 90 || Math.abs(lng) > 180)
    return 'not_a_number';
  const b = JAPAN_BOUNDS;
  return lng < b.minLng || lng > b.maxLng || lat < b.minLat || lat > b.maxLat
    ? 'outside_japan'
    : null;
}

/** True when a phone number is empty or looks like one (digits, hyphens, brackets, spaces; 10–11 digits, or +81…). */
export function isPhoneNumber(phone: string): boolean {
  const p = phone.trim();
  if (!p) return true;
  if (!PHONE.test(p)) return false;
  const digits = p.replace(/\D/g, '').length;
  return p.startsWith('+') ? digits >= 10 && digits <= 13 : digits >= 10 && digits <= 11;
}

/** Validates a whole resource input. See the module comment for paths and codes. */
export function validateResourceInput(
  input: ResourceInput,
  ctx: ResourceValidationContext = {},
): ResourceErrors {
  const errors: ResourceErrors = {};
  const name = input.name.trim();
  if (!name) errors.name = 'required';
  else if ([...name].length > 200) errors.name = 'too_long';
  if (!(RESOURCE_KINDS as readonly string[]).includes(input.kind)) errors.kind = 'required';
  if (!input.districtId) errors.districtId = 'required';
  else if (ctx.allowedDistrictIds && !ctx.allowedDistrictIds.includes(input.districtId))
    errors.districtId = 'not_your_district';
  if (input.location) {
    const [lng, lat] = input.location;
    if (coordinatesProblem(lng, lat) === 'not_a_number') errors.location = 'not_a_number';
    else if (ctx.cityBoundary && !booleanPointInPolygon([lng, lat], ctx.cityBoundary))
      errors.location = 'outside_city';
  }
  if (!isPhoneNumber(input.publicPhone)) errors.publicPhone = 'phone_format';
  if (!isWebsiteUrl(input.website)) errors.website = 'url_format';
  if (input.capacity !== null && (!Number.isInteger(input.capacity) || input.capacity < 0))
    errors.capacity = 'not_a_number';
  if (!isCountOrUnknown(input.capacityAvailable)) errors.capacityAvailable = 'not_a_number';
  if (
    input.cost.amountYen !== null &&
    (!Number.isFinite(input.cost.amountYen) || input.cost.amountYen < 0)
  )
    errors['cost.amountYen'] = 'not_a_number';
  if (
    ctx.previousStatus !== undefined &&
    ctx.previousStatus !== '' &&
    input.status !== ctx.previousStatus &&
    !input.statusReason.trim()
  )
    errors.statusReason = 'required';
  validateSchedule(input.schedule, errors);
  return errors;
}
