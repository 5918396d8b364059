/**
 * Exports the public directory as a CSV in the column layout of the 自治体標準オープンデータセット
 * (公共施設一覧 style): 全国地方公共団体コード, ID, 地方公共団体名, 名称, 名称_カナ, 種別, 住所,
 * 緯度, 経度, 電話番号, 団体名, 利用可能曜日, 開始時間, 終了時間, 利用可能日時特記事項, URL, 備考.
 *
 * The columns the importer reads (`STANDARD_COLUMNS` in `src/lib/import/read-places.ts`) carry
 * the same values back, so export → `sasaeai import --places` round-trips names, readings,
 * addresses, exact coordinates, phones, URLs, descriptions (備考) and a single every-week rule.
 * Every other schedule (several rules, every other week, 第n曜日, fixed days) is written only as
 * words in 利用可能日時特記事項, with 利用可能曜日 left empty, so an import never turns
 * 「第2水曜」 into "every Wednesday".
 *
 * Output: the shared writer (to-csv.ts): UTF-8 with a BOM (Excel opens it as UTF-8), CRLF line
 * ends (RFC 4180), fields quoted when they need it, formulas defused, coordinates as numbers.
 */
import { describeSchedule } from '../domain/describe-schedule';
import { WEEKDAY_JA, WEEKDAYS_FROM_MONDAY } from '../domain/weekday-ja';
import type { ResourceKind } from '../domain/types';
import { publicOnly, type PublicDirectory } from './public-directory';
import { publishedReading } from './published-reading';
import { toCsv, type CsvCell } from './to-csv';

/** Column order of the export. */
export const OPEN_DATA_CSV_COLUMNS = [
  '全国地方公共団体コード',
  'ID',
  '地方公共団体名',
  '名称',
  '名称_カナ',
  '種別',
  '住所',
  '緯度',
  '経度',
  '電話番号',
  '団体名',
  '利用可能曜日',
  '開始時間',
  '終了時間',
  '利用可能日時特記事項',
  'URL',
  '備考',
] as const;

/** The kind of a place as the open-data CSVs name it (種別, 実施サービス). */
export const KIND_JA: Record<ResourceKind, string> = {
  gathering_place: '通いの場・サロン',
  mutual_aid: '助け合い活動',
  watch_over: '見守り活動',
  support_center: '地域包括支援センター',
  service: '生活支援サービス',
};

/** The export as rows (header first), before CSV encoding: handy for tests and previews. */
export function openDataRows(directory: PublicDirectory): CsvCell[][] {
  const d = publicOnly(directory);
  const orgName = new Map(d.organizations.map((o) => [o.id, o.name]));
  const rows: CsvCell[][] = [[...OPEN_DATA_CSV_COLUMNS]];
  for (const r of d.resources) {
    const rules = r.schedule.rules;
    const only = rules.length === 1 ? rules[0]! : null;
    // Only a plain every-week rule goes into the machine-readable columns.
    const weekly =
      only && only.type === 'weekly' && (only.intervalWeeks ?? 1) === 1 && only.weekdays.length > 0
        ? only
        : null;
    const daysText = weekly
      ? WEEKDAYS_FROM_MONDAY.filter((day) => weekly.weekdays.includes(day))
          .map((day) => WEEKDAY_JA[day])
          .join(',')
      : '';
    const words = rules.length ? describeSchedule(r.schedule, 'ja').join('、') : r.schedule.note;
    rows.push([
      d.cityCode,
      r.id,
      d.cityName,
      r.name,
      publishedReading(r),
      KIND_JA[r.kind],
      r.address,
      r.location ? r.location[1] : null,
      r.location ? r.location[0] : null,
      r.publicPhone,
      orgName.get(r.organizationId) ?? '',
      daysText,
      weekly?.start ?? '',
      weekly?.end ?? '',
      words,
      r.website,
      r.description,
    ]);
  }
  return rows;
}

/** The CSV text, starting with a BOM. */
export function toOpenDataCsv(directory: PublicDirectory): string {
  return toCsv(openDataRows(directory));
}
