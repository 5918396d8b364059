/// <reference path="../pb_data/types.d.ts" />
/* global NumberField */
/**
 * The yearly 通いの場 survey (issue #17) needs, per place: its main activity, who runs it, the
 * kind of venue, a frequency band where the schedule cannot tell (irregular meetings), and the
 * number of participants with the year it was counted. Every field may stay unknown: selects
 * are optional ('' = unknown) and a count of 0 means "not recorded" (number fields have no null).
 * Values mirror MAIN_ACTIVITIES, RUN_BY, VENUE_TYPES and FREQUENCY_BANDS in
 * src/lib/domain/types.ts (checked by tests/integration/schema-contract.test.ts).
 */
migrate(
  (app) => {
    const resources = app.findCollectionByNameOrId('resources');
    const select = (name, values) =>
      new SelectField({ name, values, maxSelect: 1, required: false });
    resources.fields.add(
      select('main_activity', [
        'exercise',
        'meal',
        'tea_party',
        'dementia_prevention',
        'hobby',
        'farming',
        'learning',
        'volunteering',
        'work',
        'intergenerational',
        'other',
      ]),
    );
    resources.fields.add(
      select('run_by', [
        'residents_group',
        'resident_individual',
        'social_welfare_council',
        'npo',
        'municipality',
        'care_provider',
        'other',
      ]),
    );
    resources.fields.add(
      select('venue_type', [
        'community_hall',
        'public_facility',
        'private_home',
        'shop',
        'care_facility',
        'religious',
        'other',
      ]),
    );
    resources.fields.add(
      select('frequency_band', ['weekly_or_more', 'two_to_four_monthly', 'monthly', 'less']),
    );
    resources.fields.add(new NumberField({ name: 'participants', min: 0, onlyInt: true }));
    resources.fields.add(
      new NumberField({ name: 'participants_year', min: 0, max: 2200, onlyInt: true }),
    );
    app.save(resources);
  },
  (app) => {
    const resources = app.findCollectionByNameOrId('resources');
    for (const name of [
      'main_activity',
      'run_by',
      'venue_type',
      'frequency_band',
      'participants',
      'participants_year',
    ])
      resources.fields.removeByName(name);
    app.save(resources);
  },
);
