/// <reference path="../pb_data/types.d.ts" />
/* global routerAdd, $app, NotFoundError, arrayOf, DynamicModel */
/**
 * The public confirmed-share trend of one district (issue #16 item 5), for the district
 * profile, which anyone may read:
 *   GET /api/sasaeai/trend/district/{id}  →  { "items": [{ "month": "2026-01", "share": 0.75 }, …] }
 * Twelve calendar months, oldest first; `share` is null for a month without records.
 *
 * The change log it is rebuilt from is staff-only, so the answer carries nothing else: no
 * record ids, no counts, no users, no field values. It counts the places that are public now
 * (and public places deleted within the window), so a private record's confirmations never
 * move it. The arithmetic is the same module the coordinator workspace runs
 * (src/lib/domain/confirmation-trend.ts, bundled into pb_hooks/lib/confirmation-trend.js).
 */

routerAdd('GET', '/api/sasaeai/trend/district/{id}', (e) => {
  const MONTHS = 12;
  const id = String(e.request.pathValue('id') || '');
  let district;
  try {
    district = $app.findRecordById('areas', id);
  } catch {
    throw new NotFoundError('No such district.');
  }
  if (district.getString('kind') !== 'district') throw new NotFoundError('No such district.');

  const now = new Date();
  // The answer changes only when the change log or a place changes, or the day turns: keep one
  // answer per district under a version of those, so a crowd (or a script) reading profiles
  // costs one query of four aggregates instead of a rebuild of a year of the log.
  const version = new DynamicModel({ n: 0, logged: '', places: 0, updated: '' });
  $app
    .db()
    .newQuery(
      "SELECT (SELECT COUNT(*) FROM change_log) AS n, (SELECT COALESCE(MAX(created), '') FROM change_log) AS logged, (SELECT COUNT(*) FROM resources) AS places, (SELECT COALESCE(MAX(updated), '') FROM resources) AS updated",
    )
    .one(version);
  const versionKey = [
    now.toISOString().slice(0, 10),
    version.n,
    version.logged,
    version.places,
    version.updated,
  ].join('|');
  const cacheKey = `sasaeai:trend:${district.id}`;
  const cached = $app.store().get(cacheKey);
  if (cached) {
    const hit = JSON.parse(String(cached));
    if (hit.version === versionKey) {
      e.response.header().set('Cache-Control', 'no-cache');
      return e.json(200, hit.body);
    }
  }
  const since = new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - MONTHS, now.getUTCDate()),
  );
  // Plain SQL over the few columns needed: marshalling whole records through the JS VM took
  // over a second for a few hundred places.
  const places = arrayOf(new DynamicModel({ id: '', district: '', status: '', verified: '' }));
  $app
    .db()
    .newQuery(
      'SELECT id, district, status, last_verified_at AS verified FROM resources WHERE is_public = TRUE',
    )
    .all(places);
  const resources = places.map((r) => ({
    id: r.id,
    districtId: r.district || '',
    status: r.status || 'active',
    lastVerifiedAt: String(r.verified || '').replace(' ', 'T'),
  }));
  const logged = arrayOf(new DynamicModel({ record_id: '', action: '', changes: '', created: '' }));
  $app
    .db()
    .newQuery(
      "SELECT record_id, action, changes, created FROM change_log WHERE collection_name = 'resources' AND created >= {:since} ORDER BY created",
    )
    .bind({ since: since.toISOString().replace('T', ' ') })
    .all(logged);
  const entries = logged.map((c) => {
    let changes = {};
    try {
      changes = JSON.parse(c.changes || '{}') || {};
    } catch {
      changes = {};
    }
    return { record_id: c.record_id, action: c.action, changes, created: c.created };
  });
  const wanted = {};
  for (const r of resources) wanted[r.id] = true;
  // a public place deleted in the window still counted in the months before its deletion
  for (const c of entries) {
    const pub = c.changes && c.changes.is_public;
    if (c.action === 'delete' && pub && pub[0] === true) wanted[c.record_id] = true;
  }
  const changes = entries
    .filter((c) => wanted[c.record_id])
    .map((c) => ({
      recordId: c.record_id,
      action: c.action,
      changes: c.changes || {},
      createdAt: String(c.created).replace(' ', 'T'),
    }));

  const lib = require(`${__hooks}/lib/confirmation-trend.js`);
  const points = lib.confirmationTrend(resources, changes, district.id, now, { months: MONTHS });
  const body = { items: points.map((p) => ({ month: p.month, share: p.share })) };
  $app.store().set(cacheKey, JSON.stringify({ version: versionKey, body }));
  e.response.header().set('Cache-Control', 'no-cache');
  return e.json(200, body);
});
