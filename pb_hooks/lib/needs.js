/// <reference path="../../pb_data/types.d.ts" />
/**
 * Helpers for needs.pb.js (CommonJS, loaded with require in each handler): the server's copy
 * of src/lib/domain/validate-need-input.ts on PocketBase field names, so that an API caller
 * cannot save what the form refuses. validate-need-input.parity.test.ts runs both on the same
 * cases. Messages are Japanese, then English, and name the field.
 */

const SOURCES = ['survey', 'minsei', 'support_center', 'resident', 'care_manager', 'council'];
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const NOTE_MAX = 500;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Japanese label of each field (the English message names the field itself). */
const LABELS = {
  district: '地区',
  service_type: '種別',
  count: '件数',
  count_unit: '単位',
  source: '情報源',
  observed_on: '日付',
  weekdays: '曜日',
  note: 'メモ',
};

const MESSAGES = {
  required: ['を入力してください。', 'is required.'],
  not_district: [
    'は地区（kind が district の地域）を選んでください。',
    'must be an area of kind "district".',
  ],
  not_whole_number: [
    'は空欄（未集計）か 0 以上の整数にしてください。',
    'must be empty (not counted) or a whole number of 0 or more.',
  ],
  unit_required: ['を選んでください（件数があるとき）。', 'is required when a count is given.'],
  unit_without_count: [
    'は件数がないときは空にしてください。',
    'must be empty when there is no count.',
  ],
  invalid_date: [
    'は YYYY-MM-DD の実在する日付にしてください。',
    'must be a real date (YYYY-MM-DD).',
  ],
  future_date: ['に未来の日付は入れられません。', 'cannot be in the future.'],
  personal_data: [
    'に電話番号やメールアドレスは書けません（個人が特定される情報は書かないでください）。',
    'must not hold a phone number or e-mail address (no personal data).',
  ],
  too_long: ['は 500 文字以内にしてください。', 'must be at most 500 characters.'],
  not_allowed: [
    'はケアマネジャーの「見つからなかった」記録には入れられません。',
    "cannot be set on a care manager's unmet-search record.",
  ],
};

function isRealDate(iso) {
  const m = ISO_DATE.exec(iso);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === iso;
}

function isWholeNumber(v) {
  return typeof v === 'number' && isFinite(v) && Math.floor(v) === v && v >= 0;
}

/**
 * Field (PocketBase name) → problem code for a need's values, {} when it may be saved.
 * `values`: district, service_type, count (null = not counted), count_unit, source,
 * observed_on (YYYY-MM-DD), weekdays, note. `ctx`: today (YYYY-MM-DD in Japan),
 * isDistrict(id), byCareManager.
 */
function needProblems(values, ctx) {
  const v = values || {};
  const errors = {};
  const count = v.count === undefined ? null : v.count;
  const unit = v.count_unit || '';
  const note = String(v.note || '');
  if (!v.district) errors.district = 'required';
  else if (!ctx.isDistrict(v.district)) errors.district = 'not_district';
  if (!v.service_type) errors.service_type = 'required';
  if (count !== null && !isWholeNumber(count)) errors.count = 'not_whole_number';
  if (count !== null && !unit) errors.count_unit = 'unit_required';
  if (count === null && unit) errors.count_unit = 'unit_without_count';
  if (!v.source || SOURCES.indexOf(v.source) < 0) errors.source = 'required';
  if (!v.observed_on) errors.observed_on = 'required';
  else if (!isRealDate(v.observed_on)) errors.observed_on = 'invalid_date';
  else if (v.observed_on > ctx.today) errors.observed_on = 'future_date';
  const weekdays = v.weekdays || [];
  for (let i = 0; i < weekdays.length; i++)
    if (WEEKDAYS.indexOf(weekdays[i]) < 0) errors.weekdays = 'not_allowed';
  if (Array.from(note).length > NOTE_MAX) errors.note = 'too_long';
  else if (require(`${__hooks}/lib/personal-data.js`).findPersonalData(note).length > 0)
    errors.note = 'personal_data';
  if (ctx.byCareManager) {
    if (v.source && v.source !== 'care_manager') errors.source = 'not_allowed';
    if (note.trim()) errors.note = 'not_allowed';
    if (count !== null) errors.count = 'not_allowed';
    if (unit) errors.count_unit = 'not_allowed';
  }
  return errors;
}

/** The message for one refused field: 「label」…。 / field …. */
function message(field, code) {
  const m = MESSAGES[code] || MESSAGES.required;
  return `${LABELS[field] || field}${m[0]} / ${field} ${m[1]}`;
}

/** Throws a 400 naming every refused field (codes as validation_<code>); the first one's words lead. */
function failWith(errors) {
  const data = {};
  const fields = Object.keys(errors);
  for (let i = 0; i < fields.length; i++)
    data[fields[i]] = new ValidationError(
      'validation_' + errors[fields[i]],
      message(fields[i], errors[fields[i]]),
    );
  throw new BadRequestError(message(fields[0], errors[fields[0]]), data);
}

/**
 * The checks and stamps on a need create/update request. Anonymous requests pass untouched (the
 * collection's rules refuse them). `created_by` is the signed-in user on create and never
 * changes after (a body value is ignored).
 */
function check(e, isCreate) {
  if (!e.auth) return e.next();
  const user = e.auth.collection().name === 'users' ? e.auth : null;
  if (isCreate && user) e.record.set('created_by', user.id);
  if (!isCreate) e.record.set('created_by', e.record.original().getString('created_by'));
  const errors = recordProblems(
    e.app,
    JSON.parse(toString(e.record)),
    !!user && user.getString('role') === 'care_manager',
  );
  if (Object.keys(errors).length > 0) failWith(errors);
  e.next();
}

/**
 * needProblems for a need record about to be saved through `app` (the API hook above and the
 * import route, each with its own transaction's app): `values` are the record's fields
 * (observed_on as PocketBase stores it, a date and time), checked against today in Japan and
 * the areas `app` sees.
 */
function recordProblems(app, values, byCareManager) {
  return needProblems(
    Object.assign({}, values, { observed_on: String(values.observed_on || '').slice(0, 10) }),
    {
      // today in Japan (no daylight saving): shift the UTC clock by 9 hours and take the date
      today: new Date(Date.now() + 9 * 3600 * 1000).toISOString().slice(0, 10),
      isDistrict: (id) => {
        try {
          return app.findRecordById('areas', id).getString('kind') === 'district';
        } catch {
          return false;
        }
      },
      byCareManager: byCareManager,
    },
  );
}

module.exports = { needProblems, recordProblems, message, check };
