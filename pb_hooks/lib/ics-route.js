/// <reference path="../../pb_data/types.d.ts" />
/**
 * Helpers for icalendar.pb.js (CommonJS, loaded with require in each handler: PocketBase runs
 * each handler in its own runtime, so functions at the top of a .pb.js file are not in scope).
 */

/** The id in the path, without a trailing `.ics`. */
function idOf(e) {
  return String(e.request.pathValue('id') || '').replace(/\.ics$/, '');
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

module.exports = { idOf, sendFeed };
