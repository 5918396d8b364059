/// <reference path="../../pb_data/types.d.ts" />
/** Helpers for change-log.pb.js (CommonJS, loaded with require in each handler). */

/** The collections whose updates and deletes are logged (change-log.pb.js registers them). */
const LOGGED = [
  'areas',
  'resources',
  'resource_contacts',
  'organizations',
  'councils',
  'council_meetings',
  'service_types',
  'support_events',
  'site',
  'layers',
  'users',
  'suggestions',
  'outreach_requests',
  'needs',
  'helpers',
];
/**
 * The collections whose creates are logged: all but `suggestions`, which residents create
 * anonymously (pb_hooks/suggestions.pb.js checks them); staff handling one is an update.
 */
const LOGGED_ON_CREATE = LOGGED.filter((name) => name !== 'suggestions');

/** Fields that change on every save or must never be copied into the log. */
const SKIP = {
  created: true,
  updated: true,
  password: true,
  passwordConfirm: true,
  tokenKey: true,
  collectionId: true,
  collectionName: true,
  expand: true,
};

/**
 * Collections of personal data: their entries say which fields changed, never the values
 * (before and after are both `{ "withheld": true }`), so the log (read by every coordinator)
 * holds no helper's name or contact, and a helper deleted on request leaves none behind.
 */
const VALUELESS = { helpers: true };
const WITHHELD = { withheld: true };

/**
 * A plain-JSON copy of a record's loggable field values: never a hidden field (passwords,
 * token keys, any field marked hidden) and never an auth record's e-mail. The e-mail must be
 * dropped by name: a request by someone with manage access marks the record to show it
 * (ignoreEmailVisibility), so the JSON export alone would carry it into the log.
 */
function snapshot(record) {
  if (!record) return null;
  const out = {};
  const collection = record.collection();
  const hidden = {};
  const fields = collection.fields;
  for (let i = 0; i < fields.length; i++)
    if (fields[i].getHidden()) hidden[fields[i].getName()] = true;
  if (collection.isAuth()) {
    hidden.email = true;
    hidden.emailVisibility = true;
    hidden.verified = true;
  }
  // toString JSON-encodes through Go (Record.MarshalJSON), so json fields stay JSON.
  const exported = JSON.parse(toString(record));
  for (const key of Object.keys(exported)) {
    if (SKIP[key] || hidden[key]) continue;
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

/** Who made the change, for the entry: a user's id and name, never an e-mail address. */
function actor(e, entry) {
  if (!e.auth) return entry.set('actor_label', 'anonymous');
  if (e.auth.collection().name === 'users') {
    entry.set('actor', e.auth.id);
    entry.set('actor_label', e.auth.getString('name') || 'user:' + e.auth.id);
  } else {
    entry.set('actor_label', 'superuser:' + e.auth.id);
  }
}

/**
 * Saves one change_log entry for the request event `e` through `app` (the transaction the
 * change was saved in). `before` is the snapshot taken before the change (null for a create).
 */
function write(e, app, action, before) {
  const after = action === 'delete' ? null : snapshot(e.record);
  const changes = diff(before, after);
  if (action === 'update' && Object.keys(changes).length === 0) return;
  if (VALUELESS[e.record.collection().name])
    for (const k of Object.keys(changes)) changes[k] = [WITHHELD, WITHHELD];

  const entry = new Record(app.findCachedCollectionByNameOrId('change_log'));
  entry.set('collection_name', e.record.collection().name);
  entry.set('record_id', e.record.id);
  entry.set('action', action);
  actor(e, entry);
  entry.set('changes', changes);
  app.save(entry);
}

/**
 * Runs the rest of the request chain (the save) and the log entry in one transaction.
 * Call from an onRecord{Create,Update,Delete}Request handler instead of e.next().
 */
function inTransaction(e, action) {
  const lib = module.exports;
  const before =
    action === 'create' ? null : lib.snapshot(action === 'update' ? e.record.original() : e.record);
  const outer = e.app;
  try {
    outer.runInTransaction((txApp) => {
      e.app = txApp;
      e.next();
      lib.write(e, txApp, action, before);
    });
  } finally {
    e.app = outer;
  }
}

module.exports = { snapshot, diff, write, inTransaction, LOGGED, LOGGED_ON_CREATE };
