/// <reference path="../pb_data/types.d.ts" />
/**
 * The sasaeai data model. Collection and field names are a contract (issue #2):
 * the TypeScript gateway in src/lib/data-access/ maps them to the domain types.
 *
 * Rules in short:
 * - anonymous visitors read public active resources, areas, taxonomy, organisations,
 *   councils and meetings, and may post a suggestion; they write nothing else and never
 *   read resource_contacts;
 * - any signed-in user (care manager, coordinator, admin) reads every resource and contact;
 * - a coordinator writes resources, contacts, councils and meetings only in the districts
 *   listed on their own user record, and cannot move a record into another district;
 * - nobody changes their own role or districts; admins (and superusers) do everything else.
 */

const ROLE_ADMIN = '@request.auth.role = "admin"';
const SIGNED_IN = '@request.auth.collectionName = "users"';
const STAFF =
  '(@request.auth.role = "admin" || @request.auth.role = "coordinator" || @request.auth.role = "care_manager")';
const COORDINATOR = '@request.auth.role = "coordinator"';

/** Rules that let only admins write and everyone read. */
const PUBLIC_READ_ADMIN_WRITE = {
  listRule: '',
  viewRule: '',
  createRule: ROLE_ADMIN,
  updateRule: ROLE_ADMIN,
  deleteRule: ROLE_ADMIN,
};

const text = (name, opts = {}) => ({ type: 'text', name, max: 500, ...opts });
const longText = (name, opts = {}) => ({ type: 'text', name, max: 5000, ...opts });
const num = (name, opts = {}) => ({ type: 'number', name, ...opts });
const bool = (name) => ({ type: 'bool', name });
const select = (name, values, opts = {}) => ({
  type: 'select',
  name,
  values,
  maxSelect: 1,
  ...opts,
});
const json = (name, opts = {}) => ({ type: 'json', name, maxSize: 1 << 20, ...opts });
const date = (name, opts = {}) => ({ type: 'date', name, ...opts });
const rel = (name, collectionId, opts = {}) => ({
  type: 'relation',
  name,
  collectionId,
  maxSelect: 1,
  cascadeDelete: false,
  ...opts,
});
const timestamps = () => [
  { type: 'autodate', name: 'created', onCreate: true, onUpdate: false },
  { type: 'autodate', name: 'updated', onCreate: true, onUpdate: true },
];

migrate(
  (app) => {
    // --- users: role and districts --------------------------------------------------
    const users = app.findCollectionByNameOrId('users');

    // --- areas (created before resources; support_center is added afterwards) ------
    const areas = new Collection({
      type: 'base',
      name: 'areas',
      ...PUBLIC_READ_ADMIN_WRITE,
      fields: [
        select('kind', ['city', 'daily_life_area', 'district', 'town'], { required: true }),
        text('code', { max: 40 }),
        text('name', { required: true, max: 200 }),
        text('name_kana', { max: 200 }),
        json('geometry', { maxSize: 20 << 20 }),
        { type: 'geoPoint', name: 'point' },
        num('population', { min: 0, onlyInt: true }),
        num('population_65', { min: 0, onlyInt: true }),
        num('population_75', { min: 0, onlyInt: true }),
        num('population_year', { min: 0, max: 2200, onlyInt: true }),
        text('source', { max: 200 }),
        text('source_id', { max: 200 }),
        ...timestamps(),
      ],
      indexes: [
        'CREATE INDEX idx_areas_kind ON areas (kind)',
        'CREATE UNIQUE INDEX idx_areas_kind_code ON areas (kind, code) WHERE code != ""',
      ],
    });
    app.save(areas);
    areas.fields.add(new RelationField({ name: 'parent', collectionId: areas.id, maxSelect: 1 }));
    areas.addIndex('idx_areas_parent', false, 'parent', '');
    app.save(areas);

    users.fields.add(
      new SelectField({
        name: 'role',
        values: ['admin', 'coordinator', 'care_manager'],
        maxSelect: 1,
      }),
    );
    users.fields.add(
      new RelationField({ name: 'districts', collectionId: areas.id, maxSelect: 100 }),
    );
    // Signed-in staff may look each other up (a record shows who confirmed it); e-mail
    // addresses stay hidden by PocketBase's emailVisibility.
    users.listRule = `id = @request.auth.id || ${ROLE_ADMIN} || ${COORDINATOR}`;
    users.viewRule = users.listRule;
    users.createRule = ROLE_ADMIN; // no public sign-up
    // Nobody changes their own role or districts; admins manage everybody else.
    users.updateRule =
      `(id = @request.auth.id && @request.body.role:isset = false && @request.body.districts:isset = false)` +
      ` || (${ROLE_ADMIN} && id != @request.auth.id)`;
    users.deleteRule = `${ROLE_ADMIN} && id != @request.auth.id`;
    users.manageRule = `${ROLE_ADMIN} && id != @request.auth.id`;
    app.save(users);

    // --- service types ---------------------------------------------------------------
    const serviceTypes = new Collection({
      type: 'base',
      name: 'service_types',
      ...PUBLIC_READ_ADMIN_WRITE,
      fields: [
        text('code', { required: true, max: 60, pattern: '^[a-z0-9_]+$' }),
        text('name_ja', { required: true, max: 100 }),
        text('name_kana', { max: 100 }),
        text('name_en', { required: true, max: 100 }),
        select(
          'group',
          ['daily_help', 'outing', 'watch_over', 'social', 'gathering', 'consultation'],
          { required: true },
        ),
        num('sort_order', { onlyInt: true }),
        ...timestamps(),
      ],
      indexes: ['CREATE UNIQUE INDEX idx_service_types_code ON service_types (code)'],
    });
    app.save(serviceTypes);

    // --- organisations -----------------------------------------------------------------
    const organizations = new Collection({
      type: 'base',
      name: 'organizations',
      listRule: '',
      viewRule: '',
      createRule: `${ROLE_ADMIN} || ${COORDINATOR}`,
      updateRule: `${ROLE_ADMIN} || (${COORDINATOR} && (district = "" || @request.auth.districts.id ?= district))`,
      deleteRule: ROLE_ADMIN,
      fields: [
        text('name', { required: true, max: 200 }),
        text('name_kana', { max: 200 }),
        select(
          'type',
          [
            'neighbourhood_association',
            'welfare_commissioners',
            'district_welfare_council',
            'senior_club',
            'npo',
            'coop',
            'agricultural_coop',
            'silver_centre',
            'social_welfare_corporation',
            'support_centre',
            'city_office',
            'company',
            'other',
          ],
          { required: true },
        ),
        rel('district', areas.id),
        text('public_phone', { max: 40 }),
        text('source', { max: 200 }),
        text('source_id', { max: 200 }),
        ...timestamps(),
      ],
      indexes: ['CREATE INDEX idx_organizations_district ON organizations (district)'],
    });
    app.save(organizations);

    // --- resources ---------------------------------------------------------------------
    const IN_OWN_DISTRICT = '@request.auth.districts.id ?= district';
    const resources = new Collection({
      type: 'base',
      name: 'resources',
      // Anonymous visitors see public, active records; signed-in staff see everything.
      listRule: `(is_public = true && status = "active") || ${SIGNED_IN}`,
      viewRule: `(is_public = true && status = "active") || ${SIGNED_IN}`,
      createRule:
        `${ROLE_ADMIN} || (${COORDINATOR} && @request.auth.districts.id ?= @request.body.district` +
        ` && (@request.body.verified_by:isset = false || @request.body.verified_by = "" || @request.body.verified_by = @request.auth.id))`,
      updateRule:
        `${ROLE_ADMIN} || (${COORDINATOR} && ${IN_OWN_DISTRICT}` +
        ` && (@request.body.district:isset = false || @request.auth.districts.id ?= @request.body.district)` +
        ` && (@request.body.verified_by:isset = false || @request.body.verified_by = "" || @request.body.verified_by = @request.auth.id))`,
      deleteRule: ROLE_ADMIN,
      fields: [
        select(
          'kind',
          ['gathering_place', 'mutual_aid', 'watch_over', 'support_center', 'service'],
          { required: true },
        ),
        text('name', { required: true, max: 200 }),
        text('name_kana', { max: 200 }),
        longText('description'),
        rel('service_types', serviceTypes.id, { maxSelect: 50 }),
        rel('district', areas.id, { required: true }),
        rel('service_districts', areas.id, { maxSelect: 200 }),
        { type: 'geoPoint', name: 'location' },
        bool('location_approximate'),
        text('address', { max: 300 }),
        longText('directions', { max: 1000 }),
        json('schedule', { maxSize: 64 << 10 }),
        json('cost', { maxSize: 4 << 10 }),
        select('eligibility', ['anyone', 'age_65_plus', 'no_care_level', 'care_needs_welcome']),
        select('booking', ['drop_in', 'call_first', 'reservation']),
        num('capacity', { min: 0, onlyInt: true }),
        bool('accepting_newcomers'),
        select('accessibility', ['step_free', 'accessible_toilet', 'parking', 'pick_up'], {
          maxSelect: 4,
        }),
        text('public_phone', { max: 40 }),
        text('website', { max: 500 }),
        select('status', ['active', 'paused', 'closed', 'planned'], { required: true }),
        text('status_reason', { max: 500 }),
        bool('is_public'),
        rel('organization', organizations.id),
        date('last_verified_at'),
        rel('verified_by', users.id),
        select('verification_method', ['phone', 'visit', 'email', 'other']),
        text('source', { max: 200 }),
        text('source_id', { max: 200 }),
        ...timestamps(),
      ],
      indexes: [
        'CREATE INDEX idx_resources_district ON resources (district)',
        'CREATE INDEX idx_resources_kind ON resources (kind)',
        'CREATE INDEX idx_resources_status ON resources (status)',
        'CREATE INDEX idx_resources_public_status ON resources (is_public, status)',
        'CREATE UNIQUE INDEX idx_resources_source ON resources (source, source_id) WHERE source_id != ""',
      ],
    });
    app.save(resources);

    areas.fields.add(
      new RelationField({ name: 'support_center', collectionId: resources.id, maxSelect: 1 }),
    );
    app.save(areas);

    // --- private contacts (one per resource) ---------------------------------------------
    const contactWrite =
      `${ROLE_ADMIN} || (${COORDINATOR} && @request.auth.districts.id ?= resource.district` +
      ` && (@request.body.resource:isset = false || @request.body.resource = resource))`;
    const resourceContacts = new Collection({
      type: 'base',
      name: 'resource_contacts',
      listRule: STAFF,
      viewRule: STAFF,
      createRule: `${ROLE_ADMIN} || (${COORDINATOR} && @request.auth.districts.id ?= @request.body.resource.district)`,
      updateRule: contactWrite,
      deleteRule: contactWrite,
      fields: [
        rel('resource', resources.id, { required: true, cascadeDelete: true }),
        text('person_in_charge', { max: 200 }),
        text('direct_phone', { max: 40 }),
        { type: 'email', name: 'email' },
        longText('notes', { max: 2000 }),
        ...timestamps(),
      ],
      indexes: [
        'CREATE UNIQUE INDEX idx_resource_contacts_resource ON resource_contacts (resource)',
      ],
    });
    app.save(resourceContacts);

    // --- support events on a place (create / restart / revitalise / hand over) ------------
    const supportEvents = new Collection({
      type: 'base',
      name: 'support_events',
      listRule: SIGNED_IN,
      viewRule: SIGNED_IN,
      createRule: `${ROLE_ADMIN} || (${COORDINATOR} && @request.auth.districts.id ?= @request.body.resource.district)`,
      updateRule: contactWrite,
      deleteRule: contactWrite,
      fields: [
        rel('resource', resources.id, { required: true, cascadeDelete: true }),
        select('stage', ['create', 'restart', 'revitalise', 'hand_over'], { required: true }),
        date('happened_on', { required: true }),
        longText('note', { max: 2000 }),
        rel('recorded_by', users.id),
        ...timestamps(),
      ],
      indexes: ['CREATE INDEX idx_support_events_resource ON support_events (resource)'],
    });
    app.save(supportEvents);

    // --- councils and meetings ---------------------------------------------------------------
    const councils = new Collection({
      type: 'base',
      name: 'councils',
      listRule: '',
      viewRule: '',
      createRule: `${ROLE_ADMIN} || (${COORDINATOR} && @request.body.layer = 2 && @request.auth.districts.id ?= @request.body.district)`,
      updateRule:
        `${ROLE_ADMIN} || (${COORDINATOR} && layer = 2 && ${IN_OWN_DISTRICT}` +
        ` && (@request.body.layer:isset = false || @request.body.layer = 2)` +
        ` && (@request.body.district:isset = false || @request.auth.districts.id ?= @request.body.district))`,
      deleteRule: ROLE_ADMIN,
      fields: [
        num('layer', { required: true, min: 1, max: 2, onlyInt: true }),
        rel('district', areas.id),
        text('name', { required: true, max: 200 }),
        select('status', ['not_set_up', 'preparing', 'set_up'], { required: true }),
        date('established_on'),
        text('vision', { max: 300 }),
        rel('member_organizations', organizations.id, { maxSelect: 200 }),
        rel('coordinator', users.id),
        text('coordinator_name', { max: 100 }),
        longText('notes', { max: 5000 }),
        ...timestamps(),
      ],
      indexes: [
        'CREATE INDEX idx_councils_district ON councils (district)',
        'CREATE INDEX idx_councils_status ON councils (status)',
      ],
    });
    app.save(councils);

    const meetingWrite =
      `${ROLE_ADMIN} || (${COORDINATOR} && @request.auth.districts.id ?= council.district` +
      ` && (@request.body.council:isset = false || @request.auth.districts.id ?= @request.body.council.district))`;
    const councilMeetings = new Collection({
      type: 'base',
      name: 'council_meetings',
      listRule: '',
      viewRule: '',
      createRule: `${ROLE_ADMIN} || (${COORDINATOR} && @request.auth.districts.id ?= @request.body.council.district)`,
      updateRule: meetingWrite,
      deleteRule: meetingWrite,
      fields: [
        rel('council', councils.id, { required: true, cascadeDelete: true }),
        date('held_on', { required: true }),
        text('theme', { max: 300 }),
        num('attendees', { min: 0, onlyInt: true }),
        longText('summary'),
        ...timestamps(),
      ],
      indexes: ['CREATE INDEX idx_council_meetings_council ON council_meetings (council, held_on)'],
    });
    app.save(councilMeetings);

    // --- population on the JIS X 0410 mesh -------------------------------------------------
    const populationCells = new Collection({
      type: 'base',
      name: 'population_cells',
      ...PUBLIC_READ_ADMIN_WRITE,
      fields: [
        text('mesh_code', { required: true, max: 12, pattern: '^[0-9]{4,11}$' }),
        num('mesh_m', { required: true, onlyInt: true, min: 100, max: 1000 }),
        num('population', { min: 0 }),
        num('population_65', { min: 0 }),
        num('year', { onlyInt: true, min: 0, max: 2200 }),
        text('source', { max: 200 }),
      ],
      indexes: [
        'CREATE UNIQUE INDEX idx_population_cells_code ON population_cells (mesh_m, mesh_code, source)',
      ],
    });
    app.save(populationCells);

    // --- auxiliary geodata layers (walking network, candidate sites) -------------------------
    const layers = new Collection({
      type: 'base',
      name: 'layers',
      ...PUBLIC_READ_ADMIN_WRITE,
      fields: [
        text('name', { required: true, max: 200 }),
        select('kind', ['walk_network', 'candidates', 'basemap', 'other'], { required: true }),
        text('source', { max: 500 }),
        text('licence', { max: 500 }),
        text('attribution', { max: 500 }),
        {
          type: 'file',
          name: 'data',
          maxSelect: 1,
          maxSize: 100 << 20,
          mimeTypes: ['application/geo+json', 'application/json', 'text/plain'],
        },
        ...timestamps(),
      ],
    });
    app.save(layers);

    // --- site: one record describing this deployment's city ---------------------------------
    const site = new Collection({
      type: 'base',
      name: 'site',
      ...PUBLIC_READ_ADMIN_WRITE,
      fields: [
        text('city_name', { required: true, max: 100 }),
        text('city_name_kana', { max: 100 }),
        text('city_name_en', { max: 100 }),
        bool('fictional'),
        longText('attribution', { max: 2000 }),
        rel('city', areas.id),
        ...timestamps(),
      ],
    });
    app.save(site);

    // --- residents' suggestions ("tell us about a change") ------------------------------------
    const suggestions = new Collection({
      type: 'base',
      name: 'suggestions',
      listRule: `${ROLE_ADMIN} || (${COORDINATOR} && ${IN_OWN_DISTRICT})`,
      viewRule: `${ROLE_ADMIN} || (${COORDINATOR} && ${IN_OWN_DISTRICT})`,
      // Anyone may post; the hook in pb_hooks/suggestions.pb.js fills district and status.
      createRule:
        '@request.body.status:isset = false && @request.body.handled_by:isset = false' +
        ' && @request.body.decline_reason:isset = false && @request.body.district:isset = false',
      updateRule:
        `(${ROLE_ADMIN} || (${COORDINATOR} && ${IN_OWN_DISTRICT}))` +
        ' && @request.body.resource:isset = false && @request.body.district:isset = false',
      deleteRule: ROLE_ADMIN,
      fields: [
        rel('resource', resources.id, { required: true, cascadeDelete: true }),
        rel('district', areas.id),
        select('topic', ['schedule', 'cost', 'place', 'contact', 'closed', 'other'], {
          required: true,
        }),
        longText('message', { required: true, max: 1000 }),
        text('reporter_name', { max: 100 }),
        text('reporter_contact', { max: 200 }),
        select('status', ['open', 'accepted', 'declined']),
        text('decline_reason', { max: 500 }),
        rel('handled_by', users.id),
        date('handled_at'),
        ...timestamps(),
      ],
      indexes: ['CREATE INDEX idx_suggestions_district_status ON suggestions (district, status)'],
    });
    app.save(suggestions);

    // --- care managers' shortlists (つなぎリスト), private to their owner --------------------
    const OWNER = 'owner = @request.auth.id';
    const shortlists = new Collection({
      type: 'base',
      name: 'shortlists',
      listRule: OWNER,
      viewRule: OWNER,
      createRule: `${STAFF} && @request.body.owner = @request.auth.id`,
      updateRule: `${OWNER} && (@request.body.owner:isset = false || @request.body.owner = @request.auth.id)`,
      deleteRule: OWNER,
      fields: [
        rel('owner', users.id, { required: true, cascadeDelete: true }),
        text('label', { required: true, max: 100 }),
        rel('resources', resources.id, { maxSelect: 200 }),
        json('notes', { maxSize: 64 << 10 }),
        ...timestamps(),
      ],
      indexes: ['CREATE INDEX idx_shortlists_owner ON shortlists (owner)'],
    });
    app.save(shortlists);

    // --- change log, written only by pb_hooks/change-log.pb.js ------------------------------
    const changeLog = new Collection({
      type: 'base',
      name: 'change_log',
      listRule: `${ROLE_ADMIN} || ${COORDINATOR}`,
      viewRule: `${ROLE_ADMIN} || ${COORDINATOR}`,
      createRule: null,
      updateRule: null,
      deleteRule: null,
      fields: [
        text('collection_name', { required: true, max: 100 }),
        text('record_id', { required: true, max: 40 }),
        select('action', ['create', 'update', 'delete'], { required: true }),
        rel('actor', users.id),
        text('actor_label', { max: 200 }),
        json('changes', { maxSize: 2 << 20 }),
        { type: 'autodate', name: 'created', onCreate: true, onUpdate: false },
      ],
      indexes: [
        'CREATE INDEX idx_change_log_record ON change_log (collection_name, record_id, created)',
        'CREATE INDEX idx_change_log_created ON change_log (created)',
      ],
    });
    app.save(changeLog);
  },
  (app) => {
    for (const name of [
      'change_log',
      'shortlists',
      'suggestions',
      'site',
      'layers',
      'population_cells',
      'council_meetings',
      'councils',
      'support_events',
      'resource_contacts',
    ]) {
      app.delete(app.findCollectionByNameOrId(name));
    }
    const areas = app.findCollectionByNameOrId('areas');
    areas.fields.removeByName('support_center');
    app.save(areas);
    const users = app.findCollectionByNameOrId('users');
    users.fields.removeByName('role');
    users.fields.removeByName('districts');
    app.save(users);
    for (const name of ['resources', 'organizations', 'service_types', 'areas']) {
      app.delete(app.findCollectionByNameOrId(name));
    }
  },
);
