/// <reference path="../pb_data/types.d.ts" />
/**
 * Needs without personal data (issue #19, pb_migrations/1734000001_needs.js): every create
 * and update by a signed-in caller is checked by lib/needs.js (the rules of
 * src/lib/domain/validate-need-input.ts: a district, a count that is null or a whole number
 * with its unit, no future date, no phone number or e-mail address in the note, and a care
 * manager's record holding nothing about the person) and `created_by` is stamped by the
 * server. Each check throws before e.next(), so nothing is saved half-way; the change log
 * (change-log.pb.js) records what was saved.
 */
onRecordCreateRequest((e) => {
  require(`${__hooks}/lib/needs.js`).check(e, true);
}, 'needs');

onRecordUpdateRequest((e) => {
  require(`${__hooks}/lib/needs.js`).check(e, false);
}, 'needs');
