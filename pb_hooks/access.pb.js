/// <reference path="../pb_data/types.d.ts" />
/**
 * Access checks a collection rule cannot express (issue #15).
 *
 * councils.coordinator names the council's life-support coordinator: for a layer-2 council a
 * user with role "coordinator" whose districts include the council's district; for the
 * layer-1 (city) council a coordinator or an admin. Who may set it is in the rules
 * (pb_migrations/1732130001_close_access_holes.js: admins anyone, coordinators themselves).
 * Checked for every caller, superusers too, whenever the coordinator or the district changes.
 */

onRecordCreateRequest((e) => {
  require(`${__hooks}/lib/council-coordinator.js`).check(e.app, e.record, null);
  e.next();
}, 'councils');

onRecordUpdateRequest((e) => {
  require(`${__hooks}/lib/council-coordinator.js`).check(e.app, e.record, e.record.original());
  e.next();
}, 'councils');
