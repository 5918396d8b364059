/// <reference path="../pb_data/types.d.ts" />
/**
 * Unknown stays unknown (issue #12). A place imported from an official list (GSI shelters, a
 * 公共施設一覧, an HSDS package) says nothing about who may come, whether to book or whether
 * newcomers are welcome, yet the importer stored "anyone", "call first" and "newcomers welcome"
 * and residents read them as facts.
 *
 * - `resources.accepting_newcomers` becomes a select yes/no; '' (no value) is "unknown". A bool
 *   cannot say unknown. Existing values are copied: true → yes, false → no.
 * - `eligibility` and `booking` are selects already; '' now means "unknown" (the app no longer
 *   reads it as "anyone" / "drop in").
 * - Faithful clean-up of earlier imports: a record that came from an import (a `source` other
 *   than '' or the demo city's 'demo') and whose field was never changed through the API (no
 *   change_log update naming the field) holds the importer's invention, not a fact: it becomes
 *   unknown. Demo records and every value a person has set keep their values.
 */
migrate(
  (app) => {
    const resources = app.findCollectionByNameOrId('resources');
    resources.fields.add(
      new SelectField({ name: 'accepting_newcomers_tri', values: ['yes', 'no'], maxSelect: 1 }),
    );
    app.save(resources);
    app
      .db()
      .newQuery(
        "UPDATE resources SET accepting_newcomers_tri = CASE WHEN accepting_newcomers THEN 'yes' ELSE 'no' END",
      )
      .execute();
    resources.fields.removeByName('accepting_newcomers');
    app.save(resources);
    resources.fields.getByName('accepting_newcomers_tri').name = 'accepting_newcomers';
    app.save(resources);

    // Imported values no person ever set → unknown.
    const imported = "source != '' AND source != 'demo'";
    const neverEdited = (field) =>
      `NOT EXISTS (SELECT 1 FROM change_log l WHERE l.collection_name = 'resources' AND l.record_id = resources.id` +
      ` AND l.action = 'update' AND json_extract(l.changes, '$.${field}') IS NOT NULL)`;
    for (const field of ['eligibility', 'booking', 'accepting_newcomers']) {
      app
        .db()
        .newQuery(`UPDATE resources SET ${field} = '' WHERE ${imported} AND ${neverEdited(field)}`)
        .execute();
    }
  },
  (app) => {
    const resources = app.findCollectionByNameOrId('resources');
    resources.fields.add(new BoolField({ name: 'accepting_newcomers_bool' }));
    app.save(resources);
    // Unknown has no place in a bool: it goes back to false (not "welcome").
    app
      .db()
      .newQuery("UPDATE resources SET accepting_newcomers_bool = (accepting_newcomers = 'yes')")
      .execute();
    resources.fields.removeByName('accepting_newcomers');
    app.save(resources);
    resources.fields.getByName('accepting_newcomers_bool').name = 'accepting_newcomers';
    app.save(resources);
  },
);
