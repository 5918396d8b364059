/// <reference path="../pb_data/types.d.ts" />
/**
 * The change log: who changed which record, when, and what (field → [before, after]).
 *
 * Written from the request hooks (API and batch requests), after the change succeeded and
 * inside the same transaction, so a failed change leaves no entry and an entry always
 * describes a committed change. Hidden fields (passwords, tokens) are never logged.
 */

// Each handler runs in its own JS VM, so shared code lives in a module that every handler
// requires (a top-level function would not be visible inside them).
onRecordCreateRequest((e) => {
  const log = require(`${__hooks}/lib/change-log.js`);
  e.next();
  log.write(e, 'create', null);
}, 'areas', 'resources', 'resource_contacts', 'organizations', 'councils', 'council_meetings',
  'service_types', 'support_events', 'site', 'layers', 'users');

onRecordUpdateRequest((e) => {
  const log = require(`${__hooks}/lib/change-log.js`);
  const before = log.snapshot(e.record.original());
  e.next();
  log.write(e, 'update', before);
}, 'areas', 'resources', 'resource_contacts', 'organizations', 'councils', 'council_meetings',
  'service_types', 'support_events', 'site', 'layers', 'users', 'suggestions');

onRecordDeleteRequest((e) => {
  const log = require(`${__hooks}/lib/change-log.js`);
  const before = log.snapshot(e.record);
  e.next();
  log.write(e, 'delete', before);
}, 'areas', 'resources', 'resource_contacts', 'organizations', 'councils', 'council_meetings',
  'service_types', 'support_events', 'site', 'layers', 'users', 'suggestions');
