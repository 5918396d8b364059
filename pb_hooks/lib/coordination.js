/// <reference path="../../pb_data/types.d.ts" />
/* global DateTime */
/**
 * Helpers for coordination.pb.js (CommonJS, loaded with require in each handler).
 * They repeat the integrity checks of src/lib/domain/validate-resource-input.ts so that an
 * API caller cannot save what the form would refuse: a schedule whose times end before they
 * start, a phone number with letters, a web address that is not one, a pin outside the city, a
 * status change without reason. The import route (import.pb.js) uses importedRecordProblem.
 */

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

function minutes(t) {
  return Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
}

function validWeekdays(w) {
  return Array.isArray(w) && w.length > 0 && w.every((d) => WEEKDAYS.indexOf(d) >= 0);
}

function checkTimes(rule, label, required) {
  const start = rule.start || '';
  const end = rule.end || '';
  if (!start && !end && !required) return null;
  if (!TIME.test(start) || !TIME.test(end)) return `${label}: times must be HH:MM`;
  if (minutes(end) <= minutes(start)) return `${label}: the end time must be after the start time`;
  return null;
}

/** The first problem with a schedule value, or null. */
function scheduleProblem(schedule) {
  if (schedule === null || schedule === undefined || schedule === '') return null;
  if (typeof schedule !== 'object' || Array.isArray(schedule))
    return 'the schedule must be an object';
  const rules = schedule.rules || [];
  if (!Array.isArray(rules)) return 'schedule.rules must be a list';
  for (let i = 0; i < rules.length; i++) {
    const r = rules[i] || {};
    const label = `rule ${i + 1}`;
    let p = null;
    if (r.type === 'weekly') {
      if (!validWeekdays(r.weekdays)) p = `${label}: choose at least one weekday`;
      const n = r.intervalWeeks === undefined ? 1 : r.intervalWeeks;
      if (!p && (!Number.isInteger(n) || n < 1 || n > 4))
        p = `${label}: the interval must be 1–4 weeks`;
      if (!p && n > 1 && !ISO_DATE.test(r.anchorDate || ''))
        p = `${label}: every-N-weeks rules need an anchor date`;
      p = p || checkTimes(r, label, true);
    } else if (r.type === 'monthly_nth') {
      if (!validWeekdays(r.weekdays)) p = `${label}: choose at least one weekday`;
      if (
        !p &&
        (!Array.isArray(r.nth) ||
          r.nth.length === 0 ||
          !r.nth.every((n) => [1, 2, 3, 4, 5, -1].indexOf(n) >= 0))
      )
        p = `${label}: choose which weeks of the month`;
      p = p || checkTimes(r, label, true);
    } else if (r.type === 'monthly_day') {
      if (
        !Array.isArray(r.days) ||
        r.days.length === 0 ||
        !r.days.every((d) => Number.isInteger(d) && d >= 1 && d <= 31)
      )
        p = `${label}: choose days of the month (1–31)`;
      p = p || checkTimes(r, label, true);
    } else if (r.type === 'irregular') {
      const dates = r.dates || [];
      if (!String(r.note || '').trim() && dates.length === 0)
        p = `${label}: describe the irregular schedule`;
      if (!p && !dates.every((d) => ISO_DATE.test(d))) p = `${label}: dates must be YYYY-MM-DD`;
      p = p || checkTimes(r, label, false);
    } else {
      p = `${label}: unknown rule type`;
    }
    if (p) return p;
  }
  for (const period of schedule.closedPeriods || []) {
    if (!MONTH_DAY.test(period.from || '') || !MONTH_DAY.test(period.to || ''))
      return 'closed periods must be MM-DD';
  }
  for (const d of schedule.closedDates || []) {
    if (!ISO_DATE.test(d)) return 'closed dates must be YYYY-MM-DD';
  }
  return null;
}

/** Empty, or digits with hyphens/brackets/spaces (10–11 digits; +country code 10–13). */
function phoneOk(phone) {
  const p = String(phone || '').trim();
  if (!p) return true;
  if (!/^\+?[0-9()\- ]+$/.test(p)) return false;
  const digits = p.replace(/\D/g, '').length;
  return p[0] === '+' ? digits >= 10 && digits <= 13 : digits >= 10 && digits <= 11;
}

/** Empty, or http(s)://host.tld… (no spaces). */
function urlOk(url) {
  const u = String(url || '').trim();
  return !u || /^https?:\/\/[^\s/]+\.[^\s]+$/.test(u);
}

/** Empty, or name@host.tld (no spaces). */
function emailOk(email) {
  const m = String(email || '').trim();
  return !m || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(m);
}

/** 'not_a_number' (not finite or beyond ±90/±180), 'outside_japan', or null. */
function coordinatesProblem(lng, lat) {
  if (
    typeof lng !== 'number' ||
    typeof lat !== 'number' ||
    !isFinite(lng) ||
    !isFinite(lat) ||
    Math.abs(lat) > 90 ||
    Math.abs(lng) > 180
  ) {
    return 'not_a_number';
  }
  return lng < 122 || lng > 154 || lat < 20 || lat > 46 ? 'outside_japan' : null;
}

/**
 * True for a count of people that may be unknown: null/absent, or a whole number >= 0 (the
 * places free; 0 = full). Mirrors isCountOrUnknown in src/lib/domain/validate-resource-input.ts.
 */
function countOk(v) {
  return v === null || v === undefined || (Number.isInteger(v) && v >= 0);
}

/**
 * The first problem with the values of an imported record (the atomic import route checks every
 * resource and organization it is given: the CLI can be bypassed), as { field, message }, or null.
 * `values` are the record's values after the op's fields were set (PocketBase field names).
 */
function importedRecordProblem(collection, values) {
  const v = values || {};
  if (collection === 'resources') {
    const problem = scheduleProblem(v.schedule);
    if (problem) return { field: 'schedule', message: `schedule: ${problem}` };
    if (!phoneOk(v.public_phone))
      return {
        field: 'public_phone',
        message: `public_phone: "${v.public_phone}" is not a phone number (digits, hyphens and brackets only, 10–11 digits)`,
      };
    if (!urlOk(v.website))
      return { field: 'website', message: `website: "${v.website}" is not an http(s) address` };
    if (!countOk(v.capacity_available))
      return {
        field: 'capacity_available',
        message: `capacity_available: ${JSON.stringify(v.capacity_available)} is not a whole number 0 or more`,
      };
    const loc = v.location;
    if (
      loc &&
      !(loc.lon === 0 && loc.lat === 0) &&
      coordinatesProblem(loc.lon, loc.lat) === 'not_a_number'
    ) {
      return {
        field: 'location',
        message: `location: ${loc.lon}, ${loc.lat} is not a longitude and latitude`,
      };
    }
  }
  if (collection === 'organizations' && !phoneOk(v.public_phone)) {
    return {
      field: 'public_phone',
      message: `public_phone: "${v.public_phone}" is not a phone number (digits, hyphens and brackets only, 10–11 digits)`,
    };
  }
  return null;
}

function inRing(x, y, ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i][0];
    const yi = ring[i][1];
    const xj = ring[j][0];
    const yj = ring[j][1];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** True when [lng, lat] lies in a GeoJSON Polygon/MultiPolygon (holes excluded). */
function inGeometry(lng, lat, geometry) {
  if (!geometry) return true;
  const polygons =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates
        : [];
  for (const poly of polygons) {
    if (poly.length && inRing(lng, lat, poly[0])) {
      let hole = false;
      for (let k = 1; k < poly.length; k++) if (inRing(lng, lat, poly[k])) hole = true;
      if (!hole) return true;
    }
  }
  return polygons.length === 0;
}

/** The city's boundary (the one area of kind "city"), or null when none is loaded. */
function cityGeometry(app) {
  try {
    const city = app.findFirstRecordByData('areas', 'kind', 'city');
    return JSON.parse(toString(city)).geometry || null;
  } catch {
    return null;
  }
}

function fail(field, code, message) {
  const errors = {};
  errors[field] = new ValidationError(code, message);
  throw new BadRequestError(message, errors);
}

/** A plain copy of a record's values. */
function plain(record) {
  return JSON.parse(toString(record));
}

/** The checks and stamps on a resource create/update request by a signed-in user. */
function checkResource(e, isCreate) {
  const lib = module.exports;
  if (!e.auth || e.auth.collection().name !== 'users') return e.next();
  const body = e.requestInfo().body || {};
  const after = lib.plain(e.record);
  const before = isCreate ? null : lib.plain(e.record.original());

  const problem = lib.scheduleProblem(after.schedule);
  if (problem) lib.fail('schedule', 'validation_schedule', `Schedule: ${problem}.`);
  if (!lib.phoneOk(after.public_phone))
    lib.fail(
      'public_phone',
      'validation_phone',
      'The phone number may contain digits, hyphens and brackets only (10–11 digits).',
    );
  if (!lib.urlOk(after.website))
    lib.fail('website', 'validation_url', 'The web address must start with http:// or https://.');
  if (!lib.countOk(after.capacity_available))
    lib.fail(
      'capacity_available',
      'validation_number',
      'The places free must be a whole number of 0 or more, or empty when unknown.',
    );
  const loc = after.location;
  const moved = !before || JSON.stringify(before.location) !== JSON.stringify(loc);
  if (moved && loc && !(loc.lon === 0 && loc.lat === 0)) {
    if (!lib.inGeometry(loc.lon, loc.lat, lib.cityGeometry(e.app)))
      lib.fail('location', 'validation_outside_city', 'The pin is outside the city.');
  }
  if (before && before.status !== after.status && !String(body.status_reason || '').trim()) {
    lib.fail('status_reason', 'validation_required', 'Give a reason for the status change.');
  }
  // A confirmation is stamped by the server: who is the caller, when is now.
  const confirming =
    body.verified_by !== undefined ||
    body.last_verified_at !== undefined ||
    body.verification_method !== undefined;
  if (confirming) {
    e.record.set('verified_by', e.auth.id);
    e.record.set('last_verified_at', new DateTime());
    if (!e.record.getString('verification_method')) e.record.set('verification_method', 'other');
  }
  e.next();
}

module.exports = {
  scheduleProblem,
  phoneOk,
  urlOk,
  countOk,
  emailOk,
  coordinatesProblem,
  importedRecordProblem,
  inGeometry,
  cityGeometry,
  fail,
  plain,
  checkResource,
};
