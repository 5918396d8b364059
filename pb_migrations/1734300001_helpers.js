/// <reference path="../pb_data/types.d.ts" />
/**
 * Helpers (担い手) with consent (issue #19 item 4): people who finished a 生活支援サポーター
 * course or offer help, registered by a coordinator with their consent: what they offer
 * (service types), where (districts), when (weekdays and a short note), how to reach them (at
 * least one of phone, e-mail, postal address), and the date and purpose of their consent.
 *
 * This is personal data, so:
 * - only admins and the coordinators of one of the helper's districts list, view, update or
 *   delete a helper; care managers, accounts without a role and anonymous visitors get nothing
 *   (the private-joins guard, pb/private-joins.go, refuses any join into `helpers` for all but
 *   superusers, since the collection is not in its allow-list);
 * - a coordinator creates a helper only in their own districts; the hook
 *   (pb_hooks/helpers.pb.js) checks every district in the body, consent (date not in the
 *   future, a purpose), at least one contact, and that the notes hold no phone number or
 *   e-mail address (contact details go in the contact fields); it stamps consent_recorded_by;
 * - the change log records only that a helper was created, changed or deleted, which fields and
 *   by whom, never their values (pb_hooks/lib/change-log.js, VALUELESS);
 * - no public snapshot or export reads this collection; other pages see counts only
 *   (GET /api/sasaeai/helper-counts, pb_hooks/helpers.pb.js).
 */
migrate(
  (app) => {
    const areas = app.findCollectionByNameOrId('areas');
    const serviceTypes = app.findCollectionByNameOrId('service_types');
    const users = app.findCollectionByNameOrId('users');
    const ADMIN = '@request.auth.role = "admin"';
    const coordinatorOf = (path) =>
      `(@request.auth.role = "coordinator" && @request.auth.districts.id ?= ${path})`;
    const READ = `${ADMIN} || ${coordinatorOf('districts.id')}`;
    const text = (name, max, required = false) => ({ type: 'text', name, max, required });

    const helpers = new Collection({
      type: 'base',
      name: 'helpers',
      listRule: READ,
      viewRule: READ,
      // Every district in the body must be the coordinator's (the hook checks it too, with
      // a clearer message).
      createRule: `${ADMIN} || (@request.auth.role = "coordinator" && @request.body.districts:each ?= @request.auth.districts.id)`,
      updateRule: READ,
      deleteRule: READ,
      fields: [
        text('name', 100, true),
        text('name_kana', 100),
        text('phone', 30),
        text('email', 200),
        text('postal_address', 200),
        {
          type: 'relation',
          name: 'service_types',
          collectionId: serviceTypes.id,
          maxSelect: 50,
          minSelect: 1,
          required: true,
          cascadeDelete: false,
        },
        {
          type: 'relation',
          name: 'districts',
          collectionId: areas.id,
          maxSelect: 100,
          minSelect: 1,
          required: true,
          cascadeDelete: false,
        },
        {
          type: 'select',
          name: 'weekdays',
          values: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
          maxSelect: 7,
        },
        text('availability_note', 200),
        { type: 'date', name: 'course_completed_on' },
        { type: 'date', name: 'consent_on', required: true },
        text('consent_purpose', 200, true),
        { type: 'relation', name: 'consent_recorded_by', collectionId: users.id, maxSelect: 1 },
        text('note', 500),
        {
          type: 'select',
          name: 'status',
          values: ['active', 'paused'],
          maxSelect: 1,
          required: true,
        },
        { type: 'autodate', name: 'created', onCreate: true, onUpdate: false },
        { type: 'autodate', name: 'updated', onCreate: true, onUpdate: true },
      ],
      indexes: ['CREATE INDEX idx_helpers_status ON helpers (status)'],
    });
    app.save(helpers);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('helpers'));
  },
);
