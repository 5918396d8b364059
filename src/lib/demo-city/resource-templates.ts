/**
 * The demo city's catalog of mutual-aid groups, watch-over groups and services, as data: each
 * template is what a real listing would say, with `{placeholders}` for the district, town,
 * daily-life area or a nickname, and the organisation that runs it named by a path into the
 * demo organisations (the first that exists wins). `buildResourceDraft` turns a template into
 * a draft; fields a template leaves out take the defaults documented on `ResourceTemplate`.
 * Gathering places have their own catalog (gathering-templates.ts).
 */
import type {
  AccessibilityFeature,
  Booking,
  ClosedPeriod,
  Cost,
  Eligibility,
  ResourceKind,
  TimeOfDay,
  Weekday,
} from '../domain/types';
import type { DemoOrganizations } from './generate-organizations';
import { NEW_YEAR_BREAK } from './schedule-builders';

/** An organisation: `district.*` is the resource's district's own body, the rest city-wide ones. */
export type OrgRef =
  | `district.${keyof DemoOrganizations['byDistrict'][number]}`
  | 'socialWelfareCouncil'
  | 'welfareCommissioners'
  | 'seniorClubFederation'
  | 'volunteerLiaison'
  | 'coop'
  | 'agriculturalCoop'
  | 'silverCentre'
  | `npos.${keyof DemoOrganizations['npos']}`
  | `companies.${keyof DemoOrganizations['companies']}`;

/** Weekdays: fixed, or one of several sets drawn at random. */
export type DaysSpec = readonly Weekday[] | { oneOf: readonly (readonly Weekday[])[] };

export type RuleSpec =
  | { irregular: string; start?: TimeOfDay; end?: TimeOfDay }
  | { weekly: DaysSpec; start: TimeOfDay; end: TimeOfDay }
  | { monthlyNth: DaysSpec; nth: readonly number[]; start: TimeOfDay; end: TimeOfDay };

/** A schedule: its rules, and the options of `schedule()` (omitted: open on holidays, no breaks, no note). */
export interface ScheduleSpec {
  rules: readonly RuleSpec[];
  closedOnPublicHolidays?: boolean;
  closedPeriods?: readonly ClosedPeriod[];
  note?: string;
}

export interface ResourceTemplate {
  kind: ResourceKind;
  /** Placeholders: {district} {districtKana} {town} {townKana} {area} {areaKana} {nickname} {nicknameKana}. */
  name: string;
  nameKana: string;
  description: string;
  serviceTypeCodes: readonly string[];
  schedule: ScheduleSpec;
  /** Default free (FREE). */
  cost?: Cost;
  /** Default anyone. */
  eligibility?: Eligibility;
  booking: Booking;
  /** Tried in order; the first that exists runs it. */
  organization: readonly OrgRef[];
  /** Title of the contact person (代表, 事務局…). */
  contactTitle: string;
  /** Default true; `{ chance }` makes it public with that probability. */
  isPublic?: boolean | { chance: number };
  /** Default false. */
  hasWebsite?: boolean;
  /** Default none. */
  accessibility?: readonly AccessibilityFeature[];
  /** Never paused, closed or planned (commercial and official services). Default false. */
  stable?: boolean;
}

/** A watch-over group's place: none (it walks the area), or a hall or park in a town. */
export interface WatchTemplate extends ResourceTemplate {
  venue: 'none' | 'hall' | 'park';
}

/** An area-wide group, created in an area only when `fromArea` ≤ its index and the `chance` draw succeeds. */
export interface AreaTemplate extends ResourceTemplate {
  fromArea?: number;
  chance?: number;
}

/** A city-wide group or service, based in district `homeDistrict` (clamped to the city). */
export interface CityWideTemplate extends ResourceTemplate {
  homeDistrict: number;
  /** `firstArea`: serves the districts of the first daily-life area only. Default: the city. */
  serves?: 'city' | 'firstArea';
  /** A store in the home district's first town, with this name. */
  store?: string;
}

export const WEEKDAYS_MON_FRI = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
/** Each weekday Monday–Friday, one drawn at random. */
const ONE_WEEKDAY = { oneOf: WEEKDAYS_MON_FRI.map((d) => [d]) };
const MON_SAT = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
/** What a template without `cost` costs. */
export const FREE: Cost = { amountYen: 0, unit: 'free', note: '' };

/** Office hours: Monday–Friday from `start` to `end`, closed on holidays and over the New Year. */
function officeHours(start: TimeOfDay, end: TimeOfDay, note?: string): ScheduleSpec {
  return {
    rules: [{ weekly: WEEKDAYS_MON_FRI, start, end }],
    closedOnPublicHolidays: true,
    closedPeriods: [NEW_YEAR_BREAK],
    ...(note === undefined ? {} : { note }),
  };
}

/** Every week on one of `days` (drawn per group) from `start` to `end`. */
function weeklyOneOf(days: readonly (readonly Weekday[])[], start: TimeOfDay, end: TimeOfDay) {
  return { weekly: { oneOf: days }, start, end };
}

export const PAUSED_REASONS = [
  '会場の改修工事のため休止中',
  '担い手不足のため休止中',
  '代表者の体調不良のため当面休止',
  '感染症対策のため休止中（再開時期未定）',
  '会場の確保ができず休止中',
];
export const CLOSED_REASONS = [
  '参加者の減少により令和6年度末で活動終了',
  '会場の閉鎖に伴い活動終了',
  '代表者の転居により活動終了',
];
export const PLANNED_REASONS = [
  '令和8年度中の立ち上げに向けて準備中',
  '地区の協議体で立ち上げを検討中',
  '担い手養成講座の修了生が立ち上げ準備中',
];

/** Mutual-aid groups a district may have (one per style). */
export const DISTRICT_HELP: readonly ResourceTemplate[] = [
  {
    kind: 'mutual_aid',
    name: '{district}たすけあい隊',
    nameKana: '{districtKana}たすけあいたい',
    description:
      'ごみ出しや電球交換、庭の草取り、買い物など、日常のちょっとした困りごとを住民ボランティアがお手伝いします。',
    serviceTypeCodes: ['small_chores', 'garbage_help', 'garden_work', 'shopping_help'],
    schedule: {
      rules: [{ irregular: 'ご依頼に応じて随時（受付：平日9時〜17時）' }],
      closedPeriods: [NEW_YEAR_BREAK],
    },
    cost: { amountYen: 500, unit: 'per_hour', note: '30分250円。交通費実費' },
    eligibility: 'age_65_plus',
    booking: 'call_first',
    isPublic: { chance: 0.85 },
    organization: ['district.welfareCouncil', 'socialWelfareCouncil'],
    contactTitle: '事務局',
  },
  {
    kind: 'mutual_aid',
    name: '{district}ささえあいの会',
    nameKana: '{districtKana}ささえあいのかい',
    description:
      'ひとり暮らしの方への声かけや話し相手、ごみ出しの手伝いを、ご近所同士の助け合いで行っています。',
    serviceTypeCodes: ['conversation', 'safety_check', 'garbage_help'],
    schedule: { rules: [{ irregular: 'ご依頼に応じて随時' }] },
    cost: { amountYen: 100, unit: 'per_use', note: 'チケット制（1枚100円で30分）' },
    eligibility: 'age_65_plus',
    booking: 'call_first',
    isPublic: { chance: 0.8 },
    organization: ['district.neighbourhood', 'socialWelfareCouncil'],
    contactTitle: '会長',
  },
  {
    kind: 'mutual_aid',
    name: 'ちょこっと応援隊 {district}',
    nameKana: 'ちょこっとおうえんたい {districtKana}',
    description:
      '30分程度でできる家事の手伝いや、冷蔵庫の中の確認、ごみの分別などをお手伝いします。',
    serviceTypeCodes: ['small_chores', 'garbage_help', 'fridge_check', 'garden_work'],
    schedule: officeHours('09:00', '17:00', '依頼は1週間前までにお願いします（要相談）。'),
    cost: { amountYen: 300, unit: 'per_use', note: '30分まで300円' },
    eligibility: 'care_needs_welcome',
    booking: 'reservation',
    organization: ['district.welfareCouncil', 'socialWelfareCouncil'],
    contactTitle: 'コーディネーター',
  },
  {
    kind: 'mutual_aid',
    name: '{district}ご近所ボランティア',
    nameKana: '{districtKana}ごきんじょぼらんてぃあ',
    description:
      '話し相手や見守りを兼ねた訪問、簡単な困りごとのお手伝いを無償で行う住民グループです。',
    serviceTypeCodes: ['conversation', 'safety_check', 'small_chores'],
    schedule: { rules: [{ irregular: '要相談（平日の日中が中心）' }] },
    booking: 'call_first',
    isPublic: { chance: 0.7 },
    organization: ['district.neighbourhood', 'socialWelfareCouncil'],
    contactTitle: '代表',
  },
  {
    kind: 'mutual_aid',
    name: 'ごみ出しサポーター {district}',
    nameKana: 'ごみだしさぽーたー {districtKana}',
    description: 'ごみ集積所まで運ぶのが難しい方のごみ出しを、近所のサポーターがお手伝いします。',
    serviceTypeCodes: ['garbage_help'],
    schedule: {
      rules: [{ irregular: '地区のごみ収集日の朝', start: '07:00', end: '08:30' }],
      closedPeriods: [NEW_YEAR_BREAK],
    },
    eligibility: 'care_needs_welcome',
    booking: 'call_first',
    organization: ['district.neighbourhood', 'socialWelfareCouncil'],
    contactTitle: '代表',
  },
];

/** Watch-over groups a district may have. */
export const DISTRICT_WATCH: readonly WatchTemplate[] = [
  {
    kind: 'watch_over',
    name: '{district}声かけ隊',
    nameKana: '{districtKana}こえかけたい',
    description:
      '散歩や買い物のついでに、ひとり暮らしの高齢者宅の様子に気を配り、声をかけています。気になることがあれば民生委員やあんしんセンターにつなぎます。',
    serviceTypeCodes: ['watch_patrol'],
    venue: 'none',
    schedule: { rules: [{ irregular: '日常生活の中で随時' }] },
    booking: 'drop_in',
    organization: ['district.neighbourhood', 'socialWelfareCouncil'],
    contactTitle: '隊長',
  },
  {
    kind: 'watch_over',
    name: '{town}見守り隊',
    nameKana: '{townKana}みまもりたい',
    description:
      '子どもの下校時間に合わせて地域を巡回し、子どもと高齢者の両方を見守っています。新しい隊員も募集中です。',
    serviceTypeCodes: ['watch_patrol', 'safety_check'],
    venue: 'hall',
    schedule: {
      rules: [
        weeklyOneOf(
          [
            ['mon', 'thu'],
            ['tue', 'fri'],
            ['mon', 'wed', 'fri'],
          ],
          '14:30',
          '16:00',
        ),
      ],
      closedOnPublicHolidays: true,
      closedPeriods: [NEW_YEAR_BREAK],
      note: '学校の長期休み中はお休み',
    },
    booking: 'drop_in',
    organization: ['district.neighbourhood', 'socialWelfareCouncil'],
    contactTitle: '代表',
  },
  {
    kind: 'watch_over',
    name: '見守りウォーキング隊 {town}',
    nameKana: 'みまもりうぉーきんぐたい {townKana}',
    description:
      '健康づくりのウォーキングを兼ねて地域を歩き、見守りが必要なお宅の様子に気を配っています。',
    serviceTypeCodes: ['watch_patrol'],
    venue: 'park',
    schedule: {
      rules: [
        weeklyOneOf(
          [
            ['tue', 'fri'],
            ['mon', 'thu'],
            ['wed', 'sat'],
          ],
          '07:00',
          '08:00',
        ),
      ],
      note: '雨天中止。集合場所は公園入口です。',
    },
    booking: 'drop_in',
    organization: ['district.seniorClub', 'district.neighbourhood', 'seniorClubFederation'],
    contactTitle: '代表',
  },
  {
    kind: 'watch_over',
    name: 'あんしん見守りネット {district}',
    nameKana: 'あんしんみまもりねっと {districtKana}',
    description:
      '自治会の班ごとに見守り協力員を決め、ひとり暮らしの高齢者宅を定期的に訪問しています。',
    serviceTypeCodes: ['safety_check', 'conversation'],
    venue: 'none',
    schedule: {
      rules: [{ monthlyNth: ONE_WEEKDAY, nth: [1], start: '10:00', end: '12:00' }],
      note: '月1回の訪問のほか、気になる時は随時',
    },
    eligibility: 'age_65_plus',
    booking: 'call_first',
    organization: ['district.neighbourhood', 'socialWelfareCouncil'],
    contactTitle: '事務局',
  },
];

/** Groups and services of each daily-life area, based in its most populous district. */
export const AREA_WIDE: readonly AreaTemplate[] = [
  {
    kind: 'watch_over',
    name: 'ゆうあい訪問（{area}圏域 民生委員）',
    nameKana: 'ゆうあいほうもん（{areaKana}けんいき みんせいいいん）',
    description:
      '民生委員がひとり暮らしや高齢者のみの世帯を定期的に訪問し、困りごとがないか確認しています。',
    serviceTypeCodes: ['safety_check', 'conversation'],
    schedule: { rules: [{ irregular: '月1回程度、担当の民生委員が訪問します' }] },
    eligibility: 'age_65_plus',
    booking: 'call_first',
    organization: ['welfareCommissioners'],
    contactTitle: '地区会長',
  },
  {
    kind: 'service',
    name: '移動スーパー さくら号（{area}コース）',
    nameKana: 'いどうすーぱー さくらごう（{areaKana}こーす）',
    description:
      '生鮮食品や日用品を積んだ移動販売車が、決まった曜日に地域を回ります。冷蔵庫の中身を一緒に確かめながら選べます。',
    serviceTypeCodes: ['shopping_help'],
    schedule: {
      rules: [
        weeklyOneOf(
          [
            ['mon', 'thu'],
            ['tue', 'fri'],
            ['wed', 'sat'],
          ],
          '10:00',
          '15:00',
        ),
      ],
      closedPeriods: [NEW_YEAR_BREAK],
      note: '停留所と時刻はお問い合わせください。',
    },
    cost: { amountYen: 10, unit: 'per_use', note: '商品代金に1品につき10円を加算' },
    booking: 'drop_in',
    organization: ['companies.supermarket'],
    contactTitle: '担当',
    stable: true,
  },
  {
    fromArea: 1,
    chance: 0.7,
    kind: 'mutual_aid',
    name: '有償ボランティア おたがいさま（{area}）',
    nameKana: 'ゆうしょうぼらんてぃあ おたがいさま（{areaKana}）',
    description:
      '会員同士で家事や外出、庭仕事などをお手伝いする有償ボランティアです。「お互いさま」の気持ちで支えあっています。',
    serviceTypeCodes: [
      'small_chores',
      'shopping_help',
      'hospital_escort',
      'conversation',
      'garden_work',
    ],
    schedule: officeHours('09:00', '17:00', '受付は平日のみ。利用の1週間前までにご相談ください。'),
    cost: { amountYen: 800, unit: 'per_hour', note: '交通費実費。年会費1,000円' },
    booking: 'reservation',
    organization: ['npos.helpNetwork'],
    contactTitle: 'コーディネーター',
    hasWebsite: true,
  },
  {
    fromArea: 1,
    chance: 0.6,
    kind: 'mutual_aid',
    name: 'おでかけサポート {area}',
    nameKana: 'おでかけさぽーと {areaKana}',
    description:
      '住民ボランティアが自家用車で買い物や通院に付き添います。バス停まで歩くのがつらい方のための仕組みです。',
    serviceTypeCodes: ['transport', 'hospital_escort', 'shopping_help'],
    schedule: {
      rules: [{ irregular: 'ご依頼に応じて（平日の日中）', start: '09:00', end: '16:00' }],
      closedOnPublicHolidays: true,
    },
    cost: { amountYen: null, unit: 'per_use', note: 'ガソリン代実費' },
    eligibility: 'care_needs_welcome',
    booking: 'reservation',
    accessibility: ['pick_up'],
    organization: ['district.welfareCouncil', 'socialWelfareCouncil'],
    contactTitle: '事務局',
  },
  {
    fromArea: 3,
    kind: 'service',
    name: 'JA移動購買車 ふれあい号（{area}）',
    nameKana: 'じぇいえーいどうこうばいしゃ ふれあいごう（{areaKana}）',
    description: '農協の移動購買車が集落を回り、食料品や日用品を販売します。',
    serviceTypeCodes: ['shopping_help'],
    schedule: {
      rules: [{ weekly: ONE_WEEKDAY, start: '09:30', end: '14:00' }],
      closedOnPublicHolidays: true,
      closedPeriods: [NEW_YEAR_BREAK],
    },
    cost: { amountYen: 0, unit: 'free', note: '商品代金のみ' },
    booking: 'drop_in',
    organization: ['agriculturalCoop'],
    contactTitle: '担当',
    stable: true,
  },
];

/** City-wide mutual-aid groups and services. */
export const CITY_WIDE: readonly CityWideTemplate[] = [
  {
    homeDistrict: 0,
    kind: 'mutual_aid',
    name: '傾聴ボランティア {nickname}',
    nameKana: 'けいちょうぼらんてぃあ {nicknameKana}',
    description: '研修を受けたボランティアがご自宅や施設を訪問し、お話をじっくり伺います。',
    serviceTypeCodes: ['conversation'],
    schedule: { rules: [{ irregular: 'ご依頼に応じて（月1〜2回程度の訪問）' }] },
    eligibility: 'care_needs_welcome',
    booking: 'reservation',
    organization: ['volunteerLiaison'],
    contactTitle: '代表',
  },
  {
    homeDistrict: 3,
    kind: 'mutual_aid',
    name: 'ペット見守りボランティア わんにゃんネット',
    nameKana: 'ぺっとみまもりぼらんてぃあ わんにゃんねっと',
    description: '飼い主の入院中などに、犬や猫の餌やりや散歩をボランティアが代わりに行います。',
    serviceTypeCodes: ['pet_care'],
    schedule: { rules: [{ irregular: '必要に応じて（事前登録制）' }] },
    cost: { amountYen: null, unit: 'per_use', note: '餌代などの実費' },
    booking: 'reservation',
    organization: ['volunteerLiaison'],
    contactTitle: '代表',
    isPublic: false,
  },
  {
    homeDistrict: 1,
    kind: 'mutual_aid',
    name: '買い物同行ボランティア いっしょに行こう会',
    nameKana: 'かいものどうこうぼらんてぃあ いっしょにいこうかい',
    description:
      'スーパーや病院への外出に、ボランティアが一緒に付き添います。自分で選んで買う楽しみを大切にしています。',
    serviceTypeCodes: ['shopping_help', 'hospital_escort'],
    schedule: {
      rules: [{ weekly: ['tue', 'thu'], start: '10:00', end: '12:00' }],
      closedOnPublicHolidays: true,
      note: '事前の申し込みが必要です',
    },
    cost: { amountYen: 0, unit: 'free', note: 'バス代・タクシー代は実費' },
    eligibility: 'care_needs_welcome',
    booking: 'reservation',
    organization: ['npos.supportGroup'],
    contactTitle: '事務局',
  },
  {
    homeDistrict: 8,
    kind: 'mutual_aid',
    name: 'おかず配りボランティア ほっとごはん',
    nameKana: 'おかずくばりぼらんてぃあ ほっとごはん',
    description: '手作りのおかずを届けながら、冷蔵庫の中身や体調を確認しています。',
    serviceTypeCodes: ['meal_delivery', 'fridge_check', 'safety_check'],
    schedule: {
      rules: [{ monthlyNth: ['wed'], nth: [2, 4], start: '11:00', end: '13:00' }],
      closedPeriods: [NEW_YEAR_BREAK],
    },
    cost: { amountYen: 300, unit: 'per_use', note: '1食あたり' },
    eligibility: 'age_65_plus',
    booking: 'reservation',
    organization: ['npos.home'],
    contactTitle: '代表',
  },
  {
    homeDistrict: 2,
    store: 'まごころ弁当 調理センター',
    kind: 'service',
    name: 'まごころ弁当 配食サービス',
    nameKana: 'まごころべんとう はいしょくさーびす',
    description:
      '栄養バランスを考えたお弁当を毎日お届けし、手渡しの際に安否を確認します。おかゆ・きざみ食にも対応します。',
    serviceTypeCodes: ['meal_delivery', 'safety_check'],
    schedule: {
      rules: [{ weekly: MON_SAT, start: '11:00', end: '12:30' }],
      closedPeriods: [NEW_YEAR_BREAK],
    },
    cost: { amountYen: 550, unit: 'per_use', note: '1食あたり（市の配食助成の対象の方は400円）' },
    booking: 'reservation',
    organization: ['companies.bento'],
    contactTitle: '担当',
    stable: true,
    hasWebsite: true,
  },
  {
    homeDistrict: 0,
    store: 'スーパーマルサク 本店',
    kind: 'service',
    name: 'スーパーマルサク 無料送迎バス',
    nameKana: 'すーぱーまるさく むりょうそうげいばす',
    description: '市内の主な団地や集会所と店舗を結ぶ買い物客向けの無料送迎バスです。',
    serviceTypeCodes: ['transport', 'shopping_help'],
    schedule: {
      rules: [{ weekly: ['tue', 'fri'], start: '10:00', end: '15:00' }],
      closedPeriods: [NEW_YEAR_BREAK],
      note: '1日4便。時刻表は店頭で配布しています。',
    },
    booking: 'drop_in',
    accessibility: ['step_free', 'accessible_toilet', 'parking'],
    organization: ['companies.supermarket'],
    contactTitle: '担当',
    stable: true,
    hasWebsite: true,
  },
  {
    homeDistrict: 0,
    kind: 'service',
    name: '生協の個別宅配',
    nameKana: 'せいきょうのこべつたくはい',
    description:
      '注文した食料品や日用品を毎週決まった曜日に玄関先までお届けします。配達担当者が見守りも兼ねています。',
    serviceTypeCodes: ['shopping_help', 'safety_check'],
    schedule: {
      rules: [{ weekly: WEEKDAYS_MON_FRI, start: '09:00', end: '18:00' }],
      closedPeriods: [NEW_YEAR_BREAK],
    },
    cost: { amountYen: 198, unit: 'per_use', note: '配達手数料（65歳以上の方は割引あり）' },
    booking: 'reservation',
    organization: ['coop'],
    contactTitle: '担当',
    stable: true,
    hasWebsite: true,
  },
  {
    homeDistrict: 0,
    kind: 'service',
    name: 'シルバー人材センター 家事援助サービス',
    nameKana: 'しるばーじんざいせんたー かじえんじょさーびす',
    description: '会員が掃除や洗濯、買い物代行、ごみ出しなどの家事をお手伝いします。',
    serviceTypeCodes: ['small_chores', 'garbage_help', 'shopping_help'],
    schedule: officeHours('08:30', '17:00'),
    cost: { amountYen: 1000, unit: 'per_hour', note: '作業内容により異なります' },
    booking: 'reservation',
    organization: ['silverCentre'],
    contactTitle: '担当',
    stable: true,
  },
  {
    homeDistrict: 0,
    kind: 'service',
    name: 'シルバー人材センター 植木の剪定・草取り',
    nameKana: 'しるばーじんざいせんたー うえきのせんてい・くさとり',
    description: '庭木の剪定や草取り、草刈りを会員が請け負います。見積もりは無料です。',
    serviceTypeCodes: ['garden_work'],
    schedule: officeHours('08:30', '17:00'),
    cost: { amountYen: 1100, unit: 'per_hour', note: '処分費は別途実費' },
    booking: 'reservation',
    organization: ['silverCentre'],
    contactTitle: '担当',
    stable: true,
  },
  {
    homeDistrict: 4,
    kind: 'service',
    name: '福祉有償運送 移送サービスさくら',
    nameKana: 'ふくしゆうしょううんそう いそうさーびすさくら',
    description:
      '車いすのまま乗れる車両で、通院や買い物の送迎を行います。事前の会員登録が必要です。',
    serviceTypeCodes: ['transport', 'hospital_escort'],
    schedule: officeHours('08:30', '17:00', '予約は利用日の3日前まで'),
    cost: { amountYen: null, unit: 'per_use', note: '距離に応じて（タクシー料金のおおむね半額）' },
    eligibility: 'care_needs_welcome',
    booking: 'reservation',
    accessibility: ['pick_up'],
    organization: ['npos.transport'],
    contactTitle: '配車担当',
    stable: true,
    hasWebsite: true,
  },
  {
    homeDistrict: 0,
    kind: 'service',
    name: '乗合タクシー さくらライド',
    nameKana: 'のりあいたくしー さくらいど',
    description:
      '自宅から市内の指定の乗降場所（病院・駅・スーパーなど）まで、予約制の乗合タクシーで移動できます。',
    serviceTypeCodes: ['transport'],
    schedule: {
      rules: [{ weekly: MON_SAT, start: '08:00', end: '17:00' }],
      closedPeriods: [NEW_YEAR_BREAK],
      note: '前日17時までに予約',
    },
    cost: { amountYen: 300, unit: 'per_use', note: '1乗車あたり（75歳以上の方は200円）' },
    eligibility: 'age_65_plus',
    booking: 'reservation',
    accessibility: ['pick_up'],
    organization: ['companies.taxi'],
    contactTitle: '予約センター',
    stable: true,
  },
  {
    homeDistrict: 1,
    serves: 'firstArea',
    kind: 'service',
    name: '新聞配達時の見守り（中央新聞販売所）',
    nameKana: 'しんぶんはいたつじのみまもり（ちゅうおうしんぶんはんばいじょ）',
    description:
      '新聞がたまっているなどの異変に配達員が気づいたとき、市やあんしんセンターに連絡します。',
    serviceTypeCodes: ['safety_check'],
    schedule: { rules: [{ irregular: '毎日の配達時' }] },
    cost: { amountYen: 0, unit: 'free', note: '新聞購読者が対象' },
    booking: 'call_first',
    organization: ['companies.newspaper'],
    contactTitle: '所長',
    stable: true,
  },
  {
    homeDistrict: 3,
    store: 'ペットホテル ぽち',
    kind: 'service',
    name: 'ペットホテル ぽち（入院時の一時預かり）',
    nameKana: 'ぺっとほてる ぽち（にゅういんじのいちじあずかり）',
    description: '飼い主の急な入院時に、犬や猫を一時的にお預かりします。送迎の相談もできます。',
    serviceTypeCodes: ['pet_care'],
    schedule: {
      rules: [{ weekly: [...MON_SAT, 'sun'], start: '09:00', end: '19:00' }],
      closedPeriods: [],
    },
    cost: { amountYen: 3000, unit: 'per_use', note: '1泊（小型犬・猫）' },
    booking: 'reservation',
    accessibility: ['parking'],
    organization: ['companies.petHotel'],
    contactTitle: '担当',
    stable: true,
    hasWebsite: true,
  },
];
