/// <reference path="../../pb_data/types.d.ts" />
/* global DateTime, $security, $dbx, NotFoundError, ForbiddenError, TooManyRequestsError, ApiError */
/**
 * Helpers for organiser-links.pb.js (issue #16): the organiser's private update link.
 *
 * A token is 40 random letters and digits (~238 bits); only its SHA-256 hash is stored. The
 * token travels in a POST body only (never in a URL), so PocketBase's request log, which
 * records the URL, never holds it; nothing here logs it either.
 */

const DEFAULT_DAYS = 90;
const MAX_DAYS = 365;
/** Answers one link may send per 24 hours (a family member tapping twice is fine; a script is not). */
const ANSWERS_PER_DAY = 5;
/** What an organiser's answer may change (the keys of its `changes`). */
// prettier-ignore
const CHANGE_KEYS = ['scheduleText', 'cost', 'publicPhone', 'status', 'statusReason', 'acceptingNewcomers', 'capacity', 'capacityAvailable'];
const STATUSES = ['active', 'paused', 'closed'];
const COST_UNITS = ['free', 'per_visit', 'per_hour', 'per_month', 'per_year', 'per_use'];
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

function fail(status, field, code, message) {
  const data = {};
  if (field) data[field] = new ValidationError(code, message);
  if (status === 404) throw new NotFoundError(message, data);
  if (status === 403) throw new ForbiddenError(message, data);
  if (status === 429) throw new TooManyRequestsError(message, data);
  if (status === 410) throw new ApiError(410, message, data);
  throw new BadRequestError(message, data);
}

function hashToken(token) {
  return $security.sha256(String(token));
}

function nowIso() {
  return new DateTime().string();
}

/** The signed-in user may manage links of `resource`: an admin, or a coordinator of its district. */
function canManage(e, resource) {
  if (e.hasSuperuserAuth()) return true;
  if (!e.auth || e.auth.collection().name !== 'users') return false;
  const role = e.auth.getString('role');
  if (role === 'admin') return true;
  return (
    role === 'coordinator' &&
    e.auth.getStringSlice('districts').indexOf(resource.getString('district')) >= 0
  );
}

/** The resource named in the body, if the caller may manage its links (404 otherwise: no probing). */
function managedResource(e, body) {
  const id = typeof body.resource === 'string' ? body.resource : '';
  let resource = null;
  try {
    resource = e.app.findRecordById('resources', id);
  } catch {
    resource = null;
  }
  if (!resource) fail(404, 'resource', 'validation_not_found', 'The place does not exist.');
  if (!canManage(e, resource))
    fail(
      403,
      'resource',
      'validation_not_allowed',
      'Only a coordinator of the place’s district or an administrator may do this.',
    );
  return resource;
}

/** Revokes every active link of the resource (at most one) through `app`. Returns how many. */
function revokeActive(app, resourceId) {
  const active = app.findRecordsByFilter(
    'update_links',
    "resource = {:r} && revoked_at = ''",
    '',
    0,
    0,
    { r: resourceId },
  );
  for (const link of active) {
    link.set('revoked_at', nowIso());
    app.save(link);
  }
  return active.length;
}

/** Issues a new link (revoking the old one) and returns { id, token, expiresAt }. */
function issue(e, body) {
  const resource = managedResource(e, body);
  let days = DEFAULT_DAYS;
  if (body.days !== undefined && body.days !== null) {
    if (
      typeof body.days !== 'number' ||
      !Number.isInteger(body.days) ||
      body.days < 1 ||
      body.days > MAX_DAYS
    ) {
      fail(400, 'days', 'validation_range', `The link must last 1–${MAX_DAYS} days.`);
    }
    days = body.days;
  }
  const token = $security.randomString(40);
  const expires = new DateTime().addDate(0, 0, days);
  let out = null;
  e.app.runInTransaction((txApp) => {
    revokeActive(txApp, resource.id);
    const link = new Record(txApp.findCachedCollectionByNameOrId('update_links'));
    link.set('resource', resource.id);
    link.set('district', resource.getString('district'));
    link.set('token_hash', hashToken(token));
    link.set('expires_at', expires);
    if (e.auth && e.auth.collection().name === 'users') link.set('issued_by', e.auth.id);
    txApp.save(link);
    out = { id: link.id, token, expiresAt: link.getDateTime('expires_at').string() };
  });
  return out;
}

/**
 * The active link a token names, or a refusal: 400 without a token, 404 for a token nobody
 * issued, 410 (`expired` / `revoked`) for one that no longer works.
 */
function linkForToken(app, body) {
  const token = typeof body.token === 'string' ? body.token.trim() : '';
  if (!token) fail(400, 'token', 'validation_required', 'The link has no key.');
  let link = null;
  try {
    link = app.findFirstRecordByData('update_links', 'token_hash', hashToken(token));
  } catch {
    link = null;
  }
  if (!link) fail(404, 'token', 'validation_not_found', 'This link is not known.');
  if (link.getString('revoked_at'))
    fail(410, 'token', 'revoked', 'This link has been replaced or withdrawn.');
  if (link.getDateTime('expires_at').string() <= new DateTime().string())
    fail(410, 'token', 'expired', 'This link has expired.');
  return link;
}

/** What the holder sees: the place's public details and its own contact, nothing else. */
function placeView(app, link) {
  const r = app.findRecordById('resources', link.getString('resource'));
  const plain = JSON.parse(toString(r));
  let contact = { personInCharge: '', directPhone: '' };
  try {
    const c = app.findFirstRecordByData('resource_contacts', 'resource', r.id);
    contact = {
      personInCharge: c.getString('person_in_charge'),
      directPhone: c.getString('direct_phone'),
    };
  } catch {
    // no private contact recorded
  }
  let districtName = '';
  try {
    districtName = app.findRecordById('areas', r.getString('district')).getString('name');
  } catch {
    districtName = '';
  }
  const pending = app.findRecordsByFilter(
    'suggestions',
    "update_link = {:l} && status = 'open'",
    '-created',
    1,
    0,
    { l: link.id },
  );
  return {
    name: plain.name,
    kind: plain.kind,
    districtName,
    address: plain.address,
    schedule: plain.schedule,
    cost: plain.cost,
    publicPhone: plain.public_phone,
    status: plain.status,
    statusReason: plain.status_reason,
    acceptingNewcomers: plain.accepting_newcomers,
    capacity: plain.capacity,
    capacityAvailable: plain.capacity_available,
    capacityUpdatedAt: plain.capacity_updated_at,
    lastVerifiedAt: plain.last_verified_at,
    verificationMethod: plain.verification_method,
    contact,
    expiresAt: link.getDateTime('expires_at').string(),
    pendingSince: pending.length ? pending[0].getDateTime('created').string() : '',
  };
}

function cleanText(value, field, max, multiline) {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string')
    fail(400, field, 'validation_wrong_type', `${field}: text expected.`);
  let text = value.replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
  if (!multiline) text = text.replace(/\n/g, ' ');
  text = text.replace(INVISIBLE, '').trim();
  if ([...text].length > max)
    fail(400, field, 'validation_too_long', `${field}: at most ${max} characters.`);
  return text;
}

function count(value, field) {
  if (value === null) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 10000) {
    fail(400, field, 'validation_number', `${field}: a whole number from 0, or null for unknown.`);
  }
  return value;
}

/**
 * Checks the organiser's answer. Only these keys are accepted (anything else, such as another
 * place's id, is refused by name): token, stillSame, changes, note. Returns the `proposed` value
 * stored on the suggestion: { kind: 'still_same' } or { kind: 'changes', ...changed fields }.
 */
function checkAnswer(body, phoneOk) {
  for (const key of Object.keys(body)) {
    if (['token', 'stillSame', 'changes', 'note'].indexOf(key) < 0)
      fail(400, key, 'validation_not_allowed', `${key}: not accepted here.`);
  }
  const note = cleanText(body.note, 'note', 1000, true);
  if (body.stillSame === true) {
    if (body.changes !== undefined)
      fail(400, 'changes', 'validation_not_allowed', 'Either still the same or changes, not both.');
    return { kind: 'still_same', note };
  }
  const c = body.changes;
  if (!c || typeof c !== 'object' || Array.isArray(c))
    fail(400, 'changes', 'validation_required', 'Say what has changed.');
  const out = { kind: 'changes', note };
  for (const key of Object.keys(c)) {
    if (CHANGE_KEYS.indexOf(key) < 0) {
      fail(400, `changes.${key}`, 'validation_not_allowed', `changes.${key}: not accepted here.`);
    }
  }
  if (c.scheduleText !== undefined)
    out.scheduleText = cleanText(c.scheduleText, 'changes.scheduleText', 500, true);
  if (c.cost !== undefined) {
    const cost = c.cost;
    if (!cost || typeof cost !== 'object' || COST_UNITS.indexOf(cost.unit) < 0)
      fail(400, 'changes.cost', 'validation_cost', 'changes.cost: { amountYen, unit, note }.');
    const amount =
      cost.unit === 'free'
        ? 0
        : count(cost.amountYen === undefined ? null : cost.amountYen, 'changes.cost');
    out.cost = {
      amountYen: amount,
      unit: cost.unit,
      note: cleanText(cost.note, 'changes.cost', 200, false),
    };
  }
  if (c.publicPhone !== undefined) {
    out.publicPhone = cleanText(c.publicPhone, 'changes.publicPhone', 40, false);
    if (!phoneOk(out.publicPhone))
      fail(
        400,
        'changes.publicPhone',
        'validation_phone',
        'The phone number may contain digits, hyphens and brackets only (10–11 digits).',
      );
  }
  if (c.status !== undefined) {
    if (STATUSES.indexOf(c.status) < 0)
      fail(400, 'changes.status', 'validation_status', 'changes.status: active, paused or closed.');
    out.status = c.status;
    out.statusReason = cleanText(c.statusReason, 'changes.statusReason', 500, false);
  }
  if (c.acceptingNewcomers !== undefined) {
    if (['yes', 'no', ''].indexOf(c.acceptingNewcomers) < 0)
      fail(400, 'changes.acceptingNewcomers', 'validation_select', 'yes, no or "" (unknown).');
    out.acceptingNewcomers = c.acceptingNewcomers;
  }
  if (c.capacity !== undefined) out.capacity = count(c.capacity, 'changes.capacity');
  if (c.capacityAvailable !== undefined)
    out.capacityAvailable = count(c.capacityAvailable, 'changes.capacityAvailable');
  if (Object.keys(out).length === 2 && !note)
    fail(400, 'changes', 'validation_required', 'Say what has changed.');
  return out;
}

/** A short Japanese summary for the suggestion's message (the queue shows the full diff). */
function summary(proposed) {
  if (proposed.kind === 'still_same')
    return '主催者より：今も同じです。' + (proposed.note ? '\n' + proposed.note : '');
  return (
    '主催者より：変更があります（変更点は一覧の差分をご覧ください）。' +
    (proposed.note ? '\n' + proposed.note : '')
  );
}

/**
 * Records the answer as an open suggestion for the district's queue (or, for "still the same"
 * with the site's auto-confirm on, confirms the place at once and records it as accepted).
 * Returns { id, status }.
 */
function answer(e, body) {
  const coordination = require(`${__hooks}/lib/coordination.js`);
  const changeLog = require(`${__hooks}/lib/change-log.js`);
  const link = linkForToken(e.app, body);
  const proposed = checkAnswer(body, coordination.phoneOk);
  const since = new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString().replace('T', ' ');
  const recent = e.app.countRecords(
    'suggestions',
    $dbx.hashExp({ update_link: link.id }),
    $dbx.exp('created > {:s}', { s: since }),
  );
  if (recent >= ANSWERS_PER_DAY)
    fail(
      429,
      'token',
      'rate_limited',
      'This link has sent enough answers today. Please try again tomorrow.',
    );

  let site = null;
  try {
    site = e.app.findFirstRecordByFilter('site', "id != ''");
  } catch {
    site = null;
  }
  const autoConfirm =
    proposed.kind === 'still_same' && !!site && site.getBool('organiser_auto_confirm');
  let out = null;
  e.app.runInTransaction((txApp) => {
    const resource = txApp.findRecordById('resources', link.getString('resource'));
    const s = new Record(txApp.findCachedCollectionByNameOrId('suggestions'));
    s.set('resource', resource.id);
    s.set('district', resource.getString('district'));
    s.set(
      'topic',
      proposed.kind === 'still_same'
        ? 'other'
        : proposed.status && proposed.status !== 'active'
          ? 'closed'
          : 'other',
    );
    s.set('message', summary(proposed));
    s.set('origin', 'organiser');
    s.set('proposed', proposed);
    s.set('update_link', link.id);
    s.set('status', autoConfirm ? 'accepted' : 'open');
    if (autoConfirm) {
      s.set('handled_at', nowIso());
      const before = changeLog.snapshot(resource);
      resource.set('last_verified_at', nowIso());
      resource.set('verification_method', 'organiser');
      resource.set('verified_by', '');
      txApp.save(resource);
      const entry = new Record(txApp.findCachedCollectionByNameOrId('change_log'));
      entry.set('collection_name', 'resources');
      entry.set('record_id', resource.id);
      entry.set('action', 'update');
      entry.set('actor_label', 'organiser_link');
      entry.set('changes', changeLog.diff(before, changeLog.snapshot(resource)));
      txApp.save(entry);
    }
    txApp.save(s);
    link.set('last_used_at', nowIso());
    txApp.save(link);
    out = { id: s.id, status: s.getString('status') };
  });
  return out;
}

module.exports = {
  DEFAULT_DAYS,
  MAX_DAYS,
  ANSWERS_PER_DAY,
  fail,
  hashToken,
  managedResource,
  revokeActive,
  issue,
  linkForToken,
  placeView,
  checkAnswer,
  answer,
};
