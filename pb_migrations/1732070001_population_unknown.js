/// <reference path="../pb_data/types.d.ts" />
/**
 * An area's population can be unknown (boundaries imported without a population column, or
 * a town the population table does not list). Number fields cannot hold null, so without a
 * flag "unknown" and "nobody lives here" (an industrial estate, a river bed) were both 0,
 * and district profiles showed 0 residents for towns whose residents were simply not
 * loaded. `population_unknown` says which; existing records keep meaning "known".
 */
migrate(
  (app) => {
    const areas = app.findCollectionByNameOrId('areas');
    areas.fields.add(new BoolField({ name: 'population_unknown' }));
    app.save(areas);
  },
  (app) => {
    const areas = app.findCollectionByNameOrId('areas');
    areas.fields.removeByName('population_unknown');
    app.save(areas);
  },
);
