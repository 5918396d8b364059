/// <reference path="../pb_data/types.d.ts" />
/* global NumberField, DateField, JSONField */
/**
 * Keeping the directory true with the organisers themselves (issue #16, items 1, 3 and 4).
 *
 * - `update_links`: one private update link per place. Only a SHA-256 hash of the token is
 *   stored (hidden: the API never returns it); a link expires and may be revoked. Nobody writes
 *   the collection through the records API: pb_hooks/organiser-links.pb.js issues and revokes
 *   (a coordinator of the place's district or an admin), and reads a token from a POST body
 *   only, so the token never reaches a request log.
 * - `suggestions` gain `origin` ('' = a resident, 'organiser' = through an update link),
 *   `proposed` (the organiser's answer: still the same, or the changed fields) and the link.
 * - `resources` gain the HSDS service_capacity parts the place lacked: places still free
 *   (`capacity_available`, JSON so that "unknown" (null) differs from 0) and the "as of" date
 *   of the newcomers/capacity answer (`capacity_updated_at`); `verification_method` gains
 *   'organiser' (主催者の確認).
 * - `site` gains the staleness months (flag to coordinators, notice to residents, leave out of
 *   default lists; 0 = the defaults 10 / 12 / 24) and whether a one-tap "still the same"
 *   confirms the place without a coordinator.
 */
/** The rate-limit rules other than the organiser page's, as plain objects. */
function otherRules(settings) {
  const rules = [];
  for (const r of settings.rateLimits.rules) {
    if (r.label !== '/api/sasaeai/organiser/')
      rules.push({
        label: r.label,
        audience: r.audience,
        duration: r.duration,
        maxRequests: r.maxRequests,
      });
  }
  return rules;
}

migrate(
  (app) => {
    const resources = app.findCollectionByNameOrId('resources');
    const users = app.findCollectionByNameOrId('users');
    const areas = app.findCollectionByNameOrId('areas');
    const ADMIN = '@request.auth.role = "admin"';
    const COORDINATOR = '@request.auth.role = "coordinator"';

    const links = new Collection({
      type: 'base',
      name: 'update_links',
      listRule: `${ADMIN} || (${COORDINATOR} && @request.auth.districts.id ?= district)`,
      viewRule: `${ADMIN} || (${COORDINATOR} && @request.auth.districts.id ?= district)`,
      createRule: null,
      updateRule: null,
      deleteRule: null,
      fields: [
        {
          type: 'relation',
          name: 'resource',
          collectionId: resources.id,
          maxSelect: 1,
          required: true,
          cascadeDelete: true,
        },
        { type: 'relation', name: 'district', collectionId: areas.id, maxSelect: 1 },
        { type: 'text', name: 'token_hash', max: 64, required: true, hidden: true },
        { type: 'date', name: 'expires_at', required: true },
        { type: 'date', name: 'revoked_at' },
        { type: 'relation', name: 'issued_by', collectionId: users.id, maxSelect: 1 },
        { type: 'date', name: 'last_used_at' },
        { type: 'autodate', name: 'created', onCreate: true, onUpdate: false },
        { type: 'autodate', name: 'updated', onCreate: true, onUpdate: true },
      ],
      indexes: [
        'CREATE UNIQUE INDEX idx_update_links_token ON update_links (token_hash)',
        'CREATE INDEX idx_update_links_resource ON update_links (resource)',
      ],
    });
    app.save(links);

    const suggestions = app.findCollectionByNameOrId('suggestions');
    suggestions.fields.add(
      new SelectField({ name: 'origin', values: ['resident', 'organiser'], maxSelect: 1 }),
    );
    suggestions.fields.add(new JSONField({ name: 'proposed', maxSize: 64 << 10 }));
    suggestions.fields.add(
      new RelationField({ name: 'update_link', collectionId: links.id, maxSelect: 1 }),
    );
    app.save(suggestions);

    resources.fields.add(new JSONField({ name: 'capacity_available', maxSize: 64 }));
    resources.fields.add(new DateField({ name: 'capacity_updated_at' }));
    resources.fields.getByName('verification_method').values = [
      'phone',
      'visit',
      'email',
      'other',
      'organiser',
    ];
    app.save(resources);

    const site = app.findCollectionByNameOrId('site');
    for (const name of ['stale_flag_months', 'stale_notice_months', 'stale_hide_months']) {
      site.fields.add(new NumberField({ name, onlyInt: true, min: 0, max: 240 }));
    }
    site.fields.add(new BoolField({ name: 'organiser_auto_confirm' }));
    app.save(site);

    // Per client IP: the organiser's page reads once and answers a few times; more is a guess
    // at tokens. (Per token, pb_hooks/organiser-links.pb.js limits the answers.)
    const settings = app.settings();
    // Prefix rules match in list order, so this one goes before the general '/api/'.
    settings.rateLimits.rules = [
      { label: '/api/sasaeai/organiser/', audience: '', duration: 60, maxRequests: 30 },
    ].concat(otherRules(settings));
    app.save(settings);
  },
  (app) => {
    const settings = app.settings();
    settings.rateLimits.rules = otherRules(settings);
    app.save(settings);
    const site = app.findCollectionByNameOrId('site');
    for (const name of [
      'stale_flag_months',
      'stale_notice_months',
      'stale_hide_months',
      'organiser_auto_confirm',
    ])
      site.fields.removeByName(name);
    app.save(site);
    const resources = app.findCollectionByNameOrId('resources');
    resources.fields.removeByName('capacity_available');
    resources.fields.removeByName('capacity_updated_at');
    app
      .db()
      .newQuery(
        "UPDATE resources SET verification_method = 'other' WHERE verification_method = 'organiser'",
      )
      .execute();
    resources.fields.getByName('verification_method').values = ['phone', 'visit', 'email', 'other'];
    app.save(resources);
    const suggestions = app.findCollectionByNameOrId('suggestions');
    for (const name of ['origin', 'proposed', 'update_link']) suggestions.fields.removeByName(name);
    app.save(suggestions);
    app.delete(app.findCollectionByNameOrId('update_links'));
  },
);
