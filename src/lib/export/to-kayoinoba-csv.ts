/**
 * Exports the public directory as a 通いの場 list in a published national CSV layout.
 *
 * Which layout, and why: the Ministry of Health, Labour and Welfare (厚生労働省) does not, as
 * far as we could find, publish a column definition for 通いの場 open data (searched 2026-12:
 * 厚生労働省 通いの場 オープンデータ 項目定義, 介護サービス情報公表システム 生活支援等サービス).
 * The closest published definition is the 自治体標準オープンデータセット「介護サービス事業所一覧」
 * (デジタル庁; formerly 推奨データセット, 内閣官房 IT 総合戦略室), whose column list and notes we
 * follow exactly, in order, as mirrored in
 * https://github.com/NEC-FIWARE/smart-data-models/blob/main/cio/02_介護サービス事業所一覧/datamodels.md
 * (都道府県コード又は市区町村コード … 備考). Everything a 通いの場 has that those columns cannot
 * hold goes into the layout's own free-text columns in plain Japanese:
 * - 利用可能曜日特記事項: one line per rule (「第2・第4水曜 10:00〜12:00」「隔週火曜 …（2026年4月7日の週から）」),
 *   「祝日は休み」, closed periods (「休み：12月29日〜1月3日（年末年始）」), closed dates, the schedule note;
 * - 備考: 参加費, 対象, 申込, an approximate location (位置) and the description (内容), labelled lines.
 * 利用可能曜日 holds the weekdays only when every rule is a plain every-week rule, so no reader
 * takes 「第2水曜」 for "every Wednesday". `readKayoinobaRow` (src/lib/import) reads all of it
 * back; export → import → export gives the same bytes.
 *
 * Rows: public, active gathering places with a meeting place. NO is the record id, or the id in the source file for a place imported from such a file, so
 * a re-import finds the same record. Output goes through the one CSV writer (`toCsv`): coordinates and
 * capacity are numeric cells, text that starts like a formula is defused.
 */
import { describeSchedule } from '../domain/describe-schedule';
import { emptySchedule } from '../domain/empty-schedule';
import { WEEKDAY_JA, WEEKDAYS_FROM_MONDAY } from '../domain/weekday-ja';
import { prefectureName } from '../domain/prefecture-name';
import type {
  Booking,
  Cost,
  CostUnit,
  Eligibility,
  Resource,
  Schedule,
  Weekday,
} from '../domain/types';
import { publicOnly, type PublicDirectory } from './public-directory';
import { toCsv, type CsvCell } from './to-csv';
import { KIND_JA } from './to-open-data-csv';

/** The columns of the 介護サービス事業所一覧 layout, in its order. */
export const KAYOINOBA_COLUMNS = [
  '都道府県コード又は市区町村コード',
  'NO',
  '都道府県名',
  '市区町村名',
  '介護サービス事業所名称',
  '介護サービス事業所名称_カナ',
  '実施サービス',
  '住所',
  '方書',
  '緯度',
  '経度',
  '電話番号',
  '内線番号',
  'FAX番号',
  '法人番号',
  '法人の名称',
  '事業所番号',
  '利用可能曜日',
  '利用可能曜日特記事項',
  '定員',
  'URL',
  '備考',
] as const;

/** Source keys of kayoinoba imports start with this, so an export writes their file ids back as NO. */
export const KAYOINOBA_SOURCE_PREFIX = 'kayoinoba-';

/** 参加費 wording per unit (「1回100円」「月額500円」). */
export const COST_UNIT_JA: Record<CostUnit, string> = {
  free: '無料',
  per_visit: '1回',
  per_hour: '1時間',
  per_month: '月額',
  per_year: '年額',
  per_use: '1利用',
};
/** Written when the amount is not recorded (unknown or 実費). */
export const COST_AMOUNT_UNKNOWN_JA = '（金額の記載なし）';

export const ELIGIBILITY_JA: Record<Eligibility, string> = {
  anyone: 'どなたでも',
  age_65_plus: '65歳以上の方',
  no_care_level: '要介護認定のない方',
  care_needs_welcome: '要支援・要介護の方も歓迎',
};

export const BOOKING_JA: Record<Booking, string> = {
  drop_in: '予約不要',
  call_first: '初めての方は事前に電話',
  reservation: '要予約',
};

/** Labels of the 備考 lines, in the order they are written. */
export const REMARK_LABELS = {
  cost: '参加費：',
  eligibility: '対象：',
  booking: '申込：',
  location: '位置：',
  description: '内容：',
} as const;
/** The 位置 line of a place whose point is its town's representative point, not its address. */
export const APPROXIMATE_LOCATION_JA = '緯度・経度は町丁の代表点（おおよその位置）';

/** `2026-04-07` → 「2026年4月7日」. */
export function jaDate(iso: string): string {
  const [y = 0, m = 0, d = 0] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** 参加費 as words: 「無料」「1回100円」「月額（金額の記載なし）」, then 「、」 and the fee note. */
export function costText(cost: Cost): string {
  const amount =
    cost.unit === 'free'
      ? ''
      : cost.amountYen === null
        ? COST_AMOUNT_UNKNOWN_JA
        : `${cost.amountYen}円`;
  return `${COST_UNIT_JA[cost.unit]}${amount}${cost.note ? `、${cost.note}` : ''}`;
}

/**
 * The schedule as plain Japanese lines for 利用可能曜日特記事項. Each rule is worded by the one
 * schedule describer (`describeSchedule`); what it leaves out is added here: the week an
 * every-other-week rule counts from, an irregular rule's announced dates, one-off closed dates.
 */
export function kayoinobaScheduleLines(schedule: Schedule): string[] {
  const lines: string[] = [];
  const none = emptySchedule();
  for (const rule of schedule.rules) {
    if (rule.type === 'irregular') {
      let line = '不定期';
      if (rule.start) line += ` ${rule.start}${rule.end ? `〜${rule.end}` : ''}`;
      if (rule.dates?.length) line += `（${rule.dates.map(jaDate).join('・')}）`;
      if (rule.note) line += `：${rule.note}`;
      lines.push(line);
      continue;
    }
    let line = describeSchedule({ ...none, rules: [rule] }, 'ja')[0] ?? '';
    if (rule.type === 'weekly' && (rule.intervalWeeks ?? 1) > 1 && rule.anchorDate)
      line += `（${jaDate(rule.anchorDate)}の週から）`;
    lines.push(line);
  }
  if (schedule.closedOnPublicHolidays) lines.push('祝日は休み');
  // describeSchedule words closed periods 「休み：12月29日〜1月3日（年末年始）」 after its first line.
  if (schedule.closedPeriods.length)
    lines.push(
      ...describeSchedule({ ...none, closedPeriods: schedule.closedPeriods }, 'ja').slice(1),
    );
  for (const d of schedule.closedDates) lines.push(`休み：${jaDate(d)}`);
  if (schedule.note) lines.push(...schedule.note.split('\n'));
  return lines;
}

/**
 * 備考: 参加費, 対象 and 申込 (each only when known), 位置 (only for an approximate point), then 内容
 * (the description, which may run over several lines).
 */
export function kayoinobaRemarks(
  r: Pick<Resource, 'cost' | 'eligibility' | 'booking' | 'description' | 'locationApproximate'>,
): string {
  // Who may come and booking may be unknown (nobody recorded them): the line is left out, and
  // reading the file back leaves them unknown too, never a default.
  const lines = [`${REMARK_LABELS.cost}${costText(r.cost)}`];
  if (r.eligibility) lines.push(`${REMARK_LABELS.eligibility}${ELIGIBILITY_JA[r.eligibility]}`);
  if (r.booking) lines.push(`${REMARK_LABELS.booking}${BOOKING_JA[r.booking]}`);
  if (r.locationApproximate) lines.push(`${REMARK_LABELS.location}${APPROXIMATE_LOCATION_JA}`);
  if (r.description) lines.push(`${REMARK_LABELS.description}${r.description}`);
  return lines.join('\n');
}

/** The export as rows of strings (header first), before CSV encoding. */
export function kayoinobaRows(directory: PublicDirectory): CsvCell[][] {
  const d = publicOnly(directory);
  const orgName = new Map(d.organizations.map((o) => [o.id, o.name]));
  const rows: CsvCell[][] = [[...KAYOINOBA_COLUMNS]];
  // A 通いの場 list lists gathering places that meet somewhere; area-wide groups without a
  // meeting place and other kinds (support centres, services) are not 通いの場.
  for (const r of d.resources.filter((x) => x.kind === 'gathering_place' && x.location)) {
    const rules = r.schedule.rules;
    const plainWeekly =
      rules.length > 0 && rules.every((x) => x.type === 'weekly' && (x.intervalWeeks ?? 1) === 1);
    const days = plainWeekly
      ? new Set(rules.flatMap((x) => (x.type === 'weekly' ? x.weekdays : [])))
      : new Set<Weekday>();
    rows.push([
      d.cityCode,
      r.source.startsWith(KAYOINOBA_SOURCE_PREFIX) && r.sourceId ? r.sourceId : r.id,
      prefectureName(d.cityCode),
      d.cityName,
      r.name,
      r.nameKana,
      KIND_JA[r.kind],
      r.address,
      '',
      r.location ? r.location[1] : null,
      r.location ? r.location[0] : null,
      r.publicPhone,
      '',
      '',
      '',
      orgName.get(r.organizationId) ?? '',
      '',
      WEEKDAYS_FROM_MONDAY.filter((day) => days.has(day))
        .map((day) => WEEKDAY_JA[day])
        .join(','),
      kayoinobaScheduleLines(r.schedule).join('\n'),
      r.capacity,
      r.website,
      kayoinobaRemarks(r),
    ]);
  }
  return rows;
}

/** The CSV text (UTF-8 with BOM, CRLF). */
export function toKayoinobaCsv(directory: PublicDirectory): string {
  return toCsv(kayoinobaRows(directory));
}
