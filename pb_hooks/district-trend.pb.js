/// <reference path="../pb_data/types.d.ts" />
/* global routerAdd, $app, NotFoundError */
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
  const since = new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - MONTHS, now.getUTCDate()),
  );
  /** Records as plain objects (their JSON export: hidden fields never included). */
  const plain = (records) => JSON.parse(JSON.stringify(records));
  const resources = plain($app.findRecordsByFilter('resources', 'is_public = true', '', 0, 0)).map(
    (r) => ({
      id: r.id,
      districtId: r.district || '',
      status: r.status || 'active',
      lastVerifiedAt: String(r.last_verified_at || '').replace(' ', 'T'),
    }),
  );
  const entries = plain(
    $app.findRecordsByFilter(
      'change_log',
      'collection_name = "resources" && created >= {:since}',
      'created',
      0,
      0,
      { since: since.toISOString().replace('T', ' ') },
    ),
  );
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
  e.response.header().set('Cache-Control', 'no-cache');
  return e.json(200, {
    items: points.map((p) => ({ month: p.month, share: p.share })),
  });
});
