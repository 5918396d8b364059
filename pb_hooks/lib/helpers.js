/// <reference path="../../pb_data/types.d.ts" />
/* global ForbiddenError */
/**
 * Checks and stamps for helpers (pb_hooks/helpers.pb.js; schema in
 * pb_migrations/1734300001_helpers.js), and the counts route. CommonJS, loaded with require in
 * each handler. The same rules as the form (src/lib/domain/check-helper-input.ts).
 */

/** Today's date in Japan (UTC+9, no daylight saving), YYYY-MM-DD. */
function todayJst() {
  return new Date(Date.now() + 9 * 3600 * 1000).toISOString().slice(0, 10);
}

function fail(field, code, message) {
  const errors = {};
  errors[field] = new ValidationError(code, message);
  throw new BadRequestError(message, errors);
}

/** The signed-in app user's role ('' for anonymous and superusers). */
function roleOf(e) {
  return e.auth && e.auth.collection().name === 'users' ? e.auth.getString('role') : '';
}

/**
 * A coordinator may only register helpers in their own districts, and on an update only add or
 * remove their own districts (another coordinator's district stays as it was). Admins and
 * superusers may do anything; everybody else is refused here (the rules refuse them too).
 */
function checkDistrictsOfCaller(e, before) {
  if (e.hasSuperuserAuth()) return;
  const role = roleOf(e);
  if (role === 'admin') return;
  if (role !== 'coordinator')
    throw new ForbiddenError('Only coordinators and admins manage helpers.');
  const own = e.auth.getStringSlice('districts');
  const after = e.record.getStringSlice('districts');
  const changed = after.filter((d) => before.indexOf(d) < 0);
  for (const d of before) if (after.indexOf(d) < 0) changed.push(d);
  for (const d of changed)
    if (own.indexOf(d) < 0)
      throw new ForbiddenError('You can add or remove only your own districts for a helper.');
}

/** The field checks every save by a request goes through (superusers too). */
function checkValues(app, record, findPersonalData, coordination) {
  if (!record.getString('name').trim()) fail('name', 'validation_required', 'Enter a name.');
  const phone = record.getString('phone').trim();
  const email = record.getString('email').trim();
  const postal = record.getString('postal_address').trim();
  if (!phone && !email && !postal)
    fail(
      'phone',
      'validation_contact_required',
      'Give at least one way to reach the helper: phone, e-mail or postal address.',
    );
  if (!coordination.phoneOk(phone))
    fail(
      'phone',
      'validation_phone',
      'The phone number may hold digits, hyphens and brackets only (10–11 digits).',
    );
  if (!coordination.emailOk(email))
    fail('email', 'validation_email', 'The e-mail address is not one (name@example.jp).');
  for (const id of record.getStringSlice('districts')) {
    let area = null;
    try {
      area = app.findRecordById('areas', id);
    } catch {
      area = null;
    }
    if (!area || area.getString('kind') !== 'district')
      fail('districts', 'validation_not_district', 'Choose districts only (not towns or areas).');
  }
  const today = todayJst();
  const consentOn = record.getString('consent_on').slice(0, 10);
  if (!consentOn) fail('consent_on', 'validation_required', 'Enter the date the helper consented.');
  if (consentOn > today)
    fail('consent_on', 'validation_future_date', 'The consent date cannot be in the future.');
  if (!record.getString('consent_purpose').trim())
    fail(
      'consent_purpose',
      'validation_required',
      'Say what the helper consented to (the purpose).',
    );
  const course = record.getString('course_completed_on').slice(0, 10);
  if (course && course > today)
    fail(
      'course_completed_on',
      'validation_future_date',
      'The course date cannot be in the future.',
    );
  for (const field of ['note', 'availability_note']) {
    const hits = findPersonalData(record.getString(field));
    if (hits.length > 0)
      fail(
        field,
        'validation_personal_data',
        'Free text must not hold phone numbers or e-mail addresses (found "' +
          hits[0].text +
          '"). Put the helper\'s own contact in the contact fields.',
      );
  }
  if (!record.getString('status')) record.set('status', 'active');
}

/**
 * Create/update request: caller's districts, values, and the consent stamp. The recorder is
 * stamped when consent is recorded (create) or its date or purpose changes; otherwise it keeps
 * its stored value, whatever the body says.
 */
function checkRequest(e, isCreate) {
  const findPersonalData = require(`${__hooks}/lib/personal-data.js`).findPersonalData;
  const coordination = require(`${__hooks}/lib/coordination.js`);
  const original = isCreate ? null : e.record.original();
  checkDistrictsOfCaller(e, original ? original.getStringSlice('districts') : []);
  checkValues(e.app, e.record, findPersonalData, coordination);
  const consentChanged =
    isCreate ||
    e.record.getString('consent_on') !== original.getString('consent_on') ||
    e.record.getString('consent_purpose') !== original.getString('consent_purpose');
  if (consentChanged)
    e.record.set(
      'consent_recorded_by',
      e.auth && e.auth.collection().name === 'users' ? e.auth.id : '',
    );
  else e.record.set('consent_recorded_by', original.getString('consent_recorded_by'));
  e.next();
}

/** Counts below this are shown to the public only as 「3人未満」 (null, fewerThan). */
const PUBLIC_MINIMUM = 3;

/**
 * GET /api/sasaeai/helper-counts: active helpers per district × service type. Staff (admin,
 * coordinator, care manager) get exact counts; anybody else gets counts of PUBLIC_MINIMUM and
 * more, and `count: null, fewerThan: 3` for 1–2 helpers, so no single person can be singled out.
 * Cells with no helper are left out (0).
 */
function counts(e) {
  const role = roleOf(e);
  const exact =
    role === 'admin' || role === 'coordinator' || role === 'care_manager' || e.hasSuperuserAuth();
  const records = e.app.findRecordsByFilter('helpers', 'status = "active"', '', 0, 0);
  const byCell = {};
  for (const r of records)
    for (const d of r.getStringSlice('districts'))
      for (const t of r.getStringSlice('service_types')) {
        const key = d + '|' + t;
        byCell[key] = (byCell[key] || 0) + 1;
      }
  const cells = Object.keys(byCell)
    .sort()
    .map((key) => {
      const parts = key.split('|');
      const n = byCell[key];
      if (exact || n >= PUBLIC_MINIMUM)
        return { district: parts[0], service_type: parts[1], count: n };
      return { district: parts[0], service_type: parts[1], count: null, fewerThan: PUBLIC_MINIMUM };
    });
  return e.json(200, { exact: exact, minimumShown: exact ? 1 : PUBLIC_MINIMUM, cells: cells });
}

module.exports = { checkRequest, counts, todayJst, PUBLIC_MINIMUM };
