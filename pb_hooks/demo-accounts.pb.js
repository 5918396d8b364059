/// <reference path="../pb_data/types.d.ts" />
/* global onRecordCreate, onRecordUpdate */
/**
 * Demo accounts exist only in the demo city's data directory (issue #11). Their passwords are
 * published in the README; an account with one of their e-mail addresses in a real city is
 * refused however it is made (the API, the admin UI, `pocketbase superuser upsert`, a script),
 * because these are model hooks, not request hooks. The demo directory is marked before its
 * accounts are created (scripts/lib/demo-data.ts).
 */

onRecordCreate(
  (e) => {
    require(`${__hooks}/lib/demo-mode.js`).refuseDemoAccount(e.app, e.record);
    e.next();
  },
  'users',
  '_superusers',
);

// On update only a change of address is checked: an account that already holds a demo address
// could only have been made in a demo directory (creation above is refused elsewhere), and the
// test template keeps the demo accounts in an unmarked copy whose names and districts change.
onRecordUpdate(
  (e) => {
    const before = String(e.record.original().getString('email') || '').toLowerCase();
    if (String(e.record.getString('email') || '').toLowerCase() !== before) {
      require(`${__hooks}/lib/demo-mode.js`).refuseDemoAccount(e.app, e.record);
    }
    e.next();
  },
  'users',
  '_superusers',
);
