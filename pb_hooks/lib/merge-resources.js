/// <reference path="../../pb_data/types.d.ts" />
/* global NotFoundError, ForbiddenError */
/** Helpers for merge-resources.pb.js (CommonJS, loaded with require in each handler). */

/** Fields the kept record may take over from the merged one, when it has none itself. */
const FILLABLE = [
  'name_kana',
  'description',
  'address',
  'directions',
  'public_phone',
  'website',
  'organization',
  'service_types',
  'accessibility',
  'capacity',
  'schedule',
  'location',
];

/** Relations that point at a resource: collection, field, whether it holds many ids. */
const POINTERS = [
  { collection: 'resource_contacts', field: 'resource', many: false },
  { collection: 'support_events', field: 'resource', many: false },
  { collection: 'suggestions', field: 'resource', many: false },
  { collection: 'areas', field: 'support_center', many: false },
  { collection: 'shortlists', field: 'resources', many: true },
];

function findResource(app, id) {
  try {
    return app.findRecordById('resources', id);
  } catch {
    throw new NotFoundError(`No resource ${id}.`);
  }
}

/** Admins and superusers anywhere; coordinators only for records in their own districts. */
function checkAllowed(e, a, b) {
  if (e.hasSuperuserAuth()) return;
  const auth = e.auth;
  const role = auth ? auth.getString('role') : '';
  if (role === 'admin') return;
  if (role !== 'coordinator')
    throw new ForbiddenError('Only coordinators and administrators may merge records.');
  const mine = auth.getStringSlice('districts');
  for (const r of [a, b]) {
    if (mine.indexOf(r.getString('district')) < 0)
      throw new ForbiddenError('Both records must be in your districts.');
  }
}

function plain(record) {
  return JSON.parse(toString(record));
}

/** Whether a plain field value says nothing (so the other record's value may fill it). */
function isEmpty(field, value) {
  if (value === null || value === undefined || value === '' || value === 0) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (field === 'schedule')
    return !value || !Array.isArray(value.rules) || value.rules.length === 0;
  if (field === 'location') return !value || (value.lon === 0 && value.lat === 0);
  return false;
}

function logEntry(app, e, record, before, note) {
  const log = require(`${__hooks}/lib/change-log.js`);
  const after = log.snapshot(record);
  const changes = log.diff(before, after);
  changes.merge = [null, note];
  const entry = new Record(app.findCollectionByNameOrId('change_log'));
  entry.set('collection_name', 'resources');
  entry.set('record_id', record.id);
  entry.set('action', 'update');
  if (e.auth && e.auth.collection().name === 'users') {
    entry.set('actor', e.auth.id);
    entry.set('actor_label', e.auth.getString('name') || e.auth.email());
  } else if (e.auth) {
    entry.set('actor_label', 'superuser:' + e.auth.email());
  }
  entry.set('changes', changes);
  app.save(entry);
}

function merge(app, e, keep, other, take) {
  const log = require(`${__hooks}/lib/change-log.js`);
  const keepBefore = log.snapshot(keep);
  const otherBefore = log.snapshot(other);
  const k = plain(keep);
  const o = plain(other);
  const taken = [];
  for (const field of take) {
    if (isEmpty(field, k[field]) && !isEmpty(field, o[field])) {
      keep.set(field, o[field]);
      taken.push(field);
    }
  }
  app.save(keep);

  const repointed = {};
  for (const p of POINTERS) {
    const filter = p.many ? `${p.field}.id ?= {:id}` : `${p.field} = {:id}`;
    const records = app.findRecordsByFilter(p.collection, filter, '', 0, 0, { id: other.id });
    for (const r of records) {
      if (p.many) {
        const ids = r.getStringSlice(p.field).map((id) => (id === other.id ? keep.id : id));
        r.set(
          p.field,
          ids.filter((id, i) => ids.indexOf(id) === i),
        );
      } else {
        r.set(p.field, keep.id);
      }
      app.save(r);
    }
    if (records.length) repointed[p.collection] = records.length;
  }

  other.set('status', 'closed');
  other.set(
    'status_reason',
    `「${keep.getString('name')}」(${keep.id}) に統合 / merged into "${keep.getString('name')}" (${keep.id})`,
  );
  other.set('merged_into', keep.id);
  app.save(other);

  logEntry(app, e, keep, keepBefore, { merged: other.id, taken: taken, repointed: repointed });
  logEntry(app, e, other, otherBefore, { mergedInto: keep.id });
  return { keep: keep.id, merged: other.id, taken: taken, repointed: repointed };
}

function dismiss(app, e, a, b) {
  const existing = app.findRecordsByFilter(
    'duplicate_dismissals',
    'resource_a = {:a} && resource_b = {:b}',
    '',
    1,
    0,
    { a: a.id, b: b.id },
  );
  if (existing.length) return existing[0].id;
  const r = new Record(app.findCollectionByNameOrId('duplicate_dismissals'));
  r.set('resource_a', a.id);
  r.set('resource_b', b.id);
  if (e.auth && e.auth.collection().name === 'users') r.set('dismissed_by', e.auth.id);
  app.save(r);
  return r.id;
}

module.exports = { FILLABLE, findResource, checkAllowed, merge, dismiss };
