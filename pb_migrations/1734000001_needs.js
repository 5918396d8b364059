/// <reference path="../pb_data/types.d.ts" />
/**
 * Needs without personal data (issue #19 item 1): what a district council learns about its
 * area's troubles: in which district, which service type from our taxonomy, how many
 * households or people (null = not counted), from which source, on which date.
 *
 * No field names a person. `note` is free text for the coordinator's context; the hook
 * (pb_hooks/needs.pb.js) refuses a note holding a phone number or an e-mail address and
 * stamps `created_by`. A care manager records only an unmet search (source 'care_manager':
 * district, type, weekdays wanted) and nothing about the client.
 *
 * Reads are for staff only: counts per district and type reach other pages through the
 * matrix, never the notes. Coordinators write the needs of their own districts; admins all.
 */
migrate(
  (app) => {
    const areas = app.findCollectionByNameOrId('areas');
    const serviceTypes = app.findCollectionByNameOrId('service_types');
    const users = app.findCollectionByNameOrId('users');
    const ADMIN = '@request.auth.role = "admin"';
    const STAFF =
      '(@request.auth.role = "admin" || @request.auth.role = "coordinator" || @request.auth.role = "care_manager")';
    const coordinatorOf = (path) =>
      `(@request.auth.role = "coordinator" && @request.auth.districts.id ?= ${path})`;
    const careManagerUnmet =
      '(@request.auth.role = "care_manager" && @request.body.source = "care_manager")';

    const needs = new Collection({
      type: 'base',
      name: 'needs',
      listRule: STAFF,
      viewRule: STAFF,
      createRule: `${ADMIN} || ${coordinatorOf('@request.body.district')} || ${careManagerUnmet}`,
      updateRule: `${ADMIN} || (${coordinatorOf('district')} && (@request.body.district:isset = false || ${coordinatorOf('@request.body.district')}))`,
      deleteRule: `${ADMIN} || ${coordinatorOf('district')}`,
      fields: [
        {
          type: 'relation',
          name: 'district',
          collectionId: areas.id,
          maxSelect: 1,
          required: true,
          cascadeDelete: false,
        },
        {
          type: 'relation',
          name: 'service_type',
          collectionId: serviceTypes.id,
          maxSelect: 1,
          required: true,
          cascadeDelete: false,
        },
        // JSON so that null (not counted: unknown stays unknown) differs from 0; the hook
        // accepts only null or a whole number >= 0.
        { type: 'json', name: 'count', maxSize: 32 },
        {
          type: 'select',
          name: 'count_unit',
          values: ['households', 'people'],
          maxSelect: 1,
        },
        {
          type: 'select',
          name: 'source',
          values: ['survey', 'minsei', 'support_center', 'resident', 'care_manager', 'council'],
          maxSelect: 1,
          required: true,
        },
        { type: 'date', name: 'observed_on', required: true },
        {
          type: 'select',
          name: 'weekdays',
          values: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
          maxSelect: 7,
        },
        { type: 'text', name: 'note', max: 500 },
        { type: 'relation', name: 'created_by', collectionId: users.id, maxSelect: 1 },
        { type: 'autodate', name: 'created', onCreate: true, onUpdate: false },
        { type: 'autodate', name: 'updated', onCreate: true, onUpdate: true },
      ],
      indexes: [
        'CREATE INDEX idx_needs_district_type ON needs (district, service_type)',
        'CREATE INDEX idx_needs_observed_on ON needs (observed_on)',
      ],
    });
    app.save(needs);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('needs'));
  },
);
