/// <reference path="../pb_data/types.d.ts" />
/* global routerAdd */
/**
 * Helpers (担い手) with consent (issue #19 item 4; schema and rules in
 * pb_migrations/1734300001_helpers.js). Every create and update request (superusers too) is
 * checked by lib/helpers.js before it is saved: a coordinator's districts, consent date (not
 * in the future) and purpose, at least one contact, no phone number or e-mail address in the
 * notes; the consent recorder is stamped by the server.
 *
 *   GET /api/sasaeai/helper-counts — active helpers per district × service type, for any
 *   caller: exact for staff, counts under 3 hidden as 「3人未満」 for everybody else.
 */

onRecordCreateRequest((e) => {
  require(`${__hooks}/lib/helpers.js`).checkRequest(e, true);
}, 'helpers');

onRecordUpdateRequest((e) => {
  require(`${__hooks}/lib/helpers.js`).checkRequest(e, false);
}, 'helpers');

routerAdd('GET', '/api/sasaeai/helper-counts', (e) => {
  return require(`${__hooks}/lib/helpers.js`).counts(e);
});
