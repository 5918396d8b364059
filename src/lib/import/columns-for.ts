/**
 * Which column of a places file holds which field: the standard sets (自治体標準オープンデータセット,
 * 国土地理院 避難場所, 通いの場 CSV) and `columnsFor`, which picks a set for a file's header and
 * applies the user's mapping.
 */
export interface PlaceColumns {
  sourceId: string;
  name: string;
  nameKana: string;
  address: string;
  lat: string;
  lng: string;
  phone: string;
  weekdays: string;
  start: string;
  end: string;
  url: string;
  note: string;
  /** Used with `PlaceReadOptions.categories` to keep only some rows. */
  category: string;
}

/** 自治体標準オープンデータセット column names. */
export const STANDARD_COLUMNS: PlaceColumns = {
  sourceId: 'ID',
  name: '名称',
  nameKana: '名称_カナ',
  address: '住所',
  lat: '緯度',
  lng: '経度',
  phone: '電話番号',
  weekdays: '利用可能曜日',
  start: '開始時間',
  end: '終了時間',
  url: 'URL',
  note: '備考',
  category: '種別',
};

/** 国土地理院 shelter list (and the `name`/`address`/`source_id`/`category` copies in shared test data). */
export const GSI_COLUMNS: PlaceColumns = {
  ...STANDARD_COLUMNS,
  sourceId: '共通ID',
  name: '施設・場所名',
  nameKana: '',
  weekdays: '',
  start: '',
  end: '',
  url: '',
  phone: '',
  category: 'category',
};

/**
 * A 通いの場 list in the 介護サービス事業所一覧 layout (`sasaeai export --format kayoinoba`):
 * the schedule, fee, who may come, booking, capacity, kind and organization are read from its
 * other columns by `readKayoinobaRow`.
 */
export const KAYOINOBA_PLACE_COLUMNS: PlaceColumns = {
  sourceId: 'NO',
  name: '介護サービス事業所名称',
  nameKana: '介護サービス事業所名称_カナ',
  address: '住所',
  lat: '緯度',
  lng: '経度',
  phone: '電話番号',
  weekdays: '利用可能曜日',
  start: '',
  end: '',
  url: 'URL',
  note: '備考',
  category: '実施サービス',
};

export type PlaceFormat = 'standard' | 'gsi' | 'kayoinoba' | 'geojson' | 'custom';

/**
 * The columns `readPlaces` will read for a file with this header: the format's standard names
 * (for GeoJSON/custom, whichever of the standard, GSI or English sets matches the header best),
 * then `overrides`. An override of `''` switches that column off: the field is left empty for
 * every row (only optional fields; an empty `name` is refused by `readPlaces`).
 */
export function columnsFor(
  format: PlaceFormat,
  header: string[],
  overrides: Partial<PlaceColumns>,
): PlaceColumns {
  let base =
    format === 'gsi'
      ? GSI_COLUMNS
      : format === 'kayoinoba'
        ? KAYOINOBA_PLACE_COLUMNS
        : STANDARD_COLUMNS;
  if (format === 'geojson' || format === 'custom') {
    // GeoJSON from other tools often has English keys: take whichever set matches the file.
    const english: PlaceColumns = {
      sourceId: 'source_id',
      name: 'name',
      nameKana: 'name_kana',
      address: 'address',
      lat: 'lat',
      lng: 'lng',
      phone: 'phone',
      weekdays: 'weekdays',
      start: 'start',
      end: 'end',
      url: 'url',
      note: 'note',
      category: 'category',
    };
    const score = (c: PlaceColumns) =>
      Object.values(c).filter((k) => k && header.includes(k)).length;
    base = [STANDARD_COLUMNS, GSI_COLUMNS, english].sort((a, b) => score(b) - score(a))[0]!;
  }
  const cols = { ...base, ...overrides };
  // The GSI GeoJSON copies (name/address/source_id) are accepted when the Japanese keys are absent
  // (not when the mapping names the column or switches it off).
  if (format === 'gsi') {
    if (overrides.name === undefined && !header.includes(cols.name) && header.includes('name'))
      cols.name = 'name';
    if (
      overrides.address === undefined &&
      !header.includes(cols.address) &&
      header.includes('address')
    )
      cols.address = 'address';
    if (
      overrides.sourceId === undefined &&
      !header.includes(cols.sourceId) &&
      header.includes('source_id')
    )
      cols.sourceId = 'source_id';
  }
  return cols;
}
