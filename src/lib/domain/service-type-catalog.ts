import type { ServiceTypeGroup } from './types';

export interface ServiceTypeSeed {
  code: string;
  nameJa: string;
  nameKana: string;
  nameEn: string;
  group: ServiceTypeGroup;
}

/**
 * The service-type taxonomy every deployment starts with, in display order.
 *
 * The first entries are the informal services care managers asked coordinators for in the
 * Takasaki newsletter (shopping help, escort to hospital, garden work, small chores, checking
 * the fridge, safety-check visits, someone to talk with, eating together, pet care during a
 * hospital stay); then the usual kinds of gathering place and watch-over.
 *
 * The migration `pb_migrations/1732000002_seed_service_types.js` seeds the same list (a
 * migration cannot import TypeScript); `service-type-catalog.test.ts` keeps the two equal.
 */
export const SERVICE_TYPE_CATALOG: readonly ServiceTypeSeed[] = [
  {
    code: 'shopping_help',
    nameJa: '買い物支援（同行）',
    nameKana: 'かいものしえん',
    nameEn: 'Accompanied shopping',
    group: 'outing',
  },
  {
    code: 'hospital_escort',
    nameJa: '通院の付き添い',
    nameKana: 'つういんのつきそい',
    nameEn: 'Escort to hospital visits',
    group: 'outing',
  },
  {
    code: 'transport',
    nameJa: '移動支援・送迎',
    nameKana: 'いどうしえん・そうげい',
    nameEn: 'Transport and pick-up',
    group: 'outing',
  },
  {
    code: 'garden_work',
    nameJa: '庭の手入れ・草取り',
    nameKana: 'にわのていれ・くさとり',
    nameEn: 'Garden work',
    group: 'daily_help',
  },
  {
    code: 'small_chores',
    nameJa: 'ちょっとした家事・困りごと',
    nameKana: 'ちょっとしたかじ・こまりごと',
    nameEn: 'Small daily chores',
    group: 'daily_help',
  },
  {
    code: 'garbage_help',
    nameJa: 'ごみ出し',
    nameKana: 'ごみだし',
    nameEn: 'Taking out rubbish',
    group: 'daily_help',
  },
  {
    code: 'fridge_check',
    nameJa: '冷蔵庫の確認',
    nameKana: 'れいぞうこのかくにん',
    nameEn: 'Checking the fridge',
    group: 'daily_help',
  },
  {
    code: 'meal_delivery',
    nameJa: '配食・お弁当',
    nameKana: 'はいしょく・おべんとう',
    nameEn: 'Meal delivery',
    group: 'daily_help',
  },
  {
    code: 'pet_care',
    nameJa: '入院中のペットの世話',
    nameKana: 'にゅういんちゅうのぺっとのせわ',
    nameEn: 'Pet care during a hospital stay',
    group: 'daily_help',
  },
  {
    code: 'safety_check',
    nameJa: '安否確認・見守り訪問',
    nameKana: 'あんぴかくにん・みまもりほうもん',
    nameEn: 'Safety-check visits',
    group: 'watch_over',
  },
  {
    code: 'watch_patrol',
    nameJa: '見守り・声かけ',
    nameKana: 'みまもり・こえかけ',
    nameEn: 'Watch-over and greeting patrols',
    group: 'watch_over',
  },
  {
    code: 'conversation',
    nameJa: '話し相手',
    nameKana: 'はなしあいて',
    nameEn: 'Someone to talk with',
    group: 'social',
  },
  {
    code: 'eating_together',
    nameJa: '会食・共食',
    nameKana: 'かいしょく・きょうしょく',
    nameEn: 'Eating together',
    group: 'social',
  },
  {
    code: 'salon',
    nameJa: 'サロン・居場所',
    nameKana: 'さろん・いばしょ',
    nameEn: 'Salon and drop-in place',
    group: 'gathering',
  },
  {
    code: 'exercise_class',
    nameJa: '体操・運動教室',
    nameKana: 'たいそう・うんどうきょうしつ',
    nameEn: 'Exercise class',
    group: 'gathering',
  },
  {
    code: 'community_cafe',
    nameJa: 'コミュニティカフェ',
    nameKana: 'こみゅにてぃかふぇ',
    nameEn: 'Community café',
    group: 'gathering',
  },
  {
    code: 'hobby_circle',
    nameJa: '趣味のサークル',
    nameKana: 'しゅみのさーくる',
    nameEn: 'Hobby circle',
    group: 'gathering',
  },
  {
    code: 'consultation',
    nameJa: '総合相談',
    nameKana: 'そうごうそうだん',
    nameEn: 'Consultation',
    group: 'consultation',
  },
];
