/// <reference path="../../pb_data/types.d.ts" />
/* global $app, NotFoundError */
/**
 * Helpers for icalendar.pb.js (CommonJS, loaded with require in each handler: PocketBase runs
 * each handler in its own runtime, so functions at the top of a .pb.js file are not in scope).
 */

/**
 * The record of `collection` whose id is in the path (without a trailing `.ics`).
 * @throws NotFoundError saying `notFound` when there is none
 */
function recordInPath(e, collection, notFound) {
  const id = String(e.request.pathValue('id') || '').replace(/\.ics$/, '');
  try {
    return $app.findRecordById(collection, id);
  } catch {
    throw new NotFoundError(notFound);
  }
}

/** Answers with the calendar of `records` (resource records), named `name`. */
function sendFeed(e, name, records) {
  const lib = require(`${__hooks}/lib/icalendar.js`);
  const proto = e.request.header.get('X-Forwarded-Proto') || (e.request.tls ? 'https' : 'http');
  const body = lib.icsFeed({
    name: name,
    records: JSON.parse(JSON.stringify(records)),
    origin: `${proto}://${e.request.host}`,
    now: new Date().toISOString(),
  });
  e.response.header().set('Content-Type', 'text/calendar; charset=utf-8');
  e.response.header().set('Cache-Control', 'public, max-age=3600');
  return e.string(200, body);
}

module.exports = { recordInPath, sendFeed };
