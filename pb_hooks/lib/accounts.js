/// <reference path="../../pb_data/types.d.ts" />
/**
 * Helpers for accounts.pb.js (CommonJS, loaded with require in each handler): what a locked
 * account (disabled, or waiting for a new password) may still do, and the checks on an
 * account an admin creates or edits.
 */

const USERS = ['users', '_pb_users_auth_'];

/** True when `auth` is a staff account that must not act as itself right now. */
function isLocked(auth) {
  if (!auth || auth.collection().name !== 'users') return false;
  return auth.getBool('disabled') || auth.getBool('one_time_login');
}

/**
 * The requests a user with a one-time password may make as themself: read and update their
 * own record (to choose a new password) and refresh the token. A disabled user may make none.
 */
function allowedWhileLocked(e, auth) {
  if (auth.getBool('disabled')) return false;
  const method = e.request.method;
  const path = e.request.url.path.replace(/\/+$/, '');
  for (const c of USERS) {
    if (method === 'POST' && path === `/api/collections/${c}/auth-refresh`) return true;
    if (
      (method === 'GET' || method === 'PATCH') &&
      path === `/api/collections/${c}/records/${auth.id}`
    )
      return true;
  }
  return false;
}

/** Refuses the request with a message naming the field (the one helper, in coordination.js). */
function fail(field, code, message) {
  require(`${__hooks}/lib/coordination.js`).fail(field, code, message);
}

/**
 * An account's role and districts: a coordinator needs at least one district, and every
 * district must be an area of kind "district" (not a town or the city).
 */
function checkAccount(e) {
  const record = e.record;
  const role = record.getString('role');
  if (['admin', 'coordinator', 'care_manager'].indexOf(role) < 0) {
    fail('role', 'validation_required', 'Choose a role: admin, coordinator or care_manager.');
  }
  const districts = record.getStringSlice('districts');
  if (role === 'coordinator' && districts.length === 0) {
    fail('districts', 'validation_required', 'A coordinator needs at least one district.');
  }
  for (const id of districts) {
    let area = null;
    try {
      area = e.app.findRecordById('areas', id);
    } catch {
      area = null;
    }
    if (!area || area.getString('kind') !== 'district') {
      fail('districts', 'validation_not_district', `"${id}" is not a district.`);
    }
  }
}

module.exports = { isLocked, allowedWhileLocked, checkAccount, fail };
