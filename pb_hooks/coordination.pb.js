/// <reference path="../pb_data/types.d.ts" />
/* global DateTime */
/**
 * Coordinators keeping the directory true (issue #6). Server-side checks for requests by
 * signed-in users (superusers and the import route, which loads trusted data in bulk, are
 * not checked here). Each check throws before e.next(), so nothing is saved half-way.
 *
 * - resources: valid schedule (times end after they start…), phone without letters, pin
 *   inside the city, a reason for every status change; "confirmed" is stamped by the server:
 *   who = the signed-in user, when = now (a client cannot back- or forward-date it).
 * - support_events: recorded_by is the signed-in user.
 * - suggestions: staff change only status and decline_reason; open → accepted/declined once;
 *   declining needs a reason; handled_by/at are stamped by the server.
 */

onRecordCreateRequest((e) => {
  require(`${__hooks}/lib/coordination.js`).checkResource(e, true);
}, 'resources');

onRecordUpdateRequest((e) => {
  require(`${__hooks}/lib/coordination.js`).checkResource(e, false);
}, 'resources');

onRecordCreateRequest((e) => {
  if (e.auth && e.auth.collection().name === 'users') e.record.set('recorded_by', e.auth.id);
  e.next();
}, 'support_events');

onRecordUpdateRequest((e) => {
  const lib = require(`${__hooks}/lib/coordination.js`);
  if (!e.auth || e.auth.collection().name !== 'users') return e.next();
  // Staff handle a suggestion; they never rewrite what the resident wrote.
  const body = e.requestInfo().body || {};
  for (const key of Object.keys(body)) {
    if (key !== 'status' && key !== 'decline_reason')
      lib.fail(
        key,
        'validation_not_allowed',
        'Only the status and the reason for declining can be changed.',
      );
  }
  const before = e.record.original().getString('status') || 'open';
  const after = e.record.getString('status');
  if (before !== after) {
    if (before !== 'open')
      lib.fail('status', 'validation_already_handled', 'This suggestion has already been handled.');
    if (after !== 'accepted' && after !== 'declined')
      lib.fail('status', 'validation_status', 'A suggestion is either accepted or declined.');
    if (after === 'declined' && !e.record.getString('decline_reason').trim()) {
      lib.fail('decline_reason', 'validation_required', 'Give a reason for declining.');
    }
    e.record.set('handled_by', e.auth.id);
    e.record.set('handled_at', new DateTime());
  } else {
    // the handler and time are only ever written together with a decision
    e.record.set('handled_by', e.record.original().getString('handled_by'));
    e.record.set('handled_at', e.record.original().get('handled_at'));
  }
  e.next();
}, 'suggestions');
