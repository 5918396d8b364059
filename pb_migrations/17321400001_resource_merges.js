/// <reference path="../pb_data/types.d.ts" />
/**
 * Possible duplicates in the directory (issue #12): a coordinator merges two records of one
 * place, or says they are not duplicates.
 *
 * - `resources.merged_into`: the record a merged-away resource was merged into. The merged
 *   record is archived (status closed) rather than deleted, so its history and any link to it
 *   stay readable.
 * - `duplicate_dismissals`: pairs a coordinator marked "not a duplicate", so the list stops
 *   showing them. Written only by the route `POST /api/sasaeai/resources/not-duplicate`
 *   (pb_hooks/merge-resources.pb.js), which checks districts; staff who edit may read them.
 */
migrate(
  (app) => {
    const resources = app.findCollectionByNameOrId('resources');
    const users = app.findCollectionByNameOrId('users');
    resources.fields.add(
      new RelationField({ name: 'merged_into', collectionId: resources.id, maxSelect: 1 }),
    );
    app.save(resources);

    const editors = '(@request.auth.role = "admin" || @request.auth.role = "coordinator")';
    const dismissals = new Collection({
      type: 'base',
      name: 'duplicate_dismissals',
      listRule: editors,
      viewRule: editors,
      createRule: null,
      updateRule: null,
      deleteRule: '@request.auth.role = "admin"',
      fields: [
        {
          type: 'relation',
          name: 'resource_a',
          collectionId: resources.id,
          maxSelect: 1,
          required: true,
          cascadeDelete: true,
        },
        {
          type: 'relation',
          name: 'resource_b',
          collectionId: resources.id,
          maxSelect: 1,
          required: true,
          cascadeDelete: true,
        },
        { type: 'relation', name: 'dismissed_by', collectionId: users.id, maxSelect: 1 },
        { type: 'autodate', name: 'created', onCreate: true, onUpdate: false },
      ],
      indexes: [
        'CREATE UNIQUE INDEX idx_duplicate_dismissals_pair ON duplicate_dismissals (resource_a, resource_b)',
      ],
    });
    app.save(dismissals);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('duplicate_dismissals'));
    const resources = app.findCollectionByNameOrId('resources');
    resources.fields.removeByName('merged_into');
    app.save(resources);
  },
);
