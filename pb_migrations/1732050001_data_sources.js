/// <reference path="../pb_data/types.d.ts" />
/**
 * Where imported data came from (issue #7): one row per imported source file or layer, with
 * the licence text and the credit line the map must show. Records in `areas`, `resources`
 * and `organizations` point here through their `source` text (= `data_sources.key`), so the
 * licence is stored once per source instead of on every row.
 *
 * Public read (the credits are public), admin write; imports write it through the
 * transactional route in pb_hooks/import.pb.js.
 */
migrate(
  (app) => {
    const ROLE_ADMIN = '@request.auth.role = "admin"';
    const dataSources = new Collection({
      type: 'base',
      name: 'data_sources',
      listRule: '',
      viewRule: '',
      createRule: ROLE_ADMIN,
      updateRule: ROLE_ADMIN,
      deleteRule: ROLE_ADMIN,
      fields: [
        { type: 'text', name: 'key', required: true, max: 200 },
        { type: 'text', name: 'title', max: 500 },
        { type: 'text', name: 'file_name', max: 500 },
        { type: 'text', name: 'licence', max: 2000 },
        { type: 'text', name: 'attribution', max: 500 },
        { type: 'text', name: 'url', max: 500 },
        { type: 'number', name: 'record_count', min: 0, onlyInt: true },
        { type: 'autodate', name: 'created', onCreate: true, onUpdate: false },
        { type: 'autodate', name: 'updated', onCreate: true, onUpdate: true },
      ],
      indexes: ['CREATE UNIQUE INDEX idx_data_sources_key ON data_sources (key)'],
    });
    app.save(dataSources);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('data_sources'));
  },
);
