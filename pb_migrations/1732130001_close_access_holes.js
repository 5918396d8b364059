/// <reference path="../pb_data/types.d.ts" />
/**
 * Closes the access holes of issue #15 (rules part; the hooks in pb_hooks/ do the rest).
 *
 * - organizations: a coordinator creates and edits organisations only in their own districts
 *   and cannot move one out of them. City-wide organisations (no district) belong to admins:
 *   coordinators may read them but not create, edit or move them, so that a district
 *   coordinator cannot take over an organisation every district shares.
 * - councils: a coordinator may name only themselves as a council's coordinator (or leave it,
 *   or clear it when it is themselves); admins name anyone. That the named user is a
 *   coordinator of the council's district is checked in pb_hooks/access.pb.js.
 * - suggestions: residents set only resource, topic, message and the optional reporter
 *   fields (no id, status, handling fields); staff change only the handling fields (status,
 *   decline_reason). pb_hooks/suggestions.pb.js repeats both as a whitelist naming the field.
 * - users: the auth token lives 2 hours instead of PocketBase's default; the app refreshes it
 *   while it is in use (src/lib/data-access/gateway.ts), so an idle or stolen token expires soon.
 */
migrate(
  (app) => {
    const ROLE_ADMIN = '@request.auth.role = "admin"';
    const COORDINATOR = '@request.auth.role = "coordinator"';
    const IN_OWN_DISTRICT = '@request.auth.districts.id ?= district';

    const organizations = app.findCollectionByNameOrId('organizations');
    organizations.createRule =
      `${ROLE_ADMIN} || (${COORDINATOR} && @request.body.district:isset = true && @request.body.district != ""` +
      ` && @request.auth.districts.id ?= @request.body.district)`;
    organizations.updateRule =
      `${ROLE_ADMIN} || (${COORDINATOR} && district != "" && ${IN_OWN_DISTRICT}` +
      ` && (@request.body.district:isset = false || (@request.body.district != "" && @request.auth.districts.id ?= @request.body.district)))`;
    app.save(organizations);

    const councils = app.findCollectionByNameOrId('councils');
    const selfOnly = (current) =>
      `(@request.body.coordinator:isset = false || @request.body.coordinator = @request.auth.id` +
      (current
        ? ` || @request.body.coordinator = coordinator || (@request.body.coordinator = "" && coordinator = @request.auth.id)`
        : ` || @request.body.coordinator = ""`) +
      `)`;
    councils.createRule = `${ROLE_ADMIN} || (${COORDINATOR} && @request.body.layer = 2 && @request.auth.districts.id ?= @request.body.district && ${selfOnly(false)})`;
    councils.updateRule =
      `${ROLE_ADMIN} || (${COORDINATOR} && layer = 2 && ${IN_OWN_DISTRICT}` +
      ` && (@request.body.layer:isset = false || @request.body.layer = 2)` +
      ` && (@request.body.district:isset = false || @request.auth.districts.id ?= @request.body.district)` +
      ` && ${selfOnly(true)})`;
    app.save(councils);

    const suggestions = app.findCollectionByNameOrId('suggestions');
    const notSet = (fields) => fields.map((f) => `@request.body.${f}:isset = false`).join(' && ');
    suggestions.createRule = notSet([
      'id',
      'status',
      'handled_by',
      'handled_at',
      'decline_reason',
      'district',
      'created',
      'updated',
    ]);
    suggestions.updateRule =
      `(${ROLE_ADMIN} || (${COORDINATOR} && ${IN_OWN_DISTRICT}))` +
      ` && ${notSet(['resource', 'district', 'topic', 'message', 'reporter_name', 'reporter_contact', 'handled_by', 'handled_at'])}`;
    app.save(suggestions);

    const users = app.findCollectionByNameOrId('users');
    users.authToken.duration = 2 * 60 * 60;
    app.save(users);
  },
  (app) => {
    const ROLE_ADMIN = '@request.auth.role = "admin"';
    const COORDINATOR = '@request.auth.role = "coordinator"';
    const IN_OWN_DISTRICT = '@request.auth.districts.id ?= district';
    const organizations = app.findCollectionByNameOrId('organizations');
    organizations.createRule = `${ROLE_ADMIN} || ${COORDINATOR}`;
    organizations.updateRule = `${ROLE_ADMIN} || (${COORDINATOR} && (district = "" || ${IN_OWN_DISTRICT}))`;
    app.save(organizations);
    const councils = app.findCollectionByNameOrId('councils');
    councils.createRule = `${ROLE_ADMIN} || (${COORDINATOR} && @request.body.layer = 2 && @request.auth.districts.id ?= @request.body.district)`;
    councils.updateRule =
      `${ROLE_ADMIN} || (${COORDINATOR} && layer = 2 && ${IN_OWN_DISTRICT}` +
      ` && (@request.body.layer:isset = false || @request.body.layer = 2)` +
      ` && (@request.body.district:isset = false || @request.auth.districts.id ?= @request.body.district))`;
    app.save(councils);
    const suggestions = app.findCollectionByNameOrId('suggestions');
    suggestions.createRule =
      '@request.body.status:isset = false && @request.body.handled_by:isset = false' +
      ' && @request.body.decline_reason:isset = false && @request.body.district:isset = false';
    suggestions.updateRule =
      `(${ROLE_ADMIN} || (${COORDINATOR} && ${IN_OWN_DISTRICT}))` +
      ' && @request.body.resource:isset = false && @request.body.district:isset = false';
    app.save(suggestions);
    const users = app.findCollectionByNameOrId('users');
    users.authToken.duration = 604800;
    app.save(users);
  },
);
