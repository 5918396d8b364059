/// <reference path="../pb_data/types.d.ts" />
/* global onRecordCreate, onRecordUpdate */
/**
 * Demo accounts exist only in the demo city's data directory (issue #11). Their passwords are
 * published in the README; an account with one of their e-mail addresses in a real city is
 * refused however it is made (the API, the admin UI, `pocketbase superuser upsert`, a script),
 * because these are model hooks, not request hooks. The demo directory is marked before its
 * accounts are created (scripts/lib/demo-data.ts).
 */

onRecordCreate((e) => {
  require(`${__hooks}/lib/demo-mode.js`).refuseDemoAccount(e.app, e.record);
  e.next();
}, 'users', '_superusers');

onRecordUpdate((e) => {
  require(`${__hooks}/lib/demo-mode.js`).refuseDemoAccount(e.app, e.record);
  e.next();
}, 'users', '_superusers');
