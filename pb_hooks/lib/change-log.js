/// <reference path="../../pb_data/types.d.ts" />
/** Helpers for change-log.pb.js (CommonJS, loaded with require in each handler). */

/** Fields that change on every save or must never be copied into the log. */
const SKIP = { created: true, updated: true, password: true, tokenKey: true };

/** A plain-JSON copy of a record's visible field values. */
function snapshot(record) {
  if (!record) return null;
  const out = {};
  // toString JSON-encodes through Go (Record.MarshalJSON), so json fields stay JSON and
  // hidden fields (password hashes, token keys) are already left out.
  const exported = JSON.parse(toString(record));
  for (const key of Object.keys(exported)) {
    if (SKIP[key] || key === 'collectionId' || key === 'collectionName' || key === 'expand') continue;
    out[key] = exported[key];
  }
  return out;
}

/** Values above this size (geometries, layer files) are logged by size, not content, so an
 * entry never outgrows the change_log field and blocks the change it describes. */
const MAX_VALUE_CHARS = 10000;

function loggable(value) {
  if (value === undefined) return null;
  const json = JSON.stringify(value);
  return json && json.length > MAX_VALUE_CHARS ? { omitted: true, chars: json.length } : value;
}

/** Field → [before, after] for the fields whose values differ. */
function diff(before, after) {
  const changes = {};
  const keys = {};
  for (const k of Object.keys(before || {})) keys[k] = true;
  for (const k of Object.keys(after || {})) keys[k] = true;
  for (const k of Object.keys(keys)) {
    if (k === 'id') continue;
    const a = before ? before[k] : undefined;
    const b = after ? after[k] : undefined;
    if (JSON.stringify(a) !== JSON.stringify(b)) changes[k] = [loggable(a), loggable(b)];
  }
  return changes;
}

/**
 * Saves one change_log entry for the request event `e` (after e.next() succeeded).
 * `before` is the snapshot taken before the change (null for a create).
 */
function write(e, action, before) {
  const after = action === 'delete' ? null : snapshot(e.record);
  const changes = diff(before, after);
  if (action === 'update' && Object.keys(changes).length === 0) return;

  const collection = e.app.findCollectionByNameOrId('change_log');
  const entry = new Record(collection);
  entry.set('collection_name', e.record.collection().name);
  entry.set('record_id', e.record.id);
  entry.set('action', action);
  if (e.auth) {
    if (e.auth.collection().name === 'users') {
      entry.set('actor', e.auth.id);
      entry.set('actor_label', e.auth.getString('name') || e.auth.email());
    } else {
      entry.set('actor_label', 'superuser:' + e.auth.email());
    }
  } else {
    entry.set('actor_label', 'anonymous');
  }
  entry.set('changes', changes);
  e.app.save(entry);
}

module.exports = { snapshot, diff, write };
