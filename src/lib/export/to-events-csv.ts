/**
 * Every session of the public directory in the next N weeks as an event list in the layout of
 * the 自治体標準オープンデータセット「イベント一覧」 (デジタル庁; columns and order as in
 * https://github.com/NEC-FIWARE/smart-data-models/blob/main/cio/06_イベント一覧/datamodels.md):
 * one row per session (date and time), computed from each place's schedule by
 * `nextOccurrences`, so public holidays, closed periods and closed dates are already left out.
 * The schedule in words goes to 開始日時特記事項, so a reader sees 「第2・第4水曜」 too.
 */
import { describeSchedule } from '../domain/describe-schedule';
import { dayNumberToIso, isoToDayNumber } from '../domain/iso-date';
import { nextOccurrences, type Occurrence } from '../domain/next-occurrences';
import { prefectureName } from '../domain/prefecture-name';
import type { Resource } from '../domain/types';
import { publicOnly, type PublicDirectory } from './public-directory';
import { BOOKING_JA, costText } from './to-kayoinoba-csv';
import { toCsv, type CsvCell } from './to-csv';

export const EVENTS_CSV_COLUMNS = [
  '都道府県コード又は市区町村コード',
  'NO',
  '都道府県名',
  '市区町村名',
  'イベント名',
  'イベント名_カナ',
  'イベント名_英語',
  '開始日',
  '終了日',
  '開始時間',
  '終了時間',
  '開始日時特記事項',
  '説明',
  '料金(基本)',
  '料金(詳細)',
  '連絡先名称',
  '連絡先電話番号',
  '連絡先内線番号',
  '主催者',
  '場所名称',
  '住所',
  '方書',
  '緯度',
  '経度',
  'アクセス方法',
  '駐車場情報',
  '定員',
  '参加申込終了日',
  '参加申込終了時間',
  '参加申込方法',
  'URL',
  '備考',
] as const;

export interface EventsWindow {
  /** First day (ISO, the city's calendar), inclusive. */
  from: string;
  /** Number of weeks (7-day spans) from `from`; the last day is `from + 7 × weeks − 1`. */
  weeks: number;
}

/** One session of one place. */
export interface DirectoryEvent {
  resource: Resource;
  occurrence: Occurrence;
}

/**
 * The sessions of public, active places in the window, sorted by date, start time and name.
 * A schedule without rules or an irregular rule without announced dates gives none.
 */
export function directoryEvents(
  directory: PublicDirectory,
  window: EventsWindow,
): DirectoryEvent[] {
  const days = Math.max(0, Math.floor(window.weeks * 7));
  const out: DirectoryEvent[] = [];
  for (const resource of publicOnly(directory).resources) {
    // At most one session per rule and day, so this count is never the limit.
    const count = days * Math.max(1, resource.schedule.rules.length);
    for (const occurrence of nextOccurrences(resource.schedule, window.from, {
      count,
      horizonDays: days,
    }))
      out.push({ resource, occurrence });
  }
  return out.sort(
    (a, b) =>
      a.occurrence.date.localeCompare(b.occurrence.date) ||
      a.occurrence.start.localeCompare(b.occurrence.start) ||
      a.resource.name.localeCompare(b.resource.name, 'ja') ||
      a.resource.id.localeCompare(b.resource.id),
  );
}

/** The last day of the window (ISO). */
export function windowEnd(window: EventsWindow): string {
  return dayNumberToIso(
    isoToDayNumber(window.from) + Math.max(0, Math.floor(window.weeks * 7)) - 1,
  );
}

/** The export as rows of strings (header first). */
export function eventsRows(directory: PublicDirectory, window: EventsWindow): CsvCell[][] {
  const orgName = new Map(directory.organizations.map((o) => [o.id, o.name]));
  const rows: CsvCell[][] = [[...EVENTS_CSV_COLUMNS]];
  for (const { resource: r, occurrence: o } of directoryEvents(directory, window)) {
    const organizer = orgName.get(r.organizationId) ?? '';
    rows.push([
      directory.cityCode,
      `${r.id}-${o.date.replace(/-/g, '')}${o.start.replace(':', '')}`,
      prefectureName(directory.cityCode),
      directory.cityName,
      r.name,
      r.nameKana,
      '',
      o.date,
      o.date,
      o.start,
      o.end,
      describeSchedule(r.schedule, 'ja').join('、'),
      r.description,
      r.cost.unit === 'free' ? 0 : r.cost.amountYen,
      costText(r.cost),
      organizer || r.name,
      r.publicPhone,
      '',
      organizer,
      r.name,
      r.address,
      '',
      r.location ? r.location[1] : null,
      r.location ? r.location[0] : null,
      r.directions,
      r.accessibility.includes('parking') ? '駐車場あり' : '',
      r.capacity,
      '',
      '',
      r.booking ? BOOKING_JA[r.booking] : '',
      r.website,
      '',
    ]);
  }
  return rows;
}

/** The CSV text (UTF-8 with BOM, CRLF). */
export function toEventsCsv(directory: PublicDirectory, window: EventsWindow): string {
  return toCsv(eventsRows(directory, window));
}
