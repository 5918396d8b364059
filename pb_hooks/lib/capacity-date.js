/// <reference path="../../pb_data/types.d.ts" />
/* global DateTime */
/** The fields whose answer `capacity_updated_at` dates (see capacity-date.pb.js). */
const FIELDS = ['accepting_newcomers', 'capacity', 'capacity_available'];

/** The stored value as comparable text: '' for unknown ('' select, 0 count, null/absent JSON). */
function valueText(record, field) {
  const s = record.getString(field);
  return s === 'null' || s === '0' ? '' : s;
}

/**
 * Stamps `capacity_updated_at` with now when the request changes one of FIELDS (on create:
 * sets one of them); otherwise keeps the stored date. A superuser (a trusted bulk load) may
 * give the date itself.
 */
function stamp(e, isCreate) {
  const body = e.requestInfo().body || {};
  if (e.hasSuperuserAuth() && body.capacity_updated_at !== undefined) return;
  const before = isCreate ? null : e.record.original();
  const changed = FIELDS.some(
    (f) => valueText(e.record, f) !== (before ? valueText(before, f) : ''),
  );
  if (changed) e.record.set('capacity_updated_at', new DateTime());
  else e.record.set('capacity_updated_at', before ? before.get('capacity_updated_at') : '');
}

module.exports = { FIELDS, stamp };
