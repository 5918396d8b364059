/// <reference path="../pb_data/types.d.ts" />
/**
 * The change log: who changed which record, when, and what (field → [before, after]).
 *
 * The change and its entry are written in ONE database transaction: the request hook opens
 * it, hands the transactional app to the rest of the chain (e.app = txApp, so the record is
 * saved through it), then saves the entry through the same txApp. A crash (even kill -9)
 * leaves both or neither; a refused change leaves no entry. PocketBase delays the response
 * until the transaction has committed. In a batch request e.app is already the batch's
 * transaction and runInTransaction joins it. The import route (pb_hooks/import.pb.js) writes
 * its own entry inside its own transaction.
 *
 * Entries never hold hidden fields (passwords, token keys, fields marked hidden) nor the
 * e-mail of an auth record: see lib/change-log.js. Helpers' entries (personal data) name the
 * changed fields but hold none of their values (VALUELESS there).
 */

// Each handler runs in its own JS VM, so shared code lives in a module that every handler
// requires (a top-level function would not be visible inside them). The collection lists are
// read once here, where the handlers are registered.
const logged = require(`${__hooks}/lib/change-log.js`);

onRecordCreateRequest(
  (e) => {
    require(`${__hooks}/lib/change-log.js`).inTransaction(e, 'create');
  },
  ...logged.LOGGED_ON_CREATE,
);

onRecordUpdateRequest(
  (e) => {
    require(`${__hooks}/lib/change-log.js`).inTransaction(e, 'update');
  },
  ...logged.LOGGED,
);

onRecordDeleteRequest(
  (e) => {
    require(`${__hooks}/lib/change-log.js`).inTransaction(e, 'delete');
  },
  ...logged.LOGGED,
);
