/// <reference path="../pb_data/types.d.ts" />
/* global routerAdd */
/**
 * The organiser's private update link (issue #16). See lib/organiser-links.js.
 *
 * Staff (a coordinator of the place's district, or an admin):
 * - POST /api/sasaeai/update-links         { resource, days? } → { id, token, expiresAt }
 *   issues a link (default 90 days) and revokes the place's previous one; the token is shown
 *   once, only its hash is kept.
 * - POST /api/sasaeai/update-links/revoke  { resource } → { revoked }
 *   (the active link itself is readable through the update_links collection, without token.)
 * The holder of a link (no account; the token in the POST body, never in the URL):
 * - POST /api/sasaeai/organiser/place      { token } → the place's details and own contact
 * - POST /api/sasaeai/organiser/answer     { token, stillSame: true } | { token, changes, note }
 *   → { id, status }: a proposed change in the district's queue ('accepted' at once for a
 *   one-tap "still the same" when the site allows it).
 * The rate limit per client IP is a PocketBase rule on /api/sasaeai/organiser/ (migration
 * 1733270001); the answers per link are limited here.
 */

routerAdd('POST', '/api/sasaeai/update-links', (e) => {
  const lib = require(`${__hooks}/lib/organiser-links.js`);
  return e.json(200, lib.issue(e, e.requestInfo().body || {}));
});

routerAdd('POST', '/api/sasaeai/update-links/revoke', (e) => {
  const lib = require(`${__hooks}/lib/organiser-links.js`);
  const resource = lib.managedResource(e, e.requestInfo().body || {});
  let revoked = 0;
  e.app.runInTransaction((txApp) => {
    revoked = lib.revokeActive(txApp, resource.id);
  });
  return e.json(200, { revoked });
});

routerAdd('POST', '/api/sasaeai/organiser/place', (e) => {
  const lib = require(`${__hooks}/lib/organiser-links.js`);
  const body = e.requestInfo().body || {};
  for (const key of Object.keys(body))
    if (key !== 'token') lib.fail(400, key, 'validation_not_allowed', `${key}: not accepted here.`);
  const link = lib.linkForToken(e.app, body);
  return e.json(200, lib.placeView(e.app, link));
});

routerAdd('POST', '/api/sasaeai/organiser/answer', (e) => {
  const lib = require(`${__hooks}/lib/organiser-links.js`);
  return e.json(200, lib.answer(e, e.requestInfo().body || {}));
});
