/// <reference path="../../pb_data/types.d.ts" />
/**
 * Helpers for site-settings.pb.js (CommonJS): the walking-distance limits of the `site`
 * record and the backup schedule as admins see it. Limits repeat src/lib/domain/site-settings.ts
 * (WALK_LIMITS, BACKUP_LIMITS); tests/integration/site-settings.test.ts proves they agree.
 */

const WALK_LIMITS = { walkM: { min: 100, max: 3000 }, walkMPerMin: { min: 30, max: 100 } };
const BACKUP_LIMITS = { keep: { min: 1, max: 100 } };
/** PocketBase's cron runs in UTC; the page speaks Japan time (UTC+9, no daylight saving). */
const JST_OFFSET_H = 9;

/** Refuses the request with a message naming the field (the one helper, in coordination.js). */
function fail(field, code, message) {
  require(`${__hooks}/lib/coordination.js`).fail(field, code, message);
}

/** Refuses a walking distance or pace outside its range, naming the field. 0 = not set. */
function checkWalk(record) {
  const walkM = record.getFloat('walk_m');
  const pace = record.getFloat('walk_m_per_min');
  if (
    walkM !== 0 &&
    !(Number.isInteger(walkM) && walkM >= WALK_LIMITS.walkM.min && walkM <= WALK_LIMITS.walkM.max)
  ) {
    fail(
      'walk_m',
      'validation_walk_m',
      `The walking distance (walk_m) must be a whole number of metres from ${WALK_LIMITS.walkM.min} to ${WALK_LIMITS.walkM.max}.`,
    );
  }
  if (
    pace !== 0 &&
    !(
      Number.isInteger(pace) &&
      pace >= WALK_LIMITS.walkMPerMin.min &&
      pace <= WALK_LIMITS.walkMPerMin.max
    )
  ) {
    fail(
      'walk_m_per_min',
      'validation_walk_m_per_min',
      `The walking pace (walk_m_per_min) must be a whole number of metres per minute from ${WALK_LIMITS.walkMPerMin.min} to ${WALK_LIMITS.walkMPerMin.max}.`,
    );
  }
  // During the request an upload is a File object (with `originalName`); a stored file is its name.
  const raw = record.get('basemap_pmtiles');
  const file =
    typeof raw === 'string' ? raw : raw ? String(raw.originalName || raw.name || '') : '';
  if (record.getString('basemap') === 'pmtiles' && !file) {
    fail(
      'basemap_pmtiles',
      'validation_required',
      'The PMTiles basemap needs a file (basemap_pmtiles): upload a .pmtiles file.',
    );
  }
  if (file && !/\.pmtiles$/i.test(file)) {
    fail(
      'basemap_pmtiles',
      'validation_pmtiles',
      'The basemap file (basemap_pmtiles) must be a .pmtiles file.',
    );
  }
}

/** The backup schedule as admins see it: { daily, hourJst, keep, cron }. */
function readBackups(settings) {
  const cron = settings.backups.cron || '';
  const m = /^0 (\d{1,2}) \* \* \*$/.exec(cron);
  return {
    daily: !!m,
    hourJst: m ? (Number(m[1]) + JST_OFFSET_H) % 24 : 3,
    keep: settings.backups.cronMaxKeep || 7,
    // A schedule set some other way in PocketBase's own settings (shown, replaced on save).
    cron: cron,
  };
}

/** Validates { daily, hourJst, keep } and returns the cron fields to store. */
function backupsFromBody(body) {
  const daily = body.daily === true;
  const hour = Number(body.hourJst);
  const keep = Number(body.keep);
  if (body.daily !== true && body.daily !== false)
    fail('daily', 'validation_required', 'The daily backup switch (daily) must be true or false.');
  if (!Number.isInteger(hour) || hour < 0 || hour > 23)
    fail(
      'hourJst',
      'validation_hour',
      'The backup hour (hourJst) must be a whole number from 0 to 23.',
    );
  if (!Number.isInteger(keep) || keep < BACKUP_LIMITS.keep.min || keep > BACKUP_LIMITS.keep.max) {
    fail(
      'keep',
      'validation_keep',
      `The number of backups to keep (keep) must be a whole number from ${BACKUP_LIMITS.keep.min} to ${BACKUP_LIMITS.keep.max}.`,
    );
  }
  return { cron: daily ? `0 ${(hour - JST_OFFSET_H + 24) % 24} * * *` : '', cronMaxKeep: keep };
}

function isAdmin(e) {
  return (
    e.hasSuperuserAuth() ||
    (e.auth && e.auth.collection().name === 'users' && e.auth.getString('role') === 'admin')
  );
}

module.exports = { checkWalk, readBackups, backupsFromBody, isAdmin, WALK_LIMITS, BACKUP_LIMITS };
