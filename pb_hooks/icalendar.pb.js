/// <reference path="../pb_data/types.d.ts" />
/* global routerAdd, $app, NotFoundError */
/**
 * Subscribable iCalendar feeds (issue #17), for residents' phone calendars:
 *   GET /api/sasaeai/ics/place/{id}      (also {id}.ics) — one place's sessions
 *   GET /api/sasaeai/ics/district/{id}   (also {id}.ics) — every public place of a district
 * Anonymous; public, active places only (anything else is "not found", so a feed never shows
 * that a private record exists). The text is made by the bundled pure module
 * pb_hooks/lib/icalendar.js (src/lib/data-access/ics-feed.ts): RRULEs from the schedules,
 * holidays and closures as EXDATE for the coming year, TZID Asia/Tokyo with a VTIMEZONE.
 */

routerAdd('GET', '/api/sasaeai/ics/place/{id}', (e) => {
  const route = require(`${__hooks}/lib/ics-route.js`);
  const record = route.recordInPath(e, 'resources', 'No such public place.');
  if (!record.getBool('is_public') || record.getString('status') !== 'active')
    throw new NotFoundError('No such public place.');
  return route.sendFeed(e, record.getString('name'), [record]);
});

routerAdd('GET', '/api/sasaeai/ics/district/{id}', (e) => {
  const route = require(`${__hooks}/lib/ics-route.js`);
  const district = route.recordInPath(e, 'areas', 'No such district.');
  if (district.getString('kind') !== 'district') throw new NotFoundError('No such district.');
  const records = $app.findRecordsByFilter(
    'resources',
    'district = {:d} && is_public = true && status = "active"',
    'name',
    0,
    0,
    { d: district.id },
  );
  let city = '';
  try {
    city = $app.findFirstRecordByFilter('site', '1 = 1').getString('city_name');
  } catch {
    city = '';
  }
  return route.sendFeed(
    e,
    city ? `${district.getString('name')}（${city}）` : district.getString('name'),
    records,
  );
});
