/// <reference path="../pb_data/types.d.ts" />
/**
 * Seeds the service-type taxonomy every deployment starts with.
 * Keep equal to src/lib/domain/service-type-catalog.ts (a unit test compares them).
 * Ids are derived from the code so that the seed is the same in every database.
 */
const SERVICE_TYPES = [
  {
    code: 'shopping_help',
    name_ja: '買い物支援（同行）',
    name_kana: 'かいものしえん',
    name_en: 'Accompanied shopping',
    group: 'outing',
  },
  {
    code: 'hospital_escort',
    name_ja: '通院の付き添い',
    name_kana: 'つういんのつきそい',
    name_en: 'Escort to hospital visits',
    group: 'outing',
  },
  {
    code: 'transport',
    name_ja: '移動支援・送迎',
    name_kana: 'いどうしえん・そうげい',
    name_en: 'Transport and pick-up',
    group: 'outing',
  },
  {
    code: 'garden_work',
    name_ja: '庭の手入れ・草取り',
    name_kana: 'にわのていれ・くさとり',
    name_en: 'Garden work',
    group: 'daily_help',
  },
  {
    code: 'small_chores',
    name_ja: 'ちょっとした家事・困りごと',
    name_kana: 'ちょっとしたかじ・こまりごと',
    name_en: 'Small daily chores',
    group: 'daily_help',
  },
  {
    code: 'garbage_help',
    name_ja: 'ごみ出し',
    name_kana: 'ごみだし',
    name_en: 'Taking out rubbish',
    group: 'daily_help',
  },
  {
    code: 'fridge_check',
    name_ja: '冷蔵庫の確認',
    name_kana: 'れいぞうこのかくにん',
    name_en: 'Checking the fridge',
    group: 'daily_help',
  },
  {
    code: 'meal_delivery',
    name_ja: '配食・お弁当',
    name_kana: 'はいしょく・おべんとう',
    name_en: 'Meal delivery',
    group: 'daily_help',
  },
  {
    code: 'pet_care',
    name_ja: '入院中のペットの世話',
    name_kana: 'にゅういんちゅうのぺっとのせわ',
    name_en: 'Pet care during a hospital stay',
    group: 'daily_help',
  },
  {
    code: 'safety_check',
    name_ja: '安否確認・見守り訪問',
    name_kana: 'あんぴかくにん・みまもりほうもん',
    name_en: 'Safety-check visits',
    group: 'watch_over',
  },
  {
    code: 'watch_patrol',
    name_ja: '見守り・声かけ',
    name_kana: 'みまもり・こえかけ',
    name_en: 'Watch-over and greeting patrols',
    group: 'watch_over',
  },
  {
    code: 'conversation',
    name_ja: '話し相手',
    name_kana: 'はなしあいて',
    name_en: 'Someone to talk with',
    group: 'social',
  },
  {
    code: 'eating_together',
    name_ja: '会食・共食',
    name_kana: 'かいしょく・きょうしょく',
    name_en: 'Eating together',
    group: 'social',
  },
  {
    code: 'salon',
    name_ja: 'サロン・居場所',
    name_kana: 'さろん・いばしょ',
    name_en: 'Salon and drop-in place',
    group: 'gathering',
  },
  {
    code: 'exercise_class',
    name_ja: '体操・運動教室',
    name_kana: 'たいそう・うんどうきょうしつ',
    name_en: 'Exercise class',
    group: 'gathering',
  },
  {
    code: 'community_cafe',
    name_ja: 'コミュニティカフェ',
    name_kana: 'こみゅにてぃかふぇ',
    name_en: 'Community café',
    group: 'gathering',
  },
  {
    code: 'hobby_circle',
    name_ja: '趣味のサークル',
    name_kana: 'しゅみのさーくる',
    name_en: 'Hobby circle',
    group: 'gathering',
  },
  {
    code: 'consultation',
    name_ja: '総合相談',
    name_kana: 'そうごうそうだん',
    name_en: 'Consultation',
    group: 'consultation',
  },
];

migrate(
  (app) => {
    const collection = app.findCollectionByNameOrId('service_types');
    SERVICE_TYPES.forEach((seed, index) => {
      let record;
      try {
        record = app.findFirstRecordByData('service_types', 'code', seed.code);
      } catch {
        record = new Record(collection);
      }
      record.set('code', seed.code);
      record.set('name_ja', seed.name_ja);
      record.set('name_kana', seed.name_kana);
      record.set('name_en', seed.name_en);
      record.set('group', seed.group);
      record.set('sort_order', (index + 1) * 10);
      app.save(record);
    });
  },
  (app) => {
    for (const seed of SERVICE_TYPES) {
      try {
        app.delete(app.findFirstRecordByData('service_types', 'code', seed.code));
      } catch {
        // already gone
      }
    }
  },
);
