/**
 * Reads places (gathering places, halls, services) from:
 * - a CSV in the layout of the 自治体標準オープンデータセット (名称, 名称_カナ, 住所, 緯度, 経度,
 *   電話番号, 利用可能曜日, 開始時間, 終了時間, URL, 備考, ID …);
 * - the 国土地理院 指定緊急避難場所・指定避難所 list (CSV or GeoJSON: 共通ID, 施設・場所名, 住所, 緯度, 経度);
 * - GeoJSON points (properties mapped like CSV columns);
 * - any other CSV with a column mapping.
 *
 * Rows keep their line (CSV) or feature number (GeoJSON) for messages.
 */
import type { LngLat, Schedule, Weekday } from '../domain/types';
import { IssueList, type ImportFile, type ImportIssue } from './import-issue';
import { parse } from 'csv-parse/browser/esm/sync';
import { decodeText } from './decode-text';
import { readCsvTable } from './read-csv-table';
import { readGeoJson } from './read-geojson';
import { checkPlaceRow } from './check-place-row';
import { noteRowFilters } from './row-filter-warnings';
import { readKayoinobaRow, type PlaceDetails } from './read-kayoinoba-row';
import { errorMessage } from '../domain/error-message';
import { columnsFor, type PlaceColumns, type PlaceFormat } from './columns-for';
import { parseTime } from './parse-time';
import { parseWeekdays } from './parse-weekdays';

export interface PlaceReadOptions {
  format?: PlaceFormat;
  /**
   * Overrides for individual columns (any format). `''` switches an optional column off (the
   * field stays empty, e.g. a file whose 電話番号 column holds something else); `name` cannot be
   * switched off, and `lat`/`lng` only together (places then need a town-points file).
   */
  columns?: Partial<PlaceColumns>;
  /** Keep only rows whose category column is one of these. */
  categories?: string[];
  /** Keep only rows whose name matches (e.g. /長寿センター|公民館/). */
  nameFilter?: RegExp;
}

export interface PlaceInput {
  row: number;
  sourceId: string;
  name: string;
  nameKana: string;
  address: string;
  location: LngLat | null;
  phone: string;
  weekdays: Weekday[];
  start: string;
  end: string;
  url: string;
  note: string;
  /** A full schedule (HSDS import: monthly rules too); when set it wins over weekdays/start/end. */
  schedule?: Schedule;
  /** Kayoinoba rows: fee, who may come, booking, capacity, kind, organization. */
  details?: PlaceDetails;
}

/** Optional place fields a file may not supply. */
export type OptionalPlaceField = 'nameKana' | 'address' | 'phone' | 'url' | 'note' | 'schedule';

export interface PlacesResult {
  file: string;
  places: PlaceInput[];
  issues: ImportIssue[];
  /**
   * Fields this file does not supply at all (column switched off, or not in the file): an
   * import keeps what a place already has for them instead of blanking it. A column that is
   * present but empty on a row does clear that row's value.
   */
  unread?: OptionalPlaceField[];
}

/**
 * The header of a places file, for choosing columns before the whole file is read: a CSV's first
 * row (decoded as `readPlaces` does: UTF-8 or Shift_JIS, BOM dropped, names trimmed), or the
 * property names of a GeoJSON's first feature. An unreadable file gives `[]` and its error.
 */
export function readPlacesHeader(file: ImportFile): { header: string[]; issues: ImportIssue[] } {
  if (/\.(geo)?json$/i.test(file.name)) {
    const gj = readGeoJson(file);
    return { header: Object.keys(gj.features[0]?.properties ?? {}), issues: gj.issues.issues };
  }
  const issues = new IssueList(file.name);
  if (file.bytes.length === 0) {
    issues.error(null, '', 'fileEmpty');
    return { header: [], issues: issues.issues };
  }
  const text = decodeText(file.bytes, issues);
  if (text === null) return { header: [], issues: issues.issues };
  try {
    const rows = parse(text.replace(/^\uFEFF/, ''), {
      relax_column_count: true,
      skip_empty_lines: true,
      to_line: 1,
    }) as string[][];
    return { header: (rows[0] ?? []).map((h) => h.trim()), issues: issues.issues };
  } catch (err) {
    issues.error(1, '', 'csvUnreadable', { detail: errorMessage(err) });
    return { header: [], issues: issues.issues };
  }
}

/**
 * Warnings for a mapping that drops data: an optional field switched off while the file has the
 * format's standard column for it (that column is ignored), and a mapped column that is not in the file (a typo would otherwise
 * leave the field empty without a word).
 */
function noteMappedColumns(
  issues: IssueList,
  format: PlaceFormat,
  header: string[],
  overrides: Partial<PlaceColumns>,
  cols: PlaceColumns,
): void {
  const standard = columnsFor(format, header, {});
  for (const [key, given] of Object.entries(overrides) as Array<
    [keyof PlaceColumns, string | undefined]
  >) {
    if (given === undefined || key === 'name') continue;
    if (given === '') {
      const unused = standard[key];
      if (unused && header.includes(unused))
        issues.warn(null, unused, 'columnNotUsed', { column: unused, placeField: key });
    } else if (!header.includes(cols[key])) {
      issues.warn(null, cols[key], 'mappedColumnMissing', {
        placeField: key,
        column: cols[key],
        columns: header.join(', '),
      });
    }
  }
}

/**
 * The most rows a places file may hold. A city's directory is a few thousand places (Takasaki's
 * GSI list: 217); a file beyond this is not a place list, and reading it whole would cost
 * gigabytes (a 1,000,000-row dry run peaked at 2.7 GB), so it is refused by name instead.
 */
export const MAX_PLACE_ROWS = 100_000;

/** Reads one places file. CSV unless the name ends in .geojson/.json. */
export function readPlaces(file: ImportFile, opts: PlaceReadOptions = {}): PlacesResult {
  const isJson = /\.(geo)?json$/i.test(file.name);
  const issues = new IssueList(file.name);
  let records: Array<{ row: number; values: Record<string, string>; point: LngLat | null }> = [];
  let header: string[] = [];
  if (isJson) {
    const gj = readGeoJson(file);
    issues.issues.push(...gj.issues.issues);
    if (gj.features.length > MAX_PLACE_ROWS) {
      issues.error(null, '', 'csvTooManyRows', { limit: MAX_PLACE_ROWS });
      return { file: file.name, places: [], issues: issues.issues };
    }
    header = Object.keys(gj.features[0]?.properties ?? {});
    records = gj.features.map((f, i) => {
      const values: Record<string, string> = {};
      for (const [k, v] of Object.entries(f.properties ?? {}))
        values[k] = v === null || v === undefined ? '' : String(v).trim();
      const g = f.geometry;
      const point =
        g && g.type === 'Point' ? ([g.coordinates[0], g.coordinates[1]] as LngLat) : null;
      if (g && g.type !== 'Point') issues.error(i + 1, 'geometry', 'notPoint', { type: g.type });
      return { row: i + 1, values, point };
    });
  } else {
    const table = readCsvTable(file, 'auto', { maxRows: MAX_PLACE_ROWS });
    issues.issues.push(...table.issues.issues);
    header = table.header;
    records = table.rows.map(({ line, values }) => ({ row: line, values, point: null }));
  }
  const format = opts.format ?? (isJson ? 'geojson' : 'standard');
  const overrides = opts.columns ?? {};
  const cols = columnsFor(format, header, overrides);
  if (records.length && !cols.name) {
    issues.error(1, '', 'nameColumnOff');
    return { file: file.name, places: [], issues: issues.issues };
  }
  if (records.length && !header.includes(cols.name)) {
    issues.error(1, cols.name, 'nameColumnMissing', {
      column: cols.name,
      columns: header.join(', '),
    });
    return { file: file.name, places: [], issues: issues.issues };
  }
  if (records.length && !isJson && !cols.lat !== !cols.lng) {
    issues.error(1, cols.lat || cols.lng, 'latLngTogether');
    return { file: file.name, places: [], issues: issues.issues };
  }
  if (records.length) noteMappedColumns(issues, format, header, overrides, cols);
  const places: PlaceInput[] = [];
  const firstRowOfId = new Map<string, number>();
  const get = (values: Record<string, string>, key: string) => (key ? (values[key] ?? '') : '');
  for (const { row, values, point } of records) {
    if (opts.categories && !opts.categories.includes(get(values, cols.category))) continue;
    const name = get(values, cols.name);
    if (opts.nameFilter && !opts.nameFilter.test(name)) continue;
    if (!name) {
      issues.error(row, cols.name, 'nameEmpty');
      continue;
    }
    let location = point;
    const latText = get(values, cols.lat);
    const lngText = get(values, cols.lng);
    if (!location && (latText || lngText)) {
      const lat = Number(latText.normalize('NFKC'));
      const lng = Number(lngText.normalize('NFKC'));
      if (!Number.isFinite(lat) || latText === '') {
        issues.error(row, cols.lat, 'latNotNumber', { value: latText });
        continue;
      }
      if (!Number.isFinite(lng) || lngText === '') {
        issues.error(row, cols.lng, 'lngNotNumber', { value: lngText });
        continue;
      }
      location = [lng, lat];
    }
    if (location) {
      const [lng, lat] = location;
      if (!(Math.abs(lat) <= 90)) {
        issues.error(row, isJson ? 'geometry' : cols.lat, 'latOutOfRange', { value: lat });
        continue;
      }
      if (!(Math.abs(lng) <= 180)) {
        issues.error(row, isJson ? 'geometry' : cols.lng, 'lngOutOfRange', { value: lng });
        continue;
      }
    }
    const address = get(values, cols.address);
    // Without an id column the name and address identify the place across re-imports.
    const sourceId = get(values, cols.sourceId) || `${name}|${address}`;
    const first = firstRowOfId.get(sourceId);
    if (first !== undefined) {
      issues.error(row, cols.sourceId, 'idTwice', { id: sourceId, firstRow: first });
      continue;
    }
    firstRowOfId.set(sourceId, row);
    const weekdays = parseWeekdays(get(values, cols.weekdays));
    const [startText, endText] = [get(values, cols.start), get(values, cols.end)];
    const checked = checkPlaceRow(
      {
        phone: get(values, cols.phone),
        url: get(values, cols.url),
        weekdaysText: get(values, cols.weekdays),
        weekdayCount: weekdays.length,
        startText,
        endText,
        start: parseTime(startText),
        end: parseTime(endText),
        location,
      },
      row,
      { ...cols, lat: isJson ? 'geometry' : cols.lat },
      issues,
    );
    if (!checked) continue;
    const kayoinoba =
      format === 'kayoinoba' ? readKayoinobaRow(values, row, issues, weekdays) : null;
    places.push({
      row,
      sourceId,
      name,
      nameKana: get(values, cols.nameKana),
      address,
      location,
      phone: checked.phone,
      weekdays,
      start: checked.start,
      end: checked.end,
      url: checked.url,
      note: kayoinoba ? kayoinoba.description : get(values, cols.note),
      ...(kayoinoba ? { schedule: kayoinoba.schedule, details: kayoinoba.details } : {}),
    });
  }
  noteRowFilters(issues, {
    rows: records.map(({ values }) => ({
      category: get(values, cols.category),
      name: get(values, cols.name),
    })),
    kept: places.length,
    categories: opts.categories,
    nameFilter: opts.nameFilter,
    categoryColumn: cols.category,
    nameColumn: cols.name,
  });
  const absent = (column: string): boolean => !column || !header.includes(column);
  const unread: OptionalPlaceField[] = (
    ['nameKana', 'address', 'phone', 'url', 'note'] as const
  ).filter((k) => absent(cols[k]));
  if (
    format === 'kayoinoba'
      ? absent('利用可能曜日特記事項')
      : absent(cols.weekdays) || absent(cols.start) || absent(cols.end)
  )
    unread.push('schedule');
  return { file: file.name, places, issues: issues.issues, unread };
}
