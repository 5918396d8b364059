/// <reference path="../pb_data/types.d.ts" />
/* global routerUse */
/**
 * Staff accounts managed by admins (issue #11).
 *
 * - A disabled account is refused at sign-in and token refresh by the users authRule; the
 *   tokens it already holds are invalidated when it is disabled (a new token key), and any
 *   token of a disabled account still presented counts as anonymous (the middleware below).
 * - A one-time password (set by an admin, `one_time_login`) lets its user do exactly one
 *   thing as themself: choose a new password. Every other request is served as anonymous, so
 *   the flag cannot be skipped through the API. Choosing a new password clears the flag.
 * - A coordinator needs at least one district, and districts are districts.
 *
 * Changes go through the records API, so pb_hooks/change-log.pb.js logs them.
 */

// After PocketBase has loaded the token (default priority 0 runs after loadAuthToken).
routerUse((e) => {
  // Anonymous requests and superusers (most of them) skip loading the module.
  if (e.auth && e.auth.collection().name === 'users') {
    const lib = require(`${__hooks}/lib/accounts.js`);
    if (lib.isLocked(e.auth) && !lib.allowedWhileLocked(e, e.auth)) e.auth = null;
  }
  return e.next();
});

onRecordCreateRequest((e) => {
  const lib = require(`${__hooks}/lib/accounts.js`);
  lib.checkAccount(e);
  e.next();
}, 'users');

onRecordUpdateRequest((e) => {
  const lib = require(`${__hooks}/lib/accounts.js`);
  const before = e.record.original();
  const self = e.auth && e.auth.collection().name === 'users' && e.auth.id === e.record.id;
  const body = e.requestInfo().body || {};
  if (self) {
    // The update rule keeps the flags out of the user's hands; a new password clears the
    // one-time flag (PocketBase also gives the record a new token key, so old tokens end).
    if (body.password !== undefined && body.password !== '') e.record.set('one_time_login', false);
  } else {
    lib.checkAccount(e);
  }
  if (e.record.getBool('disabled') && !before.getBool('disabled')) e.record.refreshTokenKey();
  e.next();
}, 'users');
