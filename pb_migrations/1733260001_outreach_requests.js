/// <reference path="../pb_data/types.d.ts" />
/**
 * Outreach in batches (issue #16 item 2): a coordinator prints letters (post, hand delivery,
 * FAX) or works through a call list for chosen records and marks each as "sent on" a date, so
 * the re-confirm queue shows who was asked and when.
 *
 * One row per request (a record asked twice has two rows: the history stays). Rows are
 * written by the coordinators of the record's district (or admins) and never edited; a
 * mistaken mark is deleted. `sent_by` is stamped by pb_hooks/outreach.pb.js, which also
 * refuses a date in the future. Creates and deletes go to the change log.
 */
migrate(
  (app) => {
    const resources = app.findCollectionByNameOrId('resources');
    const users = app.findCollectionByNameOrId('users');
    const admin = '@request.auth.role = "admin"';
    const coordinatorOf = (path) =>
      `(@request.auth.role = "coordinator" && @request.auth.districts.id ?= ${path})`;
    const requests = new Collection({
      type: 'base',
      name: 'outreach_requests',
      listRule: `${admin} || ${coordinatorOf('resource.district')}`,
      viewRule: `${admin} || ${coordinatorOf('resource.district')}`,
      createRule: `${admin} || ${coordinatorOf('@request.body.resource.district')}`,
      updateRule: null,
      deleteRule: `${admin} || ${coordinatorOf('resource.district')}`,
      fields: [
        {
          type: 'relation',
          name: 'resource',
          collectionId: resources.id,
          maxSelect: 1,
          required: true,
          cascadeDelete: true,
        },
        {
          type: 'select',
          name: 'channel',
          values: ['post', 'hand', 'fax', 'phone'],
          maxSelect: 1,
          required: true,
        },
        { type: 'date', name: 'sent_on', required: true },
        { type: 'relation', name: 'sent_by', collectionId: users.id, maxSelect: 1 },
        { type: 'autodate', name: 'created', onCreate: true, onUpdate: false },
      ],
      indexes: [
        'CREATE INDEX idx_outreach_requests_resource ON outreach_requests (resource, sent_on)',
      ],
    });
    app.save(requests);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('outreach_requests'));
  },
);
