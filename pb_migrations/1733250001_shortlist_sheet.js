/// <reference path="../pb_data/types.d.ts" />
/* global TextField, JSONField */
/**
 * The care manager's sheet (issue #14): who prepared it and how to reach their office, and
 * what changed in an entry since it went on the list.
 * - `office`, `office_phone`: the care manager's office as they typed it ('' = not given; the
 *   sheet then prints nothing, never a guess).
 * - `added`: resource id → { at: ISO datetime it was added, snapshot: the fields a care plan
 *   relies on at that moment }. Entries added before this migration have no record here; the
 *   sheet says so instead of inventing a date.
 */
migrate(
  (app) => {
    const shortlists = app.findCollectionByNameOrId('shortlists');
    shortlists.fields.add(new TextField({ name: 'office', max: 200 }));
    shortlists.fields.add(new TextField({ name: 'office_phone', max: 40 }));
    shortlists.fields.add(new JSONField({ name: 'added', maxSize: 1 << 20 }));
    app.save(shortlists);
  },
  (app) => {
    const shortlists = app.findCollectionByNameOrId('shortlists');
    for (const name of ['office', 'office_phone', 'added']) shortlists.fields.removeByName(name);
    app.save(shortlists);
  },
);
