/**
 * The yearly 通いの場 survey tables (介護予防・日常生活支援総合事業の実施状況調査 style), per
 * district and for the city: active gathering places counted by main activity, frequency band,
 * who runs them, venue and size band, plus participants where recorded. Every table of an
 * area adds up to the area's number of places: an unrecorded value is counted as 「不明」,
 * never left out. Pure.
 *
 * The survey year is a fiscal year (年度, April–March): `--year 2026` = 令和8年度. Frequency
 * comes from the schedule (sessions it names in that fiscal year, closures applied); only when
 * the schedule cannot tell (no rules, irregular without dates) the recorded band is used.
 */
import { fiscalYearStarting } from './fiscal-year';
import { isoToDayNumber } from './iso-date';
import { nextOccurrences } from './next-occurrences';
import {
  FREQUENCY_BANDS,
  MAIN_ACTIVITIES,
  RUN_BY,
  VENUE_TYPES,
  type Area,
  type FrequencyBand,
  type Resource,
} from './types';

export const SIZE_BANDS = ['under_10', 'from_10_to_19', 'from_20_to_29', 'from_30'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

export const SURVEY_DIMENSIONS = [
  'mainActivity',
  'frequency',
  'runBy',
  'venueType',
  'size',
] as const;
export type SurveyDimension = (typeof SURVEY_DIMENSIONS)[number];

/** The key every table uses for an unrecorded value. */
export const UNKNOWN = 'unknown';

/** Row keys of each table, in the survey's order, 「不明」 last. */
export const SURVEY_KEYS: Record<SurveyDimension, readonly string[]> = {
  mainActivity: [...MAIN_ACTIVITIES, UNKNOWN],
  frequency: [...FREQUENCY_BANDS, UNKNOWN],
  runBy: [...RUN_BY, UNKNOWN],
  venueType: [...VENUE_TYPES, UNKNOWN],
  size: [...SIZE_BANDS, UNKNOWN],
};

/** The survey's own words (the tables are a Japanese government form) and English. */
export const SURVEY_LABELS: Record<'ja' | 'en', Record<SurveyDimension | string, string>> = {
  ja: {
    mainActivity: '主な活動内容',
    frequency: '開催頻度',
    runBy: '運営主体',
    venueType: '会場',
    size: '規模（参加者数）',
    exercise: '体操（運動）',
    meal: '会食',
    tea_party: '茶話会',
    dementia_prevention: '認知症予防',
    hobby: '趣味活動',
    farming: '農作業',
    learning: '生涯学習',
    volunteering: 'ボランティア活動',
    work: '就労的活動',
    intergenerational: '多世代交流',
    weekly_or_more: '週1回以上',
    two_to_four_monthly: '月2〜4回',
    monthly: '月1回程度',
    less: 'それ未満',
    residents_group: '住民団体',
    resident_individual: '住民個人',
    social_welfare_council: '社会福祉協議会',
    npo: 'NPO法人',
    municipality: '市町村',
    care_provider: '介護サービス事業所',
    community_hall: '公民館・集会所',
    public_facility: 'その他の公共施設',
    private_home: '個人宅',
    shop: '店舗・カフェ',
    care_facility: '介護施設',
    religious: '寺社・教会',
    under_10: '10人未満',
    from_10_to_19: '10〜19人',
    from_20_to_29: '20〜29人',
    from_30: '30人以上',
    other: 'その他',
    unknown: '不明',
  },
  en: {
    mainActivity: 'Main activity',
    frequency: 'How often',
    runBy: 'Run by',
    venueType: 'Venue',
    size: 'Size (participants)',
    exercise: 'Exercise',
    meal: 'Eating together',
    tea_party: 'Tea and talk',
    dementia_prevention: 'Dementia prevention',
    hobby: 'Hobbies',
    farming: 'Farming',
    learning: 'Learning',
    volunteering: 'Volunteering',
    work: 'Paid or work-like activity',
    intergenerational: 'Intergenerational',
    weekly_or_more: 'Weekly or more',
    two_to_four_monthly: '2–4 times a month',
    monthly: 'About monthly',
    less: 'Less often',
    residents_group: 'Residents’ group',
    resident_individual: 'A resident',
    social_welfare_council: 'Council of social welfare',
    npo: 'NPO',
    municipality: 'Municipality',
    care_provider: 'Care provider',
    community_hall: 'Community hall',
    public_facility: 'Other public facility',
    private_home: 'Private home',
    shop: 'Shop or café',
    care_facility: 'Care facility',
    religious: 'Temple, shrine or church',
    under_10: 'Under 10',
    from_10_to_19: '10–19',
    from_20_to_29: '20–29',
    from_30: '30 or more',
    other: 'Other',
    unknown: 'Unknown',
  },
};

export interface SurveyArea {
  /** District id; '' for the city, `none` for places in no loaded district. */
  areaId: string;
  name: string;
  /** Active gathering places: what every table of this area adds up to. */
  places: number;
  tables: Record<SurveyDimension, Record<string, number>>;
  /** Places with a participant count recorded for the survey year, and their sum. */
  participants: { places: number; total: number };
}

export interface SurveyResult {
  /** Fiscal year the survey is for (2026 = 令和8年度). */
  year: number;
  labelJa: string;
  districts: SurveyArea[];
  city: SurveyArea;
}

/**
 * The frequency band of a schedule in fiscal year `year` ('' when the schedule cannot tell):
 * 45+ sessions a year → 週1回以上, 20+ → 月2〜4回, 9+ → 月1回程度, fewer → それ未満. The
 * thresholds leave room for holidays and summer breaks (a weekly place closed on holidays
 * still meets ~48 times).
 */
export function frequencyBandOf(r: Pick<Resource, 'schedule'>, year: number): FrequencyBand | '' {
  const fy = fiscalYearStarting(year);
  const days = isoToDayNumber(fy.lastDay) - isoToDayNumber(fy.firstDay) + 1;
  const knowable = r.schedule.rules.some(
    (x) => x.type !== 'irregular' || (x.dates?.length ?? 0) > 0,
  );
  if (!knowable) return '';
  const n = nextOccurrences(r.schedule, fy.firstDay, {
    count: days * Math.max(1, r.schedule.rules.length),
    horizonDays: days,
  }).length;
  if (n >= 45) return 'weekly_or_more';
  if (n >= 20) return 'two_to_four_monthly';
  if (n >= 9) return 'monthly';
  return n > 0 ? 'less' : '';
}

/** 10人未満 / 10〜19 / 20〜29 / 30人以上 from a participant count; '' when not recorded. */
export function sizeBandOf(participants: number | null | undefined): SizeBand | '' {
  if (participants === null || participants === undefined || participants <= 0) return '';
  return participants < 10
    ? 'under_10'
    : participants < 20
      ? 'from_10_to_19'
      : participants < 30
        ? 'from_20_to_29'
        : 'from_30';
}

function emptyArea(areaId: string, name: string): SurveyArea {
  const tables = Object.fromEntries(
    SURVEY_DIMENSIONS.map((d) => [d, Object.fromEntries(SURVEY_KEYS[d].map((k) => [k, 0]))]),
  ) as SurveyArea['tables'];
  return { areaId, name, places: 0, tables, participants: { places: 0, total: 0 } };
}

function add(area: SurveyArea, r: Resource, year: number): void {
  area.places++;
  const value: Record<SurveyDimension, string> = {
    mainActivity: r.mainActivity || UNKNOWN,
    frequency: frequencyBandOf(r, year) || r.frequencyBand || UNKNOWN,
    runBy: r.runBy || UNKNOWN,
    venueType: r.venueType || UNKNOWN,
    size: sizeBandOf(r.participants) || UNKNOWN,
  };
  for (const d of SURVEY_DIMENSIONS) area.tables[d][value[d]] = (area.tables[d][value[d]] ?? 0) + 1;
  if (r.participants && r.participantsYear === year) {
    area.participants.places++;
    area.participants.total += r.participants;
  }
}

/**
 * The tables for fiscal year `year`: one area per district (in the order given), one for places
 * in no given district (only when there are any), and the city.
 */
export function surveyTables(
  resources: Resource[],
  districts: Area[],
  year: number,
  cityName = '',
): SurveyResult {
  const places = resources.filter((r) => r.kind === 'gathering_place' && r.status === 'active');
  const byId = new Map(districts.map((d) => [d.id, emptyArea(d.id, d.name)]));
  const none = emptyArea('none', '地区なし');
  const city = emptyArea('', cityName);
  for (const r of places) {
    add(byId.get(r.districtId) ?? none, r, year);
    add(city, r, year);
  }
  const fy = fiscalYearStarting(year);
  return {
    year,
    labelJa: fy.labelJa,
    districts: [...byId.values(), ...(none.places ? [none] : [])],
    city,
  };
}

/** The tables as CSV rows (header first): one row per area, one column per table row. */
export function surveyRows(result: SurveyResult): Array<Array<string | number>> {
  const ja = SURVEY_LABELS.ja;
  const header: string[] = ['年度', '地区', '通いの場の数'];
  for (const d of SURVEY_DIMENSIONS)
    for (const k of SURVEY_KEYS[d]) header.push(`${ja[d]}：${ja[k]}`);
  header.push('参加者数を記録した通いの場', '参加者数（合計）');
  const row = (a: SurveyArea): Array<string | number> => [
    result.labelJa,
    a.areaId === '' ? `${a.name || '市'}全体` : a.name,
    a.places,
    ...SURVEY_DIMENSIONS.flatMap((d) => SURVEY_KEYS[d].map((k) => a.tables[d][k] ?? 0)),
    a.participants.places,
    a.participants.total,
  ];
  return [header, ...result.districts.map(row), row(result.city)];
}
